// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/chattemplate.h"

#include <stdexcept>

namespace oncoview::inference::llm {

namespace {

constexpr const char *kStart = "<|im_start|>";
constexpr const char *kEnd = "<|im_end|>";

std::vector<ChatMessage> withSystemPrompt(const std::vector<ChatMessage> &messages,
                                          const CausalLmConfig &config)
{
    std::vector<ChatMessage> all;
    if (!config.defaultSystemPrompt.empty()
        && (messages.empty() || messages.front().role != "system")) {
        all.push_back({"system", config.defaultSystemPrompt});
    }
    for (const ChatMessage &message : messages) {
        if (message.role != "system" && message.role != "user" && message.role != "assistant") {
            throw std::runtime_error("chat message role '" + message.role
                                     + "' is not system, user or assistant");
        }
        all.push_back(message);
    }
    return all;
}

} // namespace

std::string renderChatMl(const std::vector<ChatMessage> &messages, const CausalLmConfig &config)
{
    std::string text;
    for (const ChatMessage &message : withSystemPrompt(messages, config)) {
        text += std::string(kStart) + message.role + "\n" + message.content + kEnd + "\n";
    }
    return text + kStart + "assistant\n";
}

std::vector<int32_t> encodeChatMl(const std::vector<ChatMessage> &messages,
                                  const CausalLmConfig &config, const Tokenizer &tokenizer)
{
    const int32_t start = tokenizer.specialId(kStart);
    const int32_t end = tokenizer.specialId(kEnd);
    if (start < 0 || end < 0) {
        throw std::runtime_error("the ChatML template needs special tokens <|im_start|> and "
                                 "<|im_end|> in the package's special_tokens");
    }
    std::vector<int32_t> ids;
    if (config.addBos) {
        const int32_t bos = tokenizer.pieceToId("<s>");
        if (bos < 0) {
            throw std::runtime_error("add_bos is set but the tokenizer has no <s> piece");
        }
        ids.push_back(bos);
    }
    auto append = [&](const std::string &text) {
        const std::vector<int32_t> encoded = tokenizer.encode(text, false);
        ids.insert(ids.end(), encoded.begin(), encoded.end());
    };
    for (const ChatMessage &message : withSystemPrompt(messages, config)) {
        ids.push_back(start);
        append(message.role + "\n" + message.content);
        ids.push_back(end);
        append("\n");
    }
    ids.push_back(start);
    append("assistant\n");
    return ids;
}

} // namespace oncoview::inference::llm
