// SPDX-License-Identifier: Apache-2.0
// Attention rollout: the arithmetic on hand-computed layers, and a slide analysis with a
// transformer aggregator that exposes its attention.
#include "inference/analysis/slidepipeline.h"
#include "inference/demopackages.h"
#include "inference/manifest.h"
#include "inference/modelpackage.h"
#include "inference/packagesignature.h"
#include "inference/xai/rollout.h"

#include "demofixtures.h"
#include "syntheticslide.h"
#include "tinymodels.h"
#include "xaimodels.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>

using namespace oncoview::inference;
using namespace oncoview::inference::xai;

namespace {

// Layers of 3 tokens (class, patch 1, patch 2), one head each.
Tensor layers(const std::vector<std::vector<float>> &matrices, int64_t heads = 1)
{
    Tensor t;
    const auto layerCount = int64_t(matrices.size()) / heads;
    t.shape = {layerCount, heads, 3, 3};
    for (const auto &m : matrices) {
        t.data.insert(t.data.end(), m.begin(), m.end());
    }
    return t;
}

const std::vector<float> kSwap {1, 0, 0, 0, 0, 1, 0, 1, 0}; // patches read each other
const std::vector<float> kFocus {0.2f, 0.6f, 0.2f, 0, 1, 0, 0, 0, 1}; // class reads patch 1

// The four patches with the largest rollout are the four tumour patches of the slide.
void checkRolloutFindsTumourBlock(const analysis::SlideAnalysisResult &result)
{
    REQUIRE(result.rollout.size() == result.grid.patches.size());
    std::vector<size_t> order(result.rollout.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return result.rollout[a] > result.rollout[b]; });
    for (size_t i = 0; i < 4; ++i) {
        const auto &patch = result.grid.patches[order[i]];
        INFO("rank " << i << ": column " << patch.column << " row " << patch.row << " rollout "
                     << result.rollout[order[i]] << " attention " << result.attention[order[i]]);
        CHECK(testing::inTumourBlock(patch));
    }
}

} // namespace

TEST_CASE("Attention rollout multiplies the layers with their residuals in order", "[xai][rollout]")
{
    // One layer: the class row 0.5 e0 + 0.5 [0.2 0.6 0.2] = [0.6 0.3 0.1]; over the patches
    // 0.3 : 0.1.
    auto map = attentionRollout(layers({kFocus}));
    REQUIRE(map.size() == 2);
    CHECK(map[0] == Approx(0.75));
    CHECK(map[1] == Approx(0.25));
    // kSwap then kFocus: e0 Â2 Â1 = [0.6 0.3 0.1] Â1 = [0.6 0.2 0.2]. The other order would
    // give 0.75 : 0.25 again, so the layers' order is tested.
    map = attentionRollout(layers({kSwap, kFocus}));
    CHECK(map[0] == Approx(0.5));
    CHECK(map[1] == Approx(0.5));
    map = attentionRollout(layers({kFocus, kSwap}));
    CHECK(map[0] == Approx(0.75));
    // Without the residual, only the attention: 0.6 : 0.2.
    RolloutOptions noResidual;
    noResidual.residual = 0.0;
    map = attentionRollout(layers({kFocus}), noResidual);
    CHECK(map[0] == Approx(0.75));
    CHECK(std::accumulate(map.begin(), map.end(), 0.0f) == Approx(1.0));
}

TEST_CASE("Attention rollout fuses heads and skips padding tokens", "[xai][rollout]")
{
    // Two heads, one reading patch 1 only and one reading patch 2 only: the mean is kFocus-like
    // 0.5 : 0.5; max fusion renormalises the element-wise maximum.
    const std::vector<float> toFirst {0, 1, 0, 0, 1, 0, 0, 0, 1};
    const std::vector<float> toSecond {0, 0, 1, 0, 1, 0, 0, 0, 1};
    auto map = attentionRollout(layers({toFirst, toSecond}, 2));
    CHECK(map[0] == Approx(0.5));
    CHECK(map[1] == Approx(0.5));
    RolloutOptions max;
    max.fusion = headFusionFromKey("max");
    map = attentionRollout(layers({toFirst, kFocus}, 2), max);
    // Class row max([0 1 0], [0.2 0.6 0.2]) = [0.2 1 0.2]; with the residual [0.6 0.5 0.1].
    CHECK(map[0] == Approx(5.0 / 6.0));
    // Only the first patch reported (the second token stands for padding).
    RolloutOptions one;
    one.patches = 1;
    map = attentionRollout(layers({kFocus}), one);
    REQUIRE(map.size() == 1);
    CHECK(map[0] == Approx(1.0));
    // Shapes and indices that are not attention are refused, never read out of bounds.
    Tensor flat;
    flat.shape = {3, 3};
    flat.data.assign(9, 0.3f);
    CHECK_THROWS_AS(attentionRollout(flat), std::invalid_argument);
    RolloutOptions outside;
    outside.firstPatch = 2;
    outside.patches = 2;
    CHECK_THROWS_AS(attentionRollout(layers({kFocus}), outside), std::invalid_argument);
    CHECK_THROWS_AS(headFusionFromKey("median"), std::invalid_argument);
}

