#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb with cpack from a built tree and checks what `apt install ./oncoview_*.deb`
# would put on a machine: the files, the dependencies, the desktop and AppStream metadata, the
# MIME types, and that the packaged binaries start.
#   check_deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/oncoview_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/oncoview ./usr/bin/oncoview-cli ./usr/lib/oncoview/liboncoview_spshim.so \
    ./usr/share/applications/oncoview.desktop \
    ./usr/share/metainfo/io.github.oncoview.OncoView.metainfo.xml \
    ./usr/share/mime/packages/oncoview.xml ./usr/share/icons/hicolor/scalable/apps/oncoview.svg \
    ./usr/share/man/man1/oncoview.1.gz ./usr/share/man/man1/oncoview-cli.1.gz \
    ./usr/share/doc/oncoview/copyright; do
    grep -qx "$path" <<<"$files" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/oncoview.png" <<<"$files" \
        || fail "the package lacks the ${size}px icon"
done
if grep -v '^\./usr/' <<<"$files" | grep -qv '^\./$'; then
    fail "files outside /usr: $(grep -v '^\./usr/' <<<"$files" | grep -v '^\./$' | head -3)"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the binaries link) and the ones loaded at run time.
for dependency in libtorch1.13 libopenslide0 libvtk9.1 libinsighttoolkit5.2 libgdcm3.0 \
    libqt6widgets6 libqt6openglwidgets6 libsentencepiece0 libssl3 libqt6sql6-sqlite libqt6svg6 libdcmtk17 \
    libgl1-mesa-dri fonts-noto-cjk qt6-translations-l10n; do
    grep -q "\b$dependency\b" <<<"$depends" || fail "Depends lacks $dependency"
done
[[ $(dpkg-deb -f "$deb" Section) == science ]] || fail "Section is not science"

dpkg-deb -x "$deb" "$work/root"
root="$work/root"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/oncoview.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.oncoview.OncoView.metainfo.xml"
fi
# Slides by their own types; a plain TIFF is not claimed.
mimes=$(grep '^MimeType=' "$root/usr/share/applications/oncoview.desktop")
grep -q 'image/tiff' <<<"$mimes" && fail "the desktop file claims every TIFF"
for glob in '*.svs' '*.ndpi' '*.mrxs' '*.scn' '*.ome.tif' '*.ome.tiff' '*.nii' '*.nii.gz'; do
    grep -qF "pattern=\"$glob\"" "$root/usr/share/mime/packages/oncoview.xml" \
        || fail "no MIME glob for $glob"
done
zcat "$root/usr/share/man/man1/oncoview.1.gz" | grep -q '^\.TH ONCOVIEW 1' || fail "bad man page"

# The packaged binaries start (no display needed for these).
version=$("$root/usr/bin/oncoview" --version) || fail "oncoview --version failed"
[[ $version == OncoView\ * ]] || fail "oncoview --version printed: $version"
"$root/usr/bin/oncoview" --help >/dev/null || fail "oncoview --help failed"
usage=$("$root/usr/bin/oncoview-cli" 2>&1 || true)
grep -q "oncoview-cli probe" <<<"$usage" || fail "oncoview-cli printed no usage: $usage"

# apt resolves every dependency from the archive (a simulation: nothing is installed).
policy=$(apt-cache policy libtorch1.13 2>/dev/null || true)
if command -v apt-get >/dev/null && grep -q 'Candidate: [0-9]' <<<"$policy"; then
    apt-get install -s "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt cannot install it"; }
    grep -q '^Inst oncoview ' "$work/apt.log" || { cat "$work/apt.log"; fail "apt did not plan to install oncoview"; }
    echo "apt install ./$(basename "$deb"): resolves ($(grep -c '^Inst ' "$work/apt.log") packages)"
else
    echo "note: no apt package lists; the install simulation was skipped"
fi
echo "package OK"
