// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/niftiheader.h"

#include <cmath>

namespace oncoview::mri::nifti {

namespace {

NiftiHeader parseNifti1(const unsigned char *h, bool swap)
{
    NiftiHeader n;
    n.swap = swap;
    n.datatype = field<int16_t>(h, 70, swap);
    for (int i = 0; i < 8; ++i) {
        n.dim[i] = field<int16_t>(h, 40 + 2 * size_t(i), swap);
        n.pixdim[i] = field<float>(h, 76 + 4 * size_t(i), swap);
    }
    // NIfTI-1 stores vox_offset as a float: a NaN, infinite or huge one has no integer value
    // (converting it is undefined behaviour), so it becomes -1, an offset the loader rejects.
    const float voxOffset = field<float>(h, 108, swap);
    n.voxOffset = voxOffset >= 0 && voxOffset < 0x1p62f ? int64_t(voxOffset) : -1;
    n.slope = field<float>(h, 112, swap);
    n.inter = field<float>(h, 116, swap);
    n.xyztUnits = h[123];
    n.toffset = field<float>(h, 136, swap);
    n.qformCode = field<int16_t>(h, 252, swap);
    n.sformCode = field<int16_t>(h, 254, swap);
    for (int i = 0; i < 3; ++i) {
        n.quatern[i] = field<float>(h, 256 + 4 * size_t(i), swap);
        n.qoffset[i] = field<float>(h, 268 + 4 * size_t(i), swap);
        for (int c = 0; c < 4; ++c) {
            n.srow[i][c] = field<float>(h, 280 + 16 * size_t(i) + 4 * size_t(c), swap);
        }
    }
    return n;
}

NiftiHeader parseNifti2(const unsigned char *h, bool swap)
{
    NiftiHeader n;
    n.swap = swap;
    n.datatype = field<int16_t>(h, 12, swap);
    for (int i = 0; i < 8; ++i) {
        n.dim[i] = field<int64_t>(h, 16 + 8 * size_t(i), swap);
        n.pixdim[i] = field<double>(h, 104 + 8 * size_t(i), swap);
    }
    n.voxOffset = field<int64_t>(h, 168, swap);
    n.slope = field<double>(h, 176, swap);
    n.inter = field<double>(h, 184, swap);
    n.toffset = field<double>(h, 216, swap);
    n.qformCode = field<int32_t>(h, 344, swap);
    n.sformCode = field<int32_t>(h, 348, swap);
    n.xyztUnits = field<int32_t>(h, 500, swap);
    for (int i = 0; i < 3; ++i) {
        n.quatern[i] = field<double>(h, 352 + 8 * size_t(i), swap);
        n.qoffset[i] = field<double>(h, 376 + 8 * size_t(i), swap);
        for (int c = 0; c < 4; ++c) {
            n.srow[i][c] = field<double>(h, 400 + 32 * size_t(i) + 8 * size_t(c), swap);
        }
    }
    return n;
}

} // namespace

NiftiHeader parseHeader(int version, const unsigned char *h, bool swap)
{
    return version == 1 ? parseNifti1(h, swap) : parseNifti2(h, swap);
}

void niftiAffine(const NiftiHeader &n, double m[3][3], double t[3])
{
    const double sp[3] = {n.pixdim[1] > 0 ? n.pixdim[1] : 1, n.pixdim[2] > 0 ? n.pixdim[2] : 1,
                          n.pixdim[3] > 0 ? n.pixdim[3] : 1};
    if (n.sformCode > 0) {
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                m[r][c] = n.srow[r][c];
            }
            t[r] = n.srow[r][3];
        }
        return;
    }
    double R[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    if (n.qformCode > 0) {
        const double b = n.quatern[0], c = n.quatern[1], d = n.quatern[2];
        const double a = std::sqrt(std::max(0.0, 1.0 - (b * b + c * c + d * d)));
        const double R2[3][3]
            = {{a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)},
               {2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b)},
               {2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b}};
        std::memcpy(R, R2, sizeof R);
    }
    const double qfac = n.pixdim[0] < 0 ? -1.0 : 1.0;
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            m[r][c] = R[r][c] * sp[c] * (c == 2 ? qfac : 1.0);
        }
        t[r] = n.qformCode > 0 ? n.qoffset[r] : 0.0;
    }
}

} // namespace oncoview::mri::nifti
