// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dce/volumemath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace oncoview::mri {

namespace {

void checkNotEmpty(const Volume &v, const char *what)
{
    if (v.voxelCount() == 0 || v.voxels.size() != v.voxelCount()) {
        throw std::invalid_argument(std::string(what) + " volume is empty or inconsistent");
    }
}

void checkAxis(int axis)
{
    if (axis < 0 || axis > 2) {
        throw std::invalid_argument("projection axis must be 0, 1 or 2, not "
                                    + std::to_string(axis));
    }
}

// MIP over [first, last] along axis; the output sits at the middle of that range.
Volume projectRange(const Volume &v, int axis, int first, int last)
{
    Volume out;
    out.size = v.size;
    out.size[size_t(axis)] = 1;
    out.spacing = v.spacing;
    out.direction = v.direction;
    std::array<double, 3> mid {0, 0, 0};
    mid[size_t(axis)] = 0.5 * (first + last);
    out.origin = v.indexToLps(mid[0], mid[1], mid[2]);
    out.voxels.assign(out.voxelCount(), -std::numeric_limits<float>::infinity());
    for (int z = 0; z < v.size[2]; ++z) {
        for (int y = 0; y < v.size[1]; ++y) {
            for (int x = 0; x < v.size[0]; ++x) {
                const int idx[3] = {x, y, z};
                if (idx[axis] < first || idx[axis] > last) {
                    continue;
                }
                const int o[3] = {axis == 0 ? 0 : x, axis == 1 ? 0 : y, axis == 2 ? 0 : z};
                float &dst = out.at(o[0], o[1], o[2]);
                dst = std::max(dst, v.at(x, y, z));
            }
        }
    }
    return out;
}

} // namespace

void throwIfCancelled(const std::atomic<bool> *cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        throw AnalysisCancelled();
    }
}

float sampleLinear(const Volume &v, const std::array<double, 3> &c, float outside)
{
    int i0[3];
    double f[3];
    for (int a = 0; a < 3; ++a) {
        const double n = v.size[size_t(a)];
        if (c[a] < -0.5 || c[a] > n - 0.5) {
            return outside;
        }
        const double clamped = std::clamp(c[a], 0.0, n - 1);
        i0[a] = std::min(int(std::floor(clamped)), int(n) - 2 < 0 ? 0 : int(n) - 2);
        f[a] = clamped - i0[a];
    }
    double sum = 0;
    for (int corner = 0; corner < 8; ++corner) {
        double w = 1;
        int idx[3];
        for (int a = 0; a < 3; ++a) {
            const bool hi = (corner >> a) & 1;
            w *= hi ? f[a] : 1 - f[a];
            idx[a] = std::min(i0[a] + int(hi), v.size[size_t(a)] - 1);
        }
        if (w != 0) {
            sum += w * v.at(idx[0], idx[1], idx[2]);
        }
    }
    return float(sum);
}

std::string gridMismatch(const Volume &a, const Volume &b, double toleranceMm)
{
    std::ostringstream s;
    if (a.size != b.size) {
        s << "size " << a.size[0] << "x" << a.size[1] << "x" << a.size[2] << " vs " << b.size[0]
          << "x" << b.size[1] << "x" << b.size[2];
        return s.str();
    }
    for (size_t i = 0; i < 3; ++i) {
        if (std::abs(a.spacing[i] - b.spacing[i]) > toleranceMm) {
            s << "spacing differs on axis " << i << " (" << a.spacing[i] << " vs " << b.spacing[i]
              << " mm)";
            return s.str();
        }
        if (std::abs(a.origin[i] - b.origin[i]) > toleranceMm) {
            s << "origin differs by " << a.origin[i] - b.origin[i] << " mm on axis " << i;
            return s.str();
        }
    }
    for (size_t i = 0; i < 9; ++i) {
        // Direction cosines are unitless: compare their effect across the whole volume.
        const double extent = a.size[i % 3] * a.spacing[i % 3];
        if (std::abs(a.direction[i] - b.direction[i]) * std::max(extent, 1.0) > toleranceMm) {
            return "orientation (direction cosines) differs";
        }
    }
    return {};
}

bool sameGrid(const Volume &a, const Volume &b, double toleranceMm)
{
    return gridMismatch(a, b, toleranceMm).empty();
}

Volume subtract(const Volume &post, const Volume &pre)
{
    checkNotEmpty(post, "post-contrast");
    checkNotEmpty(pre, "pre-contrast");
    // Tolerate float noise in headers (a hundredth of a mm), not a different slice position.
    const std::string why = gridMismatch(post, pre, 0.01);
    if (!why.empty()) {
        throw std::invalid_argument("cannot subtract volumes on different grids: " + why
                                    + "; resample or motion-correct first");
    }
    Volume out = post;
    for (size_t i = 0; i < out.voxels.size(); ++i) {
        out.voxels[i] = post.voxels[i] - pre.voxels[i];
    }
    return out;
}

Volume maximumIntensityProjection(const Volume &volume, int axis)
{
    checkNotEmpty(volume, "input");
    checkAxis(axis);
    return projectRange(volume, axis, 0, volume.size[size_t(axis)] - 1);
}

