// SPDX-License-Identifier: Apache-2.0
#pragma once

// DCE-MRI kinetics for breast reading: time-intensity curves, BI-RADS initial/delayed phase
// classification, and a per-voxel kinetic ("angiogenesis") map as CAD systems show it.
// Plain C++; any thread may call these (the GUI runs the map on a worker). Bad input throws
// std::invalid_argument; a set cancel flag throws AnalysisCancelled (volumemath.h).

#include "viewers/mri/dce/enhancementhotspot.h"
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace oncoview::mri {

// BI-RADS MRI lexicon (ACR Atlas, 5th ed.) after Kuhl et al., Radiology 1999;211:101-110:
// initial rise, measured within ~2 min of injection, is slow < 50 %, medium 50-100 %,
// rapid > 100 %; the delayed curve is persistent when the late signal rises by more than 10 %
// of the early value, wash-out when it falls by more than 10 %, plateau in between.
constexpr double kSlowBelowPercent = 50.0;
constexpr double kRapidAbovePercent = 100.0;
constexpr double kEarlyWindowSeconds = 120.0;
constexpr double kPlateauBandPercent = 10.0;
// CADstream colours voxels enhancing by at least 50 % (configurable to 80 / 100 %, which cut
// false positives by a third / a half: Williams et al., AJR 2006, PMID 16794155).
constexpr double kDefaultEnhancementThresholdPercent = 50.0;

enum class InitialPhase : uint8_t { Slow, Medium, Rapid };
// Values are the kinetic map labels.
enum class CurveType : uint8_t { NonEnhancing = 0, Persistent = 1, Plateau = 2, Washout = 3 };

struct KineticParams
{
    double enhancementThresholdPercent = kDefaultEnhancementThresholdPercent;
    double earlyWindowSeconds = kEarlyWindowSeconds; // after the pre-contrast phase
    double plateauBandPercent = kPlateauBandPercent;
    // Voxels whose pre-contrast signal is below this are never enhancing (noise in air would
    // give random percentages). Negative: automatic, kAutoMaskFraction (volumemath.h) of the
    // pre-contrast 99th percentile.
    double minPreSignal = -1;
    int preContrastPhase = 0;
    // The map averages each phase over (2r+1)^2 voxels in-plane before classifying: single-voxel
    // noise otherwise types random low-signal voxels as wash-out (0 = raw voxels).
    int smoothingRadius = 1;
};

// Signal over the DCE phases at a voxel or averaged over an ROI.
struct TimeIntensityCurve
{
    std::vector<double> seconds; // acquisition time per phase
    std::vector<double> values; // mean signal per phase
    size_t voxelCount = 0; // voxels averaged (1 for a single voxel)
};

struct CurveAnalysis
{
    double preSignal = 0; // S0
    int earlyPhase = -1; // phase of S_early: peak within the early window, else first post
    double earlySignal = 0;
    double initialEnhancementPercent = 0; // (S_early - S0) / S0 * 100
    InitialPhase initial = InitialPhase::Slow;
    double delayedChangePercent = 0; // (S_last - S_early) / S_early * 100
    // Delayed shape (Persistent/Plateau/Washout) whatever the initial enhancement; NonEnhancing
    // only when there is no delayed phase (the early phase is the last one) or S0 <= 0.
    CurveType shape = CurveType::NonEnhancing;
    bool enhancing = false; // initial enhancement >= the params' threshold
    // shape when enhancing, else NonEnhancing: the kinetic map's label for this curve.
    CurveType label = CurveType::NonEnhancing;
};

// Enhancement shares over an ROI of a kinetic map.
struct KineticSummary
{
    size_t roiVoxels = 0;
    size_t enhancingVoxels = 0;
    // Shares of the enhancing voxels (0..1, summing to 1 when any enhance).
    double persistentShare = 0;
    double plateauShare = 0;
    double washoutShare = 0;
    // Worst type present among enhancing voxels (Washout > Plateau > Persistent), as CAD
    // reports it; NonEnhancing when none enhance.
    CurveType worst = CurveType::NonEnhancing;
};

// Per-voxel results on the DCE grid.
struct KineticMap
{
    Volume labels; // CurveType values 0..3 as floats
    Volume initialEnhancementPercent; // 0 where the pre-contrast signal is masked
    double minPreSignal = 0; // the mask level actually used
    std::optional<EnhancementHotspot> hotspot; // where the enhancement is strongest
};

InitialPhase classifyInitial(double initialEnhancementPercent);
CurveType classifyDelayed(double delayedChangePercent,
                          double plateauBandPercent = kPlateauBandPercent);

// Curve at voxel (x, y, z) of every phase. Throws std::invalid_argument when the phases are
// empty, on different grids, the times do not match the phases or the voxel is outside.
TimeIntensityCurve curveAtVoxel(const std::vector<Volume> &phases,
                                const std::vector<double> &seconds, int x, int y, int z);

// Mean curve over a mask (one byte per voxel of the phases' grid, non-zero = inside).
// Throws std::invalid_argument also when the mask size differs or it selects no voxel.
TimeIntensityCurve curveInMask(const std::vector<Volume> &phases,
                               const std::vector<double> &seconds,
                               const std::vector<uint8_t> &mask);

// Classifies one curve. params.minPreSignal applies only when >= 0 (no image to estimate it
// from). Throws std::invalid_argument for fewer than 2 phases or unsorted times.
CurveAnalysis analyseCurve(const TimeIntensityCurve &curve, const KineticParams &params = {});

// Labels every voxel (after params.smoothingRadius). cancel is polled per slice. About 0.1 s CPU
// for the demo 128x128x48x5 (see the tests). Worker thread.
KineticMap computeKineticMap(const std::vector<Volume> &phases, const std::vector<double> &seconds,
                             const KineticParams &params = {},
                             const std::atomic<bool> *cancel = nullptr);

// Shares of each curve type in a mask over map.labels. Throws std::invalid_argument when the
// mask size differs from the map. Any thread.
KineticSummary summarizeKinetics(const KineticMap &map, const std::vector<uint8_t> &mask);

const char *curveTypeName(CurveType type); // "non-enhancing", "persistent", ...
const char *initialPhaseName(InitialPhase phase); // "slow", "medium", "rapid"

} // namespace oncoview::mri
