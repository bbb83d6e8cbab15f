// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/llm/chattemplate.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::inference::llm::demo {

// A synthetic toy chat model that proves the local chat path end to end: a sentencepiece
// tokenizer trained on a small built-in corpus and a 2-layer transformer with a real KV cache,
// both made in C++ at run time (no Python, no downloads). It is not a medical device: its
// manifest says validated=false and "not for diagnosis".

inline constexpr const char *kDemoChatIntendedUse
    = "Synthetic toy language model that demonstrates the local chat path: not for diagnosis";

struct DemoChatOptions
{
    uint64_t seed = 5;
    // Passes over the built-in conversations; 0 keeps the random weights (fast, for tests).
    int trainEpochs = 0;
    int64_t contextLength = 256;
};

struct DemoChatReport
{
    std::string error; // empty on success
    double seconds = 0.0;
    double finalLoss = 0.0; // mean next-token loss of the last epoch (0 when untrained)
    int steps = 0;

    bool ok() const { return error.empty(); }
};

// Writes tokenizer.model, model.pt and manifest.json into `dir` (created if needed).
// Blocking; call it off the GUI thread.
DemoChatReport writeDemoChatPackage(const std::filesystem::path &dir,
                                    const DemoChatOptions &options = {});

// make-demo-models: writes the trained demo package into `dir` unless dir/manifest.json exists
// already. Builds in "<dir>.partial" and renames, so an interrupted run leaves no half package.
// Returns an error sentence, empty on success (or when the package was there).
std::string ensureDemoChatPackage(const std::filesystem::path &dir, int trainEpochs = 40);

// The built-in conversations the demo is trained on (system prompt included).
std::vector<std::vector<ChatMessage>> demoConversations();

// Trains the demo tokenizer on the built-in corpus into <dir>/tokenizer.model (through the
// shim). Returns an error sentence, empty on success.
std::string writeDemoTokenizer(const std::filesystem::path &dir);

// The special tokens of the demo package, ChatML's first.
std::vector<std::string> demoSpecialTokens();

} // namespace oncoview::inference::llm::demo
