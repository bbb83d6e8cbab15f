// SPDX-License-Identifier: Apache-2.0
// XAI methods against cases whose answer is known in closed form, and their faithfulness
// checks on the demo model.
#include "inference/job.h"
#include "inference/modelpackage.h"
#include "inference/xai/attribution.h"
#include "inference/xai/faithfulness.h"
#include "inference/xai/regions.h"

#include "demofixtures.h"
#include "phantoms.h"
#include "tinymodels.h"
#include "xaimodels.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace oncoview::inference;
using namespace oncoview::inference::xai;

namespace {

std::shared_ptr<const ModelPackage> load(const std::filesystem::path &dir)
{
    PackageLoad loaded = loadPackage(dir);
    INFO(loaded.error);
    REQUIRE(loaded);
    return loaded.package;
}

Tensor randomVolume(std::vector<int64_t> shape, uint64_t seed)
{
    Tensor t;
    t.shape = std::move(shape);
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.5f, 1.0f);
    t.data.resize(size_t(t.elementCount()));
    for (float &v : t.data) {
        v = normal(random);
    }
    return t;
}

int64_t flat(const std::array<int64_t, 3> &dhw, int64_t z, int64_t y, int64_t x)
{
    return (z * dhw[1] + y) * dhw[2] + x;
}

} // namespace

TEST_CASE("Integrated gradients of a linear model are (input - baseline) x weight", "[xai][ig]")
{
    for (const bool dynamicBatch : {false, true}) {
        const auto dir = testing::makeTempDir("xai-linear");
        const testing::LinearVolumeModel model
            = testing::writeLinearVolumePackage(dir, dynamicBatch);
        const auto package = load(dir);
        const auto &dhw = model.dhw;
        const Tensor x = randomVolume({1, 2, dhw[0], dhw[1], dhw[2]}, 11);
        AttributionOptions options;
        options.method = Method::IntegratedGradients;
        options.steps = 7; // chunks of 3 with a dynamic batch: 3 + 3 + 1
        options.chunk = 3;
        const AttributionMap map = attribute(*package, {{"x", x}}, options);
        CAPTURE(dynamicBatch);
        REQUIRE(map.dhw == dhw);
        REQUIRE(map.values.size() == size_t(dhw[0] * dhw[1] * dhw[2]));
        CHECK(map.isSigned);
        CHECK(map.label == "positive");
        const int64_t n = map.voxelCount();
        for (int64_t v = 0; v < n; ++v) {
            const double expected = double(x.data[size_t(v)]) * model.weight.data[size_t(v)]
                + double(x.data[size_t(n + v)]) * model.weight.data[size_t(n + v)];
            REQUIRE(map.values[size_t(v)] == Approx(expected).margin(1e-4));
        }
        // Completeness: the attributions add up to score(x) - score(baseline).
        REQUIRE(map.completenessError.has_value());
        CHECK(*map.completenessError < 0.01);
        double sum = std::accumulate(map.values.begin(), map.values.end(), 0.0);
        CHECK(sum == Approx(map.score - map.baselineScore).epsilon(1e-4));
        CHECK(map.baselineScore == Approx(model.bias));
        CHECK(map.passes == 7 + 2);
    }
}

TEST_CASE("Occlusion of a linear model gives each patch's own contribution", "[xai][occlusion]")
{
    const auto dir = testing::makeTempDir("xai-occlusion");
    const testing::LinearVolumeModel model = testing::writeLinearVolumePackage(dir, true);
    const auto package = load(dir);
    const auto &dhw = model.dhw;
    const Tensor x = randomVolume({1, 2, dhw[0], dhw[1], dhw[2]}, 12);
    AttributionOptions options;
    options.method = Method::Occlusion;
    options.occlusionPatch = {2, 3, 4};
    const AttributionMap map = attribute(*package, {{"x", x}}, options);
    const int64_t n = map.voxelCount();
    // Every voxel of a patch carries the patch's summed x * w (removing it removes exactly that).
    for (int64_t z = 0; z < dhw[0]; ++z) {
        for (int64_t y = 0; y < dhw[1]; ++y) {
            for (int64_t xx = 0; xx < dhw[2]; ++xx) {
                double expected = 0.0;
                for (int64_t pz = z / 2 * 2; pz < z / 2 * 2 + 2; ++pz) {
                    for (int64_t py = y / 3 * 3; py < y / 3 * 3 + 3; ++py) {
                        for (int64_t px = xx / 4 * 4; px < xx / 4 * 4 + 4; ++px) {
                            const int64_t v = flat(dhw, pz, py, px);
                            expected += double(x.data[size_t(v)]) * model.weight.data[size_t(v)]
                                + double(x.data[size_t(n + v)]) * model.weight.data[size_t(n + v)];
                        }
                    }
                }
                REQUIRE(map.values[size_t(flat(dhw, z, y, xx))] == Approx(expected).margin(1e-3));
            }
        }
    }
    CHECK(map.passes == 2 * 2 * 2 + 2);
}

