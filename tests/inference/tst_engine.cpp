// SPDX-License-Identifier: Apache-2.0
#include "inference/engine.h"

#include "tinymodels.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace oncoview::inference;
using namespace std::chrono_literals;

namespace {

// Collects engine callbacks (engine thread) for inspection on the test thread.
class Recorder
{
public:
    EngineCallbacks callbacks()
    {
        EngineCallbacks c;
        c.progress = [this](uint64_t id, double f) { record([&] { progress[id] = f; }); };
        c.finished = [this](const JobResult &r) {
            record([&] {
                order.push_back(r.id);
                results[r.id] = r;
                ++terminal[r.id];
            });
        };
        c.failed = [this](const JobError &e) {
            record([&] {
                order.push_back(e.id);
                errors[e.id] = e;
                ++terminal[e.id];
            });
        };
        c.state = [this](const EngineStatus &s) { record([&] { states.push_back(s); }); };
        return c;
    }
    template<typename Predicate>
    bool waitFor(Predicate predicate, std::chrono::seconds timeout = 20s)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return predicate(); });
    }
    bool waitForTerminal(size_t count)
    {
        return waitFor([&] { return terminal.size() >= count; });
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<uint64_t> order;
    std::map<uint64_t, JobResult> results;
    std::map<uint64_t, JobError> errors;
    std::map<uint64_t, int> terminal;
    std::map<uint64_t, double> progress;
    std::vector<EngineStatus> states;

private:
    template<typename Change> void record(Change change)
    {
        {
            std::lock_guard lock(mutex);
            change();
        }
        changed.notify_all();
    }
};

// A custom job that runs batches until cancelled or `open` becomes true.
JobRequest gatedJob(std::atomic<bool> &open, std::optional<std::string> viewKey = {})
{
    JobRequest request;
    request.viewKey = std::move(viewKey);
    request.job = [&open](JobContext &context) {
        while (!open.load()) {
            context.throwIfCancelled();
            std::this_thread::sleep_for(1ms);
        }
        return NamedTensors {};
    };
    return request;
}

JobRequest quickJob(Priority priority, std::optional<std::string> viewKey = {})
{
    JobRequest request;
    request.priority = priority;
    request.viewKey = std::move(viewKey);
    request.job = [](JobContext &context) {
        return NamedTensors {{"id", {{1}, {float(context.id())}}}};
    };
    return request;
}

bool isRunning(Recorder &recorder, uint64_t id)
{
    return recorder.waitFor([&] {
        return !recorder.states.empty() && recorder.states.back().state == EngineState::Running
            && recorder.states.back().jobId == id;
    });
}

} // namespace

TEST_CASE("Jobs run by priority, then in submission order", "[engine][concurrency]")
{
    Recorder recorder;
    Engine engine(recorder.callbacks());
    std::atomic<bool> open {false};
    const uint64_t blocker = engine.submit(gatedJob(open));
    REQUIRE(isRunning(recorder, blocker));
    const uint64_t low1 = engine.submit(quickJob(Priority::Low));
    const uint64_t normal1 = engine.submit(quickJob(Priority::Normal));
    const uint64_t high1 = engine.submit(quickJob(Priority::High));
    const uint64_t normal2 = engine.submit(quickJob(Priority::Normal));
    const uint64_t low2 = engine.submit(quickJob(Priority::Low));
    const uint64_t high2 = engine.submit(quickJob(Priority::High));
    CHECK(engine.queuedCount() == 6);
    open = true;
    REQUIRE(recorder.waitForTerminal(7));
    // The Idle state follows the last job's callback.
    CHECK(recorder.waitFor([&] { return recorder.states.back().state == EngineState::Idle; }));
    std::lock_guard lock(recorder.mutex);
    CHECK(recorder.order
          == std::vector<uint64_t> {blocker, high1, high2, normal1, normal2, low1, low2});
    CHECK(recorder.results.size() == 7);
    CHECK(recorder.results.at(high2).outputs.at("id").data[0] == float(high2));
}

