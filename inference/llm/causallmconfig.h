// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/manifest.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference::llm {

inline constexpr const char *kCausalLmTask = "causal-lm";

// The "causal_lm" section of a causal LM package's manifest.json. The package's TorchScript
// module has forward(ids: Tensor[1,S] int64, pos: int, k_cache: Tensor, v_cache: Tensor)
// -> (logits[1,S,V], k_cache, v_cache); the manifest's inputs declare the float32 caches
// ("k_cache", "v_cache", shape [layers, context, heads, head_dim]) and its outputs "logits",
// "k_cache", "v_cache". Token ids and the position are not float tensors, so the manifest's
// generic input list cannot describe them; this section does.
struct CausalLmConfig
{
    std::string tokenizer = "tokenizer.model"; // sentencepiece model, relative to the package
    int64_t contextLength = 0; // tokens the KV cache holds (prompt + answer)
    std::vector<int64_t> cacheShape; // [layers, context, heads, head_dim]
    std::vector<std::string> specialTokens; // split out of text before sentencepiece encoding
    std::vector<std::string> stopTokens; // generation ends on any of them (not emitted)
    bool addBos = false; // prepend the tokenizer's <s> to every prompt
    std::string chatTemplate = "chatml"; // <|im_start|>role\n...<|im_end|>\n
    std::string defaultSystemPrompt; // used when a conversation has no system message
};

struct CausalLmConfigParse
{
    std::optional<CausalLmConfig> config;
    std::string error; // one sentence, empty on success
};

// Reads the "causal_lm" section of <packageDir>/manifest.json and checks it against the
// already parsed `manifest` (task, files, cache inputs). Never throws.
CausalLmConfigParse readCausalLmConfig(const std::filesystem::path &packageDir,
                                       const Manifest &manifest);

// Writes manifest.json with file hashes plus the "causal_lm" section. Returns an error
// sentence, empty on success.
std::string writeCausalLmManifest(const std::filesystem::path &packageDir, const Manifest &manifest,
                                  const CausalLmConfig &config);

} // namespace oncoview::inference::llm
