// SPDX-License-Identifier: Apache-2.0
#include "inference/xai/targetscore.h"

#include <cmath>
#include <stdexcept>

namespace oncoview::inference::xai {

ResolvedTarget resolveTarget(const Manifest &manifest, const Target &target)
{
    const ManifestOutput *output = nullptr;
    for (const ManifestOutput &candidate : manifest.outputs) {
        // Outputs that explain (gate weights, attention) are weights, not class logits.
        const bool classOutput = !candidate.labels.empty() && candidate.explains.empty();
        if (target.output.empty() ? classOutput : candidate.name == target.output) {
            output = &candidate;
            break;
        }
    }
    if (!output || output->labels.empty() || !output->explains.empty()) {
        throw std::runtime_error(target.output.empty()
                                     ? "the package has no output with class labels to explain"
                                     : "the package has no labelled output '" + target.output
                                         + "' to explain");
    }
    const int64_t count = int64_t(output->labels.size());
    const int64_t index = target.classIndex < 0 ? count - 1 : target.classIndex;
    if (index >= count) {
        throw std::runtime_error("output '" + output->name + "' has no class "
                                 + std::to_string(index));
    }
    return {output->name, index, output->labels[size_t(index)], count};
}

double classProbability(const Tensor &logits, const ResolvedTarget &target, int64_t row)
{
    const int64_t width = logits.shape.empty() ? 1 : logits.shape.back();
    if (width != target.classCount || int64_t(logits.data.size()) < (row + 1) * width) {
        throw std::runtime_error("output '" + target.output + "' has shape "
                                 + shapeToString(logits.shape) + ", expected "
                                 + std::to_string(target.classCount) + " classes");
    }
    const float *x = logits.data.data() + row * width;
    if (width == 1) {
        return 1.0 / (1.0 + std::exp(-double(x[0])));
    }
    double maximum = x[0];
    for (int64_t k = 1; k < width; ++k) {
        maximum = std::max(maximum, double(x[k]));
    }
    double sum = 0.0;
    for (int64_t k = 0; k < width; ++k) {
        sum += std::exp(double(x[k]) - maximum);
    }
    return std::exp(double(x[target.classIndex]) - maximum) / sum;
}

} // namespace oncoview::inference::xai
