// SPDX-License-Identifier: Apache-2.0
#include "inference/manifest.h"

#include "inference/channelspec.h"
#include "inference/sha256.h"
#include "inference/tensor.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace oncoview::inference {

namespace {

using Json = nlohmann::json;

// Thrown inside the parser only; parseManifest turns it into ManifestParse::error.
struct ManifestError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

const Json &member(const Json &object, const char *key, const std::string &where)
{
    if (!object.is_object() || !object.contains(key)) {
        throw ManifestError(where + " lacks required field '" + key + "'");
    }
    return object.at(key);
}

std::string stringField(const Json &object, const char *key, const std::string &where,
                        bool required = true, const std::string &fallback = {})
{
    if (!object.contains(key)) {
        if (required) {
            throw ManifestError(where + " lacks required field '" + key + "'");
        }
        return fallback;
    }
    if (!object.at(key).is_string()) {
        throw ManifestError(where + " field '" + key + "' must be a string");
    }
    return object.at(key).get<std::string>();
}

template<typename T>
std::vector<T> listField(const Json &object, const char *key, const std::string &where)
{
    if (!object.contains(key)) {
        return {};
    }
    try {
        return object.at(key).get<std::vector<T>>();
    } catch (const Json::exception &) {
        throw ManifestError(where + " field '" + key + "' has the wrong type");
    }
}

// An integer that fits int64_t. nlohmann's get<int64_t>() converts any number: a float is
// truncated (2.5 -> 2), one beyond int64's range is undefined behaviour (1e30), and an unsigned
// one above INT64_MAX wraps to a negative value (2^64 - 1 -> -1, a dynamic dimension).
int64_t integerValue(const Json &value, const std::string &what)
{
    const bool fits = value.is_number_unsigned()
        ? value.get<uint64_t>() <= uint64_t(std::numeric_limits<int64_t>::max())
        : value.is_number_integer();
    if (!fits) {
        throw ManifestError(what + " must be an integer (" + value.dump() + ")");
    }
    return value.get<int64_t>();
}

std::vector<int64_t> integerListField(const Json &object, const char *key, const std::string &where)
{
    if (!object.contains(key)) {
        return {};
    }
    const Json &list = object.at(key);
    if (!list.is_array()) {
        throw ManifestError(where + " field '" + key + "' has the wrong type");
    }
    std::vector<int64_t> values;
    for (const Json &value : list) {
        values.push_back(integerValue(value, where + " field '" + key + "' entry"));
    }
    return values;
}

Normalization parseNormalization(const Json &object, const std::string &where, size_t channels)
{
    Normalization norm;
    if (!object.contains("normalization")) {
        return norm;
    }
    const Json &json = object.at("normalization");
    const std::string at = where + " normalization";
    norm.type = stringField(json, "type", at);
    norm.mean = listField<double>(json, "mean", at);
    norm.std = listField<double>(json, "std", at);
    if (norm.type == "meanstd") {
        if (norm.mean.empty() || norm.mean.size() != norm.std.size()) {
            throw ManifestError(at + " 'meanstd' needs mean[] and std[] of equal, non-zero length");
        }
        if (channels > 0 && norm.mean.size() != 1 && norm.mean.size() != channels) {
            throw ManifestError(at + " has " + std::to_string(norm.mean.size()) + " means for "
                                + std::to_string(channels) + " channels");
        }
        for (double s : norm.std) {
            if (!(s > 0.0)) {
                throw ManifestError(at + " std values must be > 0");
            }
        }
    } else if (norm.type != "zscore" && norm.type != "none") {
        throw ManifestError(at + " type '" + norm.type + "' is not one of zscore, meanstd, none");
    }
    return norm;
}

ManifestInput parseInput(const Json &json, size_t index)
{
    ManifestInput input;
    input.name = stringField(json, "name", "inputs[" + std::to_string(index) + "]");
    const std::string where = "input '" + input.name + "'";
    input.kind = stringField(json, "kind", where, false, "tensor");
    if (input.kind != "volume" && input.kind != "tensor" && input.kind != "patches") {
        throw ManifestError(where + " kind '" + input.kind + "' is not volume, tensor or patches");
    }
    member(json, "shape", where);
    input.shape = integerListField(json, "shape", where);
    if (input.shape.empty()) {
        throw ManifestError(where + " has an empty shape");
    }
    // The dry run and every request allocate the declared shape (dynamic dimensions as 1): a
    // shape whose element count wraps 64 bits or needs gigabytes is refused here, not by an
    // allocation that fails (or succeeds at size 0) on the engine thread.
    constexpr int64_t kMaxElements = int64_t(1) << 30; // 4 GiB of float32
    int64_t elements = 1;
    for (int64_t dim : input.shape) {
        if (dim == 0 || dim < -1) {
            throw ManifestError(where + " shape " + shapeToString(input.shape)
                                + " has a dimension that is neither positive nor -1");
        }
        if (dim > 0 && elements > kMaxElements / dim) {
            throw ManifestError(where + " shape " + shapeToString(input.shape)
                                + " holds more than 2^30 values (4 GiB): not a package input");
        }
        elements *= dim > 0 ? dim : 1;
    }
    input.dtype = stringField(json, "dtype", where, false, "float32");
    if (input.dtype != "float32") {
        throw ManifestError(where + " dtype '" + input.dtype + "' is unsupported (only float32)");
    }
    input.spacingMm = listField<double>(json, "spacing_mm", where);
    if (json.contains("um_per_px")) {
        input.umPerPx = json.at("um_per_px").get<double>();
    }
    const size_t channels = input.shape.size() > 1 && input.shape[1] > 0 ? input.shape[1] : 0;
    input.channels = listField<std::string>(json, "channels", where);
    if (!input.channels.empty() && input.channels.size() != channels) {
        throw ManifestError(where + " names " + std::to_string(input.channels.size())
                            + " channels for shape[1] = " + std::to_string(channels));
    }
    for (const std::string &channel : input.channels) {
        if (!parseChannelSpec(channel)) {
            throw ManifestError(where + " channel '" + channel
                                + "' is not a phase (pre, last, 0, 1, ...) or a difference of "
                                  "two (1-pre, last-pre)");
        }
    }
    input.normalization = parseNormalization(json, where, channels);
    return input;
}

ManifestOutput parseOutput(const Json &json, size_t index)
{
    ManifestOutput output;
    output.name = stringField(json, "name", "outputs[" + std::to_string(index) + "]");
    const std::string where = "output '" + output.name + "'";
    output.shape = integerListField(json, "shape", where);
    output.labels = listField<std::string>(json, "labels", where);
    output.explains = stringField(json, "explains", where, false);
    return output;
}

// A listed file must stay inside its package: a relative path without "..". Otherwise a
// manifest could make the app hash, load and run a file anywhere on the machine.
void checkInsidePackage(const std::string &path, const std::string &where)
{
    const std::filesystem::path p(path);
    if (p.empty() || p.is_absolute() || p.has_root_name() || p.has_root_directory()) {
        throw ManifestError(where + ": path '" + path + "' must be relative to the package");
    }
    for (const std::filesystem::path &part : p) {
        if (part == "..") {
            throw ManifestError(where + ": path '" + path + "' leads out of the package (\"..\")");
        }
    }
}

void checkModelFile(const Manifest &manifest)
{
    const std::string model = manifest.modelFile();
    if (model.empty()) {
        throw ManifestError("no model file: 'files' lists no .pt or .pt2 file");
    }
    for (const ManifestFile &file : manifest.files) {
        if (file.path == model) {
            return;
        }
    }
    throw ManifestError("model file '" + model + "' is not listed in 'files'");
}

Manifest parseObject(const Json &json)
{
    if (!json.is_object()) {
        throw ManifestError("the top level is not a JSON object");
    }
    if (!json.contains("schema") || !json.at("schema").is_number_integer()) {
        throw ManifestError("missing integer field 'schema'");
    }
    Manifest m;
    // Compared as int64: get<int>() would wrap 4294967297 to schema 1.
    const int64_t schema = integerValue(json.at("schema"), "field 'schema'");
    if (schema != Manifest::kSchemaVersion) {
        throw ManifestError("unsupported schema version " + std::to_string(schema)
                            + " (this build reads schema "
                            + std::to_string(Manifest::kSchemaVersion) + ")");
    }
    m.name = stringField(json, "name", "manifest");
    m.version = stringField(json, "version", "manifest");
    m.task = stringField(json, "task", "manifest");
    m.intendedUse = stringField(json, "intended_use", "manifest");
    m.licence = stringField(json, "licence", "manifest");
    if (!member(json, "validated", "manifest").is_boolean()) {
        throw ManifestError("field 'validated' must be true or false");
    }
    m.validated = json.at("validated").get<bool>();
    m.model = stringField(json, "model", "manifest", false);
    m.precision = stringField(json, "precision", "manifest", false, "fp32");
    if (m.precision != "fp32" && m.precision != "bf16" && m.precision != "fp16") {
        throw ManifestError("precision '" + m.precision + "' is not fp32, bf16 or fp16");
    }
    m.modalities = listField<std::string>(json, "modalities", "manifest");
    m.optionalInputs = listField<std::string>(json, "optional_inputs", "manifest");
    m.masking = stringField(json, "masking", "manifest", false);
    if (!m.masking.empty() && m.masking != "zeros") {
        throw ManifestError("masking '" + m.masking + "' is not \"zeros\"");
    }
    m.laterality = stringField(json, "laterality", "manifest", false, m.laterality);
    if (m.laterality != "bilateral" && m.laterality != "per_breast"
        && m.laterality != "per_breast_mirrored") {
        throw ManifestError("laterality '" + m.laterality
                            + "' is not bilateral, per_breast or per_breast_mirrored");
    }
    if (json.contains("mil")) {
        const Json &mil = json.at("mil");
        MilStages stages;
        stages.encoderMethod = stringField(mil, "encoder", "mil", false, stages.encoderMethod);
        stages.aggregatorMethod
            = stringField(mil, "aggregator", "mil", false, stages.aggregatorMethod);
        stages.featureDim = integerValue(member(mil, "features", "mil"), "mil field 'features'");
        if (stages.featureDim <= 0) {
            throw ManifestError("mil field 'features' must be positive");
        }
        m.mil = stages;
    }
    if (json.contains("gradcam")) {
        const Json &section = json.at("gradcam");
        if (!section.is_object()) {
            throw ManifestError("field 'gradcam' must be an object");
        }
        GradCamSource source;
        source.method = stringField(section, "method", "gradcam", false, source.method);
        source.featureMap
            = stringField(section, "feature_map", "gradcam", false, source.featureMap);
        source.layer = stringField(section, "layer", "gradcam", false);
        m.gradCam = source;
    }
    if (json.contains("rollout")) {
        const Json &section = json.at("rollout");
        if (!section.is_object()) {
            throw ManifestError("field 'rollout' must be an object");
        }
        RolloutSource source;
        source.method = stringField(section, "method", "rollout", false, source.method);
        source.headFusion
            = stringField(section, "head_fusion", "rollout", false, source.headFusion);
        source.layer = stringField(section, "layer", "rollout", false);
        for (const auto &[key, field] : {std::pair {"class_token", &source.classToken},
                                         std::pair {"first_patch", &source.firstPatch}}) {
            if (section.contains(key)) {
                const Json &value = section.at(key);
                if (!value.is_number_integer() || value.get<int64_t>() < 0
                    || value.get<int64_t>() > 64) {
                    throw ManifestError(std::string("field 'rollout.") + key
                                        + "' must be a token index from 0 to 64");
                }
                *field = value.get<int64_t>();
            }
        }
        if (source.headFusion != "mean" && source.headFusion != "max"
            && source.headFusion != "min") {
            throw ManifestError("field 'rollout.head_fusion' must be mean, max or min");
        }
        if (!json.contains("mil")) {
            throw ManifestError("field 'rollout' needs a two-stage slide package ('mil')");
        }
        m.rollout = source;
    }
    for (const char *key : {"inputs", "outputs", "files"}) {
        if (!member(json, key, "manifest").is_array() || json.at(key).empty()) {
            throw ManifestError(std::string("field '") + key + "' must be a non-empty array");
        }
    }
    for (size_t i = 0; i < json.at("inputs").size(); ++i) {
        m.inputs.push_back(parseInput(json.at("inputs")[i], i));
    }
    for (size_t i = 0; i < json.at("outputs").size(); ++i) {
        m.outputs.push_back(parseOutput(json.at("outputs")[i], i));
    }
    for (size_t i = 0; i < json.at("files").size(); ++i) {
        const Json &file = json.at("files")[i];
        const std::string where = "files[" + std::to_string(i) + "]";
        m.files.push_back({stringField(file, "path", where), stringField(file, "sha256", where)});
        checkInsidePackage(m.files.back().path, where);
    }
    checkModelFile(m);
    for (const ManifestInput &input : m.inputs) {
        if (m.isPerBreast() && input.kind == "volume" && input.spacingMm.size() != 3) {
            // One breast is cut out in patient space, which needs the grid's spacing.
            throw ManifestError("input '" + input.name + "' needs spacing_mm for laterality '"
                                + m.laterality + "'");
        }
    }
    for (const std::string &name : m.optionalInputs) {
        if (!m.findInput(name)) {
            throw ManifestError("optional input '" + name + "' is not one of the inputs");
        }
    }
    return m;
}

Json inputToJson(const ManifestInput &in)
{
    Json item = {{"name", in.name}, {"kind", in.kind}, {"shape", in.shape}, {"dtype", in.dtype}};
    if (!in.spacingMm.empty()) {
        item["spacing_mm"] = in.spacingMm;
    }
    if (in.umPerPx) {
        item["um_per_px"] = *in.umPerPx;
    }
    if (!in.channels.empty()) {
        item["channels"] = in.channels;
    }
    item["normalization"] = {{"type", in.normalization.type}};
    if (!in.normalization.mean.empty()) {
        item["normalization"]["mean"] = in.normalization.mean;
        item["normalization"]["std"] = in.normalization.std;
    }
    return item;
}

} // namespace

