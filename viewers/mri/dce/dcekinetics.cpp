// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dce/dcekinetics.h"

#include "viewers/mri/dce/volumemath.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace oncoview::mri {

namespace {

void checkTimes(const std::vector<double> &seconds, size_t phases)
{
    if (phases < 2) {
        throw std::invalid_argument("kinetics need a pre-contrast and at least one post-contrast"
                                    " phase (got "
                                    + std::to_string(phases) + ")");
    }
    if (seconds.size() != phases) {
        throw std::invalid_argument("got " + std::to_string(seconds.size()) + " phase times for "
                                    + std::to_string(phases) + " phases");
    }
    if (!std::is_sorted(seconds.begin(), seconds.end())) {
        throw std::invalid_argument("DCE phase times are not in ascending order");
    }
}

void checkPhases(const std::vector<Volume> &phases, const std::vector<double> &seconds)
{
    checkTimes(seconds, phases.size());
    for (size_t p = 0; p < phases.size(); ++p) {
        if (phases[p].voxelCount() == 0 || phases[p].voxels.size() != phases[p].voxelCount()) {
            throw std::invalid_argument("DCE phase " + std::to_string(p) + " is empty");
        }
        const std::string why = gridMismatch(phases[p], phases.front(), 0.01);
        if (!why.empty()) {
            throw std::invalid_argument("DCE phase " + std::to_string(p)
                                        + " is on a different grid from phase 0: " + why);
        }
    }
}

// The core of analyseCurve, on raw arrays so the per-voxel map needs no allocation.
CurveAnalysis analyse(const double *values, const double *seconds, int n,
                      const KineticParams &params, double minPre)
{
    CurveAnalysis a;
    const int pre = params.preContrastPhase;
    a.preSignal = values[pre];
    a.earlyPhase = pre + 1;
    for (int p = pre + 1; p < n && seconds[p] - seconds[pre] <= params.earlyWindowSeconds; ++p) {
        if (values[p] > values[a.earlyPhase]) {
            a.earlyPhase = p;
        }
    }
    a.earlySignal = values[a.earlyPhase];
    if (!(a.preSignal > 0)) {
        return a;
    }
    a.initialEnhancementPercent = (a.earlySignal - a.preSignal) / a.preSignal * 100.0;
    a.initial = classifyInitial(a.initialEnhancementPercent);
    if (a.earlyPhase < n - 1 && a.earlySignal > 0) {
        a.delayedChangePercent = (values[n - 1] - a.earlySignal) / a.earlySignal * 100.0;
        a.shape = classifyDelayed(a.delayedChangePercent, params.plateauBandPercent);
    }
    a.enhancing = a.preSignal >= minPre
        && a.initialEnhancementPercent >= params.enhancementThresholdPercent;
    a.label = a.enhancing ? a.shape : CurveType::NonEnhancing;
    return a;
}

void checkPreIndex(const KineticParams &params, size_t phases)
{
    if (params.preContrastPhase < 0 || size_t(params.preContrastPhase) + 1 >= phases) {
        throw std::invalid_argument("pre-contrast phase " + std::to_string(params.preContrastPhase)
                                    + " leaves no post-contrast phase among "
                                    + std::to_string(phases));
    }
}

// Labels slice z of the map.
void labelSlice(const std::vector<Volume> &phases, const std::vector<double> &seconds,
                const KineticParams &params, int z, KineticMap &map)
{
    const Volume &grid = phases.front();
    const int n = int(phases.size());
    std::vector<double> values(size_t(n), 0.0);
    for (int y = 0; y < grid.size[1]; ++y) {
        for (int x = 0; x < grid.size[0]; ++x) {
            const size_t i = grid.offset(x, y, z);
            for (int p = 0; p < n; ++p) {
                values[size_t(p)] = phases[size_t(p)].voxels[i];
            }
            const CurveAnalysis a
                = analyse(values.data(), seconds.data(), n, params, map.minPreSignal);
            map.labels.voxels[i] = float(int(a.label));
            map.initialEnhancementPercent.voxels[i]
                = a.preSignal >= map.minPreSignal ? float(a.initialEnhancementPercent) : 0.f;
        }
    }
}

// Separable in-plane box mean of radius r, normalised at the edges. Polls cancel per slice.
Volume smoothInPlane(const Volume &v, int r, const std::atomic<bool> *cancel)
{
    Volume out = v;
    std::vector<double> row;
    for (int z = 0; z < v.size[2]; ++z) {
        throwIfCancelled(cancel);
        for (int axis = 0; axis < 2; ++axis) {
            const int n = v.size[size_t(axis)], lines = v.size[size_t(1 - axis)];
            row.resize(size_t(n));
            for (int line = 0; line < lines; ++line) {
                const auto at = [&](int i) -> float & {
                    return axis == 0 ? out.at(i, line, z) : out.at(line, i, z);
                };
                for (int i = 0; i < n; ++i) {
                    row[size_t(i)] = at(i);
                }
                for (int i = 0; i < n; ++i) {
                    const int lo = std::max(0, i - r), hi = std::min(n - 1, i + r);
                    double sum = 0;
                    for (int k = lo; k <= hi; ++k) {
                        sum += row[size_t(k)];
                    }
                    at(i) = float(sum / (hi - lo + 1));
                }
            }
        }
    }
    return out;
}

} // namespace

InitialPhase classifyInitial(double initialEnhancementPercent)
{
    if (initialEnhancementPercent < kSlowBelowPercent) {
        return InitialPhase::Slow;
    }
    return initialEnhancementPercent > kRapidAbovePercent ? InitialPhase::Rapid
                                                          : InitialPhase::Medium;
}

