// SPDX-License-Identifier: Apache-2.0
#pragma once

// Explanations of a volume model's result (XAIM): where in the input the evidence for one class
// lies, by Grad-CAM, Grad-CAM++, integrated gradients or occlusion, plus how far that map can
// be trusted (faithfulness.h). Torch-free; runs on the engine thread, CPU or CUDA.
//
// Every method explains the same number, the target score: the log-odds of the explained class
// (for two classes, logit[c] - logit[other]). Log-odds, not probability: they add up along a
// path (integrated gradients' completeness) and do not saturate the way a softmax does.
#include "inference/tensor.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference {
class ModelPackage;
}

namespace oncoview::inference::xai {

enum class Method { GradCam, GradCamPlusPlus, IntegratedGradients, Occlusion };

// "Grad-CAM", "Grad-CAM++", "integrated gradients", "occlusion".
std::string methodName(Method method);
// "gradcam", "gradcam++", "ig", "occlusion" (command line, JSON); nullopt when unknown.
std::optional<Method> methodFromKey(const std::string &key);
std::string methodKey(Method method);
// Grad-CAM and Grad-CAM++ need a TorchScript package whose manifest names a feature map.
bool methodAvailable(const ModelPackage &package, Method method);

struct Target
{
    std::string output; // manifest output with labels; empty: the first one
    int64_t classIndex = -1; // -1: its last label (e.g. "malignant", as Shapley values use)
};

struct AttributionOptions
{
    Method method = Method::GradCam;
    Target target;
    int steps = 32; // integrated gradients: points along the path from the baseline
    // Passes evaluated together where the package's batch dimension is dynamic (-1); packages
    // with a fixed batch of 1 run one at a time. Bounds the memory of integrated gradients.
    int chunk = 8;
    // Integrated gradients' and occlusion's reference input: "zeros" is each normalised input's
    // mean, the same "absent" the package's masking uses.
    std::string baseline = "zeros";
    // Occlusion: the sliding patch (depth, height, width in input voxels), moved by its own
    // size; zeros pick about 8 patches along each axis.
    std::array<int64_t, 3> occlusionPatch {0, 0, 0};
};

// One map on the model's input grid (all volume inputs share it), D*H*W values, W fastest.
struct AttributionMap
{
    Method method = Method::GradCam;
    std::string output; // the output explained
    std::string label; // the class explained, e.g. "malignant"
    int64_t classIndex = 0;
    std::string layer; // Grad-CAM: the package's layer name; others: "input"
    std::array<int64_t, 3> dhw {0, 0, 0};
    std::vector<float> values;
    bool isSigned = false; // Grad-CAM maps are >= 0; the others carry evidence against too
    // Per input (sequence), signed: gradient x input for Grad-CAM, the method's own split for
    // integrated gradients and occlusion (each input occluded alone). Used to say which
    // sequence drives a region.
    std::map<std::string, std::vector<float>> perInput;
    double score = 0.0; // target log-odds at the input
    double probability = 0.0; // the class probability at the input
    double baselineScore = 0.0; // at the baseline (integrated gradients, occlusion)
    // Integrated gradients: |sum of attributions - (score - baselineScore)| relative to
    // |score - baselineScore|: how far the path integral is from exact.
    std::optional<double> completenessError;
    int passes = 0; // forward (+ backward) passes spent
    double seconds = 0.0;

    int64_t voxelCount() const { return dhw[0] * dhw[1] * dhw[2]; }
};

using CancelCheck = std::function<bool()>;
using ProgressReport = std::function<void(double)>;

// Computes one map. Inputs as for ModelPackage::run; every input must be a [1, C, D, H, W]
// volume on one grid. Throws std::runtime_error (a clear sentence) on a package or input the
// method cannot explain, JobCancelled when isCancelled() turns true between passes.
AttributionMap attribute(const ModelPackage &package, const NamedTensors &inputs,
                         const AttributionOptions &options, const CancelCheck &isCancelled = {},
                         const ProgressReport &progress = {});

} // namespace oncoview::inference::xai
