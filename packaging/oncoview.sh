#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One entry point for a fresh Debian 12 machine:
#   packaging/oncoview.sh run   install missing packages, build Release, open the demo study and slide
#   packaging/oncoview.sh test  install missing packages, build Release, run the whole CTest suite
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
shift || true

./packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

case "$mode" in
run)
    # A desktop session has a display; a headless shell gets a virtual one.
    if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        exec ./build/release/bin/oncoview --demo "$@"
    fi
    exec xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" ./build/release/bin/oncoview --demo "$@"
    ;;
test)
    # GUI tests need a real (virtual) X server with Mesa's OpenGL for VTK. -noreset: an X
    # server resets when its last client leaves, and refuses connections meanwhile; with tests
    # starting and ending side by side, one test process found it resetting and could not
    # start ("could not connect to display").
    xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" ctest --preset release -j "$(nproc)" "$@"
    # Then the file and stream readers under libFuzzer (their own clang build, ASan + UBSan),
    # a bounded time each; ONCOVIEW_FUZZ_SECONDS=0 skips it.
    fuzz_seconds=${ONCOVIEW_FUZZ_SECONDS:-60}
    if [[ $fuzz_seconds -gt 0 ]]; then
        ./tests/fuzz/run_fuzzers.sh "$fuzz_seconds"
    fi
    # Then ASan + UBSan in their own build (build/asan, -O1 -g1, no benchmarks) over the whole
    # suite (ONCOVIEW_ASAN=all, the default; on a fresh clone this command then takes about
    # 55 min on 2 cores). ONCOVIEW_ASAN=readers runs the suites of the code that reads untrusted
    # input (slides, annotations, DICOM/NIfTI/MRI, the engine and its packages): 12 min;
    # off skips it.
    case ${ONCOVIEW_ASAN:-all} in
    readers)
        # Left out: the integrated-gradients check (370 s under ASan of LibTorch arithmetic,
        # no input read).
        TARGETS="tests_slide tests_annotations tests_mri tests_inference" JOBS=$(nproc) NICE=0 \
            ./tests/sanitizers/run_sanitizers.sh asan -L '^(slide|annotations|mri|inference)$' \
            -E 'Integrated gradients on the demo MRI model'
        ;;
    all) JOBS=$(nproc) NICE=0 ./tests/sanitizers/run_sanitizers.sh asan ;;
    off) ;;
    *)
        echo "ONCOVIEW_ASAN must be readers, all or off" >&2
        exit 2
        ;;
    esac
    ;;
*)
    echo "usage: packaging/oncoview.sh [run|test] [extra args]" >&2
    exit 2
    ;;
esac
