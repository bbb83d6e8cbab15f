// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/tokenizer.h"

#include "inference/llm/spshim/spshim.h"

#include <algorithm>
#include <cstdlib>
#include <dlfcn.h>
#include <mutex>
#include <stdexcept>
#include <unistd.h>

namespace oncoview::inference::llm {

namespace {

// The shim's entry points, resolved once with dlsym.
struct ShimApi
{
    decltype(&oncoview_sp_abi) abi = nullptr;
    decltype(&oncoview_sp_load) load = nullptr;
    decltype(&oncoview_sp_unload) unload = nullptr;
    decltype(&oncoview_sp_vocab_size) vocabSize = nullptr;
    decltype(&oncoview_sp_unk_id) unkId = nullptr;
    decltype(&oncoview_sp_piece_to_id) pieceToId = nullptr;
    decltype(&oncoview_sp_encode) encode = nullptr;
    decltype(&oncoview_sp_decode) decode = nullptr;
    decltype(&oncoview_sp_id_to_piece) idToPiece = nullptr;
    decltype(&oncoview_sp_train) train = nullptr;
    decltype(&oncoview_sp_free) free = nullptr;
};

ShimApi g_api;

std::filesystem::path executableDirectory()
{
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

std::vector<std::string> candidatePaths()
{
    const std::string name = "liboncoview_spshim.so";
    std::vector<std::string> paths;
    if (const char *env = std::getenv("ONCOVIEW_SPSHIM"); env && *env) {
        paths.emplace_back(env);
    }
    if (const std::filesystem::path exeDir = executableDirectory(); !exeDir.empty()) {
        // Installed: <prefix>/bin/oncoview finds <prefix>/<libdir>/oncoview/ wherever the
        // prefix is (a .deb under /usr, an extracted package, /opt).
#ifdef ONCOVIEW_INSTALL_LIBDIR
        paths.push_back((exeDir / ".." / ONCOVIEW_INSTALL_LIBDIR / "oncoview" / name)
                            .lexically_normal()
                            .string());
#endif
        paths.push_back((exeDir / "../lib/oncoview" / name).lexically_normal().string());
        paths.push_back((exeDir / "../lib" / name).lexically_normal().string());
    }
#ifdef ONCOVIEW_SPSHIM_BUILD_PATH
    paths.emplace_back(ONCOVIEW_SPSHIM_BUILD_PATH);
#endif
#ifdef ONCOVIEW_SPSHIM_INSTALL_PATH
    paths.emplace_back(ONCOVIEW_SPSHIM_INSTALL_PATH);
#endif
    paths.push_back(name); // the dynamic linker's search path
    return paths;
}

template<typename Function> bool resolve(void *handle, const char *symbol, Function &target)
{
    target = reinterpret_cast<Function>(::dlsym(handle, symbol));
    return target != nullptr;
}

bool resolveAll(void *handle)
{
    return resolve(handle, "oncoview_sp_abi", g_api.abi)
        && resolve(handle, "oncoview_sp_load", g_api.load)
        && resolve(handle, "oncoview_sp_unload", g_api.unload)
        && resolve(handle, "oncoview_sp_vocab_size", g_api.vocabSize)
        && resolve(handle, "oncoview_sp_unk_id", g_api.unkId)
        && resolve(handle, "oncoview_sp_piece_to_id", g_api.pieceToId)
        && resolve(handle, "oncoview_sp_encode", g_api.encode)
        && resolve(handle, "oncoview_sp_decode", g_api.decode)
        && resolve(handle, "oncoview_sp_id_to_piece", g_api.idToPiece)
        && resolve(handle, "oncoview_sp_train", g_api.train)
        && resolve(handle, "oncoview_sp_free", g_api.free);
}

ShimStatus loadShim()
{
    ShimStatus status;
    std::string tried;
    for (const std::string &path : candidatePaths()) {
        const bool bareName = path.find('/') == std::string::npos;
        std::error_code ec;
        if (!bareName && !std::filesystem::is_regular_file(path, ec)) {
            continue;
        }
        // A new link-map namespace, so sentencepiece binds to its own bundled protobuf 3.14 and
        // never to LibTorch's libprotobuf 3.21 (RTLD_LOCAL alone: "compiled against 3.14.0 ...
        // not compatible" and CHECK failures). RTLD_DEEPBIND would fix protobuf but breaks
        // iostreams: sentencepiece's std::cerr then binds to libstdc++'s own, never-constructed
        // copy instead of the executable's copy-relocated one, and its first log line segfaults.
        void *handle = ::dlmopen(LM_ID_NEWLM, path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            tried += std::string(tried.empty() ? "" : "; ") + ::dlerror();
            continue;
        }
        if (!resolveAll(handle) || g_api.abi() != ONCOVIEW_SPSHIM_ABI) {
            tried += (tried.empty() ? "" : "; ") + path + " is not a compatible shim";
            ::dlclose(handle);
            g_api = {};
            continue;
        }
        status.loaded = true;
        status.path = path;
        return status; // never dlclose'd: tokenizers may live until exit
    }
    status.error = "the sentencepiece shim liboncoview_spshim.so could not be loaded ("
        + (tried.empty() ? std::string("not found; set ONCOVIEW_SPSHIM to its path") : tried) + ")";
    return status;
}

// Takes ownership of a shim error string.
std::string takeError(char *error, const char *fallback)
{
    std::string message = error ? error : fallback;
    if (error) {
        g_api.free(error);
    }
    return message;
}

} // namespace

const ShimStatus &sentencePieceShim()
{
    static const ShimStatus status = loadShim();
    return status;
}

std::string trainSentencePiece(const std::string &flags)
{
    const ShimStatus &shim = sentencePieceShim();
    if (!shim.loaded) {
        return shim.error;
    }
    char *error = nullptr;
    if (g_api.train(flags.c_str(), &error) != 0) {
        return "sentencepiece training failed: " + takeError(error, "unknown error");
    }
    return {};
}

std::string losslessTrainingFlags(const std::filesystem::path &corpus,
                                  const std::filesystem::path &modelPrefix, int vocabSize,
                                  const std::vector<std::string> &controlSymbols)
{
    std::string controls;
    for (const std::string &symbol : controlSymbols) {
        controls += (controls.empty() ? "" : ",") + symbol;
    }
    // Identity normalisation, no dummy prefix and kept whitespace make decode(encode(x)) == x
    // (the trainer's defaults fold newlines and runs of spaces). Byte fallback covers any
    // character the corpus lacked; hard_vocab_limit=false tolerates a small corpus.
    std::string flags = "--input=" + corpus.string() + " --model_prefix=" + modelPrefix.string()
        + " --vocab_size=" + std::to_string(vocabSize)
        + " --model_type=bpe --byte_fallback=true --character_coverage=1.0"
          " --normalization_rule_name=identity --remove_extra_whitespaces=false"
          " --add_dummy_prefix=false --allow_whitespace_only_pieces=true"
          " --split_digits=true --hard_vocab_limit=false --minloglevel=2"
          " --num_threads=1 --unk_id=0 --bos_id=1 --eos_id=2 --pad_id=-1";
    if (!controls.empty()) {
        flags += " --control_symbols=" + controls;
    }
    return flags;
}

struct Tokenizer::Impl
{
    oncoview_sp *sp = nullptr;
    int32_t vocabSize = 0;
    int32_t unkId = 0;
    // Longest first, so that a token which prefixes another never wins the match.
    std::vector<std::pair<std::string, int32_t>> specials;

