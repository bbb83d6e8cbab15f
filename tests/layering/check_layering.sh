#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a lower folder includes a higher one: app -> ui -> viewers, ui -> inference.
# inference/ must stay free of Qt, VTK and ITK so it builds alone against any LibTorch, and
# Torch headers stay out of inference's public headers (a Torch include costs ~25 s per TU).
# Usage: check_layering.sh SOURCE_ROOT
set -u
root=${1:?usage: check_layering.sh SOURCE_ROOT}
cd "$root" || exit 2
failures=0

# forbid FOLDER PATTERN WHY: report every #include line in FOLDER matching PATTERN.
forbid() {
    local folder=$1 pattern=$2 why=$3
    [[ -d $folder ]] || return 0
    local hits
    hits=$(grep -rnE --include='*.h' --include='*.hpp' --include='*.cpp' --include='*.cc' \
        "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" "$folder" 2>/dev/null)
    if [[ -n $hits ]]; then
        echo "layering violation ($why):"
        echo "$hits" | sed 's/^/  /'
        failures=$((failures + 1))
    fi
}

forbid viewers 'ui/|app/|inference/' 'viewers/ must not use ui/, app/ or inference/'
forbid inference 'ui/|app/|viewers/' 'inference/ must not use ui/, app/ or viewers/'
forbid inference 'Q[A-Za-z]+|qt|vtk|itk|gdcm|openslide' 'inference/ uses no Qt, VTK, ITK or OpenSlide'
forbid ui 'app/' 'ui/ must not use app/'
forbid resources 'ui/|app/|viewers/|inference/' 'resources/ is a leaf'
# Below the MRI views: reading studies (io/) under the DCE maths (dce/); neither uses the views,
# Qt or VTK.
forbid viewers/mri/io 'viewers/mri/[a-z0-9_]+\.h|viewers/mri/dce/|viewers/slide/|Q[A-Za-z]+|vtk' \
    'viewers/mri/io/ reads studies: no views, DCE maths, Qt or VTK'
forbid viewers/mri/dce 'viewers/mri/[a-z0-9_]+\.h|viewers/slide/|Q[A-Za-z]+|vtk' \
    'viewers/mri/dce/ is maths on volumes: no views, Qt or VTK'

# Torch may appear in inference/*.cpp and inference's private headers (*_p.h) only, never in
# a header another folder could include; and no other folder includes those private headers.
torch_in_headers=$(grep -rlE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(torch|ATen|c10)/' \
    --include='*.h' --include='*.hpp' inference ui viewers app 2>/dev/null | grep -v '^inference/.*_p\.h$')
forbid ui 'inference/[a-z0-9_]+_p\.h' 'inference private headers stay inside inference/'
forbid viewers 'inference/[a-z0-9_]+_p\.h' 'inference private headers stay inside inference/'
forbid app 'inference/[a-z0-9_]+_p\.h' 'inference private headers stay inside inference/' 
torch_outside=$(grep -rlE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(torch|ATen|c10)/' \
    --include='*.cpp' ui viewers app 2>/dev/null)
if [[ -n $torch_in_headers$torch_outside ]]; then
    echo "layering violation (Torch headers belong in inference/*.cpp only):"
    printf '  %s\n' $torch_in_headers $torch_outside
    failures=$((failures + 1))
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures layering rule(s) broken"
    exit 1
fi
echo "layering OK"
