#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages OncoView needs to build, test and run.
# Idempotent: prints nothing and touches nothing when every package is present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libgl1-mesa-dev
    libvtk9-dev libinsighttoolkit5-dev libgdcm-dev libgdcm-tools libopenslide-dev
    libtorch-dev libsentencepiece-dev
    catch2 xvfb xauth libgl1-mesa-dri
    python3 libtiff-dev libjpeg-dev nlohmann-json3-dev libtiff-tools
    python3-torch
    dcm2niix
    qtkeychain-qt6-dev libqt6sql6-sqlite
    libssl-dev
    clang-14 libclang-rt-14-dev
    fonts-noto-cjk qt6-translations-l10n
    dpkg-dev appstream desktop-file-utils
    poppler-utils # pdftotext, pdftoppm, pdffonts: the case report tests read the PDF back
    orthanc orthanc-dicomweb # a real PACS for the DICOMweb tests (started by them, on loopback)
    dcmtk # dcmdump: the tests read what OncoView writes with DCMTK as well as GDCM
    libdcmtk-dev # DIMSE (C-FIND/C-GET/C-MOVE/C-STORE), DICOM SEG and Parametric Map writing
)

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "OncoView: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install packages" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
