// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/volume.h"

#include <array>
#include <atomic>
#include <optional>

namespace oncoview::mri {

struct EnhancementHotspot
{
    std::array<int, 3> voxel {}; // index on the map's (DCE) grid
    double meanPercent = 0; // mean initial enhancement of its 3 x 3 x 3 neighbourhood
};

// Where the strongest enhancement is: the voxel whose 3 x 3 x 3 neighbourhood has the highest
// mean initial enhancement, voxels the map leaves unlabelled (label 0: masked or below the
// enhancement threshold) counting as 0. The neighbourhood keeps a lone noisy voxel from winning;
// a vessel or the heart still can, so a reader looks before trusting it. nullopt when nothing
// enhances or on a size mismatch. labels and enhancementPercent share one grid. cancel is polled
// per slice (returns nullopt). Any thread; two float copies of the grid.
std::optional<EnhancementHotspot> strongestEnhancement(const Volume &labels,
                                                       const Volume &enhancementPercent,
                                                       const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::mri
