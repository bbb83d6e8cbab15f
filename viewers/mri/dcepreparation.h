// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the breast DCE layout computes from a study, off the GUI thread: (optionally
// motion-corrected) phases, subtractions post - pre, the kinetic map and ADC; plus the cheap
// cursor-time queries (curve and curve-type shares in a sphere) that only touch the voxels near
// the cursor. Plain C++ (no Qt); bad input throws std::invalid_argument, a set cancel flag
// AnalysisCancelled (volumemath.h).

#include "viewers/mri/dce/dcekinetics.h"
#include "viewers/mri/dce/motioncorrection.h"
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <memory>
#include <vector>

namespace oncoview::mri {

// Phase times in seconds for a DCE series: the files' own times when the loader found them,
// else `assumedPhaseSeconds` per phase (and *assumed set true, so the UI can say so).
std::vector<double> dcePhaseSeconds(const SeriesInfo &info, double assumedPhaseSeconds,
                                    bool *assumed = nullptr);

struct DcePhases
{
    bool motionCorrected = false;
    // Motion-corrected copies, or the series' own phases (shared, not copied) when not.
    std::shared_ptr<const std::vector<Volume>> phases;
    std::vector<RigidTransform> transforms; // per phase; empty without motion correction
    // subtractions[p] = phases[p] - phases[pre]; null for the pre-contrast phase itself.
    std::vector<std::shared_ptr<const Volume>> subtractions;
};

// Registers each phase to the pre-contrast one when motionCorrect (progress counts phases of
// registration, then subtractions). Worker thread.
DcePhases prepareDcePhases(std::shared_ptr<const Series> dce, bool motionCorrect,
                           int preContrastPhase = 0, const ProgressFn &progress = {},
                           const std::atomic<bool> *cancel = nullptr);

// ADC from a DWI series with at least two distinct b-values (std::invalid_argument otherwise).
// Worker thread.
Volume adcFromDwi(const Series &dwi);

// Mean curve over the DCE voxels whose centres lie within radiusMm of centreLps (the nearest
// voxel alone when none or radiusMm <= 0). Only the sphere's bounding box is visited, so it is
// cheap enough for the GUI thread on every cursor move. Throws std::invalid_argument when the
// point is outside the grid.
TimeIntensityCurve curveInSphere(const std::vector<Volume> &phases,
                                 const std::vector<double> &seconds,
                                 const std::array<double, 3> &centreLps, double radiusMm);

// Curve-type shares of the kinetic map's voxels within radiusMm of centreLps (bounding box
// only, like curveInSphere). Any thread.
KineticSummary kineticSharesInSphere(const KineticMap &map, const std::array<double, 3> &centreLps,
                                     double radiusMm);

} // namespace oncoview::mri
