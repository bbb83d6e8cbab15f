// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/manifest.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference {

// One package folder found by a scan: its manifest, or why the manifest could not be read.
struct PackageEntry
{
    std::filesystem::path directory;
    std::optional<Manifest> manifest;
    std::string error;

    bool isValid() const { return manifest.has_value(); }
};

// The folders where model packages live: a system folder, a per-user folder and paths added
// by the user. Scanning reads manifests only (no Torch, no hashing), so it is cheap; full
// verification happens in ModelPackage::load. Not thread-safe; use from one thread.
class PackageRegistry
{
public:
    // With standard folders: systemDirectory() and userDirectory() are searched first.
    explicit PackageRegistry(bool includeStandardFolders = true);

    // $ONCOVIEW_MODELS_DIR if set, else <install prefix>/share/oncoview/models.
    static std::filesystem::path systemDirectory();
    // $XDG_DATA_HOME/oncoview/models, else ~/.local/share/oncoview/models.
    static std::filesystem::path userDirectory();

    // A package folder (holding manifest.json) or a folder of package folders. Duplicates are
    // ignored; missing folders are skipped at scan time.
    void addPath(const std::filesystem::path &path);
    const std::vector<std::filesystem::path> &searchPaths() const;

    // Reads the disk: every package folder found, valid or not, in search-path order (sorted by
    // name within a folder), so system packages come before user ones.
    std::vector<PackageEntry> scan() const;
    // First valid package whose manifest name equals `name`.
    std::optional<PackageEntry> find(const std::string &name) const;

private:
    std::vector<std::filesystem::path> m_paths;
};

} // namespace oncoview::inference
