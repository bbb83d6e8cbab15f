// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/demochat.h"

#include "inference/demotraining_p.h"
#include "inference/llm/causallmconfig.h"
#include "inference/llm/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <numeric>
#include <random>

namespace oncoview::inference::llm::demo {

namespace {

// Pre-norm transformer decoder. Attention sees the cached keys/values of positions 0..pos-1
// followed by this call's own, under a causal mask, and this call's keys/values are stored at
// pos..pos+S-1; so feeding a sequence in pieces gives the logits of feeding it at once. (The
// torch.cat keeps autograd's saved tensors apart from the cache, which training writes in place.)
constexpr const char *kTinyLmSource = R"JIT(
def forward(self, ids: Tensor, pos: int, k_cache: Tensor, v_cache: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    s = ids.size(1)
    end = pos + s
    heads = k_cache.size(2)
    head_dim = k_cache.size(3)
    width = heads * head_dim
    x = torch.embedding(self.tok_emb, ids[0]) + self.pos_emb[pos:end]
    query_pos = torch.arange(pos, end, device=ids.device).unsqueeze(1)
    key_pos = torch.arange(0, end, device=ids.device).unsqueeze(0)
    future = (key_pos > query_pos).unsqueeze(0)
    scale = float(head_dim) ** -0.5
    for layer in range(k_cache.size(0)):
        h = torch.layer_norm(x, [width], self.ln1_w[layer], self.ln1_b[layer])
        q = torch.matmul(h, self.wq[layer]).view(s, heads, head_dim)
        k = torch.matmul(h, self.wk[layer]).view(s, heads, head_dim)
        v = torch.matmul(h, self.wv[layer]).view(s, heads, head_dim)
        keys = torch.cat([k_cache[layer, 0:pos], k], 0)
        values = torch.cat([v_cache[layer, 0:pos], v], 0)
        k_cache[layer, pos:end] = k
        v_cache[layer, pos:end] = v
        scores = torch.einsum("shd,thd->hst", [q, keys]) * scale
        attention = torch.softmax(scores.masked_fill(future, float("-inf")), -1)
        mixed = torch.einsum("hst,thd->shd", [attention, values]).reshape(s, width)
        x = x + torch.matmul(mixed, self.wo[layer])
        h = torch.layer_norm(x, [width], self.ln2_w[layer], self.ln2_b[layer])
        x = x + torch.matmul(torch.gelu(torch.matmul(h, self.w1[layer])), self.w2[layer])
    x = torch.layer_norm(x, [width], self.lnf_w, self.lnf_b)
    return torch.matmul(x, self.tok_emb.t()).unsqueeze(0), k_cache, v_cache
)JIT";

constexpr int64_t kLayers = 2;
constexpr int64_t kHeads = 4;
constexpr int64_t kHeadDim = 16;
constexpr int64_t kWidth = kHeads * kHeadDim;
constexpr int64_t kHidden = 4 * kWidth;
constexpr int kVocabSize = 400;
constexpr const char *kSystemPrompt = "You are a helpful medical assistant.";

struct QA
{
    const char *question;
    const char *answer;
};

// Short, honest answers: whatever the toy model produces, it should sound like a disclaimer.
constexpr QA kCorpus[] = {
    {"What are you?",
     "I am a tiny synthetic demo model. I show the local chat path and I am not for diagnosis."},
    {"Is there a lesion in this image?",
     "I cannot see images. I am a toy model trained on a few sentences, so please ask a "
     "radiologist."},
    {"Describe the enhancement curve.",
     "A washout curve rises fast and then falls. I am a demo model, not a diagnosis."},
    {"What does BI-RADS 4 mean?",
     "BI-RADS 4 means a suspicious finding that needs a biopsy. This demo is not for diagnosis."},
    {"Summarise the slide.",
     "The demo slide is synthetic tissue. I cannot read it; I only show how answers stream."},
    {"Hello", "Hello! I am the OncoView demo assistant. How can I help?"},
    {"Thank you.", "You are welcome. Remember that I am a synthetic toy model."},
    {"Is the tumour malignant?",
     "I cannot tell. Only a validated model and a clinician can judge malignancy."},
    {"Measure the lesion size.",
     "Use the measure tool in the viewer. I do not read pixels; I am a demo model."},
    {"Explain the heat map.",
     "The heat map shows where a model looked. It is not proof of disease."},
    {"Wie groß ist der Befund?", "Ich bin ein kleines Demo-Modell und kann keine Größe messen."},
    {"病灶在哪裡？", "我是合成的示範模型，不能用於診斷。"},
};

std::string writeCorpus(const std::filesystem::path &path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << "system\nuser\nassistant\n" << kSystemPrompt << "\n";
    for (const QA &qa : kCorpus) {
        out << qa.question << "\n" << qa.answer << "\n";
    }
    out.close();
    return out ? std::string() : "cannot write " + path.string();
}

torch::jit::Module buildTinyLm(int64_t vocab, int64_t context, uint64_t seed)
{
    torch::jit::Module module("OncoViewTinyLm");
    at::Generator generator = at::detail::createCPUGenerator(seed);
    auto weight = [&](const std::string &name, std::vector<int64_t> shape, double scale) {
        module.register_parameter(
            name, (torch::randn(shape, generator) * scale).set_requires_grad(true), false);
    };
    auto constant = [&](const std::string &name, std::vector<int64_t> shape, float value) {
        module.register_parameter(name, torch::full(shape, value).set_requires_grad(true), false);
    };
    const double projection = 1.0 / std::sqrt(double(kWidth));
    weight("tok_emb", {vocab, kWidth}, 0.1);
    weight("pos_emb", {context, kWidth}, 0.02);
    for (const char *name : {"wq", "wk", "wv", "wo"}) {
        weight(name, {kLayers, kWidth, kWidth}, projection);
    }
    weight("w1", {kLayers, kWidth, kHidden}, projection);
    weight("w2", {kLayers, kHidden, kWidth}, 1.0 / std::sqrt(double(kHidden)));
    constant("ln1_w", {kLayers, kWidth}, 1.0f);
    constant("ln1_b", {kLayers, kWidth}, 0.0f);
    constant("ln2_w", {kLayers, kWidth}, 1.0f);
    constant("ln2_b", {kLayers, kWidth}, 0.0f);
    constant("lnf_w", {kWidth}, 1.0f);
    constant("lnf_b", {kWidth}, 0.0f);
    module.define(kTinyLmSource);
    return module;
}

// Next-token training on the ChatML-encoded conversations, one conversation per step.
void train(torch::jit::Module &module, const std::vector<std::vector<int32_t>> &sequences,
           int64_t context, const DemoChatOptions &options, DemoChatReport &report)
{
    const detail::TrainingGraphGuard unoptimised(false);
    std::vector<at::Tensor> parameters;
    for (const at::Tensor &p : module.parameters()) {
        parameters.push_back(p);
    }
    torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(3e-3));
    const std::vector<int64_t> cacheShape {kLayers, context, kHeads, kHeadDim};
    std::mt19937_64 random(options.seed);
    std::vector<size_t> order(sequences.size());
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 0; epoch < options.trainEpochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        double epochLoss = 0.0;
        for (size_t index : order) {
            const std::vector<int32_t> &sequence = sequences[index];
            const at::Tensor ids
                = torch::tensor(std::vector<int64_t>(sequence.begin(), sequence.end()))
                      .view({1, -1});
            const auto output = module.forward(
                {ids, int64_t(0), torch::zeros(cacheShape), torch::zeros(cacheShape)});
            const at::Tensor logits = output.toTupleRef().elements()[0].toTensor()[0];
            const int64_t n = ids.size(1) - 1;
            const at::Tensor loss
                = torch::nn::functional::cross_entropy(logits.slice(0, 0, n), ids[0].slice(0, 1));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            epochLoss += loss.item<double>();
            ++report.steps;
        }
        report.finalLoss = epochLoss / double(sequences.size());
    }
}

