// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/tensor.h"

#include <atomic>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace oncoview::inference {

class JobContext;
class ModelPackage;

enum class Priority { Low = 0, Normal = 1, High = 2 };

// What a caller hands to Engine::submit. Copied into the engine's queue.
struct JobRequest
{
    // Package whose model the job uses; empty for a custom job that needs no model.
    std::filesystem::path packageDir;
    NamedTensors inputs;
    Priority priority = Priority::Normal;
    // View-driven work: a newer request with the same key drops queued older ones and cancels
    // the running one ("newest wins").
    std::optional<std::string> viewKey;
    // Custom multi-batch pipeline, run on the engine thread instead of one forward pass. It
    // should call JobContext::throwIfCancelled() between batches and may report progress.
    std::function<NamedTensors(JobContext &)> job;
    std::string label; // for queue displays
};

struct JobResult
{
    uint64_t id = 0;
    NamedTensors outputs;
    double seconds = 0.0; // wall time of the model/job run, without queueing and model loading
    std::string device; // "cpu", "cuda:0"
};

struct JobError
{
    uint64_t id = 0;
    std::string message;
    bool cancelled = false; // true: cancelled or superseded, not a failure
};

// Thrown by JobContext::throwIfCancelled(); the engine reports it as JobError{cancelled=true}.
class JobCancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "cancelled"; }
};

// Handed to a custom job; lives on the engine thread for the duration of one job.
class JobContext
{
public:
    JobContext(uint64_t id, const NamedTensors &inputs, const ModelPackage *package,
               const std::atomic<bool> &cancelled, std::function<void(double)> progress)
        : m_id(id)
        , m_inputs(inputs)
        , m_package(package)
        , m_cancelled(cancelled)
        , m_progress(std::move(progress))
    {
    }

    uint64_t id() const { return m_id; }
    const NamedTensors &inputs() const { return m_inputs; }
    // The request's loaded package, or nullptr when the request named none.
    const ModelPackage *package() const { return m_package; }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    void throwIfCancelled() const
    {
        if (isCancelled()) {
            throw JobCancelled();
        }
    }
    // Reports progress in [0, 1] through the engine's progress callback (engine thread).
    void setProgress(double fraction) const
    {
        if (m_progress) {
            m_progress(fraction < 0.0 ? 0.0 : (fraction > 1.0 ? 1.0 : fraction));
        }
    }
    // One forward pass of the package's model (throws std::runtime_error without a package).
    NamedTensors forward(const NamedTensors &inputs) const;

private:
    uint64_t m_id;
    const NamedTensors &m_inputs;
    const ModelPackage *m_package;
    const std::atomic<bool> &m_cancelled;
    std::function<void(double)> m_progress;
};

} // namespace oncoview::inference
