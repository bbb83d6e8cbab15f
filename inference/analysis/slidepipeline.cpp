// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/slidepipeline.h"

#include "inference/analysis/analysiserror.h"
#include "inference/analysis/patchreaders.h"
#include "inference/job.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"
#include "inference/xai/rollout.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>

namespace oncoview::inference::analysis {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// What the package must declare for a two-stage slide analysis.
struct SlidePackageSpec
{
    const ManifestInput *patches = nullptr;
    const ManifestOutput *classes = nullptr;
    const ManifestOutput *attention = nullptr;
    int patchSize = 0;
};

SlidePackageSpec checkPackage(const Manifest &manifest)
{
    const auto refuse = [&](const std::string &why) {
        return AnalysisError(AnalysisError::Kind::RefusedPackage,
                             "package '" + manifest.name + "' " + why);
    };
    SlidePackageSpec spec;
    if (!manifest.mil) {
        throw refuse("is not a slide (MIL) package: its manifest has no 'mil' stages");
    }
    for (const ManifestInput &input : manifest.inputs) {
        if (input.kind == "patches") {
            spec.patches = &input;
        }
    }
    if (!spec.patches || spec.patches->shape.size() != 4 || spec.patches->shape[1] != 3
        || spec.patches->shape[2] <= 0 || spec.patches->shape[2] != spec.patches->shape[3]) {
        throw refuse("declares no [N,3,P,P] 'patches' input");
    }
    if (!spec.patches->umPerPx || !(*spec.patches->umPerPx > 0.0)) {
        throw refuse("does not say at how many µm per pixel its patches are taken (um_per_px)");
    }
    spec.patchSize = int(spec.patches->shape[2]);
    for (const ManifestOutput &output : manifest.outputs) {
        if (!output.labels.empty() && !spec.classes) {
            spec.classes = &output;
        }
        if (output.explains == "attention") {
            spec.attention = &output;
        }
    }
    if (!spec.classes || !spec.attention) {
        throw refuse("needs a labelled class output and an attention output");
    }
    return spec;
}

// The level tissue is found on: the finest whose larger side fits maskMaxSide, else the
// coarsest there is.
size_t tissueLevel(const std::vector<PyramidLevel> &levels, int maskMaxSide)
{
    for (size_t i = 0; i < levels.size(); ++i) {
        if (std::max(levels[i].width, levels[i].height) <= maskMaxSide) {
            return i;
        }
    }
    return levels.size() - 1;
}

TissueMask findTissue(const SlideAccess &slide, const std::vector<PyramidLevel> &levels,
                      const SlideAnalysisOptions &options)
{
    const size_t level = tissueLevel(levels, options.maskMaxSide);
    const PyramidLevel &l = levels[level];
    constexpr int64_t kLargestThumbnailSide = 12000;
    if (std::max(l.width, l.height) > kLargestThumbnailSide) {
        throw AnalysisError(AnalysisError::Kind::UnreadableInput,
                            "the slide has no low-resolution level to find tissue on (smallest is "
                                + std::to_string(l.width) + " × " + std::to_string(l.height)
                                + " px)");
    }
    std::string error;
    const std::unique_ptr<RegionReader> reader = slide.openReader(&error);
    RgbImage image;
    if (!reader
        || !reader->readRegion(int(level), 0, 0, int(l.width), int(l.height), image, &error)) {
        throw AnalysisError(AnalysisError::Kind::UnreadableInput, error);
    }
    return detectTissue(image, l.downsample, options.tissue);
}

std::string gridDescription(double umPerPx, const SlidePackageSpec &spec,
                            const SlideAnalysisOptions &options)
{
    const TissueMaskOptions &t = options.tissue;
    return nlohmann::json {
        {"slide_um_per_px", umPerPx},
        {"patch_um_per_px", *spec.patches->umPerPx},
        {"patch_size", spec.patchSize},
        {"min_tissue", options.minTissueFraction},
        {"mask_max_side", options.maskMaxSide},
        {"tissue", {t.closeRadius, t.openRadius, t.minAreaFraction, t.minSaturationThreshold}}}
        .dump();
}

// "2" or "0.25", not "2.000000": for messages.
std::string formatNumber(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

} // namespace

std::vector<RankedPatch> SlideAnalysisResult::topPatches(size_t count) const
{
    std::vector<size_t> order(attention.size());
    std::iota(order.begin(), order.end(), size_t(0));
    count = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + long(count), order.end(),
                      [&](size_t a, size_t b) { return attention[a] > attention[b]; });
    std::vector<RankedPatch> top;
    for (size_t i = 0; i < count && order[i] < grid.patches.size(); ++i) {
        top.push_back({order[i], grid.patches[order[i]], attention[order[i]]});
    }
    return top;
}

