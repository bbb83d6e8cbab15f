// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/tensor.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::inference::demo {

// Demonstration packages trained in C++ at run time on synthetic data (no Python, no
// downloads). They are not medical devices: their manifests say validated=false.

// MOME (mixture of modality experts) canvas: every MRI input is resampled to this grid.
inline constexpr int64_t kMomeDepth = 16;
inline constexpr int64_t kMomeHeight = 32;
inline constexpr int64_t kMomeWidth = 32;
inline constexpr int64_t kMomeDcePhases = 3; // pre-contrast, early, late
inline constexpr int64_t kMomeDwiChannels = 2; // b0, high b
inline constexpr int64_t kMomeEmbedding = 16;
// Isotropic voxel size of the canvas in patient space: 32 x 32 x 16 voxels of 6 mm hold
// 192 x 192 x 96 mm around the breasts, whatever the scan's own grid.
inline constexpr double kMomeSpacingMm = 6.0;

// ABMIL slide model: RGB patches of kMilPatchSize² pixels, values in [0, 1] before the
// package's meanstd normalisation.
inline constexpr int64_t kMilPatchSize = 64;
inline constexpr int64_t kMilEmbedding = 32;

inline constexpr const char *kDemoIntendedUse
    = "Demonstration only: trained on synthetic phantoms, not for diagnosis";

// True for the packages above (their intended use, and no validation claimed): the only ones the
// app runs without being asked, and only on its own demo data.
inline bool isDemoManifest(const std::string &intendedUse, bool validated)
{
    return intendedUse == kDemoIntendedUse && !validated;
}

// One MRI case on the MOME canvas, raw intensities (the package normalises with z-score).
struct MriSample
{
    Tensor dce; // [kMomeDcePhases, D, H, W] (W: MomeLayout::width)
    Tensor t2; // [1, D, H, W]
    Tensor dwi; // [kMomeDwiChannels, D, H, W]
    int malignant = 0; // 1 malignant, 0 benign
    int pcr = -1; // 1 pathological complete response, 0 none, -1 unknown (not trained on)
};

struct TrainingReport
{
    std::string error; // empty on success
    double seconds = 0.0;
    double finalLoss = 0.0;
    int steps = 0;

    bool ok() const { return error.empty(); }
};

// Builds the MOME model (per-modality 3-D conv experts -> softmax gate over the expert
// embeddings -> fused embedding -> malignancy and pCR heads) as a TorchScript module, trains it
// with Adam on `train` (reproducible for a given seed), and writes model.pt + manifest.json
// into `dir` (created if needed). Outputs: malignancy [1,2], pcr [1,2], gate_weights [1,3].
// Blocking; call it off the GUI thread.
// `steps` Adam steps of 8 cases: the shipped demo model trains kMomeTrainingSteps; tests that need
// any valid package (not a good one) train a few.
inline constexpr int kMomeTrainingSteps = 500;

// How the package reads a study: both breasts in one 32-voxel-wide crop (the shipped demo), or
// one breast at a time in a crop half as wide (results per side), with DCE channels named as
// phases or subtraction images ("pre", "1-pre", "last-pre"; empty: pre, early and late phase).
struct MomeLayout
{
    std::string laterality = "bilateral";
    int64_t width = kMomeWidth;
    std::vector<std::string> dceChannels;
    std::string name = "oncoview-demo-mome";
};
// The per-breast variant: mirrored right breast, subtraction channels.
MomeLayout perBreastMomeLayout();

TrainingReport writeDemoMomePackage(const std::filesystem::path &dir,
                                    const std::vector<MriSample> &train, uint64_t seed,
                                    int steps = kMomeTrainingSteps, const MomeLayout &layout = {});

// Builds and trains an ABMIL slide model (patch CNN encoder -> tanh attention -> softmax over
// the bag -> classifier) on synthetic tumour/normal texture bags generated from `seed`.
// Input patches [N,3,64,64] (N dynamic); outputs logits [1,2] and attention [1,N].
// The package has the stages of Manifest::mil: encode(patches) -> features [N, kMilEmbedding],
// aggregate(features) -> logits and attention.
TrainingReport writeDemoMilPackage(const std::filesystem::path &dir, uint64_t seed);

// One training bag: raw RGB patches in [0, 1] (the package normalises), the tumour flag of each
// patch (for evaluation only; training sees the bag label alone, as MIL does) and the label.
struct MilBag
{
    Tensor patches; // [N, 3, kMilPatchSize, kMilPatchSize]
    std::vector<int> tumourFlags;
    int label = 0;
};
// Channels of the encoder's two convolutions. The shipped demo's 16/32 is wide enough to tell
// tumour from stroma on rendered, JPEG-compressed tissue and costs ~0.6 MFLOP a patch;
// bench_analysis also times a wider one, nearer the cost of a real patch encoder.
struct MilEncoderWidth
{
    int64_t conv1 = 16;
    int64_t conv2 = 32;
    std::string name = "oncoview-demo-abmil";
};
// The same model trained on the caller's bags, e.g. patches rendered like the demo slide.
TrainingReport writeDemoMilPackage(const std::filesystem::path &dir,
                                   const std::vector<MilBag> &bags, uint64_t seed,
                                   const MilEncoderWidth &width = {});

// A transformer aggregator (class token, two self-attention layers; TransMIL-like) over the
// ABMIL package's patch encoder at `abmilDir` (frozen), trained on the same kind of bags.
// It exposes its layers' attention (manifest "rollout") for attention rollout.
TrainingReport writeDemoTransMilPackage(const std::filesystem::path &dir,
                                        const std::filesystem::path &abmilDir,
                                        const std::vector<MilBag> &bags, uint64_t seed);

// Synthetic H&E-like RGB patches in [0, 1], shape [N,3,64,64]: tumour patches (flag 1) are
// dense dark-purple nuclei, normal patches (flag 0) sparse nuclei on pink stroma.
Tensor makeSyntheticPatches(const std::vector<int> &tumourFlags, uint64_t seed);

struct MomeEvaluation
{
    std::string error;
    double malignancyAuc = 0.0;
    double pcrAuc = 0.0; // NaN when the samples lack both pCR classes
};

// Loads the package at `dir` and scores each held-out sample.
MomeEvaluation evaluateMome(const std::filesystem::path &dir,
                            const std::vector<MriSample> &heldOut);

struct MilEvaluation
{
    std::string error;
    double auc = 0.0;
    double attentionHitRate = 0.0; // positive bags whose most attended patch is tumour
};

// Loads the package at `dir` and scores `bags` synthetic bags generated from `seed`.
MilEvaluation evaluateMil(const std::filesystem::path &dir, int bags, uint64_t seed);

} // namespace oncoview::inference::demo
