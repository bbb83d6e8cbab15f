// SPDX-License-Identifier: Apache-2.0
#include "inference/manifest.h"
#include "inference/packageregistry.h"

#include "tinymodels.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace oncoview::inference;
using Json = nlohmann::json;

namespace {

Json validJson()
{
    return Json::parse(R"({
      "schema": 1, "name": "demo", "version": "1.2", "task": "classification",
      "intended_use": "research", "validated": false, "licence": "MIT",
      "modalities": ["DCE", "T2"],
      "inputs": [{"name": "x", "kind": "volume", "shape": [1, 2, 8, 8, 8], "dtype": "float32",
                  "spacing_mm": [1.0, 1.0, 2.0],
                  "normalization": {"type": "meanstd", "mean": [0.5, 0.5], "std": [0.2, 0.3]}}],
      "outputs": [{"name": "p", "labels": ["benign", "malignant"], "shape": [1, 2]},
                  {"name": "g", "explains": "gate_weights"}],
      "files": [{"path": "model.pt", "sha256": "00"}]
    })");
}

std::string errorFor(const Json &json)
{
    const ManifestParse parse = parseManifest(json.dump());
    return parse.manifest ? std::string() : parse.error;
}

} // namespace

TEST_CASE("A valid manifest parses and survives a JSON round trip", "[manifest]")
{
    const ManifestParse parse = parseManifest(validJson().dump());
    REQUIRE(parse.manifest);
    const Manifest &m = *parse.manifest;
    CHECK(m.name == "demo");
    CHECK_FALSE(m.validated);
    CHECK(m.modelFile() == "model.pt");
    CHECK(m.precision == "fp32");
    REQUIRE(m.findInput("x"));
    CHECK(m.findInput("x")->shape == std::vector<int64_t> {1, 2, 8, 8, 8});
    CHECK(m.findInput("x")->normalization.std == std::vector<double> {0.2, 0.3});
    CHECK(m.findOutput("g")->explains == "gate_weights");
    CHECK(m.findOutput("p")->labels.size() == 2);

    const ManifestParse again = parseManifest(manifestToJson(m));
    REQUIRE(again.manifest);
    CHECK(manifestToJson(*again.manifest) == manifestToJson(m));
}

TEST_CASE("Manifest files must lie inside the package", "[manifest]")
{
    for (const char *path : {"../model.pt", "weights/../../model.pt", "/etc/model.pt", ""}) {
        INFO(path);
        Json json = validJson();
        json["files"][0]["path"] = path;
        json["model"] = path;
        const std::string error = errorFor(json);
        CHECK_FALSE(error.empty());
        CHECK_THAT(error, Catch::Contains("package") || Catch::Contains("'path'"));
    }
    Json inside = validJson();
    inside["files"][0]["path"] = "weights/model.pt";
    CHECK(errorFor(inside).empty());

    // A symbolic link in the package that points out of it is refused when files are checked.
    const std::filesystem::path root
        = std::filesystem::temp_directory_path() / "oncoview_manifest_link_test";
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "package");
    {
        std::ofstream(root / "outside.pt") << "weights";
    }
    std::filesystem::create_symlink(root / "outside.pt", root / "package" / "model.pt");
    const ManifestParse parse = parseManifest(validJson().dump());
    REQUIRE(parse.manifest);
    CHECK_THAT(verifyManifestFiles(*parse.manifest, root / "package"),
               Catch::Contains("outside the package"));
    std::filesystem::remove_all(root);
}

TEST_CASE("Input shapes that wrap or need gigabytes are refused", "[manifest]")
{
    // 2^32 x 2^32 wraps 64 bits in a product of int64; 10^8 batch rows of 8^3 needs 200 GB.
    for (const Json &shape : {Json::array({4294967296LL, 4294967296LL, 1, 1, 1}),
                              Json::array({100000000, 2, 8, 8, 8})}) {
        INFO(shape.dump());
        Json json = validJson();
        json["inputs"][0]["shape"] = shape;
        CHECK_THAT(errorFor(json), Catch::Contains("more than 2^30 values"));
    }
    Json dynamic = validJson();
    dynamic["inputs"][0]["shape"] = Json::array({-1, 2, 64, 64, 64});
    CHECK(errorFor(dynamic).empty());
}

