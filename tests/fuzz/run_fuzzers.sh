#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (preset `fuzz`: clang-14, ASan + UBSan), replays the minimised
# reproducers of bugs found before (text ones in tests/fuzz/regressions/<target>/, binary ones
# written by make_binary_inputs.py), then fuzzes each target for a bounded time from the seeds
# (text ones in tests/fuzz/seeds/<target>/, binary ones generated) plus seeds cut from the real
# files in ../shared/data.
#
#   tests/fuzz/run_fuzzers.sh [seconds-per-target] [target...]
#
# Default 60 s per target, all targets. Environment: ONCOVIEW_SHARED_DATA (default
# <repo>/../shared/data; absent: committed and generated seeds only), FUZZ_BUILD_JOBS (ninja -j,
# default nproc), FUZZ_JOBS (targets fuzzed at once, default nproc), FUZZ_SEED (libFuzzer's
# -seed; CI=true fixes it at 1). The work corpus persists
# in build/fuzz/fuzz-corpus/<target>/, so later runs start where earlier ones stopped. A crash,
# hang, leak or sanitizer report leaves its input in build/fuzz/fuzz-artifacts/<target>/; the
# script then exits 1 and names it.
set -euo pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
all_targets=(geojson asapxml journal manifest sse multipart qidojson dicom nifti)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
shared=${ONCOVIEW_SHARED_DATA:-$root/../shared/data}
build=$root/build/fuzz
seeds=$build/fuzz-seeds
generated=$build/fuzz-inputs # the binary seeds and reproducers: made here, not committed

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${FUZZ_BUILD_JOBS:-$(nproc)}"

# --- seeds from the shared real files (cut to the part the readers look at) -------------
rm -rf "$seeds" "$generated"
mkdir -p "$seeds"/{geojson,asapxml,journal,manifest,sse,multipart,qidojson,dicom,nifti}
python3 "$root/tests/fuzz/make_binary_inputs.py" "$generated"
if [[ -d $shared ]]; then
    # ASAP XML: the first polygons of each file, closed again, with the file's groups.
    while IFS= read -r -d '' f; do
        head=$(head -c 16384 "$f")
        { printf '%s' "${head%</Annotation>*}"
          printf '</Annotation>\n</Annotations>\n'
          sed -n '/<AnnotationGroups>/,$p' "$f"; } >"$seeds/asapxml/$(basename "$f")"
    done < <(find "$shared/annotations" -name '*.xml' -print0 2>/dev/null)
    # DICOM: every file of the small test folders and two of each real series (folders of more
    # than 30 files); the first 64 KiB hold the header (native Pixel Data may be cut short: the
    # structural walk allows that).
    n=0
    while IFS= read -r -d '' dir; do
        mapfile -t files < <(find "$dir" -maxdepth 1 -type f -name '*.dcm' | sort)
        [[ ${#files[@]} -le 30 ]] || files=("${files[@]:0:2}")
        for f in "${files[@]}"; do
            head -c 65536 "$f" >"$seeds/dicom/$n-$(basename "$f")"
            n=$((n + 1))
        done
    done < <(find "$shared/dicom" -type d -print0 2>/dev/null)
    # NIfTI: small files whole; of each compressed one, the uncompressed header and a bit.
    while IFS= read -r -d '' f; do
        name=$(basename "$f")
        if [[ $(stat -c %s "$f") -le 131072 ]]; then
            cp "$f" "$seeds/nifti/$name"
        fi
        if [[ $name == *.gz ]]; then
            { gzip -dc "$f" 2>/dev/null || true; } | head -c 1024 >"$seeds/nifti/${name%.gz}.head"
        fi
    done < <(find "$shared/nifti" -type f -name '*.nii*' -print0 2>/dev/null)
else
    echo "note: $shared not found: committed and generated seeds only" >&2
fi

# One target: its regressions replayed, then fuzzed; a failure is written to its .failed file.
fuzz_one() {
    local t=$1
    local bin=$build/fuzz/fuzz_$t
    local corpus=$build/fuzz-corpus/$t
    local artifacts=$build/fuzz-artifacts/$t
    local status=$build/fuzz-$t.failed
    # Until it ends well, the target counts as failed (a step that stops it early included).
    echo "fuzz_$t: did not finish (log: build/fuzz/fuzz-$t.log)" >"$status"
    mkdir -p "$corpus" "$artifacts"
    local flags=(-rss_limit_mb=2048 -timeout=10 -artifact_prefix="$artifacts/")
    # Under CI the mutations follow a fixed seed, so a red run is the change's doing and can be
    # replayed; by hand (or nightly) each run explores from a new seed. FUZZ_SEED overrides.
    local seed=${FUZZ_SEED:-}
    [[ -z $seed && ${CI:-} == true ]] && seed=1
    [[ -n $seed ]] && flags+=(-seed="$seed")
    # Bugs found before must stay fixed: each reproducer runs once.
    shopt -s nullglob
    local repros=("$root/tests/fuzz/regressions/$t"/* "$generated/regressions/$t"/*)
    shopt -u nullglob
    if [[ ${#repros[@]} -gt 0 ]]; then
        if ! "$bin" "${flags[@]}" "${repros[@]}" >"$build/fuzz-$t-regressions.log" 2>&1; then
            tail -n 40 "$build/fuzz-$t-regressions.log"
            echo "fuzz_$t: a regression input fails again (log: build/fuzz/fuzz-$t-regressions.log)" >"$status"
            return
        fi
    fi
    # libFuzzer refuses a corpus folder that does not exist: only those this target has.
    local seed_dirs=()
    for dir in "$root/tests/fuzz/seeds/$t" "$generated/seeds/$t" "$seeds/$t"; do
        [[ -d $dir ]] && seed_dirs+=("$dir")
    done
    local log=$build/fuzz-$t.log
    if "$bin" "${flags[@]}" -max_total_time="$seconds" -print_final_stats=1 \
        "$corpus" "${seed_dirs[@]}" >"$log" 2>&1; then
        echo "== fuzz_$t (${#repros[@]} regression input(s) replayed, ${seconds} s):" \
            "$(grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec' "$log" | tr '\n' ' ')"
        rm -f "$status"
    else
        tail -n 60 "$log"
        local found
        found=$(ls -t "$artifacts" | head -n 1)
        echo "fuzz_$t: reproducer build/fuzz/fuzz-artifacts/$t/$found (log: build/fuzz/fuzz-$t.log)" >"$status"
    fi
}

# Targets run side by side, one per core (FUZZ_JOBS): libFuzzer uses one thread each, and the
# whole step then takes a fraction of targets x seconds.
jobs=${FUZZ_JOBS:-$(nproc)}
for t in "${targets[@]}"; do
    while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do
        wait -n || true
    done
    fuzz_one "$t" &
done
wait
failed=()
for t in "${targets[@]}"; do
    [[ -f $build/fuzz-$t.failed ]] && failed+=("$(cat "$build/fuzz-$t.failed")")
done

if [[ ${#failed[@]} -gt 0 ]]; then
    printf 'FUZZING FOUND PROBLEMS:\n' >&2
    printf '  %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "fuzzing: no problems found (${seconds} s per target)"
