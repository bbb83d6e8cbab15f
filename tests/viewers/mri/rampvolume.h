// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/volume.h"

#include <memory>

namespace oncoview::mri::test {

// An anisotropic grid (0.5 x 0.8 x 2.5 mm) whose voxel value is its i index: any ROI symmetric
// about column i0 has mean i0, and min/max are its leftmost and rightmost columns.
inline std::shared_ptr<Volume> rampVolume()
{
    auto v = std::make_shared<Volume>();
    v->size = {80, 60, 12};
    v->spacing = {0.5, 0.8, 2.5};
    v->origin = {-20, -24, -15};
    v->voxels.resize(v->voxelCount());
    for (int z = 0; z < v->size[2]; ++z) {
        for (int y = 0; y < v->size[1]; ++y) {
            for (int x = 0; x < v->size[0]; ++x) {
                v->at(x, y, z) = float(x);
            }
        }
    }
    return v;
}

} // namespace oncoview::mri::test
