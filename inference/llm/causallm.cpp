// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/causallm.h"

#include "inference/torchtensor_p.h"

#include <sstream>
#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/script.h>

namespace oncoview::inference::llm {

struct CausalLm::Impl
{
    Manifest manifest;
    CausalLmConfig config;
    std::filesystem::path directory;
    std::string device;
    std::shared_ptr<const Tokenizer> tokenizer;
    std::vector<int32_t> stopIds;
    int64_t logitsSize = 0;
    // forward() is not const in the jit API; sessions serialise calls per session only, and
    // TorchScript methods are safe to call concurrently.
    mutable torch::jit::Module module;

    // Runs forward and checks the result's structure; returns (logits [S,V], k, v).
    std::tuple<at::Tensor, at::Tensor, at::Tensor> step(const std::vector<int32_t> &ids,
                                                        int64_t pos, const at::Tensor &k,
                                                        const at::Tensor &v) const;
};

namespace {

constexpr const char *kExpectedSignature
    = "forward(ids: Tensor, pos: int, k_cache: Tensor, v_cache: Tensor) -> (Tensor, Tensor, "
      "Tensor)";

std::string checkSignature(torch::jit::Module &module)
{
    const auto method = module.find_method("forward");
    if (!method) {
        return std::string("the model has no forward method; expected ") + kExpectedSignature;
    }
    const c10::FunctionSchema &schema = method->function().getSchema();
    const auto &args = schema.arguments(); // args[0] is self
    const bool ok = args.size() == 5 && args[1].type()->kind() == c10::TypeKind::TensorType
        && args[2].type()->kind() == c10::TypeKind::IntType
        && args[3].type()->kind() == c10::TypeKind::TensorType
        && args[4].type()->kind() == c10::TypeKind::TensorType;
    if (!ok) {
        std::ostringstream actual;
        actual << schema;
        return "the model's forward is " + actual.str() + "; a causal-lm package needs "
            + kExpectedSignature;
    }
    return {};
}

std::string resolveStopIds(CausalLm::Impl &impl)
{
    for (const std::string &token : impl.config.stopTokens) {
        const int32_t id = impl.tokenizer->pieceToId(token);
        if (id < 0) {
            return "stop token '" + token + "' is not in the tokenizer's vocabulary";
        }
        impl.stopIds.push_back(id);
    }
    return {};
}

// Two tokens from an empty cache: output structure, logits size and cache shapes.
std::string dryRun(CausalLm::Impl &impl)
{
    const torch::jit::GraphOptimizerEnabledGuard unprofiled(false);
    try {
        const auto options = torch::TensorOptions().device(torch::Device(impl.device));
        const at::Tensor k = torch::zeros(impl.config.cacheShape, options);
        const at::Tensor v = torch::zeros(impl.config.cacheShape, options);
        const auto [logits, k2, v2] = impl.step({0, 1}, 0, k, v);
        if (logits.dim() != 2 || logits.size(0) != 2
            || logits.size(1) < impl.tokenizer->vocabSize()) {
            return "dry run: logits have shape " + shapeToString(logits.sizes().vec())
                + " for 2 tokens; expected [1,2,V] with V >= the tokenizer's "
                + std::to_string(impl.tokenizer->vocabSize()) + " pieces";
        }
        if (k2.sizes() != k.sizes() || v2.sizes() != v.sizes()) {
            return "dry run: the returned caches have shapes " + shapeToString(k2.sizes().vec())
                + " and " + shapeToString(v2.sizes().vec()) + ", not the declared "
                + shapeToString(impl.config.cacheShape);
        }
        impl.logitsSize = logits.size(1);
    } catch (const std::exception &error) {
        return std::string("dry run on two tokens failed: ") + error.what();
    }
    return {};
}

class TorchDecodeSession final : public DecodeSession
{
public:
    explicit TorchDecodeSession(std::shared_ptr<const CausalLm::Impl> model)
        : m_model(std::move(model))
    {
        reset();
    }

