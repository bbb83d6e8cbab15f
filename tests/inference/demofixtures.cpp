// SPDX-License-Identifier: Apache-2.0
#include "demofixtures.h"

#include "inference/demopackages.h"
#include "inference/preprocess.h"

#include "phantoms.h"
#include "tinymodels.h"

#include <catch2/catch.hpp>

namespace oncoview::inference::testing {

namespace {
constexpr uint64_t kSeed = 20240607;
}

const std::filesystem::path &demoMomePackage()
{
    static const std::filesystem::path dir = [] {
        const auto path = makeTempDir("mome");
        const demo::TrainingReport report
            = demo::writeDemoMomePackage(path, makeMriPhantoms(48, kSeed), kSeed);
        INFO(report.error);
        REQUIRE(report.ok());
        WARN("MOME training: " << report.seconds << " s, " << report.steps << " steps, final loss "
                               << report.finalLoss);
        return path;
    }();
    return dir;
}

const std::filesystem::path &quickMomePackage()
{
    static const std::filesystem::path dir = [] {
        const auto path = makeTempDir("mome-quick");
        const demo::TrainingReport report
            = demo::writeDemoMomePackage(path, makeMriPhantoms(8, kSeed), kSeed, 20);
        INFO(report.error);
        REQUIRE(report.ok());
        return path;
    }();
    return dir;
}

const std::filesystem::path &demoMilPackage()
{
    static const std::filesystem::path dir = [] {
        const auto path = makeTempDir("mil");
        const demo::TrainingReport report = demo::writeDemoMilPackage(path, kSeed);
        INFO(report.error);
        REQUIRE(report.ok());
        WARN("ABMIL training: " << report.seconds << " s, " << report.steps << " steps, final loss "
                                << report.finalLoss);
        return path;
    }();
    return dir;
}

NamedTensors momeInputs(const demo::MriSample &sample)
{
    NamedTensors inputs;
    const std::pair<const char *, const Tensor *> items[]
        = {{"dce", &sample.dce}, {"t2", &sample.t2}, {"dwi", &sample.dwi}};
    for (const auto &[name, tensor] : items) {
        Tensor t = *tensor;
        preprocess::normalize(t, {"zscore", {}, {}});
        t.shape.insert(t.shape.begin(), 1);
        inputs[name] = std::move(t);
    }
    return inputs;
}

} // namespace oncoview::inference::testing
