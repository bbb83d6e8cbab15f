// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace oncoview::inference::llm {

// Where the sentencepiece shim (liboncoview_spshim.so) was loaded from, or why it was not.
struct ShimStatus
{
    bool loaded = false;
    std::string path; // the file that was loaded
    std::string error; // one sentence when !loaded
};

// Loads the shim on first use (thread-safe, never unloaded) and reports the outcome. Search
// order: $ONCOVIEW_SPSHIM, next to the executable (../lib, ../lib/oncoview), the build and
// install folders, then the dynamic linker's path.
const ShimStatus &sentencePieceShim();

// Trains a sentencepiece model with SentencePieceTrainer flags ("--input=... --model_prefix=...").
// Returns an error sentence, empty on success.
std::string trainSentencePiece(const std::string &flags);

// Flags for a lossless tokenizer: identity normalisation, no dummy prefix, whitespace kept, byte
// fallback for characters outside the vocabulary; `controlSymbols` get fixed ids after the
// unk/bos/eos ids and are never produced by encoding plain text.
std::string losslessTrainingFlags(const std::filesystem::path &corpus,
                                  const std::filesystem::path &modelPrefix, int vocabSize,
                                  const std::vector<std::string> &controlSymbols);

class Tokenizer;

struct TokenizerLoad
{
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string error;
    explicit operator bool() const { return tokenizer != nullptr; }
};

// A sentencepiece model plus the chat special tokens. Special tokens are split out of the text
// before sentencepiece sees it, so they always map to their single ids. Immutable after load;
// every method may be called from any thread.
class Tokenizer
{
public:
    // Every special token must be a piece of the model's vocabulary.
    static TokenizerLoad load(const std::filesystem::path &modelFile,
                              const std::vector<std::string> &specialTokens);
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    int32_t vocabSize() const;
    // parseSpecial: special-token strings in `text` become their ids. Without it they are
    // encoded as ordinary characters (use for untrusted message content). Throws on failure.
    std::vector<int32_t> encode(std::string_view text, bool parseSpecial) const;
    // Special ids are rendered as their token strings. Throws on ids outside the vocabulary.
    std::string decode(std::span<const int32_t> ids) const;
    // The id of a special token; -1 when `token` is not one of the special tokens.
    int32_t specialId(std::string_view token) const;
    bool isSpecial(int32_t id) const;
    // Vocabulary id of any piece, -1 when the vocabulary lacks it.
    int32_t pieceToId(const std::string &piece) const;
    std::string idToPiece(int32_t id) const;

private:
    struct Impl;
    explicit Tokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace oncoview::inference::llm
