// SPDX-License-Identifier: Apache-2.0
#include "inference/engine.h"

#include "inference/modelpackage.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace oncoview::inference {

namespace {

struct QueuedJob
{
    uint64_t id = 0;
    JobRequest request;
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    std::string cancelReason = "cancelled";
};

// A throwing callback must not take the engine thread down with it.
template<typename Callback, typename... Args> void notify(const Callback &callback, Args &&...args)
{
    if (!callback) {
        return;
    }
    try {
        callback(std::forward<Args>(args)...);
    } catch (...) {
    }
}

} // namespace

NamedTensors JobContext::forward(const NamedTensors &inputs) const
{
    if (!m_package) {
        throw std::runtime_error("this job was submitted without a model package");
    }
    return m_package->run(inputs);
}

struct Engine::Impl
{
    EngineCallbacks callbacks;
    EngineOptions options;
    std::string device;

    mutable std::mutex mutex; // guards everything below up to `models`
    std::condition_variable wake;
    std::vector<QueuedJob> queue;
    std::vector<QueuedJob> dropped; // cancelled while queued, reported by the engine thread
    uint64_t nextId = 1;
    uint64_t runningId = 0;
    std::shared_ptr<std::atomic<bool>> runningCancel;
    std::optional<std::string> runningViewKey;
    std::string *runningReason = nullptr;
    bool stopping = false;
    EngineStatus status;

    std::atomic<bool> clearCache {false};
    std::map<std::string, std::shared_ptr<const ModelPackage>> models; // engine thread only
    std::thread thread;

    void loop();
    bool takeNext(QueuedJob &next, std::vector<QueuedJob> &toReport);
    struct Outcome
    {
        std::optional<JobResult> result;
        JobError error; // meaningful when result is empty
    };
    Outcome execute(QueuedJob &job);
    void finish(QueuedJob &job, Outcome outcome);
    std::shared_ptr<const ModelPackage> packageFor(const QueuedJob &job, std::string &error);
    NamedTensors runJob(QueuedJob &job, const ModelPackage *package);
    void setState(EngineState state, uint64_t id, std::string message);
    void cancelQueuedLocked(size_t index, std::string reason);
};

void Engine::Impl::cancelQueuedLocked(size_t index, std::string reason)
{
    queue[index].cancelled->store(true, std::memory_order_release);
    queue[index].cancelReason = std::move(reason);
    dropped.push_back(std::move(queue[index]));
    queue.erase(queue.begin() + std::ptrdiff_t(index));
}

void Engine::Impl::setState(EngineState state, uint64_t id, std::string message)
{
    EngineStatus snapshot;
    {
        std::lock_guard lock(mutex);
        status.state = state;
        status.jobId = id;
        status.message = std::move(message);
        status.queued = queue.size();
        snapshot = status;
    }
    notify(callbacks.state, snapshot);
}

bool Engine::Impl::takeNext(QueuedJob &next, std::vector<QueuedJob> &toReport)
{
    std::unique_lock lock(mutex);
    wake.wait(lock, [this] { return stopping || !queue.empty() || !dropped.empty(); });
    toReport.swap(dropped);
    if (stopping) {
        for (QueuedJob &job : queue) {
            job.cancelReason = "cancelled: the engine is shutting down";
            toReport.push_back(std::move(job));
        }
        queue.clear();
        return false;
    }
    if (queue.empty()) {
        return false;
    }
    // Highest priority first; ids grow with submission, so ties go first-come first-served.
    size_t best = 0;
    for (size_t i = 1; i < queue.size(); ++i) {
        if (queue[i].request.priority > queue[best].request.priority) {
            best = i;
        }
    }
    next = std::move(queue[best]);
    queue.erase(queue.begin() + std::ptrdiff_t(best));
    runningId = next.id;
    runningCancel = next.cancelled;
    runningViewKey = next.request.viewKey;
    runningReason = &next.cancelReason;
    return true;
}

void Engine::Impl::loop()
{
    torchruntime::setIntraOpThreads(options.intraOpThreads);
    for (;;) {
        QueuedJob next;
        std::vector<QueuedJob> toReport;
        const bool haveJob = takeNext(next, toReport);
        for (const QueuedJob &job : toReport) {
            notify(callbacks.failed, JobError {job.id, job.cancelReason, true});
        }
        if (haveJob) {
            finish(next, execute(next));
            continue;
        }
        std::lock_guard lock(mutex);
        if (stopping && queue.empty() && dropped.empty()) {
            return;
        }
    }
}

std::shared_ptr<const ModelPackage> Engine::Impl::packageFor(const QueuedJob &job,
                                                             std::string &error)
{
    if (clearCache.exchange(false)) {
        models.clear();
    }
    std::error_code ec;
    const std::filesystem::path dir = std::filesystem::weakly_canonical(job.request.packageDir, ec);
    const std::string key = (ec ? job.request.packageDir : dir).string();
    if (const auto it = models.find(key); it != models.end()) {
        return it->second;
    }
    setState(EngineState::LoadingModel, job.id, job.request.packageDir.filename().string());
    PackageLoadOptions loadOptions;
    loadOptions.device = device;
    PackageLoad load = ModelPackage::load(job.request.packageDir, loadOptions);
    if (!load) {
        error = load.error;
        return nullptr;
    }
    models[key] = load.package;
    return load.package;
}

