// SPDX-License-Identifier: Apache-2.0
#include "tinymodels.h"

#include "inference/manifest.h"

#include <atomic>
#include <fstream>
#include <sstream>
#include <torch/script.h>
#include <unistd.h>

namespace oncoview::inference::testing {

namespace {

Manifest linearManifest()
{
    Manifest m;
    m.name = "test-linear";
    m.version = "0.1";
    m.task = "test";
    m.intendedUse = "unit tests";
    m.licence = "CC0-1.0";
    ManifestInput x;
    x.name = "x";
    x.shape = {1, 4};
    m.inputs = {x};
    m.outputs = {{"y", {1, 3}, {}, ""}, {"s", {1, 1}, {}, ""}};
    m.files = {{"model.pt", ""}};
    return m;
}

LinearWeights saveLinearModel(const std::filesystem::path &dir)
{
    LinearWeights weights;
    for (int i = 0; i < 12; ++i) {
        weights.weight.push_back(0.25f * float(i) - 1.0f);
    }
    weights.bias = {0.5f, -0.25f, 2.0f};
    torch::jit::Module module("TestLinear");
    module.register_parameter("w", torch::tensor(weights.weight).reshape({3, 4}), false);
    module.register_parameter("b", torch::tensor(weights.bias), false);
    module.define(R"JIT(
def forward(self, x: Tensor) -> Tuple[Tensor, Tensor]:
    return torch.linear(x, self.w, self.b), torch.sum(x, 1, True)
)JIT");
    std::filesystem::create_directories(dir);
    module.save((dir / "model.pt").string());
    return weights;
}

void writeManifest(const std::filesystem::path &dir, const Manifest &manifest)
{
    const std::string error = writeManifestWithHashes(dir, manifest);
    if (!error.empty()) {
        throw std::runtime_error(error);
    }
}

} // namespace

std::filesystem::path tempRoot()
{
    return std::filesystem::temp_directory_path()
        / ("oncoview-inference-test-" + std::to_string(getpid()));
}

std::filesystem::path makeTempDir(const std::string &name)
{
    static std::atomic<int> counter {0};
    const std::filesystem::path dir = tempRoot() / (name + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

LinearWeights writeLinearPackage(const std::filesystem::path &dir)
{
    const LinearWeights weights = saveLinearModel(dir);
    writeManifest(dir, linearManifest());
    return weights;
}

void writeInputMismatchPackage(const std::filesystem::path &dir)
{
    saveLinearModel(dir);
    Manifest manifest = linearManifest();
    manifest.inputs[0].shape = {1, 5};
    writeManifest(dir, manifest);
}

void writeOutputMismatchPackage(const std::filesystem::path &dir)
{
    saveLinearModel(dir);
    Manifest manifest = linearManifest();
    manifest.outputs[0].shape = {1, 7};
    writeManifest(dir, manifest);
}

void writeCorruptModelPackage(const std::filesystem::path &dir)
{
    std::filesystem::create_directories(dir);
    writeFile(dir / "model.pt", "this is not a zip archive of TorchScript code");
    writeManifest(dir, linearManifest());
}

void writeFile(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace oncoview::inference::testing
