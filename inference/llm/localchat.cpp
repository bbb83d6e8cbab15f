// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/localchat.h"

#include "inference/engine.h"
#include "inference/llm/causallm.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <stdexcept>

namespace oncoview::inference::llm {

namespace {

// Loaded chat models by (canonical directory, device). Loading happens on the engine thread;
// the mutex only guards the map, so clearLocalChatModels() may come from any thread.
std::mutex g_modelsMutex;
std::map<std::string, std::shared_ptr<const CausalLm>> g_models;

std::shared_ptr<const CausalLm> loadCached(const std::filesystem::path &dir,
                                           const std::string &device)
{
    std::error_code ec;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(dir, ec);
    const std::string key = (ec ? dir : canonical).string() + "|" + device;
    {
        std::lock_guard lock(g_modelsMutex);
        if (const auto it = g_models.find(key); it != g_models.end()) {
            return it->second;
        }
    }
    CausalLmLoadOptions options;
    options.device = device;
    CausalLmLoad load = CausalLm::load(dir, options);
    if (!load) {
        throw std::runtime_error(dir.filename().string() + ": " + load.error);
    }
    std::lock_guard lock(g_modelsMutex);
    g_models[key] = load.model;
    return load.model;
}

// Shared by every copy of the job function. Its destructor reports a chat that never ran (it
// was dropped from the queue or the engine shut down first), so onDone comes exactly once.
struct ChatJobState
{
    ChatRequest request;
    ChatDeltaCallback onDelta;
    ChatDoneCallback onDone;
    std::atomic<uint64_t> jobId {0};
    bool done = false; // engine thread only

    void finish(uint64_t id, const GenerationResult &result)
    {
        done = true;
        if (onDone) {
            onDone(id, result);
        }
    }

    ~ChatJobState()
    {
        if (!done) {
            GenerationResult result;
            result.finish = FinishReason::Cancelled;
            try {
                finish(jobId.load(), result);
            } catch (...) {
            }
        }
    }
};

NamedTensors runChat(ChatJobState &state, JobContext &context, const std::string &device)
{
    GenerationResult result;
    try {
        const std::shared_ptr<const CausalLm> model = loadCached(state.request.packageDir, device);
        const int64_t maxNew = std::max(1, state.request.options.maxNewTokens);
        const std::vector<int32_t> prompt = fitChatPrompt(
            *model, state.request.messages, std::min<int64_t>(maxNew, model->contextLength() / 2));
        int produced = 0;
        result = generate(
            *model, prompt, state.request.options,
            [&](const std::string &delta) {
                if (state.onDelta) {
                    state.onDelta(context.id(), delta);
                }
                context.setProgress(double(++produced) / double(maxNew));
            },
            [&context] { return context.isCancelled(); });
    } catch (const std::exception &error) {
        result.finish = FinishReason::Error;
        result.error = error.what();
    }
    state.finish(context.id(), result);
    if (result.finish == FinishReason::Cancelled) {
        throw JobCancelled();
    }
    if (result.finish == FinishReason::Error) {
        throw std::runtime_error(result.error);
    }
    Tensor tokens;
    tokens.shape = {1, int64_t(result.tokens.size())};
    tokens.data.assign(result.tokens.begin(), result.tokens.end());
    return {{"tokens", tokens}};
}

} // namespace

std::vector<int32_t> fitChatPrompt(const CausalLm &model, std::vector<ChatMessage> messages,
                                   int64_t reserve)
{
    const int64_t budget = model.contextLength() - std::max<int64_t>(reserve, 1);
    for (;;) {
        std::vector<int32_t> ids = encodeChatMl(messages, model.config(), model.tokenizer());
        if (int64_t(ids.size()) <= budget) {
            return ids;
        }
        // The oldest message that is not the system prompt, unless it is the last one left.
        const auto first = std::find_if(messages.begin(), messages.end(),
                                        [](const ChatMessage &m) { return m.role != "system"; });
        if (first == messages.end() || first + 1 == messages.end()) {
            throw std::runtime_error("the message is " + std::to_string(ids.size())
                                     + " tokens with its prompt; the model's context holds "
                                     + std::to_string(model.contextLength()) + " (with "
                                     + std::to_string(reserve) + " kept for the answer)");
        }
        messages.erase(first);
    }
}

uint64_t submitChat(Engine &engine, ChatRequest request, ChatDeltaCallback onDelta,
                    ChatDoneCallback onDone)
{
    auto state = std::make_shared<ChatJobState>();
    state->request = std::move(request);
    state->onDelta = std::move(onDelta);
    state->onDone = std::move(onDone);
    JobRequest job;
    job.label = "Chat: " + state->request.packageDir.filename().string();
    job.priority = Priority::High; // a person is waiting for the first token
    job.job = [state, device = engine.device()](JobContext &context) {
        return runChat(*state, context, device);
    };
    const uint64_t id = engine.submit(std::move(job));
    state->jobId.store(id);
    return id;
}

void clearLocalChatModels()
{
    std::lock_guard lock(g_modelsMutex);
    g_models.clear();
}

} // namespace oncoview::inference::llm
