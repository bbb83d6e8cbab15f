#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# ThreadSanitizer check of the inference engine: configures the `tsan` preset (inference/ only,
# -fsanitize=thread, RelWithDebInfo), builds tests_inference and runs the [concurrency] and
# [engine] tests. Exits non-zero on a build failure, a failed test or any TSan report.
#
# Usage: tests/inference/run_tsan.sh [BUILD_DIR]      (default: build/tsan, the preset's folder)
# Environment: JOBS (parallel compile jobs, default 2).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/tsan}
jobs=${JOBS:-2}
started=$SECONDS
step() { echo "run_tsan: $1 ($((SECONDS - started)) s so far)" >&2; }

cd "$root"
step "configuring preset tsan in $build"
cmake --preset tsan -B "$build" >/dev/null
step "building tests_inference with $jobs jobs"
cmake --build "$build" --target tests_inference -j "$jobs"

# halt_on_error: the first report fails the run; exitcode is what a report returns otherwise.
export TSAN_OPTIONS="suppressions=$root/tests/inference/tsan.supp halt_on_error=1 exitcode=66 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
step "running [concurrency] and [engine] under ThreadSanitizer"
"$build/bin/tests_inference" "[concurrency],[engine]"
step "passed"