TEST_CASE("Grad-CAM and Grad-CAM++ light the region the logit averages", "[xai][gradcam]")
{
    const auto dir = testing::makeTempDir("xai-region");
    const testing::RegionModel model = testing::writeRegionMeanPackage(dir);
    const auto package = load(dir);
    REQUIRE(methodAvailable(*package, Method::GradCam));
    Tensor x = randomVolume({1, 1, 8, 8, 8}, 13);
    for (float &v : x.data) {
        v = 1.0f + 0.1f * v; // positive, so the masked features are too
    }
    for (const Method method : {Method::GradCam, Method::GradCamPlusPlus}) {
        CAPTURE(methodName(method));
        AttributionOptions options;
        options.method = method;
        const AttributionMap map = attribute(*package, {{"x", x}}, options);
        REQUIRE(map.dhw == std::array<int64_t, 3> {8, 8, 8}); // upsampled from 4^3 cells
        CHECK_FALSE(map.isSigned);
        CHECK(map.layer == "pooled masked input");
        double inside = 0, outside = 0;
        int64_t insideCount = 0, outsideCount = 0;
        for (int64_t z = 0; z < 8; ++z) {
            for (int64_t y = 0; y < 8; ++y) {
                for (int64_t xx = 0; xx < 8; ++xx) {
                    const float v = map.values[size_t(flat(map.dhw, z, y, xx))];
                    REQUIRE(v >= 0.0f);
                    const bool in = z >= model.low[0] && z <= model.high[0] && y >= model.low[1]
                        && y <= model.high[1] && xx >= model.low[2] && xx <= model.high[2];
                    // Trilinear upsampling spreads one voxel over the box's border at most.
                    const bool far
                        = z < model.low[0] - 1 || y > model.high[1] + 1 || xx < model.low[2] - 1;
                    if (far) {
                        REQUIRE(v == 0.0f);
                    }
                    (in ? inside : outside) += v;
                    ++(in ? insideCount : outsideCount);
                }
            }
        }
        CHECK(inside / double(insideCount) > 10 * outside / double(outsideCount));
        const auto peak = peakVoxel(map);
        CHECK(peak[0] >= model.low[0]);
        CHECK(peak[1] <= model.high[1]);
        CHECK(peak[2] >= model.low[2]);
    }
}

TEST_CASE("Grad-CAM is refused for a package that names no feature map", "[xai][gradcam]")
{
    const auto dir = testing::makeTempDir("xai-nofeatures");
    testing::writeLinearVolumePackage(dir, false);
    const auto package = load(dir);
    CHECK_FALSE(methodAvailable(*package, Method::GradCam));
    CHECK(methodAvailable(*package, Method::Occlusion));
    const Tensor x = randomVolume({1, 2, 4, 6, 8}, 14);
    AttributionOptions options;
    options.method = Method::GradCam;
    CHECK_THROWS_WITH(attribute(*package, {{"x", x}}, options),
                      Catch::Contains("names no feature map")
                          && Catch::Contains("use occlusion or integrated gradients"));
    options.target.output = "nothing";
    options.method = Method::Occlusion;
    CHECK_THROWS_WITH(attribute(*package, {{"x", x}}, options),
                      Catch::Contains("no labelled output 'nothing'"));
    // Gate weights are weights, not class logits: the MOME package's cannot be explained.
    const auto mome = load(testing::quickMomePackage());
    options.target.output = "gate_weights";
    CHECK_THROWS_WITH(
        attribute(*mome, testing::momeInputs(testing::makeMriPhantoms(2, 3)[1]), options),
        Catch::Contains("no labelled output 'gate_weights'"));
}

TEST_CASE("A cancelled explanation stops between passes", "[xai]")
{
    const auto dir = testing::makeTempDir("xai-cancel");
    testing::writeLinearVolumePackage(dir, false);
    const auto package = load(dir);
    const Tensor x = randomVolume({1, 2, 4, 6, 8}, 15);
    int calls = 0;
    AttributionOptions options;
    options.method = Method::IntegratedGradients;
    CHECK_THROWS_AS(attribute(*package, {{"x", x}}, options, [&] { return ++calls > 3; }),
                    JobCancelled);
    CHECK(calls == 4);
}

