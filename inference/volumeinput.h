// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <vector>

namespace oncoview::inference {

// A raw scalar volume as a viewer holds it, handed to preprocessing without any Torch or VTK type.
struct VolumeInput
{
    std::array<int, 3> size {0, 0, 0}; // voxels along x, y, z
    std::array<double, 3> spacing {1.0, 1.0, 1.0}; // millimetres along x, y, z
    std::array<double, 3> origin {0.0, 0.0, 0.0}; // LPS mm of voxel (0,0,0)'s centre
    // Row-major 3x3 whose columns are the x, y, z axis directions in LPS (ITK convention).
    std::array<double, 9> direction {1, 0, 0, 0, 1, 0, 0, 0, 1};
    std::vector<float> voxels; // x fastest, then y, then z

    bool isConsistent() const
    {
        return size[0] > 0 && size[1] > 0 && size[2] > 0
            && voxels.size() == static_cast<size_t>(size[0]) * size[1] * size[2];
    }
};

} // namespace oncoview::inference
