// SPDX-License-Identifier: Apache-2.0
#include "inference/demopackages.h"

#include "inference/demotraining_p.h"
#include "inference/manifest.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"
#include "inference/preprocess.h"
#include "inference/torchtensor_p.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <numeric>
#include <random>
#include <stdexcept>

namespace oncoview::inference::demo {

namespace {

// Patch encoder (two strided convolutions, global pooling, linear) and non-gated ABMIL head
// (Ilse et al. 2018): a = softmax(w^T tanh(V h)), z = sum a_i h_i, logits = C z. The two stages
// are separate methods, as in mSTAR-style pipelines (a patch foundation model, then an
// aggregator): a slide analysis encodes patches in batches, caches the features, and
// aggregates the whole bag once; forward chains them for a single bag.
constexpr const char *kAbmilHeadSource = R"JIT(
def aggregate(self, h: Tensor) -> Dict[str, Tensor]:
    scores = torch.linear(torch.tanh(torch.linear(h, self.att_v_w, self.att_v_b)), self.att_w_w, self.att_w_b)
    attention = torch.softmax(torch.transpose(scores, 0, 1), 1)
    bag = torch.mm(attention, h)
    return {"logits": torch.linear(bag, self.cls_w, self.cls_b), "attention": attention}

def forward(self, patches: Tensor) -> Dict[str, Tensor]:
    return self.aggregate(self.encode(patches))
)JIT";

constexpr int64_t kAttention = 16;
constexpr int kTrainingBags = 40;
constexpr int kEpochs = 5;

using Rgb = std::array<float, 3>;

torch::jit::Module buildMilModule(uint64_t seed, const MilEncoderWidth &width)
{
    const int64_t kConv1 = width.conv1, kConv2 = width.conv2;
    torch::jit::Module module("OncoViewAbmil");
    detail::ParameterFactory factory(module, seed);
    factory.add("c1_w", "c1_b", {kConv1, 3, 5, 5}, 3 * 25);
    factory.add("c2_w", "c2_b", {kConv2, kConv1, 3, 3}, kConv1 * 9);
    factory.add("fc_w", "fc_b", {kMilEmbedding, kConv2}, kConv2);
    factory.add("att_v_w", "att_v_b", {kAttention, kMilEmbedding}, kMilEmbedding);
    factory.add("att_w_w", "att_w_b", {1, kAttention}, kAttention);
    factory.add("cls_w", "cls_b", {2, kMilEmbedding}, kMilEmbedding);
    module.define(std::string(detail::kMilEncoderSource) + kAbmilHeadSource);
    return module;
}

Normalization milNormalization()
{
    return {"meanstd", {0.75, 0.55, 0.75}, {0.2, 0.2, 0.15}};
}

// Paints one patch: coloured stroma with noise, then round nuclei.
void paintPatch(float *rgb, bool tumour, std::mt19937_64 &random)
{
    constexpr int64_t size = kMilPatchSize;
    const Rgb stroma = tumour ? Rgb {0.80f, 0.55f, 0.78f} : Rgb {0.93f, 0.72f, 0.83f};
    const Rgb nucleus = tumour ? Rgb {0.35f, 0.15f, 0.50f} : Rgb {0.55f, 0.35f, 0.70f};
    std::uniform_int_distribution<int> nuclei = tumour ? std::uniform_int_distribution<int>(25, 40)
                                                       : std::uniform_int_distribution<int>(2, 6);
    std::uniform_real_distribution<float> radius(tumour ? 3.0f : 2.0f, tumour ? 5.0f : 3.0f);
    std::uniform_real_distribution<float> position(0.0f, float(size));
    std::normal_distribution<float> noise(0.0f, 0.04f);
    for (int c = 0; c < 3; ++c) {
        for (int64_t i = 0; i < size * size; ++i) {
            rgb[c * size * size + i] = stroma[c] + noise(random);
        }
    }
    const int count = nuclei(random);
    for (int n = 0; n < count; ++n) {
        const float cx = position(random), cy = position(random), r = radius(random);
        for (int64_t y = std::max<int64_t>(0, int64_t(cy - r));
             y < std::min(size, int64_t(cy + r) + 1); ++y) {
            for (int64_t x = std::max<int64_t>(0, int64_t(cx - r));
                 x < std::min(size, int64_t(cx + r) + 1); ++x) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    for (int c = 0; c < 3; ++c) {
                        rgb[c * size * size + y * size + x] = nucleus[c] + noise(random);
                    }
                }
            }
        }
    }
}

struct Bag
{
    std::vector<int> flags;
    int label = 0;
};

// Half the bags are positive with 1..3 tumour patches among 4..10; the rest are all normal.
std::vector<Bag> makeBags(int count, std::mt19937_64 &random)
{
    std::vector<Bag> bags;
    std::uniform_int_distribution<int> sizes(4, 10), tumours(1, 3);
    for (int b = 0; b < count; ++b) {
        Bag bag;
        bag.label = b % 2;
        bag.flags.assign(size_t(sizes(random)), 0);
        if (bag.label) {
            const int t = std::min<int>(tumours(random), int(bag.flags.size()));
            std::fill(bag.flags.begin(), bag.flags.begin() + t, 1);
            std::shuffle(bag.flags.begin(), bag.flags.end(), random);
        }
        bags.push_back(std::move(bag));
    }
    return bags;
}

Tensor normalisedPatches(const std::vector<int> &flags, uint64_t seed)
{
    Tensor patches = makeSyntheticPatches(flags, seed);
    preprocess::normalize(patches, milNormalization(), 1);
    return patches;
}