namespace {
// The rollout map of a package that exposes its aggregator's attention. A failure costs the
// map only, never the result: the user is told why it is missing.
void rollout(const ModelPackage &package, const Tensor &bag, SlideAnalysisResult &result)
{
    const RolloutSource &source = *package.manifest().rollout;
    const size_t patches = size_t(bag.shape[0]);
    if (patches > kRolloutMaxPatches) {
        result.rolloutError = "attention rollout is computed for up to "
            + std::to_string(kRolloutMaxPatches) + " patches; this slide has "
            + std::to_string(patches);
        return;
    }
    try {
        const NamedTensors out = package.runMethod(source.method, {bag});
        if (out.size() != 1) {
            throw std::invalid_argument("method '" + source.method
                                        + "' must return one tensor of attention maps");
        }
        xai::RolloutOptions options;
        options.token = source.classToken;
        options.firstPatch = source.firstPatch;
        options.patches = int64_t(patches);
        options.fusion = xai::headFusionFromKey(source.headFusion);
        result.rollout = xai::attentionRollout(out.begin()->second, options);
    } catch (const std::exception &error) {
        result.rolloutError = std::string("attention rollout failed: ") + error.what();
    }
}
// The tissue mask and patch grid of a slide that has no cached features yet.
FeatureCacheEntry findGrid(const SlideAccess &slide, const std::vector<PyramidLevel> &levels,
                           const SlidePackageSpec &spec, const SlideAnalysisOptions &options,
                           SlideAnalysisResult &result)
{
    const auto tissueStart = Clock::now();
    FeatureCacheEntry features;
    features.mask = findTissue(slide, levels, options);
    PatchGridSpec gridSpec;
    gridSpec.slideUmPerPx = result.micronsPerPixel;
    gridSpec.patchUmPerPx = *spec.patches->umPerPx;
    gridSpec.patchSize = spec.patchSize;
    gridSpec.minTissueFraction = options.minTissueFraction;
    try {
        features.grid = buildPatchGrid(levels, features.mask, gridSpec);
    } catch (const std::invalid_argument &error) {
        throw AnalysisError(AnalysisError::Kind::MissingInput, error.what());
    }
    result.tissueSeconds = secondsSince(tissueStart);
    if (features.grid.patches.empty()) {
        throw AnalysisError(AnalysisError::Kind::MissingInput,
                            "no tissue was found on the slide (nothing to analyse)");
    }
    return features;
}
} // namespace

