// SPDX-License-Identifier: Apache-2.0
// NIfTI-1/2: the header (readNiftiInfo: version and byte order, parseHeader, the dimension and
// size checks made before anything is allocated, the affine) and, for a header it accepts, the
// voxel read. An input starting with the gzip magic is written as .nii.gz, so the zlib path and
// its missing file-size check run too.
#include "tests/fuzz/fuzzutil.h"
#include "viewers/mri/io/niftiloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool gz = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    const auto path = oncoview::fuzz::writeScratch(gz ? "input.nii.gz" : "input.nii", data, size);
    try {
        const oncoview::mri::SeriesInfo info = oncoview::mri::readNiftiInfo(path);
        oncoview::mri::loadNifti(info);
    } catch (const oncoview::mri::LoadError &) {
        // the clear error a bad file must give
    }
    return 0;
}
