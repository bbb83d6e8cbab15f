// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/causallmconfig.h"

#include "inference/tensor.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace oncoview::inference::llm {

namespace {

using Json = nlohmann::json;

std::optional<Json> readJson(const std::filesystem::path &path, std::string &error)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    if (!file) {
        error = "cannot read " + path.string();
        return std::nullopt;
    }
    try {
        return Json::parse(text.str());
    } catch (const Json::exception &) {
        error = path.filename().string() + " is not valid JSON";
        return std::nullopt;
    }
}

bool listsFile(const Manifest &manifest, const std::string &path)
{
    for (const ManifestFile &file : manifest.files) {
        if (file.path == path) {
            return true;
        }
    }
    return false;
}

std::string checkAgainstManifest(const CausalLmConfig &config, const Manifest &manifest)
{
    if (manifest.task != kCausalLmTask) {
        return "task is '" + manifest.task + "', not '" + kCausalLmTask + "'";
    }
    if (!listsFile(manifest, config.tokenizer)) {
        return "tokenizer '" + config.tokenizer + "' is not listed in 'files'";
    }
    const ManifestInput *k = manifest.findInput("k_cache");
    const ManifestInput *v = manifest.findInput("v_cache");
    if (!k || !v) {
        return "a causal-lm package declares inputs 'k_cache' and 'v_cache'";
    }
    if (k->shape.size() != 4 || k->shape != v->shape) {
        return "inputs 'k_cache' and 'v_cache' must have the same shape [layers, context, heads, "
               "head_dim]";
    }
    for (int64_t dim : k->shape) {
        if (dim <= 0) {
            return "the cache shape " + shapeToString(k->shape) + " must be fully known";
        }
    }
    for (const char *output : {"logits", "k_cache", "v_cache"}) {
        if (!manifest.findOutput(output)) {
            return std::string("a causal-lm package declares output '") + output + "'";
        }
    }
    if (config.contextLength != k->shape[1]) {
        return "context_length " + std::to_string(config.contextLength)
            + " differs from the cache's context dimension " + std::to_string(k->shape[1]);
    }
    if (config.chatTemplate != "chatml") {
        return "chat_template '" + config.chatTemplate + "' is not supported (only chatml)";
    }
    if (config.stopTokens.empty()) {
        return "stop_tokens is empty: generation would only end at the length limit";
    }
    return {};
}

} // namespace

CausalLmConfigParse readCausalLmConfig(const std::filesystem::path &packageDir,
                                       const Manifest &manifest)
{
    std::string error;
    const std::optional<Json> json = readJson(packageDir / "manifest.json", error);
    if (!json) {
        return {std::nullopt, error};
    }
    if (!json->is_object() || !json->contains("causal_lm") || !json->at("causal_lm").is_object()) {
        return {std::nullopt, "manifest.json has no 'causal_lm' section"};
    }
    const Json &section = json->at("causal_lm");
    CausalLmConfig config;
    try {
        config.tokenizer = section.at("tokenizer").get<std::string>();
        config.contextLength = section.at("context_length").get<int64_t>();
        config.specialTokens = section.value("special_tokens", std::vector<std::string>());
        config.stopTokens = section.at("stop_tokens").get<std::vector<std::string>>();
        config.addBos = section.value("add_bos", false);
        config.chatTemplate = section.value("chat_template", std::string("chatml"));
        config.defaultSystemPrompt = section.value("default_system_prompt", std::string());
    } catch (const Json::exception &) {
        return {std::nullopt,
                "manifest.json 'causal_lm' needs tokenizer (string), context_length (integer) "
                "and stop_tokens (list of strings); special_tokens, add_bos, chat_template and "
                "default_system_prompt are optional"};
    }
    if (const ManifestInput *k = manifest.findInput("k_cache")) {
        config.cacheShape = k->shape;
    }
    if (std::string problem = checkAgainstManifest(config, manifest); !problem.empty()) {
        return {std::nullopt, "manifest.json 'causal_lm': " + problem};
    }
    return {config, {}};
}

std::string writeCausalLmManifest(const std::filesystem::path &packageDir, const Manifest &manifest,
                                  const CausalLmConfig &config)
{
    if (std::string error = writeManifestWithHashes(packageDir, manifest); !error.empty()) {
        return error;
    }
    std::string error;
    std::optional<Json> json = readJson(packageDir / "manifest.json", error);
    if (!json) {
        return error;
    }
    (*json)["causal_lm"] = {{"tokenizer", config.tokenizer},
                            {"context_length", config.contextLength},
                            {"special_tokens", config.specialTokens},
                            {"stop_tokens", config.stopTokens},
                            {"add_bos", config.addBos},
                            {"chat_template", config.chatTemplate},
                            {"default_system_prompt", config.defaultSystemPrompt}};
    std::ofstream out(packageDir / "manifest.json", std::ios::binary | std::ios::trunc);
    out << json->dump(2) << "\n";
    out.close();
    return out ? std::string() : "cannot write " + (packageDir / "manifest.json").string();
}

} // namespace oncoview::inference::llm
