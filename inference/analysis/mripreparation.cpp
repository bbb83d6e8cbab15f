// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/mripreparation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace oncoview::inference::analysis {

namespace {

// LPS -> continuous index through the transpose of the (orthonormal) direction matrix.
std::array<double, 3> toIndex(const VolumeInput &v, double x, double y, double z)
{
    const double d[3] = {x - v.origin[0], y - v.origin[1], z - v.origin[2]};
    std::array<double, 3> index {};
    for (int c = 0; c < 3; ++c) {
        const double along
            = v.direction[c] * d[0] + v.direction[3 + c] * d[1] + v.direction[6 + c] * d[2];
        index[size_t(c)] = v.spacing[size_t(c)] != 0.0 ? along / v.spacing[size_t(c)] : 0.0;
    }
    return index;
}

std::array<double, 3> toLps(const VolumeInput &v, double i, double j, double k)
{
    const double s[3] = {i * v.spacing[0], j * v.spacing[1], k * v.spacing[2]};
    std::array<double, 3> p {};
    for (int r = 0; r < 3; ++r) {
        p[size_t(r)] = v.origin[size_t(r)] + v.direction[size_t(r * 3)] * s[0]
            + v.direction[size_t(r * 3 + 1)] * s[1] + v.direction[size_t(r * 3 + 2)] * s[2];
    }
    return p;
}

float sampleTrilinear(const VolumeInput &v, const std::array<double, 3> &index)
{
    const int nx = v.size[0], ny = v.size[1], nz = v.size[2];
    // Within half a voxel of the edge the nearest edge voxel is used; further out is air.
    if (index[0] < -0.5 || index[1] < -0.5 || index[2] < -0.5 || index[0] > nx - 0.5
        || index[1] > ny - 0.5 || index[2] > nz - 0.5) {
        return 0.0f;
    }
    const double cx = std::clamp(index[0], 0.0, double(nx - 1));
    const double cy = std::clamp(index[1], 0.0, double(ny - 1));
    const double cz = std::clamp(index[2], 0.0, double(nz - 1));
    const int x0 = int(cx), y0 = int(cy), z0 = int(cz);
    const int x1 = std::min(x0 + 1, nx - 1), y1 = std::min(y0 + 1, ny - 1),
              z1 = std::min(z0 + 1, nz - 1);
    const float fx = float(cx - x0), fy = float(cy - y0), fz = float(cz - z0);
    const auto at = [&](int x, int y, int z) {
        return v.voxels[(size_t(z) * size_t(ny) + size_t(y)) * size_t(nx) + size_t(x)];
    };
    const float c00 = at(x0, y0, z0) * (1 - fx) + at(x1, y0, z0) * fx;
    const float c10 = at(x0, y1, z0) * (1 - fx) + at(x1, y1, z0) * fx;
    const float c01 = at(x0, y0, z1) * (1 - fx) + at(x1, y0, z1) * fx;
    const float c11 = at(x0, y1, z1) * (1 - fx) + at(x1, y1, z1) * fx;
    return (c00 * (1 - fy) + c10 * fy) * (1 - fz) + (c01 * (1 - fy) + c11 * fy) * fz;
}

double otsuThreshold(const std::vector<float> &values)
{
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    if (*hi <= *lo) {
        return *lo;
    }
    constexpr int bins = 256;
    std::vector<double> histogram(bins, 0.0);
    const double scale = (bins - 1) / double(*hi - *lo);
    for (float v : values) {
        histogram[size_t((v - *lo) * scale)] += 1.0;
    }
    const double total = double(values.size());
    double sumAll = 0.0;
    for (int b = 0; b < bins; ++b) {
        sumAll += b * histogram[size_t(b)];
    }
    double weightBelow = 0.0, sumBelow = 0.0, best = -1.0;
    int bestBin = 0;
    for (int b = 0; b < bins; ++b) {
        weightBelow += histogram[size_t(b)];
        sumBelow += b * histogram[size_t(b)];
        const double weightAbove = total - weightBelow;
        if (weightBelow == 0.0 || weightAbove == 0.0) {
            continue;
        }
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sumAll - sumBelow) / weightAbove;
        const double between
            = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            bestBin = b;
        }
    }
    return *lo + (bestBin + 0.5) / scale;
}

} // namespace

