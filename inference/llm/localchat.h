// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/llm/chattemplate.h"
#include "inference/llm/generation.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace oncoview::inference {
class Engine;
}

namespace oncoview::inference::llm {

// A chat turn for a local causal LM package, run as a custom job on the engine thread.
struct ChatRequest
{
    std::filesystem::path packageDir;
    std::vector<ChatMessage> messages; // the whole conversation, oldest first
    GenerationOptions options;
};

// Both callbacks run on the engine thread; they must be quick (a Qt adapter re-emits them as
// queued signals).
using ChatDeltaCallback = std::function<void(uint64_t jobId, const std::string &delta)>;
// Exactly once per submitted chat: when it ends (stop, length, context full), fails, is
// cancelled while running, or is dropped from the queue (then with FinishReason::Cancelled and
// no text). result.error says why for FinishReason::Error.
using ChatDoneCallback = std::function<void(uint64_t jobId, const GenerationResult &result)>;

// Queues the chat on `engine` and returns its job id at once; cancel with engine.cancel(id),
// which stops generation before the next token. The package is loaded on first use and kept
// (see clearLocalChatModels). When the conversation is longer than the model's context, the
// oldest non-system messages are left out until it fits. The engine's own finished/failed
// callbacks also report the job (outputs: "tokens", the generated ids as floats).
uint64_t submitChat(Engine &engine, ChatRequest request, ChatDeltaCallback onDelta,
                    ChatDoneCallback onDone);

// Drops the loaded chat models (any thread); the next chat loads its package again.
void clearLocalChatModels();

// The prompt ids for `messages`, leaving out the oldest non-system messages until the prompt
// leaves at least `reserve` tokens of the context free. Throws when even the newest message
// alone does not fit.
std::vector<int32_t> fitChatPrompt(const CausalLm &model, std::vector<ChatMessage> messages,
                                   int64_t reserve);

} // namespace oncoview::inference::llm
