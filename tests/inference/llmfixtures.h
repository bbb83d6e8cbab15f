// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

namespace oncoview::inference::testing {

// The demo chat package with random weights, written once per test process under tempRoot().
// Throws when it cannot be built (e.g. the sentencepiece shim is missing).
const std::filesystem::path &demoChatPackage();

// A copy of the demo chat package in a fresh folder, for tests that break it.
std::filesystem::path copyOfDemoChatPackage(const std::string &name);

// Trains a lossless 420-piece sentencepiece model with <|im_start|>, <|im_end|> and <img> as
// control symbols on a built-in text; returns <dir>/test.model. Throws on failure.
std::filesystem::path trainTestTokenizer(const std::filesystem::path &dir);

} // namespace oncoview::inference::testing
