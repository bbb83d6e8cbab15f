// SPDX-License-Identifier: Apache-2.0
#pragma once

// Which number an explanation explains: one class of one labelled output, as log-odds.
// Torch-free so faithfulness curves and the UI read probabilities the same way.
#include "inference/manifest.h"
#include "inference/tensor.h"
#include "inference/xai/attribution.h"

#include <string>

namespace oncoview::inference::xai {

struct ResolvedTarget
{
    std::string output;
    int64_t classIndex = 0;
    std::string label;
    int64_t classCount = 0;
};

// Throws std::runtime_error when the manifest has no such labelled output or class.
ResolvedTarget resolveTarget(const Manifest &manifest, const Target &target);

// Softmax probability of the class (sigmoid for a one-logit output) in a [1, classes] logits
// tensor, or in row `row` of a [B, classes] one.
double classProbability(const Tensor &logits, const ResolvedTarget &target, int64_t row = 0);

} // namespace oncoview::inference::xai