TEST_CASE("Cancel stops a multi-batch job between batches", "[engine][concurrency]")
{
    Recorder recorder;
    Engine engine(recorder.callbacks());
    std::atomic<int> batches {0};
    JobRequest request;
    request.job = [&batches](JobContext &context) {
        constexpr int total = 2000;
        for (int i = 0; i < total; ++i) {
            context.throwIfCancelled();
            std::this_thread::sleep_for(1ms); // one "batch"
            ++batches;
            context.setProgress(double(i + 1) / total);
        }
        return NamedTensors {};
    };
    const uint64_t id = engine.submit(std::move(request));
    REQUIRE(recorder.waitFor([&] { return recorder.progress[id] >= 0.01; }));
    CHECK(engine.cancel(id));
    REQUIRE(recorder.waitForTerminal(1));
    std::lock_guard lock(recorder.mutex);
    REQUIRE(recorder.errors.count(id));
    CHECK(recorder.errors.at(id).cancelled);
    CHECK(batches.load() < 2000);
    CHECK(recorder.progress[id] < 1.0);
    CHECK_FALSE(engine.cancel(id)); // already over
    CHECK_FALSE(engine.cancel(9999));
}

TEST_CASE("A queued job can be cancelled before it starts", "[engine][concurrency]")
{
    Recorder recorder;
    Engine engine(recorder.callbacks());
    std::atomic<bool> open {false};
    const uint64_t blocker = engine.submit(gatedJob(open));
    // Running before the next is queued: else the high-priority job may be taken first and
    // start before it is cancelled (seen under ThreadSanitizer's slowdown).
    REQUIRE(isRunning(recorder, blocker));
    const uint64_t queued = engine.submit(quickJob(Priority::High));
    CHECK(engine.cancel(queued));
    open = true;
    REQUIRE(recorder.waitForTerminal(2));
    std::lock_guard lock(recorder.mutex);
    CHECK(recorder.errors.at(queued).cancelled);
    CHECK(recorder.results.count(blocker) == 1);
}

TEST_CASE("The newest request with a view key wins", "[engine][concurrency]")
{
    Recorder recorder;
    Engine engine(recorder.callbacks());
    std::atomic<bool> never {false};
    const uint64_t running = engine.submit(gatedJob(never, "slice"));
    REQUIRE(isRunning(recorder, running));
    std::atomic<bool> otherOpen {false};
    const uint64_t other = engine.submit(gatedJob(otherOpen, "thumbnail"));
    const uint64_t older = engine.submit(quickJob(Priority::Normal, "slice"));
    const uint64_t newest = engine.submit(quickJob(Priority::Normal, "slice"));
    otherOpen = true;
    REQUIRE(recorder.waitForTerminal(4));
    std::lock_guard lock(recorder.mutex);
    CHECK(recorder.errors.at(running).cancelled);
    CHECK_THAT(recorder.errors.at(running).message, Catch::StartsWith("superseded by job"));
    CHECK(recorder.errors.at(older).cancelled);
    CHECK(recorder.errors.at(older).message == "superseded by job " + std::to_string(newest));
    CHECK(recorder.results.count(newest) == 1);
    CHECK(recorder.results.count(other) == 1); // a different key is left alone
}

TEST_CASE("Concurrent submit and cancel from several threads", "[engine][concurrency]")
{
    Recorder recorder;
    std::vector<uint64_t> ids, cancelled;
    std::mutex idsMutex;
    {
        Engine engine(recorder.callbacks());
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                std::mt19937 random {unsigned(t)};
                for (int i = 0; i < 50; ++i) {
                    const auto priority = Priority(random() % 3);
                    std::optional<std::string> key;
                    if (i % 5 == 0) {
                        key = "view" + std::to_string(t);
                    }
                    const uint64_t id = engine.submit(quickJob(priority, key));
                    {
                        std::lock_guard lock(idsMutex);
                        ids.push_back(id);
                    }
                    if (random() % 4 == 0) {
                        const uint64_t victim = id - random() % 3;
                        if (engine.cancel(victim)) {
                            std::lock_guard lock(idsMutex);
                            cancelled.push_back(victim);
                        }
                    }
                    engine.status();
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        REQUIRE(recorder.waitForTerminal(200));
    }
    std::lock_guard lock(recorder.mutex);
    REQUIRE(ids.size() == 200);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end()); // ids are unique
    for (uint64_t id : ids) {
        INFO("job " << id);
        CHECK(recorder.terminal[id] == 1); // exactly one of finished / failed per job
    }
    CHECK(recorder.results.size() + recorder.errors.size() == 200);
    // cancel() returned true exactly for jobs then reported as cancelled.
    for (uint64_t id : cancelled) {
        INFO("cancelled job " << id);
        REQUIRE(recorder.errors.count(id));
        CHECK(recorder.errors.at(id).cancelled);
    }
}

