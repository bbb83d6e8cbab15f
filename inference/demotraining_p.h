// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to the demo-package sources: seeded parameter creation for TorchScript modules, the
// slide encoder they share, and their bag-level training loop.

#include <ATen/CPUGeneratorImpl.h>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/script.h>
#include <torch/torch.h>
#include <vector>

namespace oncoview::inference::detail {

// An explicit generator keeps training reproducible without touching torch's global seed.
class ParameterFactory
{
public:
    ParameterFactory(torch::jit::Module &module, uint64_t seed)
        : m_module(module)
        , m_generator(at::detail::createCPUGenerator(seed))
    {
    }
    // He-initialised weight and zero bias, registered as trainable module parameters.
    void add(const std::string &weight, const std::string &bias, std::vector<int64_t> shape,
             int64_t fanIn)
    {
        const at::Tensor values
            = torch::randn(shape, m_generator, torch::kFloat32) * std::sqrt(2.0 / double(fanIn));
        m_module.register_parameter(weight, values.set_requires_grad(true), false);
        m_module.register_parameter(bias, torch::zeros({shape[0]}).set_requires_grad(true), false);
    }

private:
    torch::jit::Module &m_module;
    at::Generator m_generator;
};

// The demo slide packages' patch encoder (two strided convolutions, global pooling, linear;
// parameters c1_*, c2_*, fc_*), shared by the ABMIL head and the transformer aggregator.
inline constexpr const char *kMilEncoderSource = R"JIT(
def encode(self, x: Tensor) -> Tensor:
    h = torch.relu(torch.conv2d(x, self.c1_w, self.c1_b, [2, 2]))
    h = torch.max_pool2d(h, [2, 2])
    h = torch.relu(torch.conv2d(h, self.c2_w, self.c2_b, [2, 2]))
    h = torch.mean(h, [2, 3])
    return torch.relu(torch.linear(h, self.fc_w, self.fc_b))
)JIT";

// Multiple-instance training of the demo slide packages: one bag per Adam step (lr 3e-3), bags
// shuffled each epoch, cross-entropy on the "logits" that `method` returns for a bag. Returns
// the last epoch's mean loss.
inline double trainOnBags(torch::jit::Method method, const std::vector<at::Tensor> &bags,
                          const std::vector<int> &labels, std::vector<at::Tensor> parameters,
                          int epochs, uint64_t seed)
{
    std::mt19937_64 random(seed);
    torch::optim::Adam optimizer(std::move(parameters), torch::optim::AdamOptions(3e-3));
    std::vector<size_t> order(bags.size());
    std::iota(order.begin(), order.end(), 0);
    double epochLoss = 0.0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        epochLoss = 0.0;
        for (const size_t b : order) {
            const at::Tensor logits = method({bags[b]}).toGenericDict().at("logits").toTensor();
            const at::Tensor loss
                = torch::cross_entropy_loss(logits, torch::tensor({int64_t(labels[b])}));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            epochLoss += loss.item<double>() / double(bags.size());
        }
    }
    return epochLoss;
}

// Training runs the TorchScript graphs unoptimised: LibTorch 1.13's differentiable subgraphs
// fail in backward on the MOME graph ("Expected Tensor but got GenericList"), while plain graphs
// use ordinary per-op autograd. The switch is thread-local, so the engine thread is unaffected.
using TrainingGraphGuard = torch::jit::GraphOptimizerEnabledGuard;

} // namespace oncoview::inference::detail
