// SPDX-License-Identifier: Apache-2.0
#pragma once

// Attention rollout (Abnar & Zuidema, ACL 2020) for transformer aggregators such as
// TransMIL: how much each patch token flows into the class token through all layers. Each
// layer's attention (heads fused) gets the residual connection added, Â = r·I + (1 − r)·A,
// rows renormalised, and the layers are multiplied in order; the class token's row of the
// product, over the patch tokens, is the map. Only that row is needed, so it is propagated as
// a vector from the last layer down: O(L·T²) time and O(T) memory beyond the input.
// No Torch: it runs on the tensor a package method returns.

#include "inference/tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace oncoview::inference::xai {

enum class HeadFusion { Mean, Max, Min };

struct RolloutOptions
{
    int64_t token = 0; // the row read: the class token
    int64_t firstPatch = 1; // index of the first patch token (after class/register tokens)
    int64_t patches = -1; // patch tokens to report; -1: every token from firstPatch on
    double residual = 0.5; // weight of the identity (the skip connection)
    HeadFusion fusion = HeadFusion::Mean;
};

// "mean", "max", "min"; throws std::invalid_argument otherwise.
HeadFusion headFusionFromKey(const std::string &key);

// attention: [L, H, T, T] or [L, T, T], row-stochastic attention probabilities of layers in
// forward order (padding tokens, as TransMIL squares its sequence, may follow the patches).
// Returns one weight per patch token, summing to 1 (all 0 when no flow reaches the patches).
// Throws std::invalid_argument for a shape that is not square attention or indices outside it.
std::vector<float> attentionRollout(const Tensor &attention, const RolloutOptions &options = {});

} // namespace oncoview::inference::xai
