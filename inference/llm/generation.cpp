// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/generation.h"

#include "inference/llm/causallm.h"
#include "inference/llm/textstream.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace oncoview::inference::llm {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<int32_t> stopIdsFor(const CausalLm &model, const GenerationOptions &options)
{
    std::vector<int32_t> ids = model.stopIds();
    for (const std::string &token : options.extraStopTokens) {
        const int32_t id = model.tokenizer().pieceToId(token);
        if (id < 0) {
            throw std::runtime_error("stop token '" + token + "' is not in the vocabulary");
        }
        ids.push_back(id);
    }
    return ids;
}

} // namespace

const char *finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return "stop";
    case FinishReason::Length:
        return "length";
    case FinishReason::ContextFull:
        return "context_full";
    case FinishReason::Cancelled:
        return "cancelled";
    case FinishReason::Error:
        return "error";
    }
    return "error";
}

GenerationResult generate(const CausalLm &model, std::span<const int32_t> prompt,
                          const GenerationOptions &options, const TextDeltaCallback &onDelta,
                          const CancelCheck &cancelled)
{
    const auto start = Clock::now();
    GenerationResult result;
    result.promptTokens = int(prompt.size());
    TextStream stream(model.tokenizer());
    auto emit = [&](const std::string &delta) {
        if (!delta.empty()) {
            result.text += delta;
            if (onDelta) {
                onDelta(delta);
            }
        }
    };
    try {
        if (prompt.empty()) {
            throw std::runtime_error("the prompt is empty");
        }
        if (int64_t(prompt.size()) >= model.contextLength()) {
            throw std::runtime_error("the prompt is " + std::to_string(prompt.size())
                                     + " tokens; the model's context holds "
                                     + std::to_string(model.contextLength()));
        }
        const std::vector<int32_t> stopIds = stopIdsFor(model, options);
        const size_t vocab = size_t(model.tokenizer().vocabSize());
        TokenSampler sampler({options.temperature, options.topP, options.seed});
        std::unique_ptr<DecodeSession> session = model.newSession();
        std::vector<float> logits = session->forward(prompt);
        Clock::time_point firstToken;
        result.finish = FinishReason::Length;
        for (int step = 0; step < options.maxNewTokens; ++step) {
            if (cancelled && cancelled()) {
                result.finish = FinishReason::Cancelled;
                break;
            }
            const int32_t id = sampler.next(
                std::span<const float>(logits).first(std::min(vocab, logits.size())));
            if (step == 0) {
                firstToken = Clock::now();
                result.firstTokenSeconds = secondsSince(start);
            }
            if (std::find(stopIds.begin(), stopIds.end(), id) != stopIds.end()) {
                result.finish = FinishReason::Stop;
                break;
            }
            result.tokens.push_back(id);
            emit(stream.push(id));
            if (step + 1 == options.maxNewTokens) {
                break;
            }
            if (session->position() >= model.contextLength()) {
                result.finish = FinishReason::ContextFull;
                break;
            }
            const int32_t fed[] = {id};
            logits = session->forward(fed);
        }
        emit(stream.flush());
        if (result.tokens.size() > 1) {
            const double decode = std::chrono::duration<double>(Clock::now() - firstToken).count();
            result.tokensPerSecond = decode > 0.0 ? double(result.tokens.size() - 1) / decode : 0.0;
        }
    } catch (const std::exception &error) {
        emit(stream.flush());
        result.finish = FinishReason::Error;
        result.error = error.what();
    }
    result.seconds = secondsSince(start);
    return result;
}

} // namespace oncoview::inference::llm
