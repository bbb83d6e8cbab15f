// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/manifest.h"
#include "inference/tensor.h"
#include "inference/volumeinput.h"

#include <array>
#include <vector>

namespace oncoview::inference::preprocess {

// Plain C++ preprocessing (no Torch), callable from any thread. Bad input throws
// std::invalid_argument with a message naming the problem.

// Trilinear resampling onto a fixed grid of depth x height x width (z, y, x) voxels covering the
// same physical extent (voxel centres, like torch's align_corners=False). Result shape [D,H,W].
Tensor resampleTrilinear(const VolumeInput &volume, const std::array<int64_t, 3> &dhw);

// Normalises in place. `zscore` uses one mean/std over the whole tensor (a constant tensor
// becomes zeros); `meanstd` uses mean[c]/std[c] with c along axis `channelAxis`.
void normalize(Tensor &tensor, const Normalization &normalization, size_t channelAxis = 1);

// Resamples each channel volume to the spatial part (last three dims) of input.shape, stacks
// them as channels and normalises: the result has exactly the declared shape with batch 1,
// i.e. [1, channels.size(), D, H, W]. The declared shape must be 5-D with no dynamic spatial dims.
Tensor prepareVolumes(const std::vector<VolumeInput> &channels, const ManifestInput &input);

} // namespace oncoview::inference::preprocess