TEST_CASE("Rank correlation and curve areas", "[xai][faithfulness]")
{
    CHECK(rankCorrelation({1, 2, 3, 4}, {10, 20, 30, 40}) == Approx(1.0));
    CHECK(rankCorrelation({1, 2, 3, 4}, {4, 3, 2, 1}) == Approx(-1.0));
    CHECK(rankCorrelation({1, 1, 1, 1}, {4, 3, 2, 1}) == 0.0);
    // Ties share their mean rank: [0, 0, 1] ranks as [0.5, 0.5, 2].
    CHECK(rankCorrelation({0, 0, 1}, {0, 1, 2}) == Approx(0.8660254).epsilon(1e-6));
    CHECK(curveArea({0, 0.5, 1}, {1, 1, 0}) == Approx(0.75));
}

TEST_CASE("Top regions of a map: strongest first, with their inputs' shares", "[xai][regions]")
{
    AttributionMap map;
    map.dhw = {4, 8, 8};
    map.values.assign(4 * 8 * 8, 0.0f);
    map.perInput["a"].assign(map.values.size(), 0.0f);
    map.perInput["b"].assign(map.values.size(), 0.0f);
    // A weak 2x2x2 blob driven by "b" and a strong single voxel driven by "a".
    for (int64_t z = 0; z < 2; ++z) {
        for (int64_t y = 0; y < 2; ++y) {
            for (int64_t x = 0; x < 2; ++x) {
                map.values[size_t(flat(map.dhw, z, y, x))] = 1.0f;
                map.perInput["b"][size_t(flat(map.dhw, z, y, x))] = 1.0f;
            }
        }
    }
    map.values[size_t(flat(map.dhw, 3, 6, 5))] = 20.0f;
    map.perInput["a"][size_t(flat(map.dhw, 3, 6, 5))] = 3.0f;
    map.perInput["b"][size_t(flat(map.dhw, 3, 6, 5))] = 1.0f;
    const std::vector<MapRegion> regions = topRegions(map, 0.0, 3);
    REQUIRE(regions.size() == 2);
    CHECK(regions[0].voxels == 1);
    CHECK(regions[0].peak == std::array<int64_t, 3> {3, 6, 5});
    CHECK(regions[0].share == Approx(20.0 / 28.0));
    CHECK(regions[0].inputShares.at("a") == Approx(0.75));
    CHECK(regions[1].voxels == 8);
    CHECK(regions[1].centroid[0] == Approx(0.5));
    CHECK(regions[1].high == std::array<int64_t, 3> {1, 1, 1});
    CHECK(regions[1].inputShares.at("b") == Approx(1.0));
    CHECK(peakVoxel(map) == std::array<int64_t, 3> {3, 6, 5});
    map.values.assign(map.values.size(), -1.0f);
    CHECK(topRegions(map).empty());
}

TEST_CASE("The randomisation check fails for a map that ignores the model", "[xai][faithfulness]")
{
    const auto package = load(testing::quickMomePackage());
    const demo::MriSample sample = testing::makeMriPhantoms(2, 501)[1];
    const NamedTensors inputs = testing::momeInputs(sample);
    // An "explanation" that is the DCE's late phase: an edge of the image, not of the model.
    const Explainer imageOnly = [&](const ModelPackage &) {
        AttributionMap map;
        map.dhw = {demo::kMomeDepth, demo::kMomeHeight, demo::kMomeWidth};
        const Tensor &dce = inputs.at("dce");
        const int64_t n = map.voxelCount();
        map.values.assign(dce.data.begin() + 2 * n, dce.data.begin() + 3 * n);
        return map;
    };
    const AttributionMap map = imageOnly(*package);
    const Faithfulness result = checkFaithfulness(*package, inputs, map, Target(), imageOnly);
    CHECK(result.randomisationRankCorrelation == Approx(1.0));
    CHECK_FALSE(result.passed());
    bool named = false;
    for (const std::string &failure : result.failures) {
        named = named || failure.find("randomised") != std::string::npos;
    }
    CHECK(named);
    CHECK_FALSE(result.randomisedParameters.empty());
    CHECK(result.randomisedParameters.back() == "pcr_b"); // the layers nearest the output
    // The package itself keeps its weights.
    CHECK(package->run(inputs).at("malignancy").data
          == load(testing::quickMomePackage())->run(inputs).at("malignancy").data);
}