TEST_CASE("A transformer aggregator's attention rollout lights the tumour patches",
          "[xai][rollout][slide]")
{
    const testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), 0.5, 77);
    analysis::SlideAnalysisOptions options;
    options.batchSize = 8;
    const auto never = [] { return false; };
    const auto quiet = [](const analysis::SlideProgress &) {};

    const auto dir = testing::makeTempDir("transformer-mil");
    testing::writeTransformerMilPackage(dir);
    const PackageLoad load = loadPackage(dir);
    INFO(load.error);
    REQUIRE(load);
    const auto result
        = analysis::analyzeSlide(*load.package, packageSha256(dir), slide, options, quiet, never);
    INFO(result.rolloutError);
    checkRolloutFindsTumourBlock(result);
    CHECK(std::accumulate(result.rollout.begin(), result.rollout.end(), 0.0) == Approx(1.0));
    // The residual keeps the class token's own share out of the map, so rollout is flatter
    // than the last layer's attention but ranks the same top patches.
    CHECK(*std::max_element(result.rollout.begin(), result.rollout.end())
          <= *std::max_element(result.attention.begin(), result.attention.end()) + 1e-6f);

    // A package whose rollout method does not return attention: the result stands, the map
    // is missing and says why.
    const auto wrong = testing::makeTempDir("transformer-mil-wrong");
    testing::writeTransformerMilPackage(wrong, "encode");
    const PackageLoad wrongLoad = loadPackage(wrong);
    REQUIRE(wrongLoad);
    const auto partial = analysis::analyzeSlide(*wrongLoad.package, packageSha256(wrong), slide,
                                                options, quiet, never);
    CHECK(partial.rollout.empty());
    CHECK(partial.attention.size() == partial.grid.patches.size());
    CHECK(partial.rolloutError.find("attention rollout failed") != std::string::npos);
}

TEST_CASE("The manifest's rollout section is read, written and checked", "[xai][rollout][manifest]")
{
    const auto dir = testing::makeTempDir("transformer-mil-manifest");
    testing::writeTransformerMilPackage(dir);
    const ManifestParse read = readManifest(dir);
    INFO(read.error);
    REQUIRE(read.manifest);
    REQUIRE(read.manifest->rollout);
    CHECK(read.manifest->rollout->method == "attention_maps");
    CHECK(read.manifest->rollout->classToken == 0);
    CHECK(read.manifest->rollout->firstPatch == 1);
    CHECK(read.manifest->rollout->headFusion == "mean");
    CHECK(read.manifest->rollout->layer == "2 self-attention layers (test)");

    auto json = nlohmann::json::parse(manifestToJson(*read.manifest));
    json["rollout"]["head_fusion"] = "median";
    CHECK(parseManifest(json.dump()).error.find("rollout.head_fusion") != std::string::npos);
    json["rollout"]["head_fusion"] = "max";
    json["rollout"]["first_patch"] = -1;
    CHECK(parseManifest(json.dump()).error.find("rollout.first_patch") != std::string::npos);
    json["rollout"]["first_patch"] = 2;
    const ManifestParse again = parseManifest(json.dump());
    REQUIRE(again.manifest);
    CHECK(again.manifest->rollout->firstPatch == 2);
    CHECK(again.manifest->rollout->headFusion == "max");
    json.erase("mil");
    CHECK(parseManifest(json.dump()).error.find("'rollout' needs a two-stage")
          != std::string::npos);
}

TEST_CASE("The demo transformer aggregator classifies bags and its rollout finds the tumour",
          "[xai][rollout][demo]")
{
    // Bags of 16 synthetic patches, a quarter of them with a tumour cluster.
    std::mt19937_64 random(2024);
    std::vector<demo::MilBag> bags;
    for (int b = 0; b < 40; ++b) {
        std::vector<int> flags(16, 0);
        const int label = b % 2;
        if (label) {
            const int first = int(random() % 12);
            std::fill(flags.begin() + first, flags.begin() + first + 4, 1);
        }
        bags.push_back({demo::makeSyntheticPatches(flags, 9000 + uint64_t(b)), flags, label});
    }
    const auto dir = testing::makeTempDir("demo-transmil");
    const demo::TrainingReport report
        = demo::writeDemoTransMilPackage(dir, testing::demoMilPackage(), bags, 5);
    INFO(report.error);
    REQUIRE(report.ok());
    WARN("TransMIL training: " << report.seconds << " s, final loss " << report.finalLoss);
    const demo::MilEvaluation evaluation = demo::evaluateMil(dir, 30, 77);
    INFO(evaluation.error);
    CHECK(evaluation.auc >= 0.9);
    // The last layer's class-token attention need not point at the tumour (the first layer has
    // already gathered it into every token): the reason to roll the layers out.
    WARN("last-layer attention on a tumour patch in " << evaluation.attentionHitRate * 100
                                                      << "% of positive bags");

    const testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), 0.5, 77);
    analysis::SlideAnalysisOptions options;
    options.batchSize = 8;
    const PackageLoad load = loadPackage(dir);
    REQUIRE(load);
    CHECK(load.package->manifest().rollout.has_value());
    CHECK_FALSE(load.package->manifest().validated);
    const auto result = analysis::analyzeSlide(
        *load.package, packageSha256(dir), slide, options, [](const analysis::SlideProgress &) {},
        [] { return false; });
    INFO(result.rolloutError);
    CHECK(result.probabilities[1].second > 0.5);
    checkRolloutFindsTumourBlock(result);
}
