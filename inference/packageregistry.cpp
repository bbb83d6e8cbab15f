// SPDX-License-Identifier: Apache-2.0
#include "inference/packageregistry.h"

#include <algorithm>
#include <cstdlib>

#ifndef ONCOVIEW_INSTALL_PREFIX
#define ONCOVIEW_INSTALL_PREFIX "/usr"
#endif

namespace oncoview::inference {

namespace {

bool hasManifest(const std::filesystem::path &dir)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "manifest.json", ec);
}

PackageEntry entryFor(const std::filesystem::path &dir)
{
    ManifestParse parse = readManifest(dir);
    return {dir, std::move(parse.manifest), std::move(parse.error)};
}

} // namespace

PackageRegistry::PackageRegistry(bool includeStandardFolders)
{
    if (includeStandardFolders) {
        addPath(systemDirectory());
        addPath(userDirectory());
    }
}

std::filesystem::path PackageRegistry::systemDirectory()
{
    if (const char *dir = std::getenv("ONCOVIEW_MODELS_DIR"); dir && *dir) {
        return dir;
    }
    return std::filesystem::path(ONCOVIEW_INSTALL_PREFIX) / "share/oncoview/models";
}

std::filesystem::path PackageRegistry::userDirectory()
{
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "oncoview/models";
    }
    const char *home = std::getenv("HOME");
    return std::filesystem::path(home ? home : ".") / ".local/share/oncoview/models";
}

void PackageRegistry::addPath(const std::filesystem::path &path)
{
    const std::filesystem::path normal = path.lexically_normal();
    if (std::find(m_paths.begin(), m_paths.end(), normal) == m_paths.end()) {
        m_paths.push_back(normal);
    }
}

const std::vector<std::filesystem::path> &PackageRegistry::searchPaths() const
{
    return m_paths;
}

std::vector<PackageEntry> PackageRegistry::scan() const
{
    std::vector<PackageEntry> entries;
    std::vector<std::filesystem::path> seen;
    const auto add = [&](const std::filesystem::path &dir) {
        if (std::find(seen.begin(), seen.end(), dir) == seen.end()) {
            seen.push_back(dir);
            entries.push_back(entryFor(dir));
        }
    };
    for (const std::filesystem::path &path : m_paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(path, ec)) {
            continue;
        }
        if (hasManifest(path)) {
            add(path);
            continue;
        }
        std::vector<std::filesystem::path> children;
        // increment(ec), not a range-for: the range-for's ++ throws filesystem_error when a
        // folder vanishes or turns unreadable mid-listing, and scan() never throws.
        const std::filesystem::directory_iterator end;
        for (auto it = std::filesystem::directory_iterator(path, ec); !ec && it != end;
             it.increment(ec)) {
            std::error_code childError;
            if (it->is_directory(childError) && hasManifest(it->path())) {
                children.push_back(it->path());
            }
        }
        std::sort(children.begin(), children.end());
        std::for_each(children.begin(), children.end(), add);
    }
    return entries;
}

std::optional<PackageEntry> PackageRegistry::find(const std::string &name) const
{
    for (PackageEntry &entry : scan()) {
        if (entry.manifest && entry.manifest->name == name) {
            return std::move(entry);
        }
    }
    return std::nullopt;
}

} // namespace oncoview::inference