std::string Manifest::modelFile() const
{
    if (!model.empty()) {
        return model;
    }
    for (const ManifestFile &file : files) {
        const std::string ext = std::filesystem::path(file.path).extension().string();
        if (ext == ".pt" || ext == ".pt2") {
            return file.path;
        }
    }
    return {};
}

bool Manifest::isOptionalInput(const std::string &inputName) const
{
    return std::find(optionalInputs.begin(), optionalInputs.end(), inputName)
        != optionalInputs.end();
}

const ManifestInput *Manifest::findInput(const std::string &inputName) const
{
    for (const ManifestInput &input : inputs) {
        if (input.name == inputName) {
            return &input;
        }
    }
    return nullptr;
}

const ManifestOutput *Manifest::findOutput(const std::string &outputName) const
{
    for (const ManifestOutput &output : outputs) {
        if (output.name == outputName) {
            return &output;
        }
    }
    return nullptr;
}

ManifestParse parseManifest(const std::string &jsonText)
{
    Json json;
    try {
        json = Json::parse(jsonText);
    } catch (const Json::parse_error &error) {
        return {std::nullopt,
                "manifest.json is not valid JSON (byte " + std::to_string(error.byte) + ")"};
    } catch (const Json::exception &error) {
        // Valid JSON can still fail to parse: a number beyond double's range (1e400) throws
        // out_of_range, not parse_error, and must not escape a function that never throws.
        return {std::nullopt, std::string("manifest.json cannot be read: ") + error.what()};
    }
    try {
        return {parseObject(json), {}};
    } catch (const ManifestError &error) {
        return {std::nullopt, std::string("manifest.json: ") + error.what()};
    } catch (const Json::exception &error) {
        return {std::nullopt,
                std::string("manifest.json: a field has the wrong type (") + error.what() + ")"};
    }
}

