#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every source, build and script file the project wrote carries an SPDX licence line in its
# first lines. Third-party files (tests/third_party) keep their own.
#   check_spdx.sh SOURCE_DIR
set -euo pipefail
cd "$1"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "note: $1 is not a git checkout; the files git tracks cannot be listed"
    exit 0
fi
missing=$(git ls-files -- '*.cpp' '*.h' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.sh' \
        '*.py' '*.qss' '*.xml' '*.1' ':!tests/third_party' ':!tests/fuzz/regressions' \
        ':!tests/fuzz/seeds' \
    | while read -r file; do
        head -n 3 "$file" | grep -q 'SPDX-License-Identifier:' || echo "$file"
    done)
if [[ -n "$missing" ]]; then
    echo "files without an SPDX-License-Identifier line:" >&2
    echo "$missing" >&2
    exit 1
fi
echo "every source file names its licence"
