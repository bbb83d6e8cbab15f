// SPDX-License-Identifier: Apache-2.0
#pragma once

// On-disk cache of a slide's patch features: encoding every patch is the slow part of a slide
// analysis, the aggregator is quick. An entry is keyed by the slide file's identity (path, size,
// modification time), the package's sha256 and everything that shapes the patch grid, so a
// changed slide, model or grid never reuses stale features.
#include "inference/analysis/patchgrid.h"
#include "inference/analysis/slideaccess.h"
#include "inference/analysis/tissuemask.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference::analysis {

struct FeatureCacheEntry
{
    PatchGrid grid;
    TissueMask mask;
    int64_t featureDim = 0;
    std::vector<float> features; // grid.patches.size() x featureDim
    // Patches [0, encodedPatches) hold features; the rest are zero. Less than the grid's size in
    // a checkpoint of an analysis that was stopped (a cancel, a crash), which the next run
    // resumes instead of encoding the slide again.
    size_t encodedPatches = 0;

    bool complete() const { return encodedPatches == grid.patches.size(); }
};

class FeatureCache
{
public:
    // An empty directory disables the cache (every lookup misses, stores do nothing).
    explicit FeatureCache(std::filesystem::path directory);

    // The key text: canonical JSON of everything the features depend on.
    static std::string makeKey(const SlideIdentity &slide, const std::string &packageSha256,
                               const std::string &gridDescription);

    // A consistent entry for `key` (complete, or a checkpoint: see encodedPatches), or nothing
    // (missing, unreadable, another key).
    std::optional<FeatureCacheEntry> load(const std::string &key) const;
    // Writes to a temporary file in the cache folder and renames it into place, so a crash or
    // a cancel never leaves an entry that looks whole. Returns an error sentence or "".
    std::string store(const std::string &key, const FeatureCacheEntry &entry) const;

    std::filesystem::path entryPath(const std::string &key) const;
    const std::filesystem::path &directory() const { return m_directory; }

private:
    std::filesystem::path m_directory;
};

} // namespace oncoview::inference::analysis
