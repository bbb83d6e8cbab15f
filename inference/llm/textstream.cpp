// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/textstream.h"

#include <span>

namespace oncoview::inference::llm {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

bool endsWith(const std::string &text, std::string_view suffix)
{
    return text.size() >= suffix.size()
        && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

size_t completeUtf8Prefix(const std::string &text)
{
    // Walk back over at most 3 continuation bytes to the lead byte of the last character.
    size_t lead = text.size();
    int continuation = 0;
    while (lead > 0 && continuation < 4) {
        const unsigned char byte = static_cast<unsigned char>(text[lead - 1]);
        if ((byte & 0xC0) != 0x80) {
            break;
        }
        --lead;
        ++continuation;
    }
    if (lead == 0) {
        return continuation == 0 ? 0 : text.size(); // stray continuation bytes: pass through
    }
    const unsigned char byte = static_cast<unsigned char>(text[lead - 1]);
    const int needed = byte < 0x80 ? 0 : (byte >> 5) == 0x6 ? 1 : (byte >> 4) == 0xE ? 2 : 3;
    return continuation >= needed ? text.size() : lead - 1;
}

TextStream::TextStream(const Tokenizer &tokenizer)
    : m_tokenizer(tokenizer)
{
}

std::string TextStream::push(int32_t id)
{
    m_ids.push_back(id);
    const std::span<const int32_t> all(m_ids);
    const std::string before
        = m_tokenizer.decode(all.subspan(m_prefixOffset, m_readOffset - m_prefixOffset));
    const std::string now = m_tokenizer.decode(all.subspan(m_prefixOffset));
    // A trailing U+FFFD is a character still arriving as byte-fallback tokens: wait for it.
    if (now.size() <= before.size() || endsWith(now, kReplacement)
        || now.compare(0, before.size(), before) != 0) {
        return {};
    }
    std::string delta = now.substr(before.size());
    if (completeUtf8Prefix(delta) != delta.size()) {
        return {};
    }
    m_prefixOffset = m_readOffset;
    m_readOffset = m_ids.size();
    return delta;
}

std::string TextStream::flush()
{
    const std::span<const int32_t> all(m_ids);
    const std::string before
        = m_tokenizer.decode(all.subspan(m_prefixOffset, m_readOffset - m_prefixOffset));
    const std::string now = m_tokenizer.decode(all.subspan(m_prefixOffset));
    m_prefixOffset = m_readOffset = m_ids.size();
    if (now.size() <= before.size() || now.compare(0, before.size(), before) != 0) {
        return {};
    }
    return now.substr(before.size());
}

} // namespace oncoview::inference::llm
