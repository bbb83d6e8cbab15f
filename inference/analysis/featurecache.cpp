// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/featurecache.h"

#include "inference/sha256.h"

#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <unistd.h>

namespace oncoview::inference::analysis {

namespace {

// Version 3 added the encoded-patch count (checkpoints); older entries are simply misses.
constexpr char kMagic[8] = {'O', 'V', 'F', 'C', 'A', 'C', 'H', '3'};
// Patches, feature dim, grid columns, rows, level, read size, mask width, height, patches encoded.
constexpr size_t kHeaderFields = 9;

// One patch location on disk: fixed-width little-endian fields (x86 and ARM are both LE).
struct StoredLocation
{
    int64_t x0, y0;
    int32_t level, readSize, column, row;
};

template<typename T> void writeRaw(std::ofstream &out, const T *data, size_t count)
{
    out.write(reinterpret_cast<const char *>(data), std::streamsize(sizeof(T) * count));
}

template<typename T> bool readRaw(std::ifstream &in, T *data, size_t count)
{
    in.read(reinterpret_cast<char *>(data), std::streamsize(sizeof(T) * count));
    return bool(in);
}

} // namespace

FeatureCache::FeatureCache(std::filesystem::path directory)
    : m_directory(std::move(directory))
{
}

std::string FeatureCache::makeKey(const SlideIdentity &slide, const std::string &packageSha256,
                                  const std::string &gridDescription)
{
    const nlohmann::json key = {{"slide",
                                 {{"path", slide.path},
                                  {"size", slide.fileSize},
                                  {"mtime_ns", slide.modifiedNs},
                                  {"width", slide.width},
                                  {"height", slide.height}}},
                                {"package_sha256", packageSha256},
                                {"grid", gridDescription}};
    return key.dump();
}

std::filesystem::path FeatureCache::entryPath(const std::string &key) const
{
    return m_directory / (Sha256::ofString(key).substr(0, 32) + ".features");
}

std::optional<FeatureCacheEntry> FeatureCache::load(const std::string &key) const
{
    if (m_directory.empty()) {
        return std::nullopt;
    }
    std::ifstream in(entryPath(key), std::ios::binary);
    char magic[8] = {};
    uint64_t keyLength = 0;
    if (!in || !readRaw(in, magic, 8) || std::memcmp(magic, kMagic, 8) != 0
        || !readRaw(in, &keyLength, 1) || keyLength != key.size()) {
        return std::nullopt;
    }
    std::string storedKey(keyLength, '\0');
    if (!readRaw(in, storedKey.data(), keyLength) || storedKey != key) {
        return std::nullopt; // another key with the same hash prefix, or a damaged file
    }
    int64_t header[kHeaderFields] = {};
    if (!readRaw(in, header, kHeaderFields)) {
        return std::nullopt;
    }
    FeatureCacheEntry entry;
    const int64_t patches = header[0];
    entry.featureDim = header[1];
    entry.grid.columns = int(header[2]);
    entry.grid.rows = int(header[3]);
    entry.grid.level = int(header[4]);
    entry.grid.readSize = int(header[5]);
    entry.mask.width = int(header[6]);
    entry.mask.height = int(header[7]);
    const int64_t encoded = header[8];
    double doubles[4] = {};
    if (!readRaw(in, doubles, 4)) {
        return std::nullopt;
    }
    entry.grid.patchSideLevel0 = doubles[0];
    entry.grid.levelDownsample = doubles[1];
    entry.mask.downsample = doubles[2];
    entry.mask.threshold = doubles[3];
    // Sizes are checked against the file before anything is allocated from them.
    const auto here = in.tellg();
    in.seekg(0, std::ios::end);
    const int64_t remaining = int64_t(in.tellg() - here);
    in.seekg(here);
    const int64_t maskBytes = int64_t(entry.mask.width) * entry.mask.height;
    if (patches < 0 || entry.featureDim <= 0 || maskBytes < 0 || patches > (int64_t(1) << 32)
        || encoded < 0 || encoded > patches
        || remaining
            != patches * int64_t(sizeof(StoredLocation) + sizeof(float) * entry.featureDim)
                + maskBytes) {
        return std::nullopt;
    }
    std::vector<StoredLocation> stored(size_t(patches), StoredLocation {});
    entry.features.resize(size_t(patches * entry.featureDim));
    entry.mask.mask.resize(size_t(maskBytes));
    if (!readRaw(in, stored.data(), stored.size())
        || !readRaw(in, entry.features.data(), entry.features.size())
        || !readRaw(in, entry.mask.mask.data(), entry.mask.mask.size())) {
        return std::nullopt;
    }
    entry.encodedPatches = size_t(encoded);
    entry.grid.patches.reserve(stored.size());
    for (const StoredLocation &s : stored) {
        entry.grid.patches.push_back({s.x0, s.y0, s.level, s.readSize, s.column, s.row});
    }
    return entry;
}

std::string FeatureCache::store(const std::string &key, const FeatureCacheEntry &entry) const
{
    if (m_directory.empty()) {
        return {};
    }
    const size_t patches = entry.grid.patches.size();
    if (entry.featureDim <= 0 || entry.features.size() != patches * size_t(entry.featureDim)
        || entry.encodedPatches > patches) {
        return "feature cache: features do not match the patch grid";
    }
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    const std::filesystem::path target = entryPath(key);
    std::filesystem::path partial = target;
    partial
        += ".partial-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device()());
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        const uint64_t keyLength = key.size();
        writeRaw(out, kMagic, 8);
        writeRaw(out, &keyLength, 1);
        writeRaw(out, key.data(), key.size());
        const int64_t header[kHeaderFields]
            = {int64_t(patches), entry.featureDim,  entry.grid.columns,
               entry.grid.rows,  entry.grid.level,  entry.grid.readSize,
               entry.mask.width, entry.mask.height, int64_t(entry.encodedPatches)};
        writeRaw(out, header, kHeaderFields);
        const double doubles[4] = {entry.grid.patchSideLevel0, entry.grid.levelDownsample,
                                   entry.mask.downsample, entry.mask.threshold};
        writeRaw(out, doubles, 4);
        std::vector<StoredLocation> stored;
        stored.reserve(patches);
        for (const PatchLocation &p : entry.grid.patches) {
            stored.push_back({p.x0, p.y0, p.level, p.readSize, p.column, p.row});
        }
        writeRaw(out, stored.data(), stored.size());
        writeRaw(out, entry.features.data(), entry.features.size());
        writeRaw(out, entry.mask.mask.data(), entry.mask.mask.size());
        out.close();
        if (!out) {
            std::filesystem::remove(partial, ec);
            return "feature cache: cannot write " + partial.string();
        }
    }
    std::filesystem::rename(partial, target, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        return "feature cache: cannot rename into " + target.string();
    }
    return {};
}

} // namespace oncoview::inference::analysis
