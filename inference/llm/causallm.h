// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/llm/causallmconfig.h"
#include "inference/llm/tokenizer.h"
#include "inference/manifest.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace oncoview::inference::llm {

class CausalLm;

struct CausalLmLoadOptions
{
    std::string device = "cpu"; // a resolved Torch device string ("cpu", "cuda:0")
    // Checks forward's signature and runs it once on two tokens with empty caches.
    bool dryRun = true;
};

struct CausalLmLoad
{
    std::shared_ptr<const CausalLm> model;
    std::string error;
    explicit operator bool() const { return model != nullptr; }
};

// One decoding state: the KV cache and the next position. forward() feeds tokens and returns
// logits. Use from one thread at a time; sessions of one model are independent.
class DecodeSession
{
public:
    virtual ~DecodeSession() = default;
    // Feeds ids at positions position()..position()+n-1 and advances. Returns the logits of the
    // last position ([vocab]) or, with allPositions, of every fed position ([n, vocab] row-major).
    // Throws std::runtime_error when the context is full or the model fails.
    virtual std::vector<float> forward(std::span<const int32_t> ids, bool allPositions = false) = 0;
    virtual int64_t position() const = 0;
    // Forgets everything fed so far (the cache is overwritten from position 0 on).
    virtual void reset() = 0;
};

// A verified causal LM package: manifest + "causal_lm" section, sentencepiece tokenizer,
// TorchScript model with forward(ids, pos, k_cache, v_cache) -> (logits, k_cache, v_cache).
class CausalLm
{
public:
    // Checks, in order: manifest, causal_lm section, files and their sha256, tokenizer and its
    // special and stop tokens, TorchScript loadable, forward signature, dry run. Never throws.
    static CausalLmLoad load(const std::filesystem::path &directory,
                             const CausalLmLoadOptions &options = {});
    ~CausalLm();
    CausalLm(const CausalLm &) = delete;
    CausalLm &operator=(const CausalLm &) = delete;

    const Manifest &manifest() const;
    const CausalLmConfig &config() const;
    const Tokenizer &tokenizer() const;
    const std::filesystem::path &directory() const;
    const std::string &device() const;
    int64_t contextLength() const;
    // Logits per position; may exceed the tokenizer's vocabulary (padded embeddings), in which
    // case samplers only look at the first tokenizer().vocabSize() entries.
    int64_t logitsSize() const;
    const std::vector<int32_t> &stopIds() const;

    std::unique_ptr<DecodeSession> newSession() const;

    struct Impl; // opaque: defined in causallm.cpp only

private:
    explicit CausalLm(std::shared_ptr<Impl> impl);
    std::shared_ptr<Impl> m_impl;
};

} // namespace oncoview::inference::llm