CurveType classifyDelayed(double delayedChangePercent, double plateauBandPercent)
{
    if (delayedChangePercent > plateauBandPercent) {
        return CurveType::Persistent;
    }
    return delayedChangePercent < -plateauBandPercent ? CurveType::Washout : CurveType::Plateau;
}

TimeIntensityCurve curveAtVoxel(const std::vector<Volume> &phases,
                                const std::vector<double> &seconds, int x, int y, int z)
{
    checkPhases(phases, seconds);
    if (!phases.front().contains(x, y, z)) {
        throw std::invalid_argument("voxel (" + std::to_string(x) + ", " + std::to_string(y) + ", "
                                    + std::to_string(z) + ") is outside the DCE volume");
    }
    TimeIntensityCurve c;
    c.seconds = seconds;
    c.voxelCount = 1;
    for (const Volume &v : phases) {
        c.values.push_back(v.at(x, y, z));
    }
    return c;
}

TimeIntensityCurve curveInMask(const std::vector<Volume> &phases,
                               const std::vector<double> &seconds, const std::vector<uint8_t> &mask)
{
    checkPhases(phases, seconds);
    if (mask.size() != phases.front().voxelCount()) {
        throw std::invalid_argument("ROI mask has " + std::to_string(mask.size())
                                    + " voxels, the DCE grid "
                                    + std::to_string(phases.front().voxelCount()));
    }
    TimeIntensityCurve c;
    c.seconds = seconds;
    c.values.assign(phases.size(), 0.0);
    for (size_t i = 0; i < mask.size(); ++i) {
        if (!mask[i]) {
            continue;
        }
        ++c.voxelCount;
        for (size_t p = 0; p < phases.size(); ++p) {
            c.values[p] += phases[p].voxels[i];
        }
    }
    if (c.voxelCount == 0) {
        throw std::invalid_argument("the ROI contains no voxel of the DCE volume");
    }
    for (double &v : c.values) {
        v /= double(c.voxelCount);
    }
    return c;
}

CurveAnalysis analyseCurve(const TimeIntensityCurve &curve, const KineticParams &params)
{
    checkTimes(curve.seconds, curve.values.size());
    checkPreIndex(params, curve.values.size());
    return analyse(curve.values.data(), curve.seconds.data(), int(curve.values.size()), params,
                   std::max(0.0, params.minPreSignal));
}

KineticMap computeKineticMap(const std::vector<Volume> &phases, const std::vector<double> &seconds,
                             const KineticParams &params, const std::atomic<bool> *cancel)
{
    checkPhases(phases, seconds);
    checkPreIndex(params, phases.size());
    if (params.smoothingRadius < 0) {
        throw std::invalid_argument("kinetic map smoothing radius must not be negative");
    }
    if (params.smoothingRadius > 0) {
        std::vector<Volume> smoothed;
        for (const Volume &v : phases) {
            smoothed.push_back(smoothInPlane(v, params.smoothingRadius, cancel));
        }
        KineticParams raw = params;
        raw.smoothingRadius = 0;
        return computeKineticMap(smoothed, seconds, raw, cancel);
    }
    const Volume &pre = phases[size_t(params.preContrastPhase)];
    KineticMap map;
    map.minPreSignal = params.minPreSignal >= 0 ? params.minPreSignal
                                                : kAutoMaskFraction * volumePercentile(pre, 0.99);
    map.labels = pre;
    map.initialEnhancementPercent = pre;
    for (int z = 0; z < pre.size[2]; ++z) {
        throwIfCancelled(cancel);
        labelSlice(phases, seconds, params, z, map);
    }
    map.hotspot = strongestEnhancement(map.labels, map.initialEnhancementPercent, cancel);
    throwIfCancelled(cancel);
    return map;
}

KineticSummary summarizeKinetics(const KineticMap &map, const std::vector<uint8_t> &mask)
{
    if (mask.size() != map.labels.voxels.size()) {
        throw std::invalid_argument("ROI mask has " + std::to_string(mask.size())
                                    + " voxels, the kinetic map "
                                    + std::to_string(map.labels.voxels.size()));
    }
    size_t counts[4] = {0, 0, 0, 0};
    KineticSummary s;
    for (size_t i = 0; i < mask.size(); ++i) {
        if (mask[i]) {
            ++s.roiVoxels;
            ++counts[std::clamp(int(map.labels.voxels[i]), 0, 3)];
        }
    }
    s.enhancingVoxels = counts[1] + counts[2] + counts[3];
    if (s.enhancingVoxels == 0) {
        return s;
    }
    const double total = double(s.enhancingVoxels);
    s.persistentShare = counts[1] / total;
    s.plateauShare = counts[2] / total;
    s.washoutShare = counts[3] / total;
    for (int t = 3; t >= 1; --t) {
        if (counts[t] > 0) {
            s.worst = CurveType(t);
            break;
        }
    }
    return s;
}

const char *curveTypeName(CurveType type)
{
    switch (type) {
    case CurveType::Persistent:
        return "persistent";
    case CurveType::Plateau:
        return "plateau";
    case CurveType::Washout:
        return "wash-out";
    case CurveType::NonEnhancing:
        break;
    }
    return "non-enhancing";
}

const char *initialPhaseName(InitialPhase phase)
{
    switch (phase) {
    case InitialPhase::Slow:
        return "slow";
    case InitialPhase::Medium:
        return "medium";
    case InitialPhase::Rapid:
        return "rapid";
    }
    return "slow";
}

} // namespace oncoview::mri
