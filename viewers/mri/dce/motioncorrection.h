// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rigid motion correction of DCE phases: each post-contrast phase is registered to the
// pre-contrast phase with ITK (versor rigid transform, multi-resolution, Mattes mutual
// information by default because contrast uptake changes intensities) and resampled onto its
// grid, so subtraction and kinetics compare the same tissue. ITK stays inside the .cpp.

#include "viewers/mri/io/volume.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace oncoview::mri {

enum class RegistrationMetric : uint8_t { MattesMutualInformation, MeanSquares };

struct MotionCorrectionParams
{
    bool enabled = true; // false: phases pass through unchanged with identity transforms
    RegistrationMetric metric = RegistrationMetric::MattesMutualInformation;
    // Shrink factor per resolution level, coarse to fine (1 = full resolution).
    std::vector<unsigned> shrinkFactors {4, 2, 1};
    int maxIterationsPerLevel = 60;
    // Random voxels the metric samples at each level (all of a level's voxels when fewer): the
    // cost per iteration stays flat while the finest level still sees all of the image.
    int samplesPerLevel = 20000;
    double maxStepMm = 2.0; // first optimizer step (mm, or the equivalent rotation)
    double minStepMm = 0.01; // convergence: the step shrinks below this
    uint32_t seed = 12345; // metric sampling, so results are reproducible
};

// Maps a point of the fixed (reference) phase to the moving phase, in LPS mm:
// p_moving = R (p_fixed - centre) + centre + translation.
struct RigidTransform
{
    std::array<double, 9> rotation {1, 0, 0, 0, 1, 0, 0, 0, 1}; // row-major
    std::array<double, 3> centreLps {};
    std::array<double, 3> translationMm {};
    std::array<double, 3> versor {}; // unit-quaternion vector part (ITK parameters 0..2)
    double metricValue = 0; // final metric (lower is better for both metrics)
    int iterations = 0; // over all levels
    double seconds = 0; // registration time

    std::array<double, 3> apply(const std::array<double, 3> &p) const;
    double rotationDegrees() const; // rotation angle about its axis
};

struct MotionCorrectionResult
{
    std::vector<Volume> phases; // on the reference phase's grid; the reference is copied
    std::vector<RigidTransform> transforms; // identity for the reference phase
};

// Registers `moving` to `fixed` (any grids; both in LPS). Throws std::invalid_argument for empty
// volumes, AnalysisCancelled (volumemath.h) when cancel is set (polled per iteration) and
// std::runtime_error with ITK's message if ITK fails. Worker thread.
RigidTransform registerRigid(const Volume &fixed, const Volume &moving,
                             const MotionCorrectionParams &params = {},
                             const std::atomic<bool> *cancel = nullptr);

// `moving` resampled (linear) through transform onto `grid`; 0 outside moving. Worker thread.
Volume applyRigid(const Volume &moving, const RigidTransform &transform, const Volume &grid);

// Registers every phase except referencePhase to it and resamples it onto the reference grid.
// progress(done, total) counts phases. Throws like registerRigid, and std::invalid_argument for
// a bad referencePhase. With params.enabled false, returns the input and identities. Worker
// thread.
MotionCorrectionResult correctMotion(const std::vector<Volume> &phases, int referencePhase = 0,
                                     const MotionCorrectionParams &params = {},
                                     const ProgressFn &progress = {},
                                     const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::mri
