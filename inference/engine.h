// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/job.h"
#include "inference/torchruntime.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace oncoview::inference {

enum class EngineState { Idle, LoadingModel, Running, Error };

// Snapshot for a status bar: "Idle", "Loading model <package>", "Running job N", "Error: ...".
struct EngineStatus
{
    EngineState state = EngineState::Idle;
    uint64_t jobId = 0; // the job being loaded for / run, 0 when idle
    std::string message; // package name while loading, error text in Error
    size_t queued = 0; // jobs waiting behind the current one
};

// All callbacks are called on the engine thread, never on the caller's thread; they must be
// quick and must not call back into Engine::~Engine. A Qt adapter re-emits them as queued
// signals. Every submitted id gets exactly one of finished or failed.
struct EngineCallbacks
{
    std::function<void(uint64_t id, double fraction)> progress;
    std::function<void(const JobResult &)> finished;
    std::function<void(const JobError &)> failed;
    std::function<void(const EngineStatus &)> state;
};

struct EngineOptions
{
    DevicePreference device = DevicePreference::Cpu;
    int intraOpThreads = 0; // LibTorch intra-op threads (process-wide); 0 keeps the default
};

// One long-lived thread that owns the loaded models (cached by package directory) and runs
// queued jobs one at a time: highest priority first, then in submission order.
class Engine
{
public:
    explicit Engine(EngineCallbacks callbacks, EngineOptions options = {});
    // Cancels every queued and running job (reported as cancelled), stops and joins the thread.
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // Any thread. Returns the job id (> 0) at once.
    uint64_t submit(JobRequest request);
    // Any thread. Returns true when the job was queued or running; it is then always reported
    // through failed() with cancelled=true. False when the id is unknown or already reported.
    // A queued job is dropped; a running one stops at its next cancellation check (between
    // batches) and its result, if it still completes, is discarded.
    bool cancel(uint64_t id);
    // Any thread. Cancels everything queued or running.
    void cancelAll();
    // Any thread. Loaded models are dropped before the next job starts.
    void clearModelCache();

    // Any thread.
    size_t queuedCount() const;
    EngineStatus status() const;
    // The resolved device, "cpu" or "cuda:0".
    const std::string &device() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace oncoview::inference
