// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/tensor.h"

#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::inference::testing {

// The per-process folder holding every makeTempDir() folder; removed by main().
std::filesystem::path tempRoot();
// A fresh empty folder under tempRoot(), unique per call.
std::filesystem::path makeTempDir(const std::string &name);

// y = x W^T + b and s = sum(x), x [1,4] -> y [1,3], s [1,1]. Returned so tests can compute the
// expected output in plain C++.
struct LinearWeights
{
    std::vector<float> weight; // 3 x 4, row-major
    std::vector<float> bias; // 3
};

// Writes a valid package (TorchScript built with define(), manifest with hashes).
LinearWeights writeLinearPackage(const std::filesystem::path &dir);
// The same model but the manifest declares input x as [1,5]: the dry run must fail.
void writeInputMismatchPackage(const std::filesystem::path &dir);
// The same model but the manifest declares output y as [1,7].
void writeOutputMismatchPackage(const std::filesystem::path &dir);
// A manifest whose model.pt holds garbage bytes (with the correct sha256).
void writeCorruptModelPackage(const std::filesystem::path &dir);

// Overwrites a file with `text`.
void writeFile(const std::filesystem::path &path, const std::string &text);
std::string readFile(const std::filesystem::path &path);

} // namespace oncoview::inference::testing
