// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/llm/tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace oncoview::inference::llm {

// Turns generated token ids into text deltas for streaming. A delta never ends inside a UTF-8
// character, even when the model emits a character as several byte-fallback tokens, and the
// concatenated deltas equal decode(all tokens). Decoding re-reads a short window that starts
// one token before the pending ones, so tokenizers that treat a leading space specially still
// produce the right spacing (the approach of Hugging Face's TextStreamer / TGI).
class TextStream
{
public:
    explicit TextStream(const Tokenizer &tokenizer);

    // Adds one token; returns the text that became final (possibly empty).
    std::string push(int32_t id);
    // The remaining text at the end of generation (an incomplete character decodes as U+FFFD).
    std::string flush();
    const std::vector<int32_t> &tokens() const { return m_ids; }

private:
    const Tokenizer &m_tokenizer;
    std::vector<int32_t> m_ids;
    size_t m_prefixOffset = 0; // start of the decode window
    size_t m_readOffset = 0; // tokens before this are emitted
};

// Length of the longest prefix of `text` that ends on a complete UTF-8 character.
size_t completeUtf8Prefix(const std::string &text);

} // namespace oncoview::inference::llm
