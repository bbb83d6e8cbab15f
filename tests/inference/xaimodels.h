// SPDX-License-Identifier: Apache-2.0
#pragma once

// Tiny volume models whose explanations are known in closed form, for the XAI tests.
#include "inference/tensor.h"

#include <array>
#include <filesystem>

namespace oncoview::inference::testing {

// logits = [0, sum(x * w) + b] for x [B, 2, D, H, W]: the log-odds of class 1 are linear in x,
// so integrated gradients from zeros are exactly x * w and occluding a patch removes exactly
// its own sum of x * w. `dynamicBatch` declares the batch dimension as -1.
struct LinearVolumeModel
{
    std::array<int64_t, 3> dhw {4, 6, 8};
    Tensor weight; // [1, 2, D, H, W]
    float bias = 0.25f;
};
LinearVolumeModel writeLinearVolumePackage(const std::filesystem::path &dir, bool dynamicBatch);

// x [1, 1, 8, 8, 8]; the feature map is avg_pool3d(2) of [x * mask, x * (1 - mask)] (4^3
// cells), the class-1 logit the mean of the first channel over the mask: a box z 4-7, y 0-3,
// x 4-7. explain() returns the logits and the feature map; Grad-CAM must light the box alone.
struct RegionModel
{
    std::array<int64_t, 3> low {4, 0, 4};
    std::array<int64_t, 3> high {7, 3, 7}; // inclusive
};
RegionModel writeRegionMeanPackage(const std::filesystem::path &dir);

// A two-stage slide package with a transformer aggregator (TransMIL-like, two single-head
// self-attention layers over [class token; patches]) that exposes its layers' attention for
// rollout. encode() gives each patch's mean normalised colour; every query attends by a key
// of -(R + G), i.e. to dark, nucleus-dense (tumour) patches. `rolloutMethod` names the method
// the manifest's "rollout" section points at ("attention_maps", or a wrong one for tests).
void writeTransformerMilPackage(const std::filesystem::path &dir,
                                const std::string &rolloutMethod = "attention_maps");

} // namespace oncoview::inference::testing
