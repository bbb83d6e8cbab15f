// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/patchreaders.h"

#include "inference/analysis/analysiserror.h"
#include "inference/analysis/slidepipeline.h"
#include "inference/job.h"
#include "inference/modelpackage.h"
#include "inference/preprocess.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace oncoview::inference::analysis {

namespace {

// Copies the `width` x `height` pixels at (x, y) of `strip` into `out`.
void cut(const RgbImage &strip, int x, int width, int height, RgbImage &out)
{
    out.width = width;
    out.height = height;
    out.rgb.resize(size_t(width) * size_t(height) * 3);
    for (int row = 0; row < height; ++row) {
        const uint8_t *from = strip.rgb.data() + (size_t(row) * size_t(strip.width) + size_t(x)) * 3;
        std::copy(from, from + size_t(width) * 3, out.rgb.data() + size_t(row) * size_t(width) * 3);
    }
}

// How many patches from `begin` lie side by side in one row (same level and read size), so one
// region read serves them all: a strip costs one OpenSlide call and decodes each tile once,
// where a read per patch pays the per-call overhead again and again.
size_t runLength(const PatchGrid &grid, size_t begin, size_t end)
{
    constexpr size_t kMaxRun = 16;
    const PatchLocation &first = grid.patches[begin];
    size_t run = 1;
    while (begin + run < end && run < kMaxRun) {
        const PatchLocation &next = grid.patches[begin + run];
        if (next.row != first.row || next.column != first.column + int(run) || next.level != first.level
            || next.readSize != first.readSize) {
            break;
        }
        ++run;
    }
    return run;
}

} // namespace

Tensor readPatchBatch(RegionReader &reader, const PatchGrid &grid, size_t begin, size_t end,
                      const ManifestInput &input)
{
    const int size = int(input.shape[2]);
    const size_t perPatch = size_t(3) * size_t(size) * size_t(size);
    Tensor batch;
    batch.shape = {int64_t(end - begin), 3, size, size};
    batch.data.resize((end - begin) * perPatch);
    RgbImage strip, patch;
    std::string error;
    for (size_t i = begin; i < end;) {
        const size_t run = runLength(grid, i, end);
        const PatchLocation &first = grid.patches[i];
        const PatchLocation &last = grid.patches[i + run - 1];
        // Offsets inside the strip from level-0 positions: a read size rounded from a
        // fractional downsample must not drift along the strip.
        const double downsample = grid.levelDownsample > 0.0 ? grid.levelDownsample : 1.0;
        const int lastOffset = int(std::lround(double(last.x0 - first.x0) / downsample));
        if (!reader.readRegion(first.level, first.x0, first.y0, lastOffset + first.readSize,
                               first.readSize, strip, &error)) {
            throw AnalysisError(AnalysisError::Kind::UnreadableInput,
                                "cannot read the patches at (" + std::to_string(first.x0) + ", "
                                    + std::to_string(first.y0) + "): " + error);
        }
        for (size_t k = 0; k < run; ++k) {
            const PatchLocation &p = grid.patches[i + k];
            const int offset = int(std::lround(double(p.x0 - first.x0) / downsample));
            cut(strip, offset, p.readSize, p.readSize, patch);
            resizeToPatch(patch, size, batch.data.data() + (i + k - begin) * perPatch);
        }
        i += run;
    }
    preprocess::normalize(batch, input.normalization, 1);
    return batch;
}

PatchEncoding::PatchEncoding(const ModelPackage &package, const SlideAccess &slide,
                             const ManifestInput &input, const SlideAnalysisOptions &options)
    : m_package(package)
    , m_slide(slide)
    , m_input(input)
    , m_options(options)
{
}

namespace {

// The batches between the reader threads and the encoder, with the read-ahead bound.
struct BatchQueue
{
    std::mutex mutex;
    std::condition_variable changed;
    std::map<size_t, Tensor> ready; // batch index -> normalised patches
    size_t nextToRead = 0;
    size_t consumed = 0;
    bool stop = false;
    std::string error;
};

} // namespace