TEST_CASE("Manifest errors are single clear sentences", "[manifest]")
{
    CHECK_THAT(parseManifest("{ not json").error, Catch::Contains("not valid JSON"));

    Json json = validJson();
    json["schema"] = 2;
    CHECK_THAT(errorFor(json), Catch::Contains("unsupported schema version 2"));

    json = validJson();
    json.erase("licence");
    CHECK_THAT(errorFor(json), Catch::Contains("'licence'"));

    json = validJson();
    json["inputs"][0]["dtype"] = "int64";
    CHECK_THAT(errorFor(json), Catch::Contains("dtype 'int64' is unsupported"));

    json = validJson();
    json["inputs"][0]["shape"] = {1, 0, 8};
    CHECK_THAT(errorFor(json), Catch::Contains("neither positive nor -1"));

    json = validJson();
    json["inputs"][0]["normalization"]["std"] = {0.2};
    CHECK_THAT(errorFor(json), Catch::Contains("equal, non-zero length"));

    json = validJson();
    json["inputs"][0]["normalization"]["type"] = "minmax";
    CHECK_THAT(errorFor(json), Catch::Contains("'minmax'"));

    json = validJson();
    json["files"] = {{{"path", "weights.bin"}, {"sha256", "00"}}};
    CHECK_THAT(errorFor(json), Catch::Contains("no .pt or .pt2"));

    json = validJson();
    json["precision"] = "int8";
    CHECK_THAT(errorFor(json), Catch::Contains("precision 'int8'"));

    json = validJson();
    json["validated"] = "yes";
    CHECK_THAT(errorFor(json), Catch::Contains("'validated'"));
}

TEST_CASE("A number beyond double's range is an error, not an exception (fuzz)", "[manifest]")
{
    // Found by fuzz_manifest (tests/fuzz/regressions/manifest/number_out_of_range.json):
    // nlohmann throws out_of_range, not parse_error, for 1e400, and it escaped parseManifest.
    const ManifestParse parsed = parseManifest(R"({"schema":1,"name":"x","inputs":[1e400]})");
    CHECK_FALSE(parsed.manifest);
    CHECK_THAT(parsed.error, Catch::Contains("number overflow"));
}

TEST_CASE("Integer fields take integers only, not floats or wrapping ones (fuzz)", "[manifest]")
{
    // Found by fuzz_manifest (tests/fuzz/regressions/manifest/): get<int64_t>() of 1e30 is
    // undefined behaviour; 2.5 was truncated, 2^64 - 1 wrapped to -1 (a dynamic dimension) and
    // schema 2^32 + 1 to schema 1.
    Json json = validJson();
    json["mil"] = {{"features", 1e30}};
    CHECK_THAT(errorFor(json), Catch::Contains("'features' must be an integer"));
    json["mil"] = {{"features", 384.5}};
    CHECK_THAT(errorFor(json), Catch::Contains("'features' must be an integer"));
    for (const Json &shape : {Json::array({1, -1e300}), Json::array({1, 2.5, 8, 8, 8}),
                              Json::array({1, 2, 8, 8, 18446744073709551615ULL})}) {
        INFO(shape.dump());
        json = validJson();
        json["inputs"][0]["shape"] = shape;
        CHECK_THAT(errorFor(json), Catch::Contains("'shape' entry must be an integer"));
        json = validJson();
        json["outputs"][0]["shape"] = shape;
        CHECK_THAT(errorFor(json), Catch::Contains("'shape' entry must be an integer"));
    }
    json = validJson();
    json["schema"] = 4294967297LL;
    CHECK_THAT(errorFor(json), Catch::Contains("unsupported schema version 4294967297"));
    json = validJson();
    json["mil"] = {{"features", 384}};
    CHECK(errorFor(json).empty());
}

