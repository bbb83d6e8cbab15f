// SPDX-License-Identifier: Apache-2.0
#include "inference/xai/rollout.h"

#include <algorithm>
#include <stdexcept>

namespace oncoview::inference::xai {

HeadFusion headFusionFromKey(const std::string &key)
{
    if (key == "mean") {
        return HeadFusion::Mean;
    }
    if (key == "max") {
        return HeadFusion::Max;
    }
    if (key == "min") {
        return HeadFusion::Min;
    }
    throw std::invalid_argument("head fusion '" + key + "' is not one of mean, max, min");
}

namespace {
// Row i of layer l's augmented attention into `out`: heads fused, the residual added, the row
// renormalised. Only rows that carry flow are ever built, so the last layer costs one row.
void augmentedRow(const Tensor &attention, int64_t layer, int64_t heads, int64_t tokens, int64_t i,
                  const RolloutOptions &options, std::vector<double> &out)
{
    const size_t square = size_t(tokens * tokens);
    for (int64_t h = 0; h < heads; ++h) {
        const float *a
            = attention.data.data() + size_t(layer * heads + h) * square + size_t(i * tokens);
        for (int64_t j = 0; j < tokens; ++j) {
            const double v = a[j];
            double &fused = out[size_t(j)];
            if (h == 0) {
                fused = options.fusion == HeadFusion::Mean ? v / double(heads) : v;
            } else if (options.fusion == HeadFusion::Mean) {
                fused += v / double(heads);
            } else {
                fused = options.fusion == HeadFusion::Max ? std::max(fused, v) : std::min(fused, v);
            }
        }
    }
    double sum = 0.0;
    for (int64_t j = 0; j < tokens; ++j) {
        double &v = out[size_t(j)];
        v = (1.0 - options.residual) * std::max(v, 0.0) + (j == i ? options.residual : 0.0);
        sum += v;
    }
    if (sum > 0.0) {
        for (double &v : out) {
            v /= sum;
        }
    }
}
} // namespace

std::vector<float> attentionRollout(const Tensor &attention, const RolloutOptions &options)
{
    const auto &shape = attention.shape;
    if ((shape.size() != 3 && shape.size() != 4) || shape.back() != shape[shape.size() - 2]
        || shape.back() < 1 || shape[0] < 1 || (shape.size() == 4 && shape[1] < 1)
        || int64_t(attention.data.size()) != attention.elementCount()) {
        throw std::invalid_argument(
            "attention rollout needs [layers, heads, tokens, tokens] or [layers, tokens, tokens]");
    }
    const int64_t layers = shape[0];
    const int64_t heads = shape.size() == 4 ? shape[1] : 1;
    const int64_t tokens = shape.back();
    const int64_t patches = options.patches < 0 ? tokens - options.firstPatch : options.patches;
    if (options.token < 0 || options.token >= tokens || options.firstPatch < 0 || patches < 1
        || options.firstPatch + patches > tokens) {
        throw std::invalid_argument("the attention has " + std::to_string(tokens)
                                    + " tokens: too few for the class token and "
                                    + std::to_string(patches) + " patches from token "
                                    + std::to_string(options.firstPatch));
    }
    if (!(options.residual >= 0.0 && options.residual <= 1.0)) {
        throw std::invalid_argument("the rollout's residual weight must lie in [0, 1]");
    }
    // row = e_token^T Â_L Â_{L-1} ... Â_1, from the last layer down.
    std::vector<double> row(static_cast<size_t>(tokens), 0.0);
    row[size_t(options.token)] = 1.0;
    std::vector<double> next(static_cast<size_t>(tokens));
    std::vector<double> augmented(static_cast<size_t>(tokens));
    for (int64_t layer = layers - 1; layer >= 0; --layer) {
        std::fill(next.begin(), next.end(), 0.0);
        for (int64_t i = 0; i < tokens; ++i) {
            const double weight = row[size_t(i)];
            if (weight == 0.0) {
                continue;
            }
            augmentedRow(attention, layer, heads, tokens, i, options, augmented);
            for (int64_t j = 0; j < tokens; ++j) {
                next[size_t(j)] += weight * augmented[size_t(j)];
            }
        }
        row.swap(next);
    }
    std::vector<float> map(static_cast<size_t>(patches));
    double sum = 0.0;
    for (int64_t p = 0; p < patches; ++p) {
        sum += row[size_t(options.firstPatch + p)];
    }
    for (int64_t p = 0; p < patches; ++p) {
        map[size_t(p)] = sum > 0.0 ? float(row[size_t(options.firstPatch + p)] / sum) : 0.0f;
    }
    return map;
}

} // namespace oncoview::inference::xai
