// SPDX-License-Identifier: Apache-2.0
#include "inference/xai/scoredmodel_p.h"

#include "inference/job.h"
#include "inference/modelpackage_p.h"
#include "inference/torchtensor_p.h"

#include <torch/csrc/jit/runtime/graph_executor.h>

#include <cmath>
#include <stdexcept>

namespace oncoview::inference::xai::detail {

using inference::detail::PackageAccess;

ScoredModel::ScoredModel(const ModelPackage &package, const NamedTensors &inputs,
                         const Target &target)
    : m_package(package)
    , m_module(PackageAccess::module(package))
    , m_target(resolveTarget(package.manifest(), target))
{
    const Manifest &manifest = package.manifest();
    if (!m_module) {
        throw std::runtime_error("model '" + manifest.name
                                 + "' is an AOTInductor package: explanations need gradients, "
                                   "which only TorchScript packages give");
    }
    m_batchable = true;
    for (const ManifestInput &declared : manifest.inputs) {
        const auto found = inputs.find(declared.name);
        if (found == inputs.end()) {
            throw std::runtime_error("missing input '" + declared.name + "'");
        }
        const Tensor &tensor = found->second;
        if (tensor.shape.size() != 5 || tensor.shape[0] != 1
            || !shapeMatches(declared.shape, tensor.shape)) {
            throw std::runtime_error("input '" + declared.name + "' has shape "
                                     + shapeToString(tensor.shape)
                                     + ": explanations need [1,C,D,H,W] volumes the model accepts");
        }
        const std::array<int64_t, 3> dhw {tensor.shape[2], tensor.shape[3], tensor.shape[4]};
        if (m_inputs.empty()) {
            m_dhw = dhw;
        } else if (dhw != m_dhw) {
            throw std::runtime_error("input '" + declared.name
                                     + "' is on another grid than the first input: one map "
                                       "needs every volume on one grid");
        }
        m_batchable = m_batchable && declared.shape[0] == -1;
        m_names.push_back(declared.name);
        m_inputs.push_back(inference::detail::toTorch(tensor, declared.name)
                               .to(PackageAccess::device(package), PackageAccess::dtype(package)));
    }
}

at::Tensor ScoredModel::logitsOf(const c10::IValue &result) const
{
    const Manifest &manifest = m_package.manifest();
    if (result.isGenericDict()) {
        const auto dict = result.toGenericDict();
        const auto found = dict.find(c10::IValue(m_target.output));
        if (found == dict.end()) {
            throw std::runtime_error("the model does not return output '" + m_target.output + "'");
        }
        return found->value().toTensor();
    }
    size_t index = 0;
    while (index < manifest.outputs.size() && manifest.outputs[index].name != m_target.output) {
        ++index;
    }
    if (result.isTensor() && index == 0) {
        return result.toTensor();
    }
    if (result.isTuple() && index < result.toTupleRef().elements().size()) {
        return result.toTupleRef().elements()[index].toTensor();
    }
    if (result.isList() && index < result.toListRef().size()) {
        return result.toListRef()[index].toTensor();
    }
    throw std::runtime_error("the model's result has no output '" + m_target.output + "'");
}

namespace {

// Log-odds of the class: logit - log-sum-exp of the other logits (for two classes the plain
// logit difference), or the logit itself for a one-logit (sigmoid) output.
at::Tensor logOdds(const at::Tensor &logits, const ResolvedTarget &target)
{
    const at::Tensor flat = logits.to(torch::kFloat32).reshape({logits.size(0), -1});
    if (target.classCount == 1) {
        return flat.select(1, 0);
    }
    const at::Tensor mine = flat.select(1, target.classIndex);
    const at::Tensor mask = torch::ones({target.classCount}, torch::kBool).to(flat.device());
    mask[target.classIndex] = false;
    const at::Tensor others = flat.index({torch::indexing::Slice(), mask});
    return mine - torch::logsumexp(others, 1);
}

std::vector<c10::IValue> arguments(const std::vector<at::Tensor> &inputs)
{
    return {inputs.begin(), inputs.end()};
}

} // namespace

at::Tensor ScoredModel::score(const std::vector<at::Tensor> &inputs) const
{
    try {
        return logOdds(logitsOf(m_module->get_method("forward")(arguments(inputs))), m_target);
    } catch (const c10::Error &error) {
        throw std::runtime_error("model '" + m_package.manifest().name
                                 + "' failed: " + inference::detail::torchMessage(error));
    }
}

std::pair<at::Tensor, at::Tensor>
ScoredModel::scoreAndFeatures(const std::vector<at::Tensor> &inputs) const
{
    const Manifest &manifest = m_package.manifest();
    if (!manifest.gradCam) {
        throw std::runtime_error("package '" + manifest.name
                                 + "' names no feature map, so it cannot be explained by "
                                   "Grad-CAM; use occlusion or integrated gradients");
    }
    const auto method = m_module->find_method(manifest.gradCam->method);
    if (!method) {
        throw std::runtime_error("package '" + manifest.name + "' has no method '"
                                 + manifest.gradCam->method + "' for Grad-CAM");
    }
    try {
        // Unoptimised: LibTorch 1.13's profiling executor fails on the second differentiable
        // run of a method whose intermediate (the feature map) is returned and differentiated
        // ("Expected Tensor but got GenericList"). The flag is per thread and only this method
        // runs under it, so forward keeps its optimised plan.
        const torch::jit::GraphOptimizerEnabledGuard unoptimised(false);
        const c10::IValue result = (*method)(arguments(inputs));
        if (!result.isGenericDict()) {
            throw std::runtime_error("method '" + manifest.gradCam->method
                                     + "' must return a dict of tensors");
        }
        const auto dict = result.toGenericDict();
        const auto features = dict.find(c10::IValue(manifest.gradCam->featureMap));
        if (features == dict.end()) {
            throw std::runtime_error("method '" + manifest.gradCam->method
                                     + "' returns no feature map '" + manifest.gradCam->featureMap
                                     + "'");
        }
        const at::Tensor map = features->value().toTensor();
        if (map.dim() != 5 && map.dim() != 4) {
            throw std::runtime_error("the feature map must be [B,K,d,h,w] or [B,K,h,w], not "
                                     + std::to_string(map.dim()) + "-D");
        }
        return {logOdds(logitsOf(result), m_target), map};
    } catch (const c10::Error &error) {
        throw std::runtime_error("model '" + manifest.name
                                 + "' failed: " + inference::detail::torchMessage(error));
    }
}

double probabilityOfScore(double logOdds)
{
    return 1.0 / (1.0 + std::exp(-logOdds));
}

at::Tensor stackBatch(int64_t count, const std::function<at::Tensor(int64_t)> &make)
{
    std::vector<at::Tensor> rows;
    rows.reserve(size_t(count));
    for (int64_t k = 0; k < count; ++k) {
        rows.push_back(make(k));
    }
    return torch::cat(rows, 0);
}

void throwIfCancelled(const CancelCheck &isCancelled)
{
    if (isCancelled && isCancelled()) {
        throw JobCancelled();
    }
}

} // namespace oncoview::inference::xai::detail