    std::vector<float> forward(std::span<const int32_t> ids, bool allPositions) override
    {
        if (ids.empty()) {
            throw std::runtime_error("forward needs at least one token");
        }
        const int64_t context = m_model->config.contextLength;
        if (m_position + int64_t(ids.size()) > context) {
            throw std::runtime_error("the context is full: " + std::to_string(m_position) + " + "
                                     + std::to_string(ids.size()) + " tokens exceed "
                                     + std::to_string(context));
        }
        auto [logits, k, v]
            = m_model->step(std::vector<int32_t>(ids.begin(), ids.end()), m_position, m_k, m_v);
        m_k = std::move(k);
        m_v = std::move(v);
        m_position += int64_t(ids.size());
        const at::Tensor rows = allPositions ? logits : logits.slice(0, logits.size(0) - 1);
        const at::Tensor cpu = rows.to(torch::kCPU, torch::kFloat32).contiguous();
        return std::vector<float>(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    }

    int64_t position() const override { return m_position; }

    void reset() override
    {
        // Zeroed so a model that (wrongly) reads unwritten slots still gives reproducible output.
        const auto options = torch::TensorOptions().device(torch::Device(m_model->device));
        m_k = torch::zeros(m_model->config.cacheShape, options);
        m_v = torch::zeros(m_model->config.cacheShape, options);
        m_position = 0;
    }

private:
    std::shared_ptr<const CausalLm::Impl> m_model;
    at::Tensor m_k;
    at::Tensor m_v;
    int64_t m_position = 0;
};

} // namespace

std::tuple<at::Tensor, at::Tensor, at::Tensor> CausalLm::Impl::step(const std::vector<int32_t> &ids,
                                                                    int64_t pos,
                                                                    const at::Tensor &k,
                                                                    const at::Tensor &v) const
{
    c10::InferenceMode guard;
    const at::Tensor idTensor
        = torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kInt64)
              .view({1, int64_t(ids.size())})
              .to(torch::Device(device));
    c10::IValue result;
    try {
        result = module.forward({idTensor, pos, k, v});
    } catch (const std::exception &error) {
        throw std::runtime_error("model '" + manifest.name
                                 + "' failed: " + detail::torchMessage(error));
    }
    if (!result.isTuple() || result.toTupleRef().elements().size() != 3) {
        throw std::runtime_error("model '" + manifest.name
                                 + "' must return (logits, k_cache, v_cache)");
    }
    const auto &items = result.toTupleRef().elements();
    at::Tensor logits = items[0].toTensor();
    if (logits.dim() == 3 && logits.size(0) == 1) {
        logits = logits.squeeze(0);
    }
    return {logits, items[1].toTensor(), items[2].toTensor()};
}

CausalLm::CausalLm(std::shared_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

CausalLm::~CausalLm() = default;

CausalLmLoad CausalLm::load(const std::filesystem::path &directory,
                            const CausalLmLoadOptions &options)
{
    ManifestParse parse = readManifest(directory);
    if (!parse.manifest) {
        return {nullptr, parse.error};
    }
    CausalLmConfigParse configParse = readCausalLmConfig(directory, *parse.manifest);
    if (!configParse.config) {
        return {nullptr, configParse.error};
    }
    auto impl = std::make_shared<Impl>();
    impl->manifest = std::move(*parse.manifest);
    impl->config = std::move(*configParse.config);
    impl->directory = directory;
    impl->device = options.device;
    if (std::string error = verifyManifestFiles(impl->manifest, directory); !error.empty()) {
        return {nullptr, error};
    }
    TokenizerLoad tokenizer
        = Tokenizer::load(directory / impl->config.tokenizer, impl->config.specialTokens);
    if (!tokenizer) {
        return {nullptr, tokenizer.error};
    }
    impl->tokenizer = std::move(tokenizer.tokenizer);
    if (std::string error = resolveStopIds(*impl); !error.empty()) {
        return {nullptr, error};
    }
    try {
        impl->module = torch::jit::load((directory / impl->manifest.modelFile()).string(),
                                        torch::Device(options.device));
        impl->module.eval();
    } catch (const std::exception &error) {
        return {nullptr,
                "'" + impl->manifest.modelFile()
                    + "' is not a loadable TorchScript file: " + detail::torchMessage(error)};
    }
    if (std::string error = checkSignature(impl->module); !error.empty()) {
        return {nullptr, error};
    }
    impl->logitsSize = impl->tokenizer->vocabSize();
    if (options.dryRun) {
        if (std::string error = dryRun(*impl); !error.empty()) {
            return {nullptr, error};
        }
    }
    return {std::shared_ptr<const CausalLm>(new CausalLm(std::move(impl))), {}};
}

const Manifest &CausalLm::manifest() const
{
    return m_impl->manifest;
}

const CausalLmConfig &CausalLm::config() const
{
    return m_impl->config;
}

const Tokenizer &CausalLm::tokenizer() const
{
    return *m_impl->tokenizer;
}

const std::filesystem::path &CausalLm::directory() const
{
    return m_impl->directory;
}

const std::string &CausalLm::device() const
{
    return m_impl->device;
}

int64_t CausalLm::contextLength() const
{
    return m_impl->config.contextLength;
}

int64_t CausalLm::logitsSize() const
{
    return m_impl->logitsSize;
}

const std::vector<int32_t> &CausalLm::stopIds() const
{
    return m_impl->stopIds;
}

std::unique_ptr<DecodeSession> CausalLm::newSession() const
{
    return std::make_unique<TorchDecodeSession>(m_impl);
}

} // namespace oncoview::inference::llm