Manifest demoManifest(int64_t vocab, const std::vector<int64_t> &cacheShape)
{
    Manifest m;
    m.name = "oncoview-demo-tinylm";
    m.version = "1.0.0";
    m.task = kCausalLmTask;
    m.intendedUse = kDemoChatIntendedUse;
    m.validated = false;
    m.licence = "CC0-1.0";
    m.modalities = {"text"};
    m.model = "model.pt";
    for (const char *name : {"k_cache", "v_cache"}) {
        ManifestInput input;
        input.name = name;
        input.shape = cacheShape;
        m.inputs.push_back(input);
    }
    m.outputs.push_back({"logits", {1, -1, vocab}, {}, {}});
    m.outputs.push_back({"k_cache", cacheShape, {}, {}});
    m.outputs.push_back({"v_cache", cacheShape, {}, {}});
    m.files = {{"model.pt", ""}, {"tokenizer.model", ""}};
    return m;
}

} // namespace

std::vector<std::string> demoSpecialTokens()
{
    return {"<|im_start|>", "<|im_end|>"};
}

std::vector<std::vector<ChatMessage>> demoConversations()
{
    std::vector<std::vector<ChatMessage>> conversations;
    for (const QA &qa : kCorpus) {
        conversations.push_back(
            {{"system", kSystemPrompt}, {"user", qa.question}, {"assistant", qa.answer}});
    }
    return conversations;
}