TEST_CASE("Per-breast packages and subtraction channels are declared and checked", "[manifest]")
{
    Json json = validJson();
    json["laterality"] = "per_breast_mirrored";
    json["inputs"][0]["channels"] = {"1-pre", "last-pre"};
    const ManifestParse parse = parseManifest(json.dump());
    REQUIRE(parse.manifest);
    CHECK(parse.manifest->isPerBreast());
    CHECK(parse.manifest->inputs[0].channels == std::vector<std::string> {"1-pre", "last-pre"});
    const ManifestParse again = parseManifest(manifestToJson(*parse.manifest));
    REQUIRE(again.manifest);
    CHECK(again.manifest->laterality == "per_breast_mirrored");
    CHECK(again.manifest->inputs[0].channels == parse.manifest->inputs[0].channels);
    CHECK_FALSE(parseManifest(validJson().dump()).manifest->isPerBreast());

    json = validJson();
    json["laterality"] = "left";
    CHECK_THAT(errorFor(json), Catch::Contains("laterality 'left'"));

    json = validJson();
    json["laterality"] = "per_breast";
    json["inputs"][0].erase("spacing_mm");
    CHECK_THAT(errorFor(json), Catch::Contains("needs spacing_mm"));

    json = validJson();
    json["inputs"][0]["channels"] = {"pre"};
    CHECK_THAT(errorFor(json), Catch::Contains("names 1 channels for shape[1] = 2"));

    json = validJson();
    json["inputs"][0]["channels"] = {"pre", "2-2"};
    CHECK_THAT(errorFor(json), Catch::Contains("channel '2-2'"));
}

TEST_CASE("Dynamic dimensions match any size", "[manifest]")
{
    CHECK(shapeMatches({-1, 3, 64, 64}, {7, 3, 64, 64}));
    CHECK_FALSE(shapeMatches({-1, 3, 64, 64}, {7, 3, 64}));
    CHECK_FALSE(shapeMatches({1, 4}, {1, 5}));
}

TEST_CASE("PackageRegistry lists valid and broken packages from added folders", "[registry]")
{
    using namespace testing;
    const auto root = makeTempDir("registry");
    std::filesystem::create_directories(root / "b-good");
    writeFile(root / "b-good" / "manifest.json", validJson().dump());
    std::filesystem::create_directories(root / "a-broken");
    writeFile(root / "a-broken" / "manifest.json", "{");
    std::filesystem::create_directories(root / "not-a-package");
    const auto single = makeTempDir("single");
    Json other = validJson();
    other["name"] = "other";
    writeFile(single / "manifest.json", other.dump());

    PackageRegistry registry(false);
    registry.addPath(root);
    registry.addPath(single);
    registry.addPath(root); // duplicates are ignored
    registry.addPath(root / "missing");
    CHECK(registry.searchPaths().size() == 3);

    const std::vector<PackageEntry> entries = registry.scan();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].directory.filename() == "a-broken");
    CHECK_FALSE(entries[0].isValid());
    CHECK_THAT(entries[0].error, Catch::Contains("not valid JSON"));
    CHECK(entries[1].manifest->name == "demo");
    CHECK(entries[2].manifest->name == "other");
    CHECK(registry.find("other")->directory == single);
    CHECK_FALSE(registry.find("nothing").has_value());
}

TEST_CASE("Standard package folders follow the environment", "[registry]")
{
    setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    CHECK(PackageRegistry::userDirectory() == "/tmp/xdg-test/oncoview/models");
    setenv("ONCOVIEW_MODELS_DIR", "/opt/models", 1);
    CHECK(PackageRegistry::systemDirectory() == "/opt/models");
    CHECK(PackageRegistry(true).searchPaths().size() == 2);
    unsetenv("ONCOVIEW_MODELS_DIR");
    unsetenv("XDG_DATA_HOME");
}