Tensor resampleToPatientGrid(const VolumeInput &volume, const PatientGrid &grid)
{
    if (!volume.isConsistent()) {
        throw std::invalid_argument("the volume's size does not match its voxel count");
    }
    for (size_t a = 0; a < 3; ++a) {
        if (grid.dhw[a] <= 0 || grid.dhw[a] > 4096 || !(grid.spacingMm[a] > 0.0)) {
            throw std::invalid_argument(
                "the model's input grid is not a positive size and spacing");
        }
    }
    const int64_t depth = grid.dhw[0], height = grid.dhw[1], width = grid.dhw[2];
    Tensor out;
    out.shape = {depth, height, width};
    out.data.resize(size_t(depth * height * width));
    size_t n = 0;
    for (int64_t k = 0; k < depth; ++k) {
        const double z
            = grid.centreLps[2] + (double(k) - 0.5 * double(depth - 1)) * grid.spacingMm[2];
        for (int64_t j = 0; j < height; ++j) {
            const double y
                = grid.centreLps[1] + (double(j) - 0.5 * double(height - 1)) * grid.spacingMm[1];
            for (int64_t i = 0; i < width; ++i) {
                const double x
                    = grid.centreLps[0] + (double(i) - 0.5 * double(width - 1)) * grid.spacingMm[0];
                out.data[n++] = sampleTrilinear(volume, toIndex(volume, x, y, z));
            }
        }
    }
    return out;
}

BreastRegion findBodyRegion(const VolumeInput &reference)
{
    if (!reference.isConsistent()) {
        throw std::invalid_argument("the reference volume's size does not match its voxel count");
    }
    BreastRegion region;
    region.threshold = otsuThreshold(reference.voxels);
    std::array<double, 3> lo {1e300, 1e300, 1e300}, hi {-1e300, -1e300, -1e300};
    size_t inside = 0;
    const int nx = reference.size[0], ny = reference.size[1], nz = reference.size[2];
    for (int z = 0; z < nz; ++z) {
        for (int y = 0; y < ny; ++y) {
            for (int x = 0; x < nx; ++x) {
                if (reference.voxels[(size_t(z) * size_t(ny) + size_t(y)) * size_t(nx) + size_t(x)]
                    <= region.threshold) {
                    continue;
                }
                ++inside;
                const std::array<double, 3> p = toLps(reference, x, y, z);
                for (size_t a = 0; a < 3; ++a) {
                    lo[a] = std::min(lo[a], p[a]);
                    hi[a] = std::max(hi[a], p[a]);
                }
            }
        }
    }
    if (inside == 0) { // a blank volume: the whole field of view
        lo = toLps(reference, 0, 0, 0);
        hi = toLps(reference, nx - 1, ny - 1, nz - 1);
        for (size_t a = 0; a < 3; ++a) {
            if (lo[a] > hi[a]) {
                std::swap(lo[a], hi[a]);
            }
        }
    }
    region.bodyMinLps = lo;
    region.bodyMaxLps = hi;
    region.bodyFraction = double(inside) / double(reference.voxels.size());
    return region;
}

std::array<double, 3> breastCropCentre(const BreastRegion &region,
                                       const std::array<double, 3> &extentMm, BreastSide side)
{
    // LPS: +y is posterior, so the most anterior body point has the smallest y.
    const double anterior = region.bodyMinLps[1];
    const double bodyDepth = region.bodyMaxLps[1] - anterior;
    const double y = bodyDepth > extentMm[1] ? anterior + 0.5 * extentMm[1]
                                             : 0.5 * (anterior + region.bodyMaxLps[1]);
    const double midline = 0.5 * (region.bodyMinLps[0] + region.bodyMaxLps[0]);
    double x = midline;
    if (side == BreastSide::Left) {
        x = 0.5 * (midline + region.bodyMaxLps[0]);
    } else if (side == BreastSide::Right) {
        x = 0.5 * (region.bodyMinLps[0] + midline);
    }
    return {x, y, 0.5 * (region.bodyMinLps[2] + region.bodyMaxLps[2])};
}

void mirrorLeftRight(Tensor &tensor)
{
    if (tensor.shape.empty() || tensor.shape.back() <= 1) {
        return;
    }
    const size_t width = size_t(tensor.shape.back());
    for (size_t row = 0; row + width <= tensor.data.size(); row += width) {
        std::reverse(tensor.data.begin() + long(row), tensor.data.begin() + long(row + width));
    }
}

} // namespace oncoview::inference::analysis