TEST_CASE("Package jobs load the model once and run on the engine's device", "[engine]")
{
    const auto dir = testing::makeTempDir("engine-linear");
    testing::writeLinearPackage(dir);
    Recorder recorder;
    Engine engine(recorder.callbacks(), {DevicePreference::Cpu, 1});
    CHECK(engine.device() == "cpu");
    std::vector<uint64_t> ids;
    for (int i = 0; i < 3; ++i) {
        JobRequest request;
        request.packageDir = dir;
        request.inputs["x"] = {{1, 4}, {float(i), 0, 0, 0}};
        ids.push_back(engine.submit(request));
    }
    // A custom pipeline runs the same model batch by batch through the context.
    JobRequest pipeline;
    pipeline.packageDir = dir;
    pipeline.job = [](JobContext &context) {
        NamedTensors total {{"s", {{1}, {0.0f}}}};
        for (int batch = 0; batch < 5; ++batch) {
            context.throwIfCancelled();
            const NamedTensors out = context.forward({{"x", {{1, 4}, {1, 1, 1, float(batch)}}}});
            total["s"].data[0] += out.at("s").data[0];
            context.setProgress((batch + 1) / 5.0);
        }
        return total;
    };
    const uint64_t pipelineId = engine.submit(pipeline);
    REQUIRE(recorder.waitForTerminal(4));
    std::lock_guard lock(recorder.mutex);
    for (int i = 0; i < 3; ++i) {
        const JobResult &result = recorder.results.at(ids[size_t(i)]);
        CHECK(result.device == "cpu");
        CHECK(result.seconds >= 0.0);
        CHECK(result.outputs.at("s").data[0] == Approx(i));
    }
    CHECK(recorder.results.at(pipelineId).outputs.at("s").data[0] == Approx(15 + 10));
    CHECK(recorder.progress.at(pipelineId) == Approx(1.0));
    const auto loads
        = std::count_if(recorder.states.begin(), recorder.states.end(),
                        [](const EngineStatus &s) { return s.state == EngineState::LoadingModel; });
    CHECK(loads == 1);
}

TEST_CASE("Failures are reported and the engine keeps going", "[engine]")
{
    Recorder recorder;
    Engine engine(recorder.callbacks());
    JobRequest missing;
    missing.packageDir = "/nonexistent/package";
    const uint64_t missingId = engine.submit(missing);
    JobRequest throwing;
    throwing.job = [](JobContext &) -> NamedTensors { throw std::runtime_error("boom"); };
    const uint64_t throwingId = engine.submit(throwing);
    const uint64_t emptyId = engine.submit(JobRequest {});
    const uint64_t goodId = engine.submit(quickJob(Priority::Low));
    REQUIRE(recorder.waitForTerminal(4));
    std::lock_guard lock(recorder.mutex);
    CHECK_THAT(recorder.errors.at(missingId).message, Catch::StartsWith("no manifest.json in"));
    CHECK_FALSE(recorder.errors.at(missingId).cancelled);
    CHECK(recorder.errors.at(throwingId).message == "boom");
    CHECK_THAT(recorder.errors.at(emptyId).message, Catch::Contains("neither a model package nor"));
    CHECK(recorder.results.count(goodId) == 1);
    const bool sawError
        = std::any_of(recorder.states.begin(), recorder.states.end(),
                      [](const EngineStatus &s) { return s.state == EngineState::Error; });
    CHECK(sawError);
}

TEST_CASE("The destructor cancels queued and running jobs and joins", "[engine][concurrency]")
{
    Recorder recorder;
    std::atomic<bool> never {false};
    std::vector<uint64_t> ids;
    {
        Engine engine(recorder.callbacks());
        ids.push_back(engine.submit(gatedJob(never)));
        REQUIRE(isRunning(recorder, ids[0]));
        for (int i = 0; i < 3; ++i) {
            ids.push_back(engine.submit(quickJob(Priority::Normal)));
        }
    }
    std::lock_guard lock(recorder.mutex);
    REQUIRE(recorder.errors.size() == 4);
    for (uint64_t id : ids) {
        CHECK(recorder.errors.at(id).cancelled);
        CHECK_THAT(recorder.errors.at(id).message, Catch::Contains("shutting down"));
    }
}
