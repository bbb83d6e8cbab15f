// SPDX-License-Identifier: Apache-2.0
// The demo transformer aggregator (TransMIL-like) over the demo ABMIL package's patch encoder,
// the one demo model whose attention layers can be rolled out.
#include "inference/demopackages.h"

#include "inference/demotraining_p.h"
#include "inference/manifest.h"
#include "inference/preprocess.h"
#include "inference/torchtensor_p.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>

namespace oncoview::inference::demo {

namespace {

// Tokens [class; W h] (16-d), two single-head self-attention layers with residuals, the class
// token's output classified. The encoder is the ABMIL package's, frozen: the slide pipeline
// caches features per package, and a shared encoder is how mSTAR-style aggregators are built.
constexpr const char *kTransMilHeadSource = R"JIT(
def attend(self, t: Tensor, q_w: Tensor, q_b: Tensor, k_w: Tensor, k_b: Tensor,
           v_w: Tensor, v_b: Tensor) -> Tuple[Tensor, Tensor]:
    q = torch.linear(t, q_w, q_b)
    k = torch.linear(t, k_w, k_b)
    a = torch.softmax(torch.mm(q, torch.transpose(k, 0, 1)) * 0.25, 1)
    return a, t + torch.mm(a, torch.linear(t, v_w, v_b))

def layers(self, h: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    t = torch.cat([self.cls_token, torch.relu(torch.linear(h, self.in_w, self.in_b))], 0)
    a1, t = self.attend(t, self.q1_w, self.q1_b, self.k1_w, self.k1_b, self.v1_w, self.v1_b)
    a2, t = self.attend(t, self.q2_w, self.q2_b, self.k2_w, self.k2_b, self.v2_w, self.v2_b)
    return a1, a2, t

def attention_maps(self, h: Tensor) -> Tensor:
    a1, a2, t = self.layers(h)
    return torch.stack([a1, a2], 0).unsqueeze(1)

def aggregate(self, h: Tensor) -> Dict[str, Tensor]:
    a1, a2, t = self.layers(h)
    last = a2[0:1, 1:]
    return {"logits": torch.linear(t[0:1], self.cls_w, self.cls_b),
            "attention": last / torch.sum(last)}

def forward(self, patches: Tensor) -> Dict[str, Tensor]:
    return self.aggregate(self.encode(patches))
)JIT";

constexpr int64_t kWidth = 16;
constexpr int kEpochs = 25;

torch::jit::Module buildTransMil(const torch::jit::Module &encoder, uint64_t seed)
{
    torch::jit::Module module("OncoViewTransMil");
    // The encoder's weights, frozen (copied: the source module stays as it is).
    for (const char *name : {"c1_w", "c1_b", "c2_w", "c2_b", "fc_w", "fc_b"}) {
        module.register_parameter(name, encoder.attr(name).toTensor().detach().clone(), false);
    }
    detail::ParameterFactory factory(module, seed);
    factory.add("in_w", "in_b", {kWidth, kMilEmbedding}, kMilEmbedding);
    for (const char *layer : {"1", "2"}) {
        for (const char *kind : {"q", "k", "v"}) {
            const std::string name = std::string(kind) + layer;
            factory.add(name + "_w", name + "_b", {kWidth, kWidth}, kWidth);
        }
    }
    factory.add("cls_w", "cls_b", {2, kWidth}, kWidth);
    module.register_parameter("cls_token", torch::zeros({1, kWidth}).set_requires_grad(true),
                              false);
    module.define(std::string(detail::kMilEncoderSource) + kTransMilHeadSource);
    return module;
}

bool isAggregatorParameter(const std::string &name)
{
    return name.rfind("c1_", 0) != 0 && name.rfind("c2_", 0) != 0 && name.rfind("fc_", 0) != 0;
}

double train(torch::jit::Module &module, const std::vector<at::Tensor> &features,
             const std::vector<int> &labels, uint64_t seed)
{
    std::vector<at::Tensor> parameters;
    for (const auto &named : module.named_parameters(false)) {
        if (isAggregatorParameter(named.name)) {
            parameters.push_back(named.value);
        } else {
            named.value.set_requires_grad(false);
        }
    }
    return detail::trainOnBags(module.get_method("aggregate"), features, labels,
                               std::move(parameters), kEpochs, seed);
}

} // namespace

TrainingReport writeDemoTransMilPackage(const std::filesystem::path &dir,
                                        const std::filesystem::path &abmilDir,
                                        const std::vector<MilBag> &bags, uint64_t seed)
{
    TrainingReport report;
    const auto start = std::chrono::steady_clock::now();
    const ManifestParse abmil = readManifest(abmilDir);
    if (!abmil.manifest || !abmil.manifest->mil || abmil.manifest->inputs.empty()) {
        report.error = "the transformer demo needs the ABMIL demo package: " + abmil.error;
        return report;
    }
    if (bags.size() < 2) {
        report.error = "transformer MIL training needs at least two bags";
        return report;
    }
    try {
        const detail::TrainingGraphGuard unoptimised(false);
        torch::jit::Module encoder = torch::jit::load((abmilDir / "model.pt").string());
        encoder.eval();
        // Features once: the encoder is frozen, so training touches only the small aggregator.
        std::vector<at::Tensor> features;
        std::vector<int> labels;
        {
            const torch::NoGradGuard noGrad;
            torch::jit::Method encode = encoder.get_method("encode");
            for (const MilBag &bag : bags) {
                Tensor patches = bag.patches;
                preprocess::normalize(patches, abmil.manifest->inputs.front().normalization, 1);
                features.push_back(encode({detail::toTorch(patches)}).toTensor().clone());
                labels.push_back(bag.label);
            }
        }
        torch::jit::Module module = buildTransMil(encoder, seed);
        report.finalLoss = train(module, features, labels, seed);
        report.steps = kEpochs * int(bags.size());
        module.eval();
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        module.save((dir / "model.pt").string());

        Manifest m = *abmil.manifest;
        m.name = "oncoview-demo-transmil";
        m.version = "1.0.0";
        m.mil = MilStages {"encode", "aggregate", kMilEmbedding};
        RolloutSource rollout;
        rollout.layer = "2 self-attention layers";
        m.rollout = rollout;
        m.files = {{"model.pt", ""}};
        report.error = writeManifestWithHashes(dir, m);
    } catch (const std::exception &error) {
        report.error = "transformer MIL training failed: " + detail::torchMessage(error);
    }
    report.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace oncoview::inference::demo