void PatchEncoding::run(const PatchGrid &grid, size_t firstPatch, std::vector<float> &features,
                        const std::function<void(const SlideProgress &)> &progress,
                        const std::function<bool()> &isCancelled,
                        const std::function<void(size_t encodedPrefix)> &checkpoint)
{
    const size_t patches = grid.patches.size();
    firstPatch = std::min(firstPatch, patches);
    const size_t batchSize = size_t(std::max(1, m_options.batchSize));
    const size_t batches = (patches - firstPatch + batchSize - 1) / batchSize;
    // Patch range of batch `index`: batches start at firstPatch (a resumed run).
    const auto batchBegin = [&](size_t index) { return firstPatch + index * batchSize; };
    const auto batchEnd = [&](size_t index) { return std::min(patches, batchBegin(index + 1)); };
    const size_t readAhead = size_t(std::max(1, m_options.queuedBatches));
    const int64_t featureDim = m_package.manifest().mil->featureDim;
    BatchQueue queue;

    const auto readLoop = [&] {
        std::string error;
        std::unique_ptr<RegionReader> reader = m_slide.openReader(&error);
        std::unique_lock lock(queue.mutex);
        if (!reader) {
            queue.error = "cannot open the slide for reading: " + error;
            queue.stop = true;
            queue.changed.notify_all();
            return;
        }
        for (;;) {
            queue.changed.wait(
                lock, [&] { return queue.stop || queue.nextToRead < queue.consumed + readAhead; });
            if (queue.stop || queue.nextToRead >= batches) {
                return;
            }
            const size_t index = queue.nextToRead++;
            lock.unlock();
            Tensor batch;
            try {
                batch = readPatchBatch(*reader, grid, batchBegin(index), batchEnd(index), m_input);
            } catch (const std::exception &failure) {
                lock.lock();
                queue.error = failure.what();
                queue.stop = true;
                queue.changed.notify_all();
                return;
            }
            lock.lock();
            queue.ready.emplace(index, std::move(batch));
            queue.changed.notify_all();
        }
    };
    std::vector<std::thread> readers;
    const int threads = std::clamp(m_options.readerThreads, 1, 16);
    for (int t = 0; t < threads; ++t) {
        readers.emplace_back(readLoop);
    }
    // Joins the readers however this function leaves (result, read error, cancel, model error).
    struct Joiner
    {
        BatchQueue &queue;
        std::vector<std::thread> &threads;
        ~Joiner()
        {
            {
                const std::lock_guard lock(queue.mutex);
                queue.stop = true;
            }
            queue.changed.notify_all();
            for (std::thread &t : threads) {
                t.join();
            }
        }
    } joiner {queue, readers};

    if (features.size() != patches * size_t(featureDim)) {
        throw std::invalid_argument("PatchEncoding::run: features are not sized for the grid");
    }
    // Batches finish out of order (readers race); a checkpoint covers only the leading run of
    // finished batches, so every patch it counts really has its features.
    std::vector<char> finished(batches, 0);
    size_t finishedPrefix = 0; // batches
    const auto start = std::chrono::steady_clock::now();
    auto lastCheckpoint = start;
    const auto checkpointEvery = std::chrono::duration<double>(m_options.checkpointSeconds);
    for (size_t done = 0; done < batches; ++done) {
        Tensor batch;
        size_t index = 0;
        {
            std::unique_lock lock(queue.mutex);
            while (queue.ready.empty() && queue.error.empty()) {
                if (isCancelled()) {
                    throw JobCancelled();
                }
                queue.changed.wait_for(lock, std::chrono::milliseconds(50));
            }
            if (!queue.error.empty()) {
                throw AnalysisError(AnalysisError::Kind::UnreadableInput, queue.error);
            }
            const auto first = queue.ready.begin();
            index = first->first;
            batch = std::move(first->second);
            queue.ready.erase(first);
            ++queue.consumed;
        }
        queue.changed.notify_all();
        if (isCancelled()) {
            throw JobCancelled();
        }
        const NamedTensors out
            = m_package.runMethod(m_package.manifest().mil->encoderMethod, {batch});
        const auto found = out.find("output");
        const size_t rows = size_t(batch.shape[0]);
        if (found == out.end() || found->second.data.size() != rows * size_t(featureDim)) {
            throw AnalysisError(AnalysisError::Kind::RefusedPackage,
                                "the encoder did not return " + std::to_string(featureDim)
                                    + " features per patch");
        }
        std::copy(found->second.data.begin(), found->second.data.end(),
                  features.begin() + long(batchBegin(index) * size_t(featureDim)));
        finished[index] = 1;
        while (finishedPrefix < batches && finished[finishedPrefix]) {
            ++finishedPrefix;
        }
        const auto now = std::chrono::steady_clock::now();
        if (checkpoint && m_options.checkpointSeconds > 0.0 && finishedPrefix < batches
            && now - lastCheckpoint >= checkpointEvery) {
            checkpoint(finishedPrefix == 0 ? firstPatch : batchEnd(finishedPrefix - 1));
            lastCheckpoint = std::chrono::steady_clock::now();
        }
        const double seconds = std::chrono::duration<double>(now - start).count();
        const int64_t encodedNow = int64_t(std::min(patches - firstPatch, (done + 1) * batchSize));
        const double rate = seconds > 0.0 ? double(encodedNow) / seconds : 0.0;
        const int64_t encoded = int64_t(firstPatch) + encodedNow;
        progress({"patches", encoded, int64_t(patches), rate,
                  rate > 0.0 ? double(int64_t(patches) - encoded) / rate : 0.0});
    }
}

} // namespace oncoview::inference::analysis
