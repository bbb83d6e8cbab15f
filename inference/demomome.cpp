// SPDX-License-Identifier: Apache-2.0
#include "inference/demopackages.h"

#include "inference/demotraining_p.h"
#include "inference/manifest.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"
#include "inference/preprocess.h"
#include "inference/torchtensor_p.h"

#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <torch/script.h>
#include <torch/torch.h>

namespace oncoview::inference::demo {

namespace {

// One expert per modality shares this code; its weights are passed in so that TorchScript
// keeps a single definition. Each expert is a per-voxel layer (a 1x1x1 convolution) followed by
// a global max: it can only form contrasts between channels (enhancement, wash-out, b800
// against b0), which is where the malignancy signal lives; the max finds the worst voxel, and the
// log of mean/max (the fraction of the volume near that peak) its extent, which pCR depends on.
// 3x3x3 convolutions instead memorised the random fibroglandular texture of the few training
// cases (training loss 0.002, held-out AUC below 0.5). The layer is a sum over the 1-3 channels
// of elementwise products: Debian's LibTorch uses reference BLAS, so matrix products and
// convolutions over every voxel made training minutes long. Gate: softmax over a linear map of
// the concatenated embeddings. training_forward adds each expert's own malignancy and pCR
// logits (deep supervision).
constexpr const char *kMomeSource = R"JIT(
def expert_map(self, x: Tensor, w1: Tensor, b1: Tensor) -> Tensor:
    h = b1.view([1, -1, 1, 1, 1]) + x[:, 0:1] * w1[:, 0].view([1, -1, 1, 1, 1])
    for c in range(1, x.size(1)):
        h = h + x[:, c:c + 1] * w1[:, c].view([1, -1, 1, 1, 1])
    return torch.relu(h)

def expert_head(self, h: Tensor, wf: Tensor, bf: Tensor) -> Tensor:
    peak = torch.amax(h, [2, 3, 4])
    extent = torch.log(torch.mean(h, [2, 3, 4]) / (peak + 1e-3) + 1e-3)
    h = torch.cat([peak, extent], 1)
    return torch.relu(torch.linear(h, wf, bf))

def expert(self, x: Tensor, w1: Tensor, b1: Tensor, wf: Tensor, bf: Tensor) -> Tensor:
    return self.expert_head(self.expert_map(x, w1, b1), wf, bf)

def fuse(self, e_dce: Tensor, e_t2: Tensor, e_dwi: Tensor) -> Dict[str, Tensor]:
    gate = torch.softmax(torch.linear(torch.cat([e_dce, e_t2, e_dwi], 1), self.gate_w, self.gate_b), 1)
    experts = torch.stack([e_dce, e_t2, e_dwi], 1)
    fused = torch.sum(experts * gate.unsqueeze(2), 1)
    malignancy = torch.linear(fused, self.mal_w, self.mal_b)
    pcr = torch.linear(fused, self.pcr_w, self.pcr_b)
    return {"malignancy": malignancy, "pcr": pcr, "gate_weights": gate}

def embed(self, dce: Tensor, t2: Tensor, dwi: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    e_dce = self.expert(dce, self.dce_w1, self.dce_b1, self.dce_wf, self.dce_bf)
    e_t2 = self.expert(t2, self.t2_w1, self.t2_b1, self.t2_wf, self.t2_bf)
    e_dwi = self.expert(dwi, self.dwi_w1, self.dwi_b1, self.dwi_wf, self.dwi_bf)
    return e_dce, e_t2, e_dwi

def forward(self, dce: Tensor, t2: Tensor, dwi: Tensor) -> Dict[str, Tensor]:
    e_dce, e_t2, e_dwi = self.embed(dce, t2, dwi)
    return self.fuse(e_dce, e_t2, e_dwi)

def explain(self, dce: Tensor, t2: Tensor, dwi: Tensor) -> Dict[str, Tensor]:
    h_dce = self.expert_map(dce, self.dce_w1, self.dce_b1)
    h_t2 = self.expert_map(t2, self.t2_w1, self.t2_b1)
    h_dwi = self.expert_map(dwi, self.dwi_w1, self.dwi_b1)
    out = self.fuse(self.expert_head(h_dce, self.dce_wf, self.dce_bf),
                    self.expert_head(h_t2, self.t2_wf, self.t2_bf),
                    self.expert_head(h_dwi, self.dwi_wf, self.dwi_bf))
    return {"malignancy": out["malignancy"], "pcr": out["pcr"],
            "gate_weights": out["gate_weights"],
            "feature_map": torch.cat([h_dce, h_t2, h_dwi], 1)}

def training_forward(self, dce: Tensor, t2: Tensor, dwi: Tensor) -> Dict[str, Tensor]:
    e_dce, e_t2, e_dwi = self.embed(dce, t2, dwi)
    out = self.fuse(e_dce, e_t2, e_dwi)
    e = torch.cat([e_dce, e_t2, e_dwi], 0)
    out["experts"] = torch.linear(e, self.mal_w, self.mal_b)
    out["experts_pcr"] = torch.linear(e, self.pcr_w, self.pcr_b)
    return out
)JIT";

constexpr int64_t kHidden = 8; // contrast features per expert

torch::jit::Module buildMomeModule(uint64_t seed)
{
    torch::jit::Module module("OncoViewMome");
    detail::ParameterFactory factory(module, seed);
    const std::pair<const char *, int64_t> experts[]
        = {{"dce", kMomeDcePhases}, {"t2", 1}, {"dwi", kMomeDwiChannels}};
    for (const auto &[name, channels] : experts) {
        const std::string prefix = std::string(name) + "_";
        factory.add(prefix + "w1", prefix + "b1", {kHidden, channels}, channels);
        // Inputs are z-scored: start each voxel feature on outliers (lesions, about 2.5 SD and
        // more) instead of half of the background, so its mean measures a lesion's extent.
        const torch::NoGradGuard noGrad;
        module.attr(prefix + "b1").toTensor().fill_(-2.5);
        factory.add(prefix + "wf", prefix + "bf", {kMomeEmbedding, 2 * kHidden}, 2 * kHidden);
    }
    factory.add("gate_w", "gate_b", {3, 3 * kMomeEmbedding}, 3 * kMomeEmbedding);
    factory.add("mal_w", "mal_b", {2, kMomeEmbedding}, kMomeEmbedding);
    factory.add("pcr_w", "pcr_b", {2, kMomeEmbedding}, kMomeEmbedding);
    module.define(kMomeSource);
    return module;
}

std::string checkSample(const MriSample &sample, size_t index, int64_t width)
{
    const std::vector<int64_t> grid = {kMomeDepth, kMomeHeight, width};
    const auto expect = [&](const Tensor &t, int64_t channels, const char *name) -> std::string {
        std::vector<int64_t> shape = {channels};
        shape.insert(shape.end(), grid.begin(), grid.end());
        if (t.shape != shape || !t.isConsistent()) {
            return "sample " + std::to_string(index) + " " + name + " has shape "
                + shapeToString(t.shape) + ", expected " + shapeToString(shape);
        }
        return {};
    };
    std::string error = expect(sample.dce, kMomeDcePhases, "dce");
    error = error.empty() ? expect(sample.t2, 1, "t2") : error;
    error = error.empty() ? expect(sample.dwi, kMomeDwiChannels, "dwi") : error;
    if (error.empty() && sample.malignant != 0 && sample.malignant != 1) {
        error = "sample " + std::to_string(index) + " malignant label must be 0 or 1";
    }
    return error;
}

// The model sees each input z-scored over all its channels, as the manifest declares.
Tensor normalised(Tensor tensor)
{
    Normalization zscore;
    zscore.type = "zscore";
    preprocess::normalize(tensor, zscore);
    tensor.shape.insert(tensor.shape.begin(), 1);
    return tensor;
}

Manifest momeManifest(const MomeLayout &layout)
{
    Manifest m;
    m.name = layout.name;
    m.laterality = layout.laterality;
    m.version = "1.0.0";
    m.task = "breast-mri-malignancy-and-pcr";
    m.intendedUse = kDemoIntendedUse;
    m.validated = false;
    m.licence = "CC0-1.0";
    m.modalities = {"DCE", "T2", "DWI"};
    const std::vector<int64_t> grid = {kMomeDepth, kMomeHeight, layout.width};
    const std::pair<const char *, int64_t> inputs[]
        = {{"dce", kMomeDcePhases}, {"t2", 1}, {"dwi", kMomeDwiChannels}};
    for (const auto &[name, channels] : inputs) {
        ManifestInput input;
        input.name = name;
        input.kind = "volume";
        input.shape = {1, channels, grid[0], grid[1], grid[2]};
        input.spacingMm = {kMomeSpacingMm, kMomeSpacingMm, kMomeSpacingMm};
        input.normalization.type = "zscore";
        if (input.name == "dce") {
            input.channels = layout.dceChannels;
        }
        m.inputs.push_back(input);
    }
    m.outputs = {{"malignancy", {1, 2}, {"benign", "malignant"}, ""},
                 {"pcr", {1, 2}, {"no pCR", "pCR"}, ""},
                 {"gate_weights", {1, 3}, {"DCE", "T2", "DWI"}, "gate_weights"}};
    // Trained with T2 and DWI dropped at random (modality dropout), so it runs without them and
    // any sequence can be masked to measure its share (exact Shapley values over sequences).
    m.optionalInputs = {"t2", "dwi"};
    m.masking = "zeros";
    // TorchScript keeps no hooks: explain() returns the outputs with the experts' voxel feature
    // maps, which Grad-CAM weighs by their gradients.
    m.gradCam = GradCamSource {"explain", "feature_map",
                               "expert contrast layer (8 features each of DCE, T2, DWI)"};
    m.files = {{"model.pt", ""}};
    return m;
}

struct MomeBatch
{
    at::Tensor dce, t2, dwi, malignant, pcr;
};

MomeBatch stackSamples(const std::vector<MriSample> &samples)
{
    std::vector<at::Tensor> dce, t2, dwi;
    std::vector<int64_t> malignant, pcr;
    for (const MriSample &s : samples) {
        dce.push_back(detail::toTorch(normalised(s.dce)));
        t2.push_back(detail::toTorch(normalised(s.t2)));
        dwi.push_back(detail::toTorch(normalised(s.dwi)));
        malignant.push_back(s.malignant);
        pcr.push_back(s.pcr < 0 ? -100 : s.pcr); // -100: cross_entropy's ignore_index
    }
    return {torch::cat(dce), torch::cat(t2), torch::cat(dwi), torch::tensor(malignant),
            torch::tensor(pcr)};
}

// Left-right and cranio-caudal mirror images are equally plausible breasts; flipping each case
// at random stops the experts keying on where a lesion happens to sit.
std::vector<c10::IValue> augmentedBatch(const MomeBatch &data, const std::vector<int64_t> &pick,
                                        std::mt19937_64 &random, std::mt19937_64 &dropout)
{
    std::vector<at::Tensor> dce, t2, dwi;
    for (const int64_t i : pick) {
        std::vector<int64_t> dims;
        if (random() & 1) {
            dims.push_back(3); // [C, D, H, W]: W is left-right
        }
        if (random() & 1) {
            dims.push_back(1); // D: cranio-caudal
        }
        const auto flip = [&](const at::Tensor &t) { return dims.empty() ? t : t.flip(dims); };
        // Modality dropout: a z-scored input replaced by zeros is "absent" (its mean), as the
        // manifest's masking says; one case in five loses T2 or DWI.
        const uint64_t drop = dropout() % 10;
        const auto keep = [&](const at::Tensor &t, bool dropped) {
            return dropped ? torch::zeros_like(t) : flip(t);
        };
        dce.push_back(flip(data.dce[i]));
        t2.push_back(keep(data.t2[i], drop == 0));
        dwi.push_back(keep(data.dwi[i], drop == 1));
    }
    return {torch::stack(dce), torch::stack(t2), torch::stack(dwi)};
}

// Cross-entropy of the fused output plus each expert's own logits (through the shared head): every
// expert must stand on its own, so DCE and DWI keep learning their signal (wash-out, restricted
// diffusion) instead of the gate collapsing onto one expert that then memorises, and an
// uninformative expert (T2: the benign structure is in every case) stays undecided, so the
// gate cannot use it as a constant "malignant" vote. Label smoothing keeps logits finite.
at::Tensor momeLoss(torch::jit::Module &module, const std::vector<c10::IValue> &inputs,
                    const at::Tensor &malignant, const at::Tensor &pcr)
{
    constexpr double kSmoothing = 0.1, kExpertWeight = 0.5, kGateWeight = 0.1;
    const auto crossEntropy = [&](const at::Tensor &logits, const at::Tensor &target) {
        return torch::cross_entropy_loss(logits, target, {}, at::Reduction::Mean, -100, kSmoothing);
    };
    const c10::Dict<c10::IValue, c10::IValue> out
        = module.get_method("training_forward")(inputs).toGenericDict();
    at::Tensor loss = crossEntropy(out.at("malignancy").toTensor(), malignant);
    loss = loss + kExpertWeight * crossEntropy(out.at("experts").toTensor(), malignant.repeat({3}));
    // Rewards spreading the gate: without it the softmax saturates on one expert early on.
    const at::Tensor gate = out.at("gate_weights").toTensor();
    loss = loss + kGateWeight * (gate * torch::log(gate + 1e-6)).sum(1).mean();
    if (pcr.ge(0).any().item<bool>()) {
        loss = loss + crossEntropy(out.at("pcr").toTensor(), pcr)
            + kExpertWeight * crossEntropy(out.at("experts_pcr").toTensor(), pcr.repeat({3}));
    }
    return loss;
}

double trainMome(torch::jit::Module &module, const MomeBatch &data, uint64_t seed, int steps)
{
    std::vector<at::Tensor> parameters;
    for (const at::Tensor &p : module.parameters()) {
        parameters.push_back(p);
    }
    torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(2e-3).weight_decay(1e-3));
    std::mt19937_64 random(seed);
    // Its own stream: dropping inputs must not change which cases and flips training sees.
    std::mt19937_64 dropout(seed ^ 0x5eedd40cULL);
    const int64_t count = data.dce.size(0);
    const int64_t batchSize = std::min<int64_t>(count, 8);
    std::vector<int64_t> order(size_t(count), 0);
    std::iota(order.begin(), order.end(), 0);
    double lastLoss = 0.0;
    for (int step = 0; step < steps; ++step) {
        const int64_t offset = (step * batchSize) % count;
        if (offset < batchSize) {
            std::shuffle(order.begin(), order.end(), random);
        }
        std::vector<int64_t> pick;
        for (int64_t i = 0; i < batchSize; ++i) {
            pick.push_back(order[size_t((offset + i) % count)]);
        }
        const at::Tensor index = torch::tensor(pick);
        at::Tensor loss
            = momeLoss(module, augmentedBatch(data, pick, random, dropout),
                       data.malignant.index_select(0, index), data.pcr.index_select(0, index));
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        lastLoss = loss.item<double>();
    }
    return lastLoss;
}

} // namespace

