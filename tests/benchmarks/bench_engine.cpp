// SPDX-License-Identifier: Apache-2.0
// bench_engine: the inference engine against plain PyTorch on the same TorchScript package,
// inputs and thread count, measured in the same run. Engine side: Engine::submit() + wait for
// the finished callback (queueing, tensor copies and callback included); throughput queues
// 16 jobs at once against a Python loop of 16 passes. Python side:
// torch.jit.load + model(*inputs) in a child process (bench_engine_torch.py). Passes alternate
// one by one between the two so machine load drifts hit both. Prints JSON lines (../shared/CLI.md).
#include "benchjson.h"
#include "pythonpeer.h"

#include "inference/demopackages.h"
#include "inference/engine.h"
#include "inference/manifest.h"
#include "inference/preprocess.h"
#include "inference/torchruntime.h"

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace oncoview;
using namespace oncoview::inference;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char *kBench = "engine";
constexpr std::chrono::milliseconds kSettle {20};
constexpr int kThroughputBlocks = 6;
constexpr int kPassesPerBlock = 16;

struct Options
{
    fs::path package; // empty: the demo ABMIL package, trained here
    int64_t bagSize = 256; // size of every -1 dimension
    int iterations = 100;
    int warmup = 10;
    int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::string python = ONCOVIEW_TORCH_PYTHON;
    std::string device = "cpu";
};

[[noreturn]] void usage(const std::string &error)
{
    std::cerr
        << "error: " << error << "\n"
        << "usage: bench_engine [--package DIR] [--bag-size N] [--iterations N] [--warmup N]\n"
           "                    [--threads N] [--python PATH] [--device cpu|cuda]\n";
    std::exit(2);
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            usage("missing value after " + arg);
        }
        const std::string value = argv[++i];
        const auto number = [&] {
            try {
                return std::stoll(value);
            } catch (const std::exception &) {
                usage(arg + " needs a number, got '" + value + "'");
            }
        };
        if (arg == "--package") {
            o.package = value;
        } else if (arg == "--bag-size") {
            o.bagSize = number();
        } else if (arg == "--iterations") {
            o.iterations = int(number());
        } else if (arg == "--warmup") {
            o.warmup = int(number());
        } else if (arg == "--threads") {
            o.threads = int(number());
        } else if (arg == "--python") {
            o.python = value;
        } else if (arg == "--device") {
            o.device = value;
        } else {
            usage("unknown option " + arg);
        }
    }
    if (o.bagSize < 1 || o.iterations < 1 || o.warmup < 1 || o.threads < 1) {
        usage("sizes and counts must be >= 1");
    }
    return o;
}

// Inputs of the manifest's shapes (-1 -> bagSize): synthetic H&E patches for a patch input of
// the demo's size, seeded noise otherwise; normalised as the application would.
NamedTensors makeInputs(const Manifest &manifest, int64_t bagSize)
{
    NamedTensors inputs;
    std::mt19937 random(42);
    for (const ManifestInput &declared : manifest.inputs) {
        Tensor tensor;
        for (int64_t dim : declared.shape) {
            tensor.shape.push_back(dim == -1 ? bagSize : dim);
        }
        if (declared.kind == "patches" && tensor.shape.size() == 4
            && tensor.shape[2] == demo::kMilPatchSize && tensor.shape[3] == demo::kMilPatchSize) {
            std::vector<int> flags(size_t(tensor.shape[0]));
            for (size_t i = 0; i < flags.size(); ++i) {
                flags[i] = i % 4 == 0 ? 1 : 0;
            }
            tensor = demo::makeSyntheticPatches(flags, 42);
        } else {
            std::normal_distribution<float> normal;
            tensor.data.resize(size_t(tensor.elementCount()));
            for (float &v : tensor.data) {
                v = normal(random);
            }
        }
        preprocess::normalize(tensor, declared.normalization, 1);
        inputs[declared.name] = std::move(tensor);
    }
    return inputs;
}

// Raw float32 files plus inputs.json describing them, in manifest order, for the Python side.
fs::path writeInputs(const fs::path &dir, const Manifest &manifest, const NamedTensors &inputs)
{
    nlohmann::json list = nlohmann::json::array();
    for (const ManifestInput &declared : manifest.inputs) {
        const Tensor &tensor = inputs.at(declared.name);
        const fs::path file = dir / (declared.name + ".f32");
        std::ofstream(file, std::ios::binary)
            .write(reinterpret_cast<const char *>(tensor.data.data()),
                   std::streamsize(tensor.data.size() * sizeof(float)));
        list.push_back({{"name", declared.name}, {"shape", tensor.shape}, {"file", file.string()}});
    }
    const fs::path description = dir / "inputs.json";
    std::ofstream(description) << list.dump();
    return description;
}