SlideAnalysisResult analyzeSlide(const ModelPackage &package, const std::string &packageSha256,
                                 const SlideAccess &slide, const SlideAnalysisOptions &options,
                                 const std::function<void(const SlideProgress &)> &progress,
                                 const std::function<bool()> &isCancelled)
{
    const auto start = Clock::now();
    const Manifest &manifest = package.manifest();
    const SlidePackageSpec spec = checkPackage(manifest);
    SlideAnalysisResult result;
    const std::optional<double> fileMpp = slide.micronsPerPixel();
    if (fileMpp && *fileMpp > 0.0) {
        result.micronsPerPixel = *fileMpp;
    } else if (options.micronsPerPixel && *options.micronsPerPixel > 0.0) {
        result.micronsPerPixel = *options.micronsPerPixel;
        result.micronsPerPixelFromUser = true;
    } else {
        throw AnalysisError(AnalysisError::Kind::MissingInput,
                            "the slide does not say how many micrometres a pixel covers (no "
                            "microns-per-pixel); the model needs it to take patches at "
                                + formatNumber(*spec.patches->umPerPx)
                                + " µm/px: enter it to analyse this slide");
    }
    const std::vector<PyramidLevel> levels = slide.levels();
    if (levels.empty()) {
        throw AnalysisError(AnalysisError::Kind::UnreadableInput, "the slide has no levels");
    }
    const FeatureCache cache(options.useCache ? options.cacheDirectory : std::filesystem::path());
    const std::string key = FeatureCache::makeKey(
        slide.identity(), packageSha256, gridDescription(result.micronsPerPixel, spec, options));
    FeatureCacheEntry features;
    std::optional<FeatureCacheEntry> cached = cache.load(key);
    if (cached && cached->featureDim != manifest.mil->featureDim) {
        cached.reset();
    }
    if (cached && cached->complete()) {
        features = std::move(*cached);
        result.cacheHit = true;
    } else {
        if (cached) {
            // A checkpoint of a stopped run: same slide, package and grid (the key says so).
            features = std::move(*cached);
            result.resumedPatches = features.encodedPatches;
        } else {
            progress({"tissue", 0, 1, 0.0, 0.0});
            features = findGrid(slide, levels, spec, options, result);
            features.featureDim = manifest.mil->featureDim;
            features.features.assign(features.grid.patches.size() * size_t(features.featureDim),
                                     0.0f);
        }
        const auto encodeStart = Clock::now();
        PatchEncoding encoding(package, slide, *spec.patches, options);
        encoding.run(features.grid, features.encodedPatches, features.features, progress,
                     isCancelled, [&](size_t encodedPrefix) {
                         features.encodedPatches = encodedPrefix;
                         cache.store(key, features); // a failed checkpoint costs a resume only
                     });
        features.encodedPatches = features.grid.patches.size();
        result.encodeSeconds = secondsSince(encodeStart);
        result.patchesPerSecond
            = double(features.grid.patches.size() - result.resumedPatches) / result.encodeSeconds;
        cache.store(key, features); // a cache that cannot be written only costs the next run
    }
    if (isCancelled()) {
        throw JobCancelled();
    }
    const auto aggregateStart = Clock::now();
    progress({"aggregate", 0, 1, 0.0, 0.0});
    Tensor bag;
    bag.shape = {int64_t(features.grid.patches.size()), features.featureDim};
    bag.data = std::move(features.features);
    const NamedTensors out = package.runMethod(manifest.mil->aggregatorMethod, {bag});
    const auto classes = out.find(spec.classes->name);
    const auto attention = out.find(spec.attention->name);
    if (classes == out.end() || attention == out.end()
        || attention->second.data.size() != features.grid.patches.size()) {
        throw AnalysisError(AnalysisError::Kind::RefusedPackage,
                            "package '" + manifest.name + "' aggregator did not return '"
                                + spec.classes->name + "' and one '" + spec.attention->name
                                + "' weight per patch");
    }
    result.outputName = spec.classes->name;
    result.probabilities = metrics::labelledSoftmax(classes->second.data, spec.classes->labels);
    result.attention = attention->second.data;
    if (manifest.rollout) {
        rollout(package, bag, result);
    }
    result.grid = std::move(features.grid);
    result.mask = std::move(features.mask);
    result.aggregateSeconds = secondsSince(aggregateStart);
    result.totalSeconds = secondsSince(start);
    return result;
}

} // namespace oncoview::inference::analysis