ManifestParse readManifest(const std::filesystem::path &packageDir)
{
    const std::filesystem::path path = packageDir / "manifest.json";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return {std::nullopt, "no manifest.json in " + packageDir.string()};
    }
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    if (!file) {
        return {std::nullopt, "cannot read " + path.string()};
    }
    return parseManifest(text.str());
}

std::string manifestToJson(const Manifest &m)
{
    Json json = {{"schema", m.schema},
                 {"name", m.name},
                 {"version", m.version},
                 {"task", m.task},
                 {"intended_use", m.intendedUse},
                 {"validated", m.validated},
                 {"licence", m.licence},
                 {"precision", m.precision}};
    if (!m.model.empty()) {
        json["model"] = m.model;
    }
    if (!m.modalities.empty()) {
        json["modalities"] = m.modalities;
    }
    if (!m.optionalInputs.empty()) {
        json["optional_inputs"] = m.optionalInputs;
    }
    if (!m.masking.empty()) {
        json["masking"] = m.masking;
    }
    if (m.isPerBreast()) {
        json["laterality"] = m.laterality;
    }
    if (m.mil) {
        json["mil"] = {{"encoder", m.mil->encoderMethod},
                       {"aggregator", m.mil->aggregatorMethod},
                       {"features", m.mil->featureDim}};
    }
    if (m.gradCam) {
        json["gradcam"] = {{"method", m.gradCam->method},
                           {"feature_map", m.gradCam->featureMap},
                           {"layer", m.gradCam->layer}};
    }
    if (m.rollout) {
        json["rollout"] = {{"method", m.rollout->method},
                           {"class_token", m.rollout->classToken},
                           {"first_patch", m.rollout->firstPatch},
                           {"head_fusion", m.rollout->headFusion},
                           {"layer", m.rollout->layer}};
    }
    json["inputs"] = Json::array();
    for (const ManifestInput &in : m.inputs) {
        json["inputs"].push_back(inputToJson(in));
    }
    json["outputs"] = Json::array();
    for (const ManifestOutput &out : m.outputs) {
        Json item = {{"name", out.name}};
        if (!out.shape.empty()) {
            item["shape"] = out.shape;
        }
        if (!out.labels.empty()) {
            item["labels"] = out.labels;
        }
        if (!out.explains.empty()) {
            item["explains"] = out.explains;
        }
        json["outputs"].push_back(item);
    }
    json["files"] = Json::array();
    for (const ManifestFile &file : m.files) {
        json["files"].push_back({{"path", file.path}, {"sha256", file.sha256}});
    }
    return json.dump(2) + "\n";
}