TEST_CASE("Integrated gradients on the demo MRI model points at the lesion and passes its "
          "checks, and an empty Grad-CAM is flagged",
          "[xai][demo][long]")
{
    const auto package = load(testing::demoMomePackage());
    REQUIRE(methodAvailable(*package, Method::GradCam));
    std::vector<std::array<float, 4>> lesions;
    // Held-out phantoms: another seed than the training set's.
    const std::vector<demo::MriSample> samples = testing::makeMriPhantoms(20, 2024, &lesions);
    std::map<Method, int> hits;
    for (const Method method : {Method::GradCam, Method::GradCamPlusPlus,
                                Method::IntegratedGradients, Method::Occlusion}) {
        for (size_t i = 0; i < samples.size(); ++i) {
            AttributionOptions options;
            options.method = method;
            options.target.classIndex = samples[i].malignant; // explain the true class
            const AttributionMap map
                = attribute(*package, testing::momeInputs(samples[i]), options);
            if (*std::max_element(map.values.begin(), map.values.end()) <= 0.0f) {
                continue; // no positive evidence: points nowhere
            }
            const auto peak = peakVoxel(map);
            const auto &s = lesions[i];
            const double dx = double(peak[2]) - s[0], dy = double(peak[1]) - s[1],
                         dz = 2.0 * (double(peak[0]) - s[2]);
            // Pointing game: the maximum inside the lesion (one voxel of tolerance, as the
            // sphere's edge voxels are partly tissue).
            hits[method] += std::sqrt(dx * dx + dy * dy + dz * dz) <= s[3] + 1.0 ? 1 : 0;
        }
        WARN(methodName(method) << " pointing game: " << hits[method] << "/" << samples.size());
    }
    // Integrated gradients, the app's default, points inside the lesion in >= 90% of cases.
    CHECK(hits[Method::IntegratedGradients] >= 18);
    // Occlusion's coarse patches rarely hold the one voxel the experts' max pooling reads.
    CHECK(hits[Method::Occlusion] >= 8);

    const NamedTensors inputs = testing::momeInputs(samples[1]);
    AttributionOptions ig;
    ig.method = Method::IntegratedGradients;
    const AttributionMap map = attribute(*package, inputs, ig);
    // The experts' thresholds make the score jump within a sliver of the path from the
    // baseline, which a 32-point Riemann sum samples unevenly: the error is shown, not hidden.
    WARN("completeness error at 32 steps: " << *map.completenessError);
    CHECK(std::isfinite(*map.completenessError));
    const Faithfulness result = checkFaithfulness(*package, inputs, map, ig);
    INFO((result.failures.empty() ? std::string() : result.failures.front()));
    WARN("integrated gradients faithfulness: deletion AUC "
         << result.deletionAuc << " (random " << result.randomDeletionAuc << "), insertion "
         << result.insertionAuc << " (random " << result.randomInsertionAuc << "), rank r "
         << result.randomisationRankCorrelation);
    CHECK(result.passed());
    CHECK(result.deletionAuc < result.randomDeletionAuc);
    CHECK(result.insertionAuc > result.randomInsertionAuc);
    CHECK(result.repeatabilityError == 0.0);
    CHECK(result.fractions.size() == 11);

    // Grad-CAM's channel weights (mean gradients) are negative on this max-pooled model, so
    // its map is empty: the checks must flag it rather than let it pass as an explanation.
    const AttributionOptions gradCam;
    const AttributionMap cam = attribute(*package, inputs, gradCam);
    if (*std::max_element(cam.values.begin(), cam.values.end()) <= 0.0f) {
        CHECK_FALSE(checkFaithfulness(*package, inputs, cam, gradCam).passed());
    }
}

TEST_CASE("Occlusion splits the evidence by input", "[xai][occlusion]")
{
    // The MOME package's three inputs: a map with all occluded, then one per input.
    const auto package = load(testing::quickMomePackage());
    const NamedTensors inputs = testing::momeInputs(testing::makeMriPhantoms(2, 77)[1]);
    AttributionOptions options;
    options.method = Method::Occlusion;
    options.occlusionPatch = {8, 16, 16}; // 2 x 2 x 2 patches: quick
    const AttributionMap map = attribute(*package, inputs, options);
    REQUIRE(map.perInput.size() == 3);
    // Each input occluded alone gives its own map (they differ), none equal to the joint one.
    CHECK(map.perInput.at("dce") != map.perInput.at("t2"));
    CHECK(map.perInput.at("dce") != map.perInput.at("dwi"));
    CHECK(map.passes == 8 * 4 + 2);
}