std::string writeDemoTokenizer(const std::filesystem::path &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const std::filesystem::path corpus = dir / "corpus.txt";
    if (std::string error = writeCorpus(corpus); !error.empty()) {
        return error;
    }
    std::string error = trainSentencePiece(
        losslessTrainingFlags(corpus, dir / "tokenizer", kVocabSize, demoSpecialTokens()));
    std::filesystem::remove(corpus, ec);
    std::filesystem::remove(dir / "tokenizer.vocab", ec);
    return error;
}

DemoChatReport writeDemoChatPackage(const std::filesystem::path &dir,
                                    const DemoChatOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    DemoChatReport report;
    if (std::string error = writeDemoTokenizer(dir); !error.empty()) {
        report.error = error;
        return report;
    }
    TokenizerLoad tokenizer = Tokenizer::load(dir / "tokenizer.model", demoSpecialTokens());
    if (!tokenizer) {
        report.error = tokenizer.error;
        return report;
    }
    CausalLmConfig config;
    config.contextLength = options.contextLength;
    config.cacheShape = {kLayers, options.contextLength, kHeads, kHeadDim};
    config.specialTokens = demoSpecialTokens();
    config.stopTokens = {"<|im_end|>", "<|im_start|>"};
    config.defaultSystemPrompt = kSystemPrompt;
    try {
        const int64_t vocab = tokenizer.tokenizer->vocabSize();
        torch::jit::Module module = buildTinyLm(vocab, options.contextLength, options.seed);
        if (options.trainEpochs > 0) {
            std::vector<std::vector<int32_t>> sequences;
            for (const auto &conversation : demoConversations()) {
                std::vector<int32_t> ids = encodeChatMl(conversation, config, *tokenizer.tokenizer);
                // encodeChatMl ends by opening another assistant turn: not training text.
                ids.resize(ids.size() - 1
                           - tokenizer.tokenizer->encode("assistant\n", false).size());
                sequences.push_back(std::move(ids));
            }
            train(module, sequences, options.contextLength, options, report);
        }
        module.eval();
        module.save((dir / "model.pt").string());
        if (std::string error
            = writeCausalLmManifest(dir, demoManifest(vocab, config.cacheShape), config);
            !error.empty()) {
            report.error = error;
        }
    } catch (const std::exception &error) {
        report.error = std::string("building the demo language model failed: ") + error.what();
    }
    report.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

std::string ensureDemoChatPackage(const std::filesystem::path &dir, int trainEpochs)
{
    std::error_code ec;
    if (std::filesystem::is_regular_file(dir / "manifest.json", ec)) {
        return {};
    }
    const std::filesystem::path partial = dir.string() + ".partial";
    std::filesystem::remove_all(partial, ec);
    DemoChatOptions options;
    options.trainEpochs = trainEpochs;
    const DemoChatReport report = writeDemoChatPackage(partial, options);
    if (!report.ok()) {
        std::filesystem::remove_all(partial, ec);
        return "demo chat model: " + report.error;
    }
    std::filesystem::remove_all(dir, ec);
    std::filesystem::rename(partial, dir, ec);
    return ec ? "cannot move the demo chat model into " + dir.string() + ": " + ec.message()
              : std::string();
}

} // namespace oncoview::inference::llm::demo