Manifest milManifest(const MilEncoderWidth &width)
{
    Manifest m;
    m.name = width.name;
    m.version = "1.0.0";
    m.task = "slide-tumour-detection";
    m.intendedUse = kDemoIntendedUse;
    m.validated = false;
    m.licence = "CC0-1.0";
    m.modalities = {"WSI"};
    ManifestInput input;
    input.name = "patches";
    input.kind = "patches";
    input.shape = {-1, 3, kMilPatchSize, kMilPatchSize};
    input.umPerPx = 2.0;
    input.normalization = milNormalization();
    m.inputs = {input};
    m.outputs
        = {{"logits", {1, 2}, {"normal", "tumour"}, ""}, {"attention", {1, -1}, {}, "attention"}};
    m.mil = MilStages {"encode", "aggregate", kMilEmbedding};
    m.files = {{"model.pt", ""}};
    return m;
}

double trainMil(torch::jit::Module &module, const std::vector<MilBag> &bags, uint64_t seed)
{
    std::vector<at::Tensor> inputs;
    std::vector<int> labels;
    for (const MilBag &bag : bags) {
        Tensor patches = bag.patches;
        preprocess::normalize(patches, milNormalization(), 1);
        inputs.push_back(detail::toTorch(patches));
        labels.push_back(bag.label);
    }
    std::vector<at::Tensor> parameters;
    for (const at::Tensor &p : module.parameters()) {
        parameters.push_back(p);
    }
    return detail::trainOnBags(module.get_method("forward"), inputs, labels, std::move(parameters),
                               kEpochs, seed);
}

} // namespace

Tensor makeSyntheticPatches(const std::vector<int> &tumourFlags, uint64_t seed)
{
    Tensor patches;
    const int64_t perPatch = 3 * kMilPatchSize * kMilPatchSize;
    patches.shape = {int64_t(tumourFlags.size()), 3, kMilPatchSize, kMilPatchSize};
    patches.data.resize(size_t(perPatch) * tumourFlags.size());
    std::mt19937_64 random(seed);
    for (size_t i = 0; i < tumourFlags.size(); ++i) {
        paintPatch(patches.data.data() + i * size_t(perPatch), tumourFlags[i] != 0, random);
    }
    return patches;
}

TrainingReport writeDemoMilPackage(const std::filesystem::path &dir, uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<MilBag> bags;
    for (Bag &bag : makeBags(kTrainingBags, random)) {
        const uint64_t patchSeed = seed * 7919 + bags.size();
        bags.push_back({makeSyntheticPatches(bag.flags, patchSeed), bag.flags, bag.label});
    }
    return writeDemoMilPackage(dir, bags, seed);
}

TrainingReport writeDemoMilPackage(const std::filesystem::path &dir,
                                   const std::vector<MilBag> &bags, uint64_t seed,
                                   const MilEncoderWidth &width)
{
    TrainingReport report;
    const auto start = std::chrono::steady_clock::now();
    for (size_t b = 0; b < bags.size(); ++b) {
        const Tensor &p = bags[b].patches;
        if (p.shape.size() != 4 || p.shape[0] < 1 || p.shape[1] != 3 || p.shape[2] != kMilPatchSize
            || p.shape[3] != kMilPatchSize || !p.isConsistent()) {
            report.error = "bag " + std::to_string(b) + " has shape " + shapeToString(p.shape)
                + ", expected [N,3," + std::to_string(kMilPatchSize) + ","
                + std::to_string(kMilPatchSize) + "]";
            return report;
        }
    }
    if (bags.size() < 2) {
        report.error = "ABMIL training needs at least two bags";
        return report;
    }
    try {
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        const detail::TrainingGraphGuard unoptimised(false);
        if (width.conv1 < 1 || width.conv2 < 1) {
            throw std::invalid_argument("the encoder needs at least one channel per layer");
        }
        torch::jit::Module module = buildMilModule(seed, width);
        report.finalLoss = trainMil(module, bags, seed);
        report.steps = kEpochs * int(bags.size());
        module.eval();
        module.save((dir / "model.pt").string());
        report.error = writeManifestWithHashes(dir, milManifest(width));
    } catch (const std::exception &error) {
        report.error = "ABMIL training failed: " + detail::torchMessage(error);
    }
    report.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

MilEvaluation evaluateMil(const std::filesystem::path &dir, int bagCount, uint64_t seed)
{
    MilEvaluation evaluation;
    const PackageLoad load = loadPackage(dir);
    if (!load) {
        evaluation.error = load.error;
        return evaluation;
    }
    std::mt19937_64 random(seed);
    const std::vector<Bag> bags = makeBags(bagCount, random);
    std::vector<double> scores;
    std::vector<int> labels;
    int hits = 0, positives = 0;
    try {
        for (size_t b = 0; b < bags.size(); ++b) {
            const NamedTensors out = load.package->run(
                {{"patches", normalisedPatches(bags[b].flags, seed * 104729 + b)}});
            scores.push_back(metrics::softmaxProbability(out.at("logits").data, 1));
            labels.push_back(bags[b].label);
            const std::vector<float> &attention = out.at("attention").data;
            const size_t top
                = size_t(std::max_element(attention.begin(), attention.end()) - attention.begin());
            if (bags[b].label) {
                ++positives;
                hits += bags[b].flags.at(top);
            }
        }
    } catch (const std::exception &error) {
        evaluation.error = error.what();
        return evaluation;
    }
    evaluation.auc = metrics::rocAuc(scores, labels);
    evaluation.attentionHitRate = positives ? double(hits) / positives : 0.0;
    return evaluation;
}

} // namespace oncoview::inference::demo