Volume slabMip(const Volume &volume, int axis, int centre, int slices)
{
    checkNotEmpty(volume, "input");
    checkAxis(axis);
    const int n = volume.size[size_t(axis)];
    if (centre < 0 || centre >= n) {
        throw std::invalid_argument("slab centre " + std::to_string(centre)
                                    + " is outside the volume (0.." + std::to_string(n - 1) + ")");
    }
    if (slices < 1) {
        throw std::invalid_argument("a slab needs at least one slice");
    }
    const int first = std::max(0, centre - slices / 2);
    const int last = std::min(n - 1, centre - slices / 2 + slices - 1);
    return projectRange(volume, axis, first, last);
}

Volume resampleToGrid(const Volume &moving, const Volume &reference, float outside,
                      const std::atomic<bool> *cancel)
{
    return resampleAffine(
        moving, reference, [](const std::array<double, 3> &p) { return p; }, outside, cancel);
}

Volume resampleAffine(const Volume &moving, const Volume &reference,
                      const LpsMap &referenceToMoving, float outside,
                      const std::atomic<bool> *cancel)
{
    checkNotEmpty(moving, "moving");
    if (reference.voxelCount() == 0) {
        throw std::invalid_argument("reference grid is empty");
    }
    Volume out;
    out.size = reference.size;
    out.spacing = reference.spacing;
    out.origin = reference.origin;
    out.direction = reference.direction;
    out.voxels.assign(reference.voxelCount(), outside);
    // The map from reference index to moving index is affine: walk it incrementally.
    const auto toMoving = [&](double i, double j, double k) {
        return moving.lpsToIndex(referenceToMoving(reference.indexToLps(i, j, k)));
    };
    const auto base = toMoving(0, 0, 0);
    std::array<std::array<double, 3>, 3> step {};
    for (int a = 0; a < 3; ++a) {
        const auto p = toMoving(a == 0, a == 1, a == 2);
        for (size_t c = 0; c < 3; ++c) {
            step[size_t(a)][c] = p[c] - base[c];
        }
    }
    for (int z = 0; z < reference.size[2]; ++z) {
        throwIfCancelled(cancel);
        for (int y = 0; y < reference.size[1]; ++y) {
            for (int x = 0; x < reference.size[0]; ++x) {
                std::array<double, 3> c;
                for (size_t k = 0; k < 3; ++k) {
                    c[k] = base[k] + x * step[0][k] + y * step[1][k] + z * step[2][k];
                }
                out.at(x, y, z) = sampleLinear(moving, c, outside);
            }
        }
    }
    return out;
}

double volumePercentile(const Volume &volume, double p)
{
    const size_t count = volume.voxels.size();
    const size_t stride = std::max<size_t>(1, count >> 20);
    std::vector<float> sample;
    sample.reserve(count / stride + 1);
    for (size_t i = 0; i < count; i += stride) {
        if (std::isfinite(volume.voxels[i])) {
            sample.push_back(volume.voxels[i]);
        }
    }
    if (sample.empty()) {
        return 0;
    }
    const size_t k = size_t(std::clamp(p, 0.0, 1.0) * double(sample.size() - 1) + 0.5);
    std::nth_element(sample.begin(), sample.begin() + std::ptrdiff_t(k), sample.end());
    return sample[k];
}

Volume adcMap(const std::vector<Volume> &dwi, const std::vector<double> &bValues,
              const AdcParams &params)
{
    if (dwi.size() < 2 || dwi.size() != bValues.size()) {
        throw std::invalid_argument("ADC needs at least two DWI volumes, one per b-value (got "
                                    + std::to_string(dwi.size()) + " volumes, "
                                    + std::to_string(bValues.size()) + " b-values)");
    }
    for (const Volume &v : dwi) {
        checkNotEmpty(v, "DWI");
        const std::string why = gridMismatch(v, dwi.front(), 0.01);
        if (!why.empty()) {
            throw std::invalid_argument("DWI volumes are on different grids: " + why);
        }
    }
    const size_t n = dwi.size();
    double bMean = 0;
    for (double b : bValues) {
        bMean += b / double(n);
    }
    double sbb = 0;
    for (double b : bValues) {
        sbb += (b - bMean) * (b - bMean);
    }
    if (sbb <= 0) {
        throw std::invalid_argument("ADC needs at least two different b-values");
    }
    const size_t lowest
        = size_t(std::min_element(bValues.begin(), bValues.end()) - bValues.begin());
    const double minS0 = params.minS0 >= 0
        ? params.minS0
        : kAutoMaskFraction * volumePercentile(dwi[lowest], 0.99);
    Volume out = dwi.front();
    for (size_t i = 0; i < out.voxels.size(); ++i) {
        const float s0 = dwi[lowest].voxels[i];
        if (!(s0 > minS0) || s0 <= 0) {
            out.voxels[i] = 0.f;
            continue;
        }
        // Least-squares slope of ln S on b; a zero signal counts as 1e-3 of S0 (then clipped).
        double sxy = 0;
        for (size_t k = 0; k < n; ++k) {
            const double s = std::max(double(dwi[k].voxels[i]), 1e-3 * s0);
            sxy += (bValues[k] - bMean) * std::log(s);
        }
        out.voxels[i] = float(std::clamp(-sxy / sbb, 0.0, params.maxAdc));
    }
    return out;
}

} // namespace oncoview::mri
