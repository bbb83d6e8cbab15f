// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dce/roistats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace oncoview::mri {

namespace {

void checkGrid(const Volume &grid)
{
    if (grid.voxelCount() == 0) {
        throw std::invalid_argument("ROI on an empty volume");
    }
    for (double s : grid.spacing) {
        if (!(s > 0)) {
            throw std::invalid_argument("ROI on a volume with non-positive voxel spacing");
        }
    }
}

// Index range [lo, hi] along axis a covering centre +/- extentMm, clipped to the grid.
std::pair<int, int> indexRange(const Volume &g, size_t a, double centre, double extentMm)
{
    const double r = extentMm / g.spacing[a];
    return {std::max(0, int(std::floor(centre - r))),
            std::min(g.size[a] - 1, int(std::ceil(centre + r)))};
}

// Selects voxels in the slice through centreLps normal to normalAxis where inside(du, dv),
// du and dv being the in-plane offsets in mm along the two other index axes.
template<typename Inside>
std::vector<uint8_t> planarMask(const Volume &g, int normalAxis, const std::array<double, 3> &c,
                                const std::array<double, 2> &extentMm, Inside inside)
{
    checkGrid(g);
    if (normalAxis < 0 || normalAxis > 2) {
        throw std::invalid_argument("ROI normal axis must be 0, 1 or 2");
    }
    if (!(extentMm[0] > 0) || !(extentMm[1] > 0)) {
        throw std::invalid_argument("ROI radii / half sizes must be positive");
    }
    const auto ci = g.lpsToIndex(c);
    const size_t n = size_t(normalAxis), u = n == 0 ? 1 : 0, v = n == 2 ? 1 : 2;
    const int slice = int(std::lround(ci[n]));
    if (slice < 0 || slice >= g.size[n]) {
        throw std::invalid_argument("ROI centre lies outside the volume (slice "
                                    + std::to_string(slice) + " of " + std::to_string(g.size[n])
                                    + ")");
    }
    std::vector<uint8_t> mask(g.voxelCount(), 0);
    const auto [u0, u1] = indexRange(g, u, ci[u], extentMm[0]);
    const auto [v0, v1] = indexRange(g, v, ci[v], extentMm[1]);
    for (int b = v0; b <= v1; ++b) {
        for (int a = u0; a <= u1; ++a) {
            const double du = (a - ci[u]) * g.spacing[u], dv = (b - ci[v]) * g.spacing[v];
            if (inside(du, dv)) {
                int idx[3];
                idx[n] = slice;
                idx[u] = a;
                idx[v] = b;
                mask[g.offset(idx[0], idx[1], idx[2])] = 1;
            }
        }
    }
    return mask;
}

// Index axis along which all mask voxels share one slice (2D ROI), else -1. Prefers k, the
// through-plane axis of an axial series, when the ROI is also one voxel wide elsewhere.
int singleSliceAxis(const Volume &v, const std::vector<uint8_t> &mask)
{
    std::array<int, 3> first = v.size, last {-1, -1, -1};
    for (int z = 0; z < v.size[2]; ++z) {
        for (int y = 0; y < v.size[1]; ++y) {
            for (int x = 0; x < v.size[0]; ++x) {
                if (mask[v.offset(x, y, z)]) {
                    const int idx[3] = {x, y, z};
                    for (size_t a = 0; a < 3; ++a) {
                        first[a] = std::min(first[a], idx[a]);
                        last[a] = std::max(last[a], idx[a]);
                    }
                }
            }
        }
    }
    for (int a = 2; a >= 0; --a) {
        if (first[size_t(a)] == last[size_t(a)]) {
            return a;
        }
    }
    return -1;
}

} // namespace

std::vector<uint8_t> ellipseMask(const Volume &grid, int normalAxis,
                                 const std::array<double, 3> &centreLps,
                                 const std::array<double, 2> &radiiMm)
{
    return planarMask(grid, normalAxis, centreLps, radiiMm, [&](double du, double dv) {
        const double a = du / radiiMm[0], b = dv / radiiMm[1];
        return a * a + b * b <= 1.0;
    });
}

std::vector<uint8_t> boxMask(const Volume &grid, int normalAxis,
                             const std::array<double, 3> &centreLps,
                             const std::array<double, 2> &halfSizeMm)
{
    return planarMask(grid, normalAxis, centreLps, halfSizeMm, [&](double du, double dv) {
        return std::abs(du) <= halfSizeMm[0] && std::abs(dv) <= halfSizeMm[1];
    });
}

std::vector<uint8_t> sphereMask(const Volume &grid, const std::array<double, 3> &centreLps,
                                double radiusMm)
{
    checkGrid(grid);
    if (!(radiusMm > 0)) {
        throw std::invalid_argument("sphere ROI radius must be positive");
    }
    std::vector<uint8_t> mask(grid.voxelCount(), 0);
    const auto c = grid.lpsToIndex(centreLps);
    const auto [x0, x1] = indexRange(grid, 0, c[0], radiusMm);
    const auto [y0, y1] = indexRange(grid, 1, c[1], radiusMm);
    const auto [z0, z1] = indexRange(grid, 2, c[2], radiusMm);
    for (int z = z0; z <= z1; ++z) {
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                if (distanceMm(grid.indexToLps(x, y, z), centreLps) <= radiusMm) {
                    mask[grid.offset(x, y, z)] = 1;
                }
            }
        }
    }
    return mask;
}

RoiStats roiStats(const Volume &volume, const std::vector<uint8_t> &mask)
{
    if (mask.size() != volume.voxelCount() || volume.voxels.size() != volume.voxelCount()) {
        throw std::invalid_argument("ROI mask has " + std::to_string(mask.size())
                                    + " voxels, the volume " + std::to_string(volume.voxelCount()));
    }
    RoiStats s;
    double sum = 0;
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (size_t i = 0; i < mask.size(); ++i) {
        if (mask[i]) {
            const float value = volume.voxels[i];
            ++s.voxelCount;
            sum += value;
            lo = std::min(lo, value);
            hi = std::max(hi, value);
        }
    }
    if (s.voxelCount == 0) {
        return s;
    }
    s.mean = sum / double(s.voxelCount);
    // Second pass for the variance: one-pass sums lose precision on large, bright ROIs.
    double sq = 0;
    for (size_t i = 0; i < mask.size(); ++i) {
        if (mask[i]) {
            const double d = volume.voxels[i] - s.mean;
            sq += d * d;
        }
    }
    s.sd = s.voxelCount > 1 ? std::sqrt(sq / double(s.voxelCount - 1)) : 0.0;
    s.min = lo;
    s.max = hi;
    const double voxelVolume = volume.spacing[0] * volume.spacing[1] * volume.spacing[2];
    s.volumeMm3 = double(s.voxelCount) * voxelVolume;
    s.planeAxis = singleSliceAxis(volume, mask);
    if (s.planeAxis >= 0) {
        s.areaMm2 = double(s.voxelCount) * voxelVolume / volume.spacing[size_t(s.planeAxis)];
    }
    return s;
}

double distanceMm(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

} // namespace oncoview::mri
