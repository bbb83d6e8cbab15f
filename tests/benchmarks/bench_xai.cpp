// SPDX-License-Identifier: Apache-2.0
// bench_xai: the explanation methods on the demo MRI package, each against one plain forward
// pass in the same run (time), and integrated gradients' peak memory against the forward
// pass's. Inference-only (no Qt), so it also runs against a CUDA LibTorch: --device cuda.
//
//   bench_xai [--device cpu|cuda] [--package DIR] [--repeats N]
// Without --package it trains the demo MOME architecture briefly on phantoms (timing does not
// depend on how well it is trained).
#include "benchjson.h"

#include "inference/demopackages.h"
#include "inference/modelpackage.h"
#include "inference/torchruntime.h"
#include "inference/xai/attribution.h"
#include "tests/inference/phantoms.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <malloc.h>
#include <string>
#include <unistd.h>

using namespace oncoview;
using namespace oncoview::inference;

namespace {

struct Options
{
    std::string device = "cpu";
    std::filesystem::path package;
    int repeats = 9;
    bool memoryOnly = false; // the child run that measures memory (see run())
    std::string self; // argv[0]
};

Options parseOptions(int argc, char **argv)
{
    Options options;
    options.self = argv[0];
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--memory-only") {
            options.memoryOnly = true;
        }
    }
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--device") {
            options.device = argv[i + 1];
        } else if (key == "--package") {
            options.package = argv[i + 1];
        } else if (key == "--repeats") {
            options.repeats = std::max(1, std::stoi(argv[i + 1]));
        }
    }
    return options;
}

// Peak resident memory since the last reset, in MiB (Linux: VmHWM; writing 5 to clear_refs
// resets it to the current RSS).
void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

// Median wall time of `repeats` runs after one warm-up, in ms.
double medianMs(int repeats, const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    return bench::quantile(times, 0.5);
}

// Extra memory (MiB above the RSS before) at the peak of one run of `work`.
double peakExtraMib(const std::function<void()> &work)
{
    const double before = bench::procStatusMib("VmRSS");
    resetPeakMemory();
    work();
    return bench::procStatusMib("VmHWM") - before;
}

int run(const Options &options)
{
    if (options.memoryOnly) {
        // Every buffer above 64 KiB is mapped on allocation and unmapped on free, and freed heap
        // is trimmed at once, from before the package loads: the resident peak (VmHWM) then
        // follows the live tensors instead of malloc's cache. Only in this child: mapping
        // every tensor would slow the timed passes more than they cost.
        mallopt(M_MMAP_THRESHOLD, 64 * 1024);
        mallopt(M_TRIM_THRESHOLD, 0);
    }
    std::filesystem::path dir = options.package;
    if (dir.empty()) {
        dir = std::filesystem::temp_directory_path()
            / ("oncoview-bench-xai-" + std::to_string(getpid()));
        const demo::TrainingReport report
            = demo::writeDemoMomePackage(dir, inference::testing::makeMriPhantoms(16, 5), 5, 40);
        if (!report.ok()) {
            throw std::runtime_error(report.error);
        }
    }
    PackageLoadOptions load;
    load.device = torchruntime::resolveDevice(options.device == "cuda" ? DevicePreference::Cuda
                                                                       : DevicePreference::Cpu);
    const PackageLoad loaded = loadPackage(dir, load);
    if (!loaded) {
        throw std::runtime_error(loaded.error);
    }
    const ModelPackage &package = *loaded.package;
    const demo::MriSample sample = inference::testing::makeMriPhantoms(2, 99)[1];
    NamedTensors inputs;
    const auto batched = [](Tensor t) {
        t.shape.insert(t.shape.begin(), 1);
        return t;
    };
    inputs["dce"] = batched(sample.dce);
    inputs["t2"] = batched(sample.t2);
    inputs["dwi"] = batched(sample.dwi);

    const std::string bench = "xai";
    const std::string device = load.device;
    if (options.memoryOnly) {
        xai::AttributionOptions ig;
        ig.method = xai::Method::IntegratedGradients;
        ig.steps = 32;
        const double forwardPeak = peakExtraMib([&] { package.run(inputs); });
        const double igPeak = peakExtraMib([&] { xai::attribute(package, inputs, ig); });
        bench::printMetric(bench, "integrated_gradients_32_peak_extra_mib_" + device, igPeak, "MiB",
                           bench::Baseline {forwardPeak, "bounded: a chunk of steps, not all 32"});
        return 0;
    }
    const double forward = medianMs(options.repeats, [&] { package.run(inputs); });
    bench::printMetric(bench, "forward_ms_" + device, forward, "ms");
    const std::pair<const char *, xai::Method> methods[] = {
        {"gradcam", xai::Method::GradCam},
        {"gradcam_pp", xai::Method::GradCamPlusPlus},
        {"integrated_gradients_32", xai::Method::IntegratedGradients},
        {"occlusion", xai::Method::Occlusion},
    };
    for (const auto &[name, method] : methods) {
        xai::AttributionOptions attribution;
        attribution.method = method;
        attribution.steps = 32;
        int passes = 0;
        const double ms = medianMs(
            options.repeats, [&] { passes = xai::attribute(package, inputs, attribution).passes; });
        bench::printMetric(bench, std::string(name) + "_ms_" + device, ms, "ms",
                           bench::Baseline {forward, "informative: cost in forward passes"});
        bench::printMetric(bench, std::string(name) + "_passes", passes, "passes");
    }
    // Memory in a fresh process (this one's malloc has cached every buffer by now): its peak
    // resident set follows the live tensors there.
    const std::string command = "'" + options.self + "' --memory-only --device " + options.device
        + " --package '" + dir.string() + "'";
    if (std::FILE *child = popen(command.c_str(), "r")) {
        char line[1024];
        while (std::fgets(line, sizeof line, child)) {
            std::fputs(line, stdout);
        }
        pclose(child);
    }
    if (options.package.empty()) {
        std::filesystem::remove_all(dir);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return run(parseOptions(argc, argv));
    } catch (const std::exception &error) {
        std::cerr << "error: " << error.what() << "\n";
        return 1;
    }
}
