// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference {

// How preprocessing scales an input before the model sees it.
struct Normalization
{
    // "none"; "zscore": one mean/std over the whole input (all channels together, so relative
    // channel intensities such as a DCE enhancement curve survive); "meanstd": fixed mean[c]/std[c]
    // per channel (axis 1).
    std::string type = "none";
    std::vector<double> mean;
    std::vector<double> std;
};

struct ManifestInput
{
    std::string name;
    std::string kind = "tensor"; // "volume" | "tensor" | "patches"
    std::vector<int64_t> shape; // includes the batch dimension; -1 marks a dynamic dimension
    std::string dtype = "float32";
    std::vector<double> spacingMm; // optional, for volumes (x, y, z)
    std::optional<double> umPerPx; // optional, for slide patches
    // Optional, for volumes: what each of shape[1] channels holds ("pre", "2", "1-pre": see
    // channelspec.h). Empty: shape[1] phases spread evenly from the first to the last.
    std::vector<std::string> channels;
    Normalization normalization;
};

struct ManifestOutput
{
    std::string name;
    std::vector<int64_t> shape; // optional; -1 marks a dynamic dimension
    std::vector<std::string> labels; // class names for class outputs
    std::string explains; // e.g. "gate_weights", "attention", "feature_map"
};

// A slide model in two stages, as mSTAR-style pipelines are (a patch encoder, then a MIL
// aggregator over the whole bag): the features between them are what a feature cache keeps.
struct MilStages
{
    std::string encoderMethod = "encode"; // TorchScript method: patches [N,3,P,P] -> features
    std::string aggregatorMethod = "aggregate"; // features [N,F] -> the declared outputs
    int64_t featureDim = 0; // F
};

// Where Grad-CAM finds its feature map. TorchScript keeps no forward hooks, so a package that
// supports Grad-CAM has a method returning its outputs (by manifest name) together with the
// feature map of the layer it explains, [1, K, d, h, w] or [1, K, h, w].
struct GradCamSource
{
    std::string method = "explain"; // TorchScript method taking the forward inputs
    std::string featureMap = "feature_map"; // key of the feature map in the method's dict
    std::string layer; // what the user reads, e.g. "expert contrast layer (DCE, T2, DWI)"
};

// Where attention rollout finds a transformer aggregator's attention: a method taking the
// aggregator's input (the bag of patch features) and returning the attention probabilities of
// every layer as one tensor, [L, H, T, T] or [L, T, T], tokens in the order the model uses
// them (class token, then the patches, then any padding).
struct RolloutSource
{
    std::string method = "attention_maps";
    int64_t classToken = 0;
    int64_t firstPatch = 1;
    std::string headFusion = "mean"; // "mean" | "max" | "min"
    std::string layer; // what the user reads, e.g. "2 Nyström self-attention layers"
};

struct ManifestFile
{
    std::string path; // relative to the package directory
    std::string sha256;
};

struct Manifest
{
    static constexpr int kSchemaVersion = 1;

    int schema = kSchemaVersion;
    std::string name;
    std::string version;
    std::string task;
    std::string intendedUse;
    bool validated = false;
    std::string licence;
    std::vector<ManifestInput> inputs;
    std::vector<ManifestOutput> outputs;
    std::vector<ManifestFile> files;
    std::string model; // the model file; default: first .pt/.pt2 entry of files
    std::string precision = "fp32"; // "fp32" | "bf16" | "fp16" (applied on CUDA only)
    std::vector<std::string> modalities;
    // Inputs the model was trained to run without (fed as zeros after normalisation, i.e. the
    // mean). Empty: every input is required.
    std::vector<std::string> optionalInputs;
    // "zeros": any input may be masked with zeros to measure its contribution (exact Shapley
    // values over inputs); empty: masking is not meaningful for this model.
    std::string masking;
    std::optional<MilStages> mil; // set for two-stage slide packages
    std::optional<GradCamSource> gradCam; // set when the package supports Grad-CAM
    std::optional<RolloutSource> rollout; // set for a slide aggregator that exposes attention
    // "bilateral": one run on a crop holding both breasts; "per_breast": one run per breast
    // (results per side); "per_breast_mirrored": the same with the right breast flipped left to
    // right, so the model sees both breasts with the same side lateral.
    std::string laterality = "bilateral";

    bool isPerBreast() const { return laterality != "bilateral"; }

    bool isOptionalInput(const std::string &name) const;

    // Path of the TorchScript (.pt) or AOTInductor (.pt2) file, relative to the package.
    std::string modelFile() const;
    const ManifestInput *findInput(const std::string &name) const;
    const ManifestOutput *findOutput(const std::string &name) const;
};

struct ManifestParse
{
    std::optional<Manifest> manifest;
    std::string error; // one sentence naming the problem, empty on success
};

// Parses and validates manifest JSON text; never throws.
ManifestParse parseManifest(const std::string &jsonText);
// Reads <packageDir>/manifest.json; never throws.
ManifestParse readManifest(const std::filesystem::path &packageDir);

// Checks that every file the manifest lists is in `packageDir` with its sha256; returns one
// sentence naming the first missing, unreadable or changed file, or "" when all match.
std::string verifyManifestFiles(const Manifest &manifest, const std::filesystem::path &packageDir);
std::string manifestToJson(const Manifest &manifest);
// Fills files[].sha256 from the files on disk and writes <packageDir>/manifest.json.
// Returns an error sentence, empty on success.
std::string writeManifestWithHashes(const std::filesystem::path &packageDir, Manifest manifest);

// True when `actual` fits `declared` (same rank, equal or declared -1 dimensions).
bool shapeMatches(const std::vector<int64_t> &declared, const std::vector<int64_t> &actual);

} // namespace oncoview::inference
