// SPDX-License-Identifier: Apache-2.0
#pragma once

// Voxel arithmetic on Volume values for breast MRI reading: subtraction, MIP, resampling
// onto another series' grid, ADC. Plain C++ (no Qt/VTK/ITK), so any thread may call it; the
// GUI runs it on a worker. Bad input throws std::invalid_argument with a message for the user.

#include "viewers/mri/io/volume.h"

#include <array>
#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace oncoview::mri {

// Thrown by the analysis functions (volumemath, dcekinetics, motioncorrection) when the
// caller's cancel flag became true.
class AnalysisCancelled : public std::runtime_error
{
public:
    AnalysisCancelled()
        : std::runtime_error("analysis cancelled")
    {
    }
};

// Throws AnalysisCancelled when cancel is set (cancel may be null). Any thread.
void throwIfCancelled(const std::atomic<bool> *cancel);

// Same size, and spacing/origin/direction equal within toleranceMm (per axis, in mm).
bool sameGrid(const Volume &a, const Volume &b, double toleranceMm = 1e-3);

// Describes why a and b differ in grid ("size 128x128x48 vs 64x64x24", ...); empty if same.
std::string gridMismatch(const Volume &a, const Volume &b, double toleranceMm = 1e-3);

// post - pre, voxel by voxel, with post's geometry. Throws std::invalid_argument when the
// grids differ (resample or motion-correct first). Any thread.
Volume subtract(const Volume &post, const Volume &pre);

// Maximum intensity projection along index axis (0 = i, 1 = j, 2 = k) over the whole volume:
// the result has size 1 along that axis, placed at the middle of the projected range.
Volume maximumIntensityProjection(const Volume &volume, int axis);

// Thin-slab MIP over `slices` slices centred on index `centre` along axis (clipped to the
// volume; an even count takes one more slice below the centre than above). Throws
// std::invalid_argument for a bad axis, a centre outside the volume or slices < 1.
Volume slabMip(const Volume &volume, int axis, int centre, int slices);

// `moving` sampled (trilinear) at every voxel centre of `reference`'s grid, through LPS patient
// space, honouring both direction matrices (e.g. T2 or DWI onto the DCE grid). Points up to half
// a voxel beyond moving's outer voxel centres take the edge value; further out get `outside`.
// cancel is polled per slice (throws AnalysisCancelled). Worker thread.
Volume resampleToGrid(const Volume &moving, const Volume &reference, float outside = 0.f,
                      const std::atomic<bool> *cancel = nullptr);

// Maps a reference LPS point to a moving LPS point. Must be affine (rigid or affine transform):
// resampleAffine evaluates it at four points and steps linearly.
using LpsMap = std::function<std::array<double, 3>(const std::array<double, 3> &)>;

// As resampleToGrid, sampling moving at referenceToMoving(p) for each reference voxel centre p.
Volume resampleAffine(const Volume &moving, const Volume &reference,
                      const LpsMap &referenceToMoving, float outside = 0.f,
                      const std::atomic<bool> *cancel = nullptr);

// Trilinear value at a continuous index (voxel centres at integers); `outside` more than half a
// voxel beyond the outer voxel centres. Any thread.
float sampleLinear(const Volume &volume, const std::array<double, 3> &continuousIndex,
                   float outside = 0.f);

struct AdcParams
{
    // Voxels whose lowest-b signal is below this are masked (ADC 0). Negative: automatic,
    // kAutoMaskFraction of the lowest-b image's 99th percentile (excludes air and noise).
    double minS0 = -1;
    // ADC values are clipped to [0, maxAdc] (mm^2/s): noise can give absurd slopes.
    double maxAdc = 5e-3;
};
constexpr double kAutoMaskFraction = 0.1;

// ADC in mm^2/s (b in s/mm^2) from two or more DWI volumes on one grid: with two b-values
// ADC = ln(S_low / S_high) / (b_high - b_low); with more, the least-squares slope of ln S
// against b. Throws std::invalid_argument for fewer than 2 volumes, mismatched counts or grids,
// or b-values that are all equal. Any thread.
Volume adcMap(const std::vector<Volume> &dwi, const std::vector<double> &bValues,
              const AdcParams &params = {});

// p-th percentile (p in [0, 1]) of a volume's finite voxels, from an evenly strided sample of at
// most ~1 M voxels. 0 for an empty volume. Any thread.
double volumePercentile(const Volume &volume, double p);

} // namespace oncoview::mri
