// SPDX-License-Identifier: Apache-2.0
#include "inference/modelpackage.h"
#include "inference/sha256.h"

#include "tinymodels.h"

#include <catch2/catch.hpp>

using namespace oncoview::inference;
using namespace oncoview::inference::testing;

namespace {

Tensor inputX()
{
    return {{1, 4}, {1.0f, -2.0f, 0.5f, 3.0f}};
}

} // namespace

TEST_CASE("A package round trip: define(), save, load, run, compare", "[package]")
{
    const auto dir = makeTempDir("linear");
    const LinearWeights weights = writeLinearPackage(dir);
    const PackageLoad load = loadPackage(dir);
    INFO(load.error);
    REQUIRE(load);
    CHECK(load.package->manifest().name == "test-linear");
    CHECK(load.package->device() == "cpu");

    const Tensor x = inputX();
    const NamedTensors out = load.package->run({{"x", x}});
    REQUIRE(out.at("y").shape == std::vector<int64_t> {1, 3});
    for (int row = 0; row < 3; ++row) {
        float expected = weights.bias[size_t(row)];
        for (int col = 0; col < 4; ++col) {
            expected += weights.weight[size_t(row * 4 + col)] * x.data[size_t(col)];
        }
        CHECK(out.at("y").data[size_t(row)] == Approx(expected));
    }
    CHECK(out.at("s").shape == std::vector<int64_t> {1, 1});
    CHECK(out.at("s").data[0] == Approx(2.5));
}

TEST_CASE("run() rejects inputs that do not fit the manifest", "[package]")
{
    const auto dir = makeTempDir("linear-run");
    writeLinearPackage(dir);
    const PackageLoad load = loadPackage(dir);
    REQUIRE(load);
    CHECK_THROWS_WITH(load.package->run({}), Catch::Contains("missing input 'x'"));
    CHECK_THROWS_WITH(load.package->run({{"x", {{1, 5}, std::vector<float>(5, 0.0f)}}}),
                      Catch::Contains("has shape [1,5], model expects [1,4]"));
    CHECK_THROWS_WITH(load.package->run({{"x", {{1, 4}, {1.0f}}}}),
                      Catch::Contains("needs 4 values, got 1"));
}

TEST_CASE("Each package defect gives its own clear load error", "[package]")
{
    SECTION("no manifest")
    {
        const auto dir = makeTempDir("empty");
        CHECK_THAT(loadPackage(dir).error, Catch::StartsWith("no manifest.json in"));
    }
    SECTION("invalid JSON")
    {
        const auto dir = makeTempDir("badjson");
        writeLinearPackage(dir);
        writeFile(dir / "manifest.json", "{\"schema\": 1,");
        CHECK_THAT(loadPackage(dir).error, Catch::Contains("not valid JSON"));
    }
    SECTION("unknown schema version")
    {
        const auto dir = makeTempDir("schema");
        writeLinearPackage(dir);
        std::string text = readFile(dir / "manifest.json");
        text.replace(text.find("\"schema\": 1"), 11, "\"schema\": 9");
        writeFile(dir / "manifest.json", text);
        CHECK_THAT(loadPackage(dir).error, Catch::Contains("unsupported schema version 9"));
    }
    SECTION("missing model file")
    {
        const auto dir = makeTempDir("missing");
        writeLinearPackage(dir);
        std::filesystem::remove(dir / "model.pt");
        CHECK_THAT(loadPackage(dir).error,
                   Catch::Contains("file 'model.pt' listed in manifest.json is missing"));
    }
    SECTION("hash mismatch")
    {
        const auto dir = makeTempDir("hash");
        writeLinearPackage(dir);
        std::string bytes = readFile(dir / "model.pt");
        bytes.back() ^= 0x01;
        writeFile(dir / "model.pt", bytes);
        CHECK_THAT(loadPackage(dir).error, Catch::Contains("sha256 mismatch for 'model.pt'"));
    }
    SECTION("corrupt TorchScript file")
    {
        const auto dir = makeTempDir("corrupt");
        writeCorruptModelPackage(dir);
        const std::string error = loadPackage(dir).error;
        CHECK_THAT(error, Catch::StartsWith("'model.pt' is not a loadable TorchScript file"));
        CHECK(error.find('\n') == std::string::npos);
    }
    SECTION("declared input shape does not fit the model (dry run)")
    {
        const auto dir = makeTempDir("inshape");
        writeInputMismatchPackage(dir);
        const std::string error = loadPackage(dir).error;
        CHECK_THAT(error,
                   Catch::StartsWith("dry run on zeros of the declared input shapes failed"));
        CHECK(error.size() < 600);
        // Without the dry run the same package loads: the check really comes from the dry run.
        PackageLoadOptions options;
        options.dryRun = false;
        CHECK(loadPackage(dir, options));
    }
    SECTION("declared output shape does not fit the model (dry run)")
    {
        const auto dir = makeTempDir("outshape");
        writeOutputMismatchPackage(dir);
        CHECK_THAT(loadPackage(dir).error,
                   Catch::Contains("output 'y' has shape [1,3], manifest declares [1,7]"));
    }
}

TEST_CASE(".pt2 packages load only where AOTInductor exists", "[package]")
{
    if (aotInductorSupported()) {
        WARN("this LibTorch has AOTInductor; the .pt2 refusal path is not built");
        return;
    }
    const auto dir = makeTempDir("pt2");
    writeFile(dir / "model.pt2", "not really a package");
    writeFile(dir / "manifest.json",
              R"({"schema": 1, "name": "aoti", "version": "1",
        "task": "t", "intended_use": "tests", "validated": false, "licence": "MIT",
        "inputs": [{"name": "x", "shape": [1, 4]}], "outputs": [{"name": "y"}],
        "files": [{"path": "model.pt2", "sha256": ")"
                  + Sha256::ofString("not really a package") + "\"}]}");
    CHECK_THAT(loadPackage(dir).error, Catch::Contains("needs LibTorch >= 2.6"));
}
