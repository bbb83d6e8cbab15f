// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for fuzz targets whose reader takes a path, not bytes: the input is written to a
// file in a private folder made once per process (libFuzzer runs one input at a time, and
// parallel jobs are separate processes, so the names never collide).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace oncoview::fuzz {

inline const std::filesystem::path &scratchFolder()
{
    // Never destroyed: the exit handler below still needs it after static destructors ran.
    static const std::filesystem::path *const folder = [] {
        const char *tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/oncoview-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        return new std::filesystem::path(pattern);
    }();
    // libFuzzer ends a bounded run with exit(): leave no folder behind in CI (a run that stops
    // at a crash keeps it; the reproducer is in the artifacts folder anyway).
    static const int cleanup = std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove_all(*folder, ignored);
    });
    (void)cleanup;
    return *folder;
}

// Writes `size` bytes to scratchFolder()/name and returns the path.
inline std::filesystem::path writeScratch(const std::string &name, const uint8_t *data, size_t size)
{
    const std::filesystem::path path = scratchFolder() / name;
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (!f || (size > 0 && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) {
        std::perror(path.c_str());
        std::abort();
    }
    return path;
}

} // namespace oncoview::fuzz
