// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dcepreparation.h"

#include "viewers/mri/dce/volumemath.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <stdexcept>
#include <string>

namespace oncoview::mri {

namespace {

// Calls visit(x, y, z) for each voxel centre of grid within radiusMm of centre, scanning only
// the sphere's bounding box in index space (any orientation: the box is widened by the
// direction matrix). With no voxel inside, visits the nearest voxel. Returns false when the
// nearest voxel is outside the grid.
bool forEachVoxelInSphere(const Volume &grid, const std::array<double, 3> &centre, double radiusMm,
                          const std::function<void(int, int, int)> &visit)
{
    const auto c = grid.lpsToIndex(centre);
    const int ci = int(std::lround(c[0])), cj = int(std::lround(c[1])), ck = int(std::lround(c[2]));
    if (!grid.contains(ci, cj, ck)) {
        return false;
    }
    int visited = 0;
    if (radiusMm > 0) {
        int lo[3], hi[3];
        for (int a = 0; a < 3; ++a) {
            const int reach = int(std::ceil(radiusMm / grid.spacing[a]));
            lo[a] = std::max(0, int(std::floor(c[a])) - reach);
            hi[a] = std::min(grid.size[a] - 1, int(std::ceil(c[a])) + reach);
        }
        const double r2 = radiusMm * radiusMm;
        for (int z = lo[2]; z <= hi[2]; ++z) {
            for (int y = lo[1]; y <= hi[1]; ++y) {
                for (int x = lo[0]; x <= hi[0]; ++x) {
                    // Index offsets times spacing: distances are rotation-invariant.
                    const double dx = (x - c[0]) * grid.spacing[0],
                                 dy = (y - c[1]) * grid.spacing[1],
                                 dz = (z - c[2]) * grid.spacing[2];
                    if (dx * dx + dy * dy + dz * dz <= r2) {
                        visit(x, y, z);
                        ++visited;
                    }
                }
            }
        }
    }
    if (visited == 0) {
        visit(ci, cj, ck);
    }
    return true;
}

} // namespace

std::vector<double> dcePhaseSeconds(const SeriesInfo &info, double assumedPhaseSeconds,
                                    bool *assumed)
{
    const bool known = info.phaseSeconds.size() == size_t(info.phases) && info.phases > 1;
    if (assumed) {
        *assumed = !known;
    }
    if (known) {
        return info.phaseSeconds;
    }
    std::vector<double> seconds;
    for (int p = 0; p < info.phases; ++p) {
        seconds.push_back(p * assumedPhaseSeconds);
    }
    return seconds;
}

DcePhases prepareDcePhases(std::shared_ptr<const Series> dce, bool motionCorrect,
                           int preContrastPhase, const ProgressFn &progress,
                           const std::atomic<bool> *cancel)
{
    if (!dce || dce->phases.size() < 2) {
        throw std::invalid_argument("a DCE series needs a pre-contrast and at least one "
                                    "post-contrast phase");
    }
    const int count = int(dce->phases.size());
    if (preContrastPhase < 0 || preContrastPhase >= count) {
        throw std::invalid_argument("pre-contrast phase " + std::to_string(preContrastPhase)
                                    + " is not one of the " + std::to_string(count) + " phases");
    }
    // Progress: registration counts one step per phase, subtraction one per post phase.
    const int total = (motionCorrect ? count : 0) + count - 1;
    DcePhases out;
    out.motionCorrected = motionCorrect;
    if (motionCorrect) {
        MotionCorrectionResult corrected = correctMotion(
            dce->phases, preContrastPhase, MotionCorrectionParams {},
            [&](int done, int) {
                if (progress) {
                    progress(done, total);
                }
            },
            cancel);
        out.transforms = std::move(corrected.transforms);
        out.phases = std::make_shared<const std::vector<Volume>>(std::move(corrected.phases));
    } else {
        out.phases = std::shared_ptr<const std::vector<Volume>>(dce, &dce->phases);
    }
    const std::vector<Volume> &phases = *out.phases;
    out.subtractions.resize(phases.size());
    int done = motionCorrect ? count : 0;
    for (int p = 0; p < count; ++p) {
        if (p == preContrastPhase) {
            continue;
        }
        throwIfCancelled(cancel);
        out.subtractions[size_t(p)] = std::make_shared<const Volume>(
            subtract(phases[size_t(p)], phases[size_t(preContrastPhase)]));
        if (progress) {
            progress(++done, total);
        }
    }
    return out;
}

Volume adcFromDwi(const Series &dwi)
{
    const std::set<double> distinct(dwi.info.bValues.begin(), dwi.info.bValues.end());
    if (dwi.info.bValues.size() != dwi.phases.size() || distinct.size() < 2) {
        throw std::invalid_argument("ADC needs a DWI series with at least two b-values; \""
                                    + dwi.info.description + "\" has "
                                    + std::to_string(distinct.size()));
    }
    return adcMap(dwi.phases, dwi.info.bValues);
}

TimeIntensityCurve curveInSphere(const std::vector<Volume> &phases,
                                 const std::vector<double> &seconds,
                                 const std::array<double, 3> &centreLps, double radiusMm)
{
    if (phases.empty() || seconds.size() != phases.size()) {
        throw std::invalid_argument("phases and their times do not match");
    }
    TimeIntensityCurve curve;
    curve.seconds = seconds;
    curve.values.assign(phases.size(), 0.0);
    const bool inside
        = forEachVoxelInSphere(phases.front(), centreLps, radiusMm, [&](int x, int y, int z) {
              const size_t i = phases.front().offset(x, y, z);
              for (size_t p = 0; p < phases.size(); ++p) {
                  curve.values[p] += phases[p].voxels[i];
              }
              ++curve.voxelCount;
          });
    if (!inside) {
        throw std::invalid_argument("the point is outside the DCE volume");
    }
    for (double &v : curve.values) {
        v /= double(curve.voxelCount);
    }
    return curve;
}

KineticSummary kineticSharesInSphere(const KineticMap &map, const std::array<double, 3> &centreLps,
                                     double radiusMm)
{
    size_t counts[4] = {0, 0, 0, 0};
    KineticSummary s;
    forEachVoxelInSphere(map.labels, centreLps, radiusMm, [&](int x, int y, int z) {
        ++s.roiVoxels;
        ++counts[std::clamp(int(map.labels.at(x, y, z)), 0, 3)];
    });
    s.enhancingVoxels = counts[1] + counts[2] + counts[3];
    if (s.enhancingVoxels == 0) {
        return s;
    }
    const double total = double(s.enhancingVoxels);
    s.persistentShare = double(counts[1]) / total;
    s.plateauShare = double(counts[2]) / total;
    s.washoutShare = double(counts[3]) / total;
    for (int t = 3; t >= 1; --t) {
        if (counts[t] > 0) {
            s.worst = CurveType(t);
            break;
        }
    }
    return s;
}

} // namespace oncoview::mri
