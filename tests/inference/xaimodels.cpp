// SPDX-License-Identifier: Apache-2.0
#include "xaimodels.h"

#include "inference/manifest.h"

#include <stdexcept>
#include <torch/script.h>

namespace oncoview::inference::testing {

namespace {

Manifest volumeManifest(const std::string &name, std::vector<int64_t> inputShape)
{
    Manifest m;
    m.name = name;
    m.version = "0.1";
    m.task = "test";
    m.intendedUse = "unit tests";
    m.licence = "CC0-1.0";
    ManifestInput x;
    x.name = "x";
    x.kind = "volume";
    x.shape = std::move(inputShape);
    m.inputs = {x};
    m.outputs = {{"logits", {x.shape[0], 2}, {"negative", "positive"}, ""}};
    m.files = {{"model.pt", ""}};
    return m;
}

void save(torch::jit::Module &module, const std::filesystem::path &dir, const Manifest &manifest)
{
    std::filesystem::create_directories(dir);
    module.save((dir / "model.pt").string());
    if (const std::string error = writeManifestWithHashes(dir, manifest); !error.empty()) {
        throw std::runtime_error(error);
    }
}

} // namespace

LinearVolumeModel writeLinearVolumePackage(const std::filesystem::path &dir, bool dynamicBatch)
{
    LinearVolumeModel model;
    const auto &[d, h, w] = model.dhw;
    const at::Tensor weight = torch::linspace(-1.0, 1.5, 2 * d * h * w).reshape({1, 2, d, h, w});
    model.weight.shape = {1, 2, d, h, w};
    model.weight.data.assign(weight.data_ptr<float>(), weight.data_ptr<float>() + weight.numel());
    torch::jit::Module module("TestLinearVolume");
    module.register_parameter("w", weight, false);
    module.register_parameter("b", torch::tensor({model.bias}), false);
    module.define(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    s = torch.sum(x * self.w, [1, 2, 3, 4]) + self.b
    return torch.stack([torch.zeros_like(s), s], 1)
)JIT");
    save(module, dir, volumeManifest("test-linear-volume", {dynamicBatch ? -1 : 1, 2, d, h, w}));
    return model;
}

void writeTransformerMilPackage(const std::filesystem::path &dir, const std::string &rolloutMethod)
{
    torch::jit::Module module("TestTransformerMil");
    module.register_parameter("cls", torch::zeros({1, 3}), false);
    module.register_parameter("wq", torch::zeros({1, 3}), false);
    module.register_parameter("bq", torch::ones({1}), false);
    module.register_parameter("wk", torch::tensor({{-4.0f, -4.0f, 0.0f}}), false);
    module.register_parameter("cls_w", torch::tensor({{0.0f, 0.0f, 0.0f}, {-1.0f, -1.0f, 0.0f}}),
                              false);
    module.register_parameter("cls_b", torch::zeros({2}), false);
    module.define(R"JIT(
def encode(self, x: Tensor) -> Tensor:
    return torch.mean(x, [2, 3])

def layer_attention(self, tokens: Tensor) -> Tensor:
    q = torch.linear(tokens, self.wq, self.bq)
    k = torch.linear(tokens, self.wk)
    return torch.softmax(torch.mm(q, torch.transpose(k, 0, 1)), 1)

def layers(self, h: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    t1 = torch.cat([self.cls, h], 0)
    a1 = self.layer_attention(t1)
    t2 = t1 + torch.mm(a1, t1)
    a2 = self.layer_attention(t2)
    return a1, a2, t2 + torch.mm(a2, t2)

def attention_maps(self, h: Tensor) -> Tensor:
    a1, a2, out = self.layers(h)
    return torch.stack([a1, a2], 0).unsqueeze(1)

def aggregate(self, h: Tensor) -> Dict[str, Tensor]:
    a1, a2, out = self.layers(h)
    last = a2[0:1, 1:]
    return {"logits": torch.linear(out[0:1], self.cls_w, self.cls_b),
            "attention": last / torch.sum(last)}

def forward(self, patches: Tensor) -> Dict[str, Tensor]:
    return self.aggregate(self.encode(patches))
)JIT");
    Manifest m;
    m.name = "test-transformer-mil";
    m.version = "0.1";
    m.task = "test";
    m.intendedUse = "unit tests";
    m.licence = "CC0-1.0";
    m.modalities = {"WSI"};
    ManifestInput input;
    input.name = "patches";
    input.kind = "patches";
    input.shape = {-1, 3, 64, 64};
    input.umPerPx = 2.0;
    input.normalization = {"meanstd", {0.75, 0.55, 0.75}, {0.2, 0.2, 0.15}};
    m.inputs = {input};
    m.outputs
        = {{"logits", {1, 2}, {"normal", "tumour"}, ""}, {"attention", {1, -1}, {}, "attention"}};
    m.mil = MilStages {"encode", "aggregate", 3};
    RolloutSource rollout;
    rollout.method = rolloutMethod;
    rollout.layer = "2 self-attention layers (test)";
    m.rollout = rollout;
    m.files = {{"model.pt", ""}};
    save(module, dir, m);
}

RegionModel writeRegionMeanPackage(const std::filesystem::path &dir)
{
    RegionModel model;
    at::Tensor mask = torch::zeros({1, 1, 8, 8, 8});
    using torch::indexing::Slice;
    mask.index_put_({Slice(), Slice(), Slice(model.low[0], model.high[0] + 1),
                     Slice(model.low[1], model.high[1] + 1),
                     Slice(model.low[2], model.high[2] + 1)},
                    1.0);
    torch::jit::Module module("TestRegionMean");
    module.register_buffer("mask", mask);
    module.define(R"JIT(
def explain(self, x: Tensor) -> Dict[str, Tensor]:
    f = torch.avg_pool3d(torch.cat([x * self.mask, x * (1.0 - self.mask)], 1), 2)
    cells = torch.avg_pool3d(self.mask, 2)
    logit = torch.sum(f[:, 0] * cells[:, 0], [1, 2, 3]) / torch.sum(cells)
    return {"logits": torch.stack([torch.zeros_like(logit), logit], 1), "feature_map": f}

def forward(self, x: Tensor) -> Dict[str, Tensor]:
    return {"logits": self.explain(x)["logits"]}
)JIT");
    Manifest manifest = volumeManifest("test-region-mean", {1, 1, 8, 8, 8});
    manifest.gradCam = GradCamSource {"explain", "feature_map", "pooled masked input"};
    save(module, dir, manifest);
    return model;
}

} // namespace oncoview::inference::testing