// Runs jobs one at a time, as a caller waiting for each result sees them.
class EngineRunner
{
public:
    explicit EngineRunner(const Options &o)
        : m_engine(
            callbacks(),
            EngineOptions {o.device == "cuda" ? DevicePreference::Cuda : DevicePreference::Cpu,
                           o.threads})
    {
    }
    // Blocks until the job is reported; returns its outputs or throws with the engine's error.
    NamedTensors runOnce(JobRequest request)
    {
        std::unique_lock lock(m_mutex);
        m_done = false;
        lock.unlock();
        m_engine.submit(std::move(request));
        lock.lock();
        m_changed.wait(lock, [this] { return m_done; });
        if (!m_error.empty()) {
            throw std::runtime_error("engine job failed: " + m_error);
        }
        return std::move(m_outputs);
    }
    // Submits all `requests` at once, as a caller streaming batches does, and blocks until the
    // last is reported: the engine never idles between them.
    void runQueued(std::vector<JobRequest> requests)
    {
        std::unique_lock lock(m_mutex);
        m_pending = int(requests.size());
        m_done = false;
        lock.unlock();
        for (JobRequest &request : requests) {
            m_engine.submit(std::move(request));
        }
        lock.lock();
        m_changed.wait(lock, [this] { return m_pending == 0; });
        if (!m_error.empty()) {
            throw std::runtime_error("engine job failed: " + m_error);
        }
    }
    const std::string &device() const { return m_engine.device(); }
    // Model time of the last job as the engine measured it (no queueing, no callback).
    double lastModelSeconds() const { return m_modelSeconds; }

private:
    EngineCallbacks callbacks()
    {
        EngineCallbacks c;
        c.finished = [this](const JobResult &result) {
            m_modelSeconds = result.seconds; // written before report() publishes m_done
            report(result.outputs, {});
        };
        c.failed = [this](const JobError &error) { report({}, error.message); };
        return c;
    }
    void report(NamedTensors outputs, std::string error)
    {
        {
            std::lock_guard lock(m_mutex);
            m_outputs = std::move(outputs);
            if (!error.empty()) {
                m_error = std::move(error);
            }
            m_done = true;
            m_pending = std::max(0, m_pending - 1);
        }
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
    int m_pending = 0; // jobs of runQueued not reported yet
    NamedTensors m_outputs;
    std::string m_error;
    double m_modelSeconds = 0.0;
    Engine m_engine; // last: its thread is joined before the members it calls back into go
};

double maxDifference(const Manifest &manifest, const NamedTensors &engine,
                     const std::vector<float> &python)
{
    size_t offset = 0;
    double worst = 0.0;
    for (const ManifestOutput &declared : manifest.outputs) {
        for (float value : engine.at(declared.name).data) {
            if (offset >= python.size()) {
                return INFINITY; // Python produced fewer values: not the same computation
            }
            worst = std::max(worst, double(std::abs(value - python[offset++])));
        }
    }
    return offset == python.size() ? worst : INFINITY;
}

// Trains the demo package in a child process: training leaves this process with thread pools
// and a heap shaped by autograd, and the engine should be measured as the application runs it,
// in a process that only loads and runs packages (measured: ~5% of throughput otherwise).
void buildDemoPackageInChild(const fs::path &package)
{
    const pid_t child = fork();
    if (child == 0) {
        const demo::TrainingReport report = demo::writeDemoMilPackage(package, 1);
        if (!report.ok()) {
            std::cerr << "error: cannot build the demo package: " << report.error << "\n";
        }
        _exit(report.ok() ? 0 : 1);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status)
        || WEXITSTATUS(status) != 0) {
        throw std::runtime_error("cannot build the demo package");
    }
}