    ~Impl()
    {
        if (sp) {
            g_api.unload(sp);
        }
    }

    void encodeText(std::string_view text, std::vector<int32_t> &out) const
    {
        if (text.empty()) {
            return;
        }
        int32_t *ids = nullptr;
        size_t count = 0;
        char *error = nullptr;
        if (g_api.encode(sp, text.data(), text.size(), &ids, &count, &error) != 0) {
            throw std::runtime_error("tokenizer: " + takeError(error, "encoding failed"));
        }
        out.insert(out.end(), ids, ids + count);
        g_api.free(ids);
    }

    void decodeRun(std::span<const int32_t> ids, std::string &out) const
    {
        if (ids.empty()) {
            return;
        }
        char *text = nullptr;
        size_t length = 0;
        char *error = nullptr;
        if (g_api.decode(sp, ids.data(), ids.size(), &text, &length, &error) != 0) {
            throw std::runtime_error("tokenizer: " + takeError(error, "decoding failed"));
        }
        out.append(text, length);
        g_api.free(text);
    }
};

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Tokenizer::~Tokenizer() = default;

TokenizerLoad Tokenizer::load(const std::filesystem::path &modelFile,
                              const std::vector<std::string> &specialTokens)
{
    const ShimStatus &shim = sentencePieceShim();
    if (!shim.loaded) {
        return {nullptr, shim.error};
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(modelFile, ec)) {
        return {nullptr, "tokenizer file " + modelFile.string() + " does not exist"};
    }
    auto impl = std::make_unique<Impl>();
    char *error = nullptr;
    impl->sp = g_api.load(modelFile.c_str(), &error);
    if (!impl->sp) {
        return {nullptr,
                modelFile.filename().string()
                    + " is not a sentencepiece model: " + takeError(error, "unknown error")};
    }
    impl->vocabSize = g_api.vocabSize(impl->sp);
    impl->unkId = g_api.unkId(impl->sp);
    for (const std::string &token : specialTokens) {
        const int32_t id = g_api.pieceToId(impl->sp, token.c_str());
        if (token.empty() || id == impl->unkId) {
            return {nullptr,
                    "special token '" + token + "' is not in the vocabulary of "
                        + modelFile.filename().string()};
        }
        impl->specials.emplace_back(token, id);
    }
    std::stable_sort(impl->specials.begin(), impl->specials.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return {std::shared_ptr<const Tokenizer>(new Tokenizer(std::move(impl))), {}};
}

int32_t Tokenizer::vocabSize() const
{
    return m_impl->vocabSize;
}

std::vector<int32_t> Tokenizer::encode(std::string_view text, bool parseSpecial) const
{
    std::vector<int32_t> ids;
    if (!parseSpecial || m_impl->specials.empty()) {
        m_impl->encodeText(text, ids);
        return ids;
    }
    size_t start = 0;
    while (start < text.size()) {
        // The earliest special token; at one position the longest (specials are sorted so).
        size_t best = std::string_view::npos;
        const std::pair<std::string, int32_t> *match = nullptr;
        for (const auto &special : m_impl->specials) {
            const size_t at = text.find(special.first, start);
            if (at < best) {
                best = at;
                match = &special;
            }
        }
        m_impl->encodeText(
            text.substr(start, best == std::string_view::npos ? text.npos : best - start), ids);
        if (!match) {
            break;
        }
        ids.push_back(match->second);
        start = best + match->first.size();
    }
    return ids;
}

std::string Tokenizer::decode(std::span<const int32_t> ids) const
{
    std::string text;
    size_t runStart = 0;
    for (size_t i = 0; i <= ids.size(); ++i) {
        if (i < ids.size() && !isSpecial(ids[i])) {
            continue;
        }
        m_impl->decodeRun(ids.subspan(runStart, i - runStart), text);
        if (i < ids.size()) {
            for (const auto &special : m_impl->specials) {
                if (special.second == ids[i]) {
                    text += special.first;
                    break;
                }
            }
        }
        runStart = i + 1;
    }
    return text;
}

int32_t Tokenizer::specialId(std::string_view token) const
{
    for (const auto &special : m_impl->specials) {
        if (special.first == token) {
            return special.second;
        }
    }
    return -1;
}

bool Tokenizer::isSpecial(int32_t id) const
{
    return std::any_of(m_impl->specials.begin(), m_impl->specials.end(),
                       [id](const auto &special) { return special.second == id; });
}

int32_t Tokenizer::pieceToId(const std::string &piece) const
{
    const int32_t id = g_api.pieceToId(m_impl->sp, piece.c_str());
    // The unknown piece itself is a valid answer; any other miss is not.
    return id == m_impl->unkId && piece != idToPiece(id) ? -1 : id;
}

std::string Tokenizer::idToPiece(int32_t id) const
{
    char *piece = nullptr;
    char *error = nullptr;
    if (g_api.idToPiece(m_impl->sp, id, &piece, &error) != 0) {
        throw std::runtime_error("tokenizer: " + takeError(error, "no such id"));
    }
    std::string result = piece;
    g_api.free(piece);
    return result;
}

} // namespace oncoview::inference::llm
