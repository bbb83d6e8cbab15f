// SPDX-License-Identifier: Apache-2.0
#pragma once

// MRI inputs prepared in patient space, as a package's manifest asks: every sequence is
// resampled onto one axis-aligned LPS grid at the manifest's spacing (reorientation and
// resampling in one step, no stretching to fit), centred on the breast region found from a
// body mask, so all sequences line up voxel for voxel whatever their own grids.
#include "inference/tensor.h"
#include "inference/volumeinput.h"

#include <array>
#include <cstdint>

namespace oncoview::inference::analysis {

struct PatientGrid
{
    std::array<double, 3> centreLps {0, 0, 0};
    std::array<double, 3> spacingMm {1, 1, 1}; // along L, P, S (x, y, z)
    std::array<int64_t, 3> dhw {1, 1, 1}; // voxels along S, P, L (depth, height, width)
};

// Trilinear samples of `volume` at the grid's voxel centres (x -> L, y -> P, z -> S); points
// outside the volume read 0 (air). Result shape [D,H,W]. Throws std::invalid_argument.
Tensor resampleToPatientGrid(const VolumeInput &volume, const PatientGrid &grid);

struct BreastRegion
{
    std::array<double, 3> bodyMinLps {0, 0, 0}; // bounding box of the body mask, LPS mm
    std::array<double, 3> bodyMaxLps {0, 0, 0};
    double threshold = 0.0; // intensity separating body from air (Otsu)
    double bodyFraction = 0.0;
};

// The body mask of a reference volume (pre-contrast DCE): Otsu threshold over the voxels,
// then the bounding box in LPS of the voxels above it.
BreastRegion findBodyRegion(const VolumeInput &reference);

enum class BreastSide { Both, Left, Right };

// Where a crop of `extentMm` (L, P, S) is centred to hold the breasts: head-feet on the body,
// and in the anterior-posterior direction starting at the most anterior body point (the
// nipples) and reaching back `extentMm[1]` (breasts lie in front of the chest). Left-right: on
// the body for both breasts; for one breast on that half of the body (the patient's left is
// +L), split at the body's midline.
std::array<double, 3> breastCropCentre(const BreastRegion &region,
                                       const std::array<double, 3> &extentMm,
                                       BreastSide side = BreastSide::Both);

// Flips a [..., W] tensor along its last axis (L <-> R in a patient-grid crop).
void mirrorLeftRight(Tensor &tensor);

} // namespace oncoview::inference::analysis