int run(const Options &o)
{
    const fs::path work
        = fs::temp_directory_path() / ("oncoview-bench-engine-" + std::to_string(getpid()));
    fs::create_directories(work);
    fs::path package = o.package;
    if (package.empty()) {
        package = work / "demo-abmil";
        buildDemoPackageInChild(package);
    }
    const ManifestParse parse = readManifest(package);
    if (!parse.manifest) {
        throw std::runtime_error(parse.error);
    }
    const Manifest &manifest = *parse.manifest;
    const NamedTensors inputs = makeInputs(manifest, o.bagSize);
    const fs::path inputsJson = writeInputs(work, manifest, inputs);

    EngineRunner engine(o);
    if (o.device == "cuda" && engine.device() == "cpu") {
        throw std::runtime_error("--device cuda: this LibTorch sees no usable GPU");
    }
    std::cerr << "bench_engine: " << package.filename().string() << " on " << engine.device()
              << ", LibTorch " << torchruntime::version() << ", " << o.threads << " threads\n";
    JobRequest request;
    request.packageDir = package;
    request.inputs = inputs;
    std::vector<double> engineMs;
    std::vector<double> pythonMs;
    std::vector<double> engineModelMs;
    NamedTensors engineOutputs;
    const fs::path pythonOutputsFile = work / "python-outputs.f32";
    bench::PythonPeer python({o.python, ONCOVIEW_BENCH_ENGINE_SCRIPT, "--package", package.string(),
                              "--inputs", inputsJson.string(), "--outputs",
                              pythonOutputsFile.string(), "--threads", std::to_string(o.threads),
                              "--device", o.device == "cuda" ? "cuda" : "cpu"},
                             pythonOutputsFile);
    for (int i = 0; i < o.warmup + o.iterations; ++i) {
        // The app moves its inputs into a request; the copy made here is not the engine's.
        JobRequest pass = request;
        // A quiet gap before each pass: OpenMP workers spin for a while after a parallel
        // region, and the side that just finished must not steal cores from the other.
        std::this_thread::sleep_for(kSettle);
        const double pythonPass = python.runOnce();
        std::this_thread::sleep_for(kSettle);
        const auto start = Clock::now(); // the first warm-up also loads the model
        engineOutputs = engine.runOnce(std::move(pass));
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        if (i >= o.warmup) {
            pythonMs.push_back(pythonPass);
            engineMs.push_back(elapsed.count());
            engineModelMs.push_back(engine.lastModelSeconds() * 1000.0);
        }
    }
    // Throughput: passes back to back on both sides (Python's loop, the engine's queue), in
    // blocks alternating between the two.
    std::vector<double> engineBatchMs;
    std::vector<double> pythonBatchMs;
    for (int block = 0; block < kThroughputBlocks; ++block) {
        std::vector<JobRequest> requests(size_t(kPassesPerBlock), request);
        std::this_thread::sleep_for(kSettle);
        pythonBatchMs.push_back(python.runBatch(kPassesPerBlock));
        std::this_thread::sleep_for(kSettle);
        const auto start = Clock::now();
        engine.runQueued(std::move(requests));
        engineBatchMs.push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const std::vector<float> pythonOutputs = python.finish();
    fs::remove_all(work);

    using bench::Baseline;
    using bench::printMetric;
    using bench::quantile;
    printMetric(kBench, "threads", o.threads, "threads");
    printMetric(kBench, "bag_size", double(o.bagSize), "patches");
    printMetric(kBench, "passes", o.iterations, "passes");
    printMetric(kBench, "max_abs_output_difference",
                maxDifference(manifest, engineOutputs, pythonOutputs), "");
    const auto passesPerSecond = [](const std::vector<double> &blockMs) {
        return 1000.0 * kPassesPerBlock / quantile(blockMs, 0.5);
    };
    printMetric(kBench, "throughput", passesPerSecond(engineBatchMs), "passes/s",
                Baseline {passesPerSecond(pythonBatchMs), "ratio>=1"});
    printMetric(kBench, "latency_p50_ms", quantile(engineMs, 0.5), "ms",
                Baseline {quantile(pythonMs, 0.5), "ratio<=1"});
    // The engine's own model time: the rest of latency_p50_ms is queueing and copies.
    printMetric(kBench, "engine_model_p50_ms", quantile(engineModelMs, 0.5), "ms",
                Baseline {quantile(pythonMs, 0.5), "ratio<=1"});
    printMetric(kBench, "latency_p95_ms", quantile(engineMs, 0.95), "ms",
                Baseline {quantile(pythonMs, 0.95), "ratio<=1"});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    try {
        return run(options);
    } catch (const std::exception &error) {
        std::cerr << "error: " << error.what() << "\n";
        return 1;
    }
}