std::string writeManifestWithHashes(const std::filesystem::path &packageDir, Manifest manifest)
{
    for (ManifestFile &file : manifest.files) {
        const std::optional<std::string> hash = Sha256::ofFile(packageDir / file.path);
        if (!hash) {
            return "cannot read " + (packageDir / file.path).string() + " to hash it";
        }
        file.sha256 = *hash;
    }
    std::ofstream out(packageDir / "manifest.json", std::ios::binary | std::ios::trunc);
    out << manifestToJson(manifest);
    out.close();
    return out ? std::string() : "cannot write " + (packageDir / "manifest.json").string();
}

bool shapeMatches(const std::vector<int64_t> &declared, const std::vector<int64_t> &actual)
{
    if (declared.size() != actual.size()) {
        return false;
    }
    for (size_t i = 0; i < declared.size(); ++i) {
        if (declared[i] != -1 && declared[i] != actual[i]) {
            return false;
        }
    }
    return true;
}

std::string verifyManifestFiles(const Manifest &manifest, const std::filesystem::path &packageDir)
{
    for (const ManifestFile &file : manifest.files) {
        const std::filesystem::path path = packageDir / file.path;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) {
            return "file '" + file.path + "' listed in manifest.json is missing from "
                + packageDir.string();
        }
        // A symbolic link inside the package may still point out of it.
        const std::filesystem::path real = std::filesystem::weakly_canonical(path, ec);
        const std::filesystem::path root = std::filesystem::weakly_canonical(packageDir, ec);
        const auto [rootEnd, realIt]
            = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
        if (ec || rootEnd != root.end()) {
            return "file '" + file.path
                + "' listed in manifest.json lies outside the package "
                  "(a link to "
                + real.string() + ")";
        }
        const std::optional<std::string> hash = Sha256::ofFile(path);
        if (!hash) {
            return "cannot read '" + file.path + "'";
        }
        if (*hash != file.sha256) {
            return "sha256 mismatch for '" + file.path + "': manifest says " + file.sha256
                + ", file has " + *hash + " (the file was changed or corrupted)";
        }
    }
    return {};
}

} // namespace oncoview::inference
