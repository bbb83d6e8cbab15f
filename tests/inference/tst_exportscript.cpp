// SPDX-License-Identifier: Apache-2.0
// End-to-end check of inference/tools/export_package.py: Python exports a tiny conv net
// (tests/inference/python/tinyconvnet.py), the C++ ModelPackage loads the package and must
// reproduce the outputs PyTorch saved as JSON. Skipped (WARN) where the interpreter named by
// ONCOVIEW_TORCH_PYTHON cannot import torch.
#include "inference/modelpackage.h"

#include "tinymodels.h"

#include "tests/support/prerequisite.h"
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

using namespace oncoview::inference;
namespace fs = std::filesystem;

namespace {

constexpr int kExitNoTorch = 3; // export_package.py's "PyTorch is not importable"

std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

struct ScriptRun
{
    int exitCode = -1;
    std::string log; // stdout and stderr together
};

// Runs export_package.py with `arguments`; output goes to a log file in `workDir`.
ScriptRun runExportScript(const std::string &arguments, const fs::path &workDir)
{
    const fs::path log = workDir / "export.log";
    const std::string command = quoted(ONCOVIEW_TORCH_PYTHON) + " " + quoted(ONCOVIEW_EXPORT_SCRIPT)
        + " " + arguments + " > " + quoted(log.string()) + " 2>&1";
    const int status = std::system(command.c_str());
    ScriptRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.log = oncoview::inference::testing::readFile(log);
    return run;
}

std::string tinyNetArguments(const fs::path &spec)
{
    const fs::path dir = ONCOVIEW_EXPORT_TEST_DIR;
    return "generic --model " + quoted((dir / "tinyconvnet.py").string() + ":make_model")
        + " --spec " + quoted(spec.string());
}

// True (after a WARN) when the test cannot run here: no interpreter, or no torch in it.
bool skipWithoutTorch(const ScriptRun *run)
{
    if (!fs::exists(ONCOVIEW_TORCH_PYTHON)) {
        ONCOVIEW_SKIP_OR_FAIL("skipped: " << ONCOVIEW_TORCH_PYTHON << " does not exist");
        return true;
    }
    if (run && run->exitCode == kExitNoTorch) {
        ONCOVIEW_SKIP_OR_FAIL("skipped: " << ONCOVIEW_TORCH_PYTHON
                                          << " has no torch: " << run->log);
        return true;
    }
    return false;
}

Tensor tensorFromJson(const nlohmann::json &json)
{
    Tensor tensor;
    tensor.shape = json.at("shape").get<std::vector<int64_t>>();
    tensor.data = json.at("data").get<std::vector<float>>();
    return tensor;
}

void checkClose(const std::string &name, const Tensor &actual, const Tensor &expected)
{
    INFO("output " << name);
    REQUIRE(actual.shape == expected.shape);
    double worst = 0.0;
    for (size_t i = 0; i < expected.data.size(); ++i) {
        const double tolerance = 1e-5 + 1e-5 * std::abs(expected.data[i]);
        worst = std::max(worst, std::abs(double(actual.data[i]) - expected.data[i]) / tolerance);
    }
    CHECK(worst <= 1.0); // every element within its tolerance
}

} // namespace

TEST_CASE("Packages written by export_package.py reproduce PyTorch's outputs", "[exportscript]")
{
    if (skipWithoutTorch(nullptr)) {
        return;
    }
    const std::string method = GENERATE(as<std::string> {}, "trace", "script");
    INFO("export method " << method);
    const fs::path work = oncoview::inference::testing::makeTempDir("export-" + method);
    const fs::path packageDir = work / "package";
    const fs::path reference = work / "reference.json";
    const ScriptRun run = runExportScript(
        tinyNetArguments(fs::path(ONCOVIEW_EXPORT_TEST_DIR) / "tinyconvnet.json") + " --method "
            + method + " --format torchscript --out " + quoted(packageDir.string())
            + " --reference " + quoted(reference.string()),
        work);
    if (skipWithoutTorch(&run)) {
        return;
    }
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    const PackageLoad load = ModelPackage::load(packageDir);
    INFO(load.error);
    REQUIRE(load);
    const Manifest &manifest = load.package->manifest();
    CHECK(manifest.name == "tiny-convnet");
    CHECK(manifest.precision == "bf16");
    CHECK(manifest.modelFile() == "model.pt");
    REQUIRE(manifest.inputs.size() == 1);
    CHECK(manifest.inputs[0].normalization.type == "meanstd");
    CHECK(manifest.inputs[0].normalization.std.size() == 3);
    CHECK(manifest.inputs[0].umPerPx == Approx(0.5));
    CHECK(manifest.outputs.at(1).explains == "feature_map");

    std::ifstream file(reference);
    const nlohmann::json json = nlohmann::json::parse(file);
    NamedTensors inputs;
    for (const auto &[name, value] : json.at("inputs").items()) {
        inputs[name] = tensorFromJson(value);
    }
    CHECK(inputs.at("patches").shape[0] == 3); // not the dry run's dynamic size 2
    const NamedTensors outputs = load.package->run(inputs);
    REQUIRE(outputs.size() == json.at("outputs").size());
    for (const auto &[name, value] : json.at("outputs").items()) {
        REQUIRE(outputs.count(name) == 1);
        checkClose(name, outputs.at(name), tensorFromJson(value));
    }
}

TEST_CASE("export_package.py rejects a bad spec with one clear error line", "[exportscript]")
{
    if (skipWithoutTorch(nullptr)) {
        return;
    }
    const fs::path work = oncoview::inference::testing::makeTempDir("export-bad-spec");
    std::ifstream source(fs::path(ONCOVIEW_EXPORT_TEST_DIR) / "tinyconvnet.json");
    nlohmann::json spec = nlohmann::json::parse(source);
    spec["precision"] = "fp64";
    oncoview::inference::testing::writeFile(work / "bad.json", spec.dump());
    const ScriptRun run = runExportScript(tinyNetArguments(work / "bad.json") + " --out "
                                              + quoted((work / "package").string()),
                                          work);
    if (skipWithoutTorch(&run)) {
        return;
    }
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.log, Catch::Contains("error: precision 'fp64' is not fp32, bf16 or fp16"));
    CHECK_FALSE(fs::exists(work / "package" / "manifest.json"));
}
