// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace oncoview::mri::test {

// A fresh folder under the system temp directory, removed with everything in it at scope end.
struct ScratchDir
{
    std::filesystem::path path;
    ScratchDir()
    {
        std::random_device rd;
        path = std::filesystem::temp_directory_path()
            / ("oncoview_mri_test_" + std::to_string(rd()) + "_" + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;
};

} // namespace oncoview::mri::test
