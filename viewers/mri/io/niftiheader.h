// SPDX-License-Identifier: Apache-2.0
#pragma once

// The NIfTI header fields OncoView uses, read from a NIfTI-1 (348-byte) or NIfTI-2 (540-byte)
// header into one form, and the voxel-to-RAS affine chosen the same way for both. Internal to
// niftiloader.cpp (split out to keep files small). Any thread.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace oncoview::mri::nifti {

// A field of the header at `offset`, byte-swapped when the file's order is not ours.
template<typename T> T field(const unsigned char *hdr, size_t offset, bool swap)
{
    unsigned char b[sizeof(T)];
    std::memcpy(b, hdr + offset, sizeof(T));
    if (swap) {
        std::reverse(b, b + sizeof(T));
    }
    T v;
    std::memcpy(&v, b, sizeof(T));
    return v;
}

// Both versions are read into this one form and go through the same geometry, timing and voxel
// code, so a NIfTI-1 and a NIfTI-2 of the same data open identically (ITK's NIfTI-1 reader and
// a separate NIfTI-2 one disagreed on sform/qform choice and stopped at 2 GiB).
struct NiftiHeader
{
    int datatype = 0;
    int64_t dim[8] = {};
    double pixdim[8] = {};
    int64_t voxOffset = 0;
    double slope = 1, inter = 0;
    int qformCode = 0, sformCode = 0;
    double quatern[3] = {}, qoffset[3] = {};
    double srow[3][4] = {};
    int xyztUnits = 0;
    double toffset = 0;
    bool swap = false;
};

// `version` 1 or 2 (niftiVersion); `h` holds at least that version's header bytes.
NiftiHeader parseHeader(int version, const unsigned char *h, bool swap);

// RAS affine (3x3 + offset) from sform, else qform, else pixdim only (NIfTI method 1).
void niftiAffine(const NiftiHeader &n, double m[3][3], double t[3]);

} // namespace oncoview::mri::nifti
