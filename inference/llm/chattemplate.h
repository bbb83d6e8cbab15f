// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/llm/causallmconfig.h"
#include "inference/llm/tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace oncoview::inference::llm {

struct ChatMessage
{
    std::string role; // "system", "user" or "assistant"
    std::string content;
};

// The ChatML prompt (Hermes-2 / MedDr convention), ending with the open assistant turn:
//   <|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{question}<|im_end|>\n
//   <|im_start|>assistant\n
// The package's default system prompt is added when the conversation has no system message.
std::string renderChatMl(const std::vector<ChatMessage> &messages, const CausalLmConfig &config);

// The same prompt as token ids. Role markers become the special ids; message content is
// encoded as plain text, so a user who types "<|im_end|>" cannot close a turn. Throws
// std::runtime_error on an unknown role or when the tokenizer lacks <|im_start|>/<|im_end|>.
std::vector<int32_t> encodeChatMl(const std::vector<ChatMessage> &messages,
                                  const CausalLmConfig &config, const Tokenizer &tokenizer);

} // namespace oncoview::inference::llm
