// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/sequenceshapley.h"

#include "inference/analysis/analysiserror.h"
#include "inference/job.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"

#include <algorithm>
#include <cmath>

namespace oncoview::inference::analysis {

namespace {

double factorial(size_t n)
{
    double f = 1.0;
    for (size_t k = 2; k <= n; ++k) {
        f *= double(k);
    }
    return f;
}

} // namespace

ShapleyValues sequenceShapley(const ModelPackage &package, const NamedTensors &inputs,
                              const std::function<bool()> &isCancelled)
{
    const Manifest &manifest = package.manifest();
    if (manifest.masking != "zeros") {
        throw AnalysisError(AnalysisError::Kind::RefusedPackage,
                            "package '" + manifest.name
                                + "' does not allow masking its inputs, so their Shapley "
                                  "values are not defined");
    }
    const size_t n = manifest.inputs.size();
    if (n == 0 || n > 10) {
        throw AnalysisError(AnalysisError::Kind::RefusedPackage,
                            "exact Shapley values need 1 to 10 inputs");
    }
    ShapleyValues result;
    std::vector<const ManifestOutput *> classOutputs;
    for (const ManifestOutput &output : manifest.outputs) {
        if (!output.labels.empty()) {
            classOutputs.push_back(&output);
        }
    }
    for (const ManifestInput &input : manifest.inputs) {
        result.inputs.push_back(input.name);
    }
    // value[output][subset]: the positive-class probability with only `subset`'s inputs.
    const size_t subsets = size_t(1) << n;
    std::map<std::string, std::vector<double>> value;
    for (size_t subset = 0; subset < subsets; ++subset) {
        if (isCancelled && isCancelled()) {
            throw JobCancelled();
        }
        NamedTensors masked;
        for (size_t i = 0; i < n; ++i) {
            const std::string &name = manifest.inputs[i].name;
            const auto found = inputs.find(name);
            if (found == inputs.end()) {
                throw AnalysisError(AnalysisError::Kind::MissingInput,
                                    "missing input '" + name + "'");
            }
            Tensor tensor = found->second;
            if (!(subset & (size_t(1) << i))) {
                std::fill(tensor.data.begin(), tensor.data.end(), 0.0f);
            }
            masked.emplace(name, std::move(tensor));
        }
        NamedTensors out = package.run(std::move(masked));
        for (const ManifestOutput *output : classOutputs) {
            const auto found = out.find(output->name);
            const double p = found == out.end() || found->second.data.empty()
                ? std::nan("")
                : metrics::softmaxProbability(found->second.data, found->second.data.size() - 1);
            value[output->name].push_back(p);
        }
        if (subset == subsets - 1) {
            result.allPresent = std::move(out); // nothing masked: the ordinary forward pass
        }
    }
    const double nFactorial = factorial(n);
    for (const auto &[name, v] : value) {
        std::vector<double> phi(n, 0.0);
        for (size_t i = 0; i < n; ++i) {
            const size_t bit = size_t(1) << i;
            for (size_t subset = 0; subset < subsets; ++subset) {
                if (subset & bit) {
                    continue;
                }
                const size_t size = size_t(__builtin_popcountll(subset));
                const double weight = factorial(size) * factorial(n - size - 1) / nFactorial;
                phi[i] += weight * (v[subset | bit] - v[subset]);
            }
        }
        result.values[name] = phi;
        result.withNone[name] = v.front();
        result.withAll[name] = v.back();
    }
    return result;
}

} // namespace oncoview::inference::analysis
