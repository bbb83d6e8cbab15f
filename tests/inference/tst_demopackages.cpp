// SPDX-License-Identifier: Apache-2.0
#include "inference/demopackages.h"
#include "inference/modelpackage.h"
#include "inference/preprocess.h"

#include "demofixtures.h"
#include "phantoms.h"
#include "tinymodels.h"

#include <catch2/catch.hpp>

using namespace oncoview::inference;
using namespace oncoview::inference::demo;

namespace {

constexpr uint64_t kSeed = 20240607;

const std::filesystem::path &momePackage()
{
    return testing::demoMomePackage();
}

const std::filesystem::path &milPackage()
{
    return testing::demoMilPackage();
}


} // namespace

TEST_CASE("The MOME demo package", "[demo][long]")
{
    // Sections share one trained package (one ctest process trains it once).
    SECTION("it separates wash-out from persistent phantoms (held-out AUC)")
    {
        const MomeEvaluation evaluation
            = evaluateMome(momePackage(), testing::makeMriPhantoms(40, kSeed + 1));
        INFO(evaluation.error);
        REQUIRE(evaluation.error.empty());
        CHECK(evaluation.malignancyAuc >= 0.95);
        CHECK(evaluation.pcrAuc >= 0.8); // phantoms: small lesions respond
        WARN("MOME held-out AUC: malignancy " << evaluation.malignancyAuc << ", pCR "
                                              << evaluation.pcrAuc);
    }
    SECTION("it declares itself and explains with gate weights")
    {
        const PackageLoad load = loadPackage(momePackage());
        INFO(load.error);
        REQUIRE(load);
        const Manifest &manifest = load.package->manifest();
        CHECK_FALSE(manifest.validated);
        CHECK(manifest.intendedUse == kDemoIntendedUse);
        CHECK(manifest.findOutput("gate_weights")->explains == "gate_weights");
        const NamedTensors out = load.package->run(testing::momeInputs(testing::makeMriPhantoms(1, 7)[0]));
        CHECK(out.at("malignancy").shape == std::vector<int64_t> {1, 2});
        CHECK(out.at("pcr").shape == std::vector<int64_t> {1, 2});
        const Tensor &gate = out.at("gate_weights");
        REQUIRE(gate.shape == std::vector<int64_t> {1, 3});
        CHECK(gate.data[0] + gate.data[1] + gate.data[2] == Approx(1.0));
    }
    SECTION("training is reproducible for a seed")
    {
        // Determinism, not quality: two short trainings of the same seed (the full one takes a
        // minute on two cores).
        const auto again = testing::makeTempDir("mome-again");
        REQUIRE(writeDemoMomePackage(again, testing::makeMriPhantoms(8, kSeed), kSeed, 20).ok());
        const PackageLoad first = loadPackage(testing::quickMomePackage());
        const PackageLoad second = loadPackage(again);
        REQUIRE(first);
        REQUIRE(second);
        for (const MriSample &sample : testing::makeMriPhantoms(4, 99)) {
            const NamedTensors a = first.package->run(testing::momeInputs(sample));
            const NamedTensors b = second.package->run(testing::momeInputs(sample));
            for (const char *name : {"malignancy", "pcr", "gate_weights"}) {
                CHECK(a.at(name).data == b.at(name).data); // bit-identical, not approximately equal
            }
        }
    }
}

TEST_CASE("A different seed trains a different MOME model", "[demo][slow]")
{
    const auto other = testing::makeTempDir("mome-other");
    REQUIRE(writeDemoMomePackage(other, testing::makeMriPhantoms(48, kSeed), kSeed + 5).ok());
    const MriSample sample = testing::makeMriPhantoms(1, 3)[0];
    const NamedTensors a = loadPackage(momePackage()).package->run(testing::momeInputs(sample));
    const NamedTensors b = loadPackage(other).package->run(testing::momeInputs(sample));
    CHECK(a.at("malignancy").data != b.at("malignancy").data);
}

TEST_CASE("MOME training rejects samples off the canvas", "[demo]")
{
    std::vector<MriSample> samples = testing::makeMriPhantoms(2, 1);
    samples[1].dwi.shape = {1, kMomeDepth, kMomeHeight, kMomeWidth};
    const TrainingReport report = writeDemoMomePackage(testing::makeTempDir("bad"), samples, 1);
    CHECK_THAT(report.error, Catch::Contains("sample 1 dwi has shape"));
    CHECK_THAT(writeDemoMomePackage(testing::makeTempDir("few"), {}, 1).error,
               Catch::Contains("at least two samples"));
}

TEST_CASE("The ABMIL demo package", "[demo]")
{
    SECTION("it finds tumour bags and attends to tumour patches")
    {
        const MilEvaluation evaluation = evaluateMil(milPackage(), 30, kSeed + 11);
        INFO(evaluation.error);
        REQUIRE(evaluation.error.empty());
        CHECK(evaluation.auc >= 0.95);
        CHECK(evaluation.attentionHitRate >= 0.8);
        WARN("ABMIL held-out AUC " << evaluation.auc << ", attention hit rate "
                                   << evaluation.attentionHitRate);
    }
    SECTION("it takes bags of any size")
    {
        const PackageLoad load = loadPackage(milPackage());
        INFO(load.error);
        REQUIRE(load);
        CHECK(load.package->manifest().inputs[0].shape[0] == -1);
        for (int n : {1, 13}) {
            Tensor patches = makeSyntheticPatches(std::vector<int>(size_t(n), 0), 5);
            preprocess::normalize(patches, load.package->manifest().inputs[0].normalization, 1);
            const NamedTensors out = load.package->run({{"patches", patches}});
            CHECK(out.at("logits").shape == std::vector<int64_t> {1, 2});
            CHECK(out.at("attention").shape == std::vector<int64_t> {1, n});
        }
    }
}

TEST_CASE("Synthetic patches are reproducible and distinct by class", "[demo]")
{
    const Tensor a = makeSyntheticPatches({0, 1}, 42);
    CHECK(a.shape == std::vector<int64_t> {2, 3, kMilPatchSize, kMilPatchSize});
    CHECK(a.data == makeSyntheticPatches({0, 1}, 42).data);
    // Tumour patches are darker: more nuclei on a darker stroma.
    const size_t perPatch = size_t(3 * kMilPatchSize * kMilPatchSize);
    double normal = 0, tumour = 0;
    for (size_t i = 0; i < perPatch; ++i) {
        normal += a.data[i];
        tumour += a.data[perPatch + i];
    }
    CHECK(tumour < normal);
}
