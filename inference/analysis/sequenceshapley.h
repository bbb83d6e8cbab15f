// SPDX-License-Identifier: Apache-2.0
#pragma once

// Exact Shapley values of a multi-input model's inputs (MRI sequences): each input's average
// marginal effect on a class probability over every subset of the other inputs, with an
// absent input masked as the manifest says ("zeros"). With 3 sequences that is 2^3 = 8 passes;
// the values add up exactly to f(all) - f(none), which the caller can show and check.
#include "inference/tensor.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace oncoview::inference {
class ModelPackage;
}

namespace oncoview::inference::analysis {

struct ShapleyValues
{
    std::vector<std::string> inputs; // manifest order
    // Output name -> one value per input, for the output's last label (e.g. "malignant").
    std::map<std::string, std::vector<double>> values;
    std::map<std::string, double> withNone; // probability with every input masked
    std::map<std::string, double> withAll; // probability with every input present
    NamedTensors allPresent; // the model's outputs with every input present (the plain result)
};

// The package's manifest must allow masking ("masking": "zeros") and have at most 10 inputs;
// throws AnalysisError (RefusedPackage) otherwise. Inputs already masked (missing sequences)
// stay as given and count like any other. `isCancelled` is polled between passes.
ShapleyValues sequenceShapley(const ModelPackage &package, const NamedTensors &inputs,
                              const std::function<bool()> &isCancelled = {});

} // namespace oncoview::inference::analysis
