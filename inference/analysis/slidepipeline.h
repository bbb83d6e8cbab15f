// SPDX-License-Identifier: Apache-2.0
#pragma once

// The whole-slide analysis (mSTAR-style): tissue detection on a low-resolution level, a patch
// grid at the package's µm/px and patch size, patches read by reader threads (each with its
// own slide handle) into batches for the encoder, features cached on disk, then the attention
// aggregator over the whole bag. Runs on the engine thread inside a custom job; no Qt.
#include "inference/analysis/featurecache.h"
#include "inference/analysis/patchgrid.h"
#include "inference/analysis/slideaccess.h"
#include "inference/analysis/tissuemask.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace oncoview::inference {
class ModelPackage;
}

namespace oncoview::inference::analysis {

struct SlideAnalysisOptions
{
    std::optional<double> micronsPerPixel; // entered by the user when the file has none
    int readerThreads = 2;
    int batchSize = 32;
    std::filesystem::path cacheDirectory; // empty: no feature cache
    bool useCache = true;
    TissueMaskOptions tissue;
    double minTissueFraction = 0.5;
    int maskMaxSide = 2048; // tissue is found on the finest level at most this large
    int queuedBatches = 6; // read-ahead: batches read but not yet encoded
    // Encoded features are checkpointed into the cache this often (0: never), so an analysis
    // stopped by a cancel or a crash resumes where it was instead of starting over.
    double checkpointSeconds = 10.0;
};

struct SlideProgress
{
    std::string stage; // "tissue", "patches", "aggregate"
    int64_t done = 0;
    int64_t total = 0;
    double patchesPerSecond = 0.0;
    double etaSeconds = 0.0;
};

struct RankedPatch
{
    size_t index = 0; // into grid.patches
    PatchLocation location;
    float attention = 0.0f;
};

struct SlideAnalysisResult
{
    std::string outputName; // the class output, e.g. "logits"
    std::vector<std::pair<std::string, double>> probabilities; // label -> softmax probability
    std::vector<float> attention; // one weight per grid patch (sums to 1)
    // Attention rollout through the aggregator's layers, one weight per grid patch (sums to 1);
    // empty when the package exposes no attention layers (manifest "rollout") or it failed.
    std::vector<float> rollout;
    std::string rolloutError; // why a package that exposes its layers gave no rollout
    PatchGrid grid;
    TissueMask mask;
    bool cacheHit = false;
    size_t resumedPatches = 0; // encoded by an earlier, stopped run (a checkpoint in the cache)
    double micronsPerPixel = 0.0;
    bool micronsPerPixelFromUser = false;
    double tissueSeconds = 0.0;
    double encodeSeconds = 0.0;
    double aggregateSeconds = 0.0;
    double totalSeconds = 0.0;
    double patchesPerSecond = 0.0; // encode stage, reading included

    // The `count` most attended patches, highest first.
    std::vector<RankedPatch> topPatches(size_t count) const;
};

// Bags larger than this get no rollout: the layers' full attention is T x T per head.
constexpr size_t kRolloutMaxPatches = 4096;

// Throws AnalysisError (unreadable slide, refused package, missing µm/px) or JobCancelled.
// `packageSha256` keys the feature cache; `isCancelled` is polled between batches.
SlideAnalysisResult analyzeSlide(const ModelPackage &package, const std::string &packageSha256,
                                 const SlideAccess &slide, const SlideAnalysisOptions &options,
                                 const std::function<void(const SlideProgress &)> &progress,
                                 const std::function<bool()> &isCancelled);

} // namespace oncoview::inference::analysis
