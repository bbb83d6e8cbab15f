// SPDX-License-Identifier: Apache-2.0
#pragma once

// Regions of interest as voxel masks on a Volume's grid, their intensity statistics, and
// distances in patient space. Plain C++; any thread. A mask holds one byte per voxel of the grid
// (x fastest, as Volume::voxels), non-zero = inside. Bad input throws std::invalid_argument.

#include "viewers/mri/io/volume.h"

#include <array>
#include <cstdint>
#include <vector>

namespace oncoview::mri {

struct RoiStats
{
    size_t voxelCount = 0;
    double mean = 0;
    double sd = 0; // sample standard deviation (n - 1); 0 for a single voxel
    double min = 0;
    double max = 0;
    // Index axis normal to the ROI when all its voxels lie in one slice (2D ROI), else -1.
    int planeAxis = -1;
    double areaMm2 = 0; // 2D ROI: voxel count x in-plane pixel area; 0 for 3D
    double volumeMm3 = 0; // voxel count x voxel volume (a 2D ROI counts one slice thickness)
};

// Ellipse in the slice normal to index axis `normalAxis` (0 = i, 1 = j, 2 = k) through the
// voxel nearest centreLps; radiiMm are along the two other index axes in increasing order
// (i.e. (i, j) for an axial slice of an axial volume). Voxel centres inside are selected.
std::vector<uint8_t> ellipseMask(const Volume &grid, int normalAxis,
                                 const std::array<double, 3> &centreLps,
                                 const std::array<double, 2> &radiiMm);

// Axis-aligned rectangle (half sizes in mm along the two in-plane index axes), as ellipseMask.
std::vector<uint8_t> boxMask(const Volume &grid, int normalAxis,
                             const std::array<double, 3> &centreLps,
                             const std::array<double, 2> &halfSizeMm);

// Voxel centres within radiusMm of centreLps (in patient space, so anisotropic voxels are fine).
std::vector<uint8_t> sphereMask(const Volume &grid, const std::array<double, 3> &centreLps,
                                double radiusMm);

// Statistics of volume's voxels inside mask. Throws std::invalid_argument when the mask size
// differs from the volume. An empty ROI gives voxelCount 0 and zeros.
RoiStats roiStats(const Volume &volume, const std::vector<uint8_t> &mask);

// Euclidean distance in mm between two LPS points.
double distanceMm(const std::array<double, 3> &a, const std::array<double, 3> &b);

} // namespace oncoview::mri
