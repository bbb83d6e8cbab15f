// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/llm/sampler.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace oncoview::inference::llm {

class CausalLm;

struct GenerationOptions
{
    int maxNewTokens = 256;
    float temperature = 0.0f; // <= 0: greedy
    float topP = 1.0f;
    uint64_t seed = 0;
    // Token strings that end generation besides the package's stop tokens; each must be a
    // piece of the vocabulary.
    std::vector<std::string> extraStopTokens;
};

enum class FinishReason { Stop, Length, ContextFull, Cancelled, Error };

// "stop", "length", "context_full", "cancelled", "error" (the OpenAI names where they exist).
const char *finishReasonName(FinishReason reason);

struct GenerationResult
{
    std::string text; // everything streamed, stop token excluded
    std::vector<int32_t> tokens; // generated ids, stop token excluded
    int promptTokens = 0;
    FinishReason finish = FinishReason::Stop;
    std::string error; // set when finish == Error
    double firstTokenSeconds = 0.0; // prompt processing + first token
    double seconds = 0.0; // whole generation
    double tokensPerSecond = 0.0; // decode speed after the first token
};

// Called with each final piece of text; never splits a UTF-8 character.
using TextDeltaCallback = std::function<void(const std::string &delta)>;
// Polled between tokens; true stops generation with FinishReason::Cancelled.
using CancelCheck = std::function<bool()>;

// Runs the prompt through a fresh KV-cache session, then decodes one token per step until a
// stop token, maxNewTokens or the end of the context. Never throws: model and tokenizer
// failures end it with FinishReason::Error and a message. Blocking; call it on the engine thread.
GenerationResult generate(const CausalLm &model, std::span<const int32_t> prompt,
                          const GenerationOptions &options, const TextDeltaCallback &onDelta,
                          const CancelCheck &cancelled = {});

} // namespace oncoview::inference::llm
