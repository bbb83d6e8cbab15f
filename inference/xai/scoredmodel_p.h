// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to inference/xai: a package's TorchScript module seen as one differentiable function
// of its inputs, the target log-odds. Every gradient method goes through it.
#include "inference/modelpackage.h"
#include "inference/xai/attribution.h"
#include "inference/xai/targetscore.h"

#include <torch/script.h>

#include <vector>

namespace oncoview::inference::xai::detail {

class ScoredModel
{
public:
    // Throws std::runtime_error for an AOTInductor package or inputs that are not [1,C,D,H,W]
    // volumes on one grid.
    ScoredModel(const ModelPackage &package, const NamedTensors &inputs, const Target &target);

    const ResolvedTarget &target() const { return m_target; }
    const std::array<int64_t, 3> &dhw() const { return m_dhw; }
    const std::vector<std::string> &inputNames() const { return m_names; }
    // The inputs in manifest order, on the package's device and dtype ([1, C, D, H, W]).
    const std::vector<at::Tensor> &inputs() const { return m_inputs; }
    // True when the batch dimension of every input is dynamic, so passes can be stacked.
    bool batchable() const { return m_batchable; }

    // Target log-odds [B] of forward(inputs); differentiable when grad mode is on.
    at::Tensor score(const std::vector<at::Tensor> &inputs) const;
    // The Grad-CAM method: target log-odds [B] and the feature map, both in one graph.
    std::pair<at::Tensor, at::Tensor> scoreAndFeatures(const std::vector<at::Tensor> &inputs) const;

private:
    at::Tensor logitsOf(const c10::IValue &result) const;

    const ModelPackage &m_package;
    const torch::jit::Module *m_module;
    ResolvedTarget m_target;
    std::vector<std::string> m_names;
    std::vector<at::Tensor> m_inputs;
    std::array<int64_t, 3> m_dhw {0, 0, 0};
    bool m_batchable = false;
};

// The class probability of a target log-odds: the log-odds are logit[c] minus the log-sum-exp
// of the other logits (or a sigmoid's logit), so the softmax probability is their sigmoid and
// no second pass is needed.
double probabilityOfScore(double logOdds);

// Stacks `count` copies of a [1, ...] tensor made by `make(k)` along the batch dimension.
at::Tensor stackBatch(int64_t count, const std::function<at::Tensor(int64_t)> &make);

void throwIfCancelled(const CancelCheck &isCancelled);

} // namespace oncoview::inference::xai::detail