MomeLayout perBreastMomeLayout()
{
    MomeLayout layout;
    layout.laterality = "per_breast_mirrored";
    layout.width = kMomeWidth / 2; // 96 mm: one breast of the demo phantoms
    // Early enhancement and wash-out as subtraction images, as MOME's DCE input is ("SUB_concate").
    // (With the pre-contrast image as a channel instead of "2-pre", the pCR head learnt nothing
    // held-out: AUC 0.51 against 0.87.)
    layout.dceChannels = {"1-pre", "2-pre", "last-pre"};
    layout.name = "oncoview-demo-mome-per-breast";
    return layout;
}

TrainingReport writeDemoMomePackage(const std::filesystem::path &dir,
                                    const std::vector<MriSample> &train, uint64_t seed, int steps,
                                    const MomeLayout &layout)
{
    TrainingReport report;
    const auto start = std::chrono::steady_clock::now();
    if (train.size() < 2) {
        report.error = "MOME training needs at least two samples";
        return report;
    }
    for (size_t i = 0; i < train.size(); ++i) {
        if (std::string error = checkSample(train[i], i, layout.width); !error.empty()) {
            report.error = error;
            return report;
        }
    }
    try {
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        const detail::TrainingGraphGuard unoptimised(false);
        torch::jit::Module module = buildMomeModule(seed);
        report.steps = std::max(1, steps);
        report.finalLoss = trainMome(module, stackSamples(train), seed, report.steps);
        module.eval();
        module.save((dir / "model.pt").string());
        report.error = writeManifestWithHashes(dir, momeManifest(layout));
    } catch (const std::exception &error) {
        report.error = "MOME training failed: " + detail::torchMessage(error);
    }
    report.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

MomeEvaluation evaluateMome(const std::filesystem::path &dir, const std::vector<MriSample> &heldOut)
{
    MomeEvaluation evaluation;
    const PackageLoad load = loadPackage(dir);
    if (!load) {
        evaluation.error = load.error;
        return evaluation;
    }
    std::vector<double> malignancyScores, pcrScores;
    std::vector<int> malignancyLabels, pcrLabels;
    try {
        for (size_t i = 0; i < heldOut.size(); ++i) {
            const MriSample &s = heldOut[i];
            const int64_t width = load.package->manifest().inputs.front().shape.back();
            if (std::string error = checkSample(s, i, width); !error.empty()) {
                evaluation.error = error;
                return evaluation;
            }
            const NamedTensors out = load.package->run(
                {{"dce", normalised(s.dce)}, {"t2", normalised(s.t2)}, {"dwi", normalised(s.dwi)}});
            malignancyScores.push_back(metrics::softmaxProbability(out.at("malignancy").data, 1));
            malignancyLabels.push_back(s.malignant);
            if (s.pcr >= 0) {
                pcrScores.push_back(metrics::softmaxProbability(out.at("pcr").data, 1));
                pcrLabels.push_back(s.pcr);
            }
        }
    } catch (const std::exception &error) {
        evaluation.error = error.what();
        return evaluation;
    }
    evaluation.malignancyAuc = metrics::rocAuc(malignancyScores, malignancyLabels);
    evaluation.pcrAuc = metrics::rocAuc(pcrScores, pcrLabels);
    return evaluation;
}

} // namespace oncoview::inference::demo