NamedTensors Engine::Impl::runJob(QueuedJob &job, const ModelPackage *package)
{
    const uint64_t id = job.id;
    if (job.request.job) {
        JobContext context(
            id, job.request.inputs, package, *job.cancelled,
            [this, id](double fraction) { notify(callbacks.progress, id, fraction); });
        return job.request.job(context);
    }
    if (!package) {
        throw std::runtime_error("the request names neither a model package nor a job");
    }
    NamedTensors outputs = package->run(std::move(job.request.inputs));
    notify(callbacks.progress, id, 1.0);
    return outputs;
}

Engine::Impl::Outcome Engine::Impl::execute(QueuedJob &job)
{
    Outcome outcome;
    outcome.error.id = job.id;
    std::shared_ptr<const ModelPackage> package;
    if (!job.request.packageDir.empty()) {
        package = packageFor(job, outcome.error.message);
        if (!package) {
            return outcome;
        }
    }
    setState(EngineState::Running, job.id, job.request.label);
    const auto start = std::chrono::steady_clock::now();
    try {
        JobResult result;
        result.id = job.id;
        result.outputs = runJob(job, package.get());
        result.seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        result.device = device;
        outcome.result = std::move(result);
    } catch (const JobCancelled &) {
        outcome.error.cancelled = true;
        outcome.error.message = "cancelled";
    } catch (const std::exception &error) {
        outcome.error.message = error.what();
    } catch (...) {
        outcome.error.message = "the job threw an unknown exception";
    }
    return outcome;
}

void Engine::Impl::finish(QueuedJob &job, Outcome outcome)
{
    bool idle = false;
    {
        // Decided under the lock: a job for which cancel() returned true is always reported as
        // cancelled, even when the cancel raced with the job's last batch.
        std::lock_guard lock(mutex);
        if (job.cancelled->load(std::memory_order_acquire)) {
            outcome.result.reset();
            outcome.error.cancelled = true;
            outcome.error.message = job.cancelReason;
        }
        runningId = 0;
        runningCancel.reset();
        runningViewKey.reset();
        runningReason = nullptr;
        idle = queue.empty();
    }
    if (outcome.result) {
        notify(callbacks.finished, *outcome.result);
    } else if (!outcome.error.cancelled) {
        setState(EngineState::Error, job.id, outcome.error.message);
        notify(callbacks.failed, outcome.error);
        return; // the status bar keeps showing the error until the next job starts
    } else {
        notify(callbacks.failed, outcome.error);
    }
    if (idle) {
        setState(EngineState::Idle, 0, {});
    }
}

Engine::Engine(EngineCallbacks callbacks, EngineOptions options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->callbacks = std::move(callbacks);
    m_impl->options = options;
    m_impl->device = torchruntime::resolveDevice(options.device);
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->loop(); });
}

Engine::~Engine()
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
        if (m_impl->runningCancel) {
            m_impl->runningCancel->store(true, std::memory_order_release);
            *m_impl->runningReason = "cancelled: the engine is shutting down";
        }
    }
    m_impl->wake.notify_all();
    m_impl->thread.join();
}

uint64_t Engine::submit(JobRequest request)
{
    uint64_t id = 0;
    {
        std::lock_guard lock(m_impl->mutex);
        id = m_impl->nextId++;
        if (request.viewKey) {
            const std::string reason = "superseded by job " + std::to_string(id);
            for (size_t i = m_impl->queue.size(); i-- > 0;) {
                if (m_impl->queue[i].request.viewKey == request.viewKey) {
                    m_impl->cancelQueuedLocked(i, reason);
                }
            }
            if (m_impl->runningCancel && m_impl->runningViewKey == request.viewKey) {
                m_impl->runningCancel->store(true, std::memory_order_release);
                *m_impl->runningReason = reason;
            }
        }
        QueuedJob job;
        job.id = id;
        job.request = std::move(request);
        m_impl->queue.push_back(std::move(job));
        m_impl->status.queued = m_impl->queue.size();
    }
    m_impl->wake.notify_one();
    return id;
}

bool Engine::cancel(uint64_t id)
{
    {
        std::lock_guard lock(m_impl->mutex);
        for (size_t i = 0; i < m_impl->queue.size(); ++i) {
            if (m_impl->queue[i].id == id) {
                m_impl->cancelQueuedLocked(i, "cancelled");
                m_impl->wake.notify_one();
                return true;
            }
        }
        if (m_impl->runningId != id || !m_impl->runningCancel) {
            return false;
        }
        m_impl->runningCancel->store(true, std::memory_order_release);
    }
    return true;
}

void Engine::cancelAll()
{
    std::lock_guard lock(m_impl->mutex);
    while (!m_impl->queue.empty()) {
        m_impl->cancelQueuedLocked(0, "cancelled");
    }
    if (m_impl->runningCancel) {
        m_impl->runningCancel->store(true, std::memory_order_release);
    }
    m_impl->wake.notify_one();
}

void Engine::clearModelCache()
{
    m_impl->clearCache.store(true);
}

size_t Engine::queuedCount() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->queue.size();
}

EngineStatus Engine::status() const
{
    std::lock_guard lock(m_impl->mutex);
    EngineStatus snapshot = m_impl->status;
    snapshot.queued = m_impl->queue.size();
    return snapshot;
}

const std::string &Engine::device() const
{
    return m_impl->device;
}

} // namespace oncoview::inference
