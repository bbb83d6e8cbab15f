// SPDX-License-Identifier: Apache-2.0
// Grad-CAM, Grad-CAM++ and integrated gradients: the methods that need autograd through the
// package's TorchScript module.
#include "inference/xai/methods_p.h"
#include "inference/xai/scoredmodel_p.h"

#include <torch/torch.h>

#include <cmath>

namespace oncoview::inference::xai::detail {

namespace {

std::vector<float> toValues(const at::Tensor &tensor)
{
    const at::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return {cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel()};
}

std::vector<at::Tensor> leaves(const std::vector<at::Tensor> &inputs)
{
    std::vector<at::Tensor> result;
    for (const at::Tensor &input : inputs) {
        result.push_back(input.detach().clone().requires_grad_(true));
    }
    return result;
}

// A gradient autograd left undefined (the score does not depend on that tensor) is zero.
at::Tensor orZeros(const at::Tensor &gradient, const at::Tensor &like)
{
    return gradient.defined() ? gradient.to(torch::kFloat32)
                              : torch::zeros_like(like, torch::kFloat32);
}

AttributionMap emptyMap(const ScoredModel &model)
{
    AttributionMap map;
    map.dhw = model.dhw();
    return map;
}

} // namespace

AttributionMap gradCam(const ModelPackage &package, const NamedTensors &inputs,
                       const AttributionOptions &options, bool plusPlus)
{
    const ScoredModel model(package, inputs, options.target);
    const torch::AutoGradMode gradients(true);
    const std::vector<at::Tensor> x = leaves(model.inputs());
    auto [score, features] = model.scoreAndFeatures(x);
    std::vector<at::Tensor> wrt {features};
    wrt.insert(wrt.end(), x.begin(), x.end());
    const std::vector<at::Tensor> grads
        = torch::autograd::grad({score.sum()}, wrt, {}, false, false, /*allow_unused=*/true);

    const at::Tensor a = features.detach().to(torch::kFloat32);
    const at::Tensor g = orZeros(grads[0], a);
    std::vector<int64_t> spatial {2, 3};
    if (a.dim() == 5) {
        spatial.push_back(4);
    }
    at::Tensor weights;
    if (!plusPlus) {
        // Grad-CAM: each channel weighted by its mean gradient.
        weights = g.mean(spatial, true);
    } else {
        // Grad-CAM++ (Chattopadhay et al. 2018), closed form for an exponential of the score:
        // per-position weights that let several instances of a pattern all count.
        const at::Tensor g2 = g * g;
        const at::Tensor g3 = g2 * g;
        const at::Tensor denominator = 2 * g2 + a.sum(spatial, true) * g3;
        const at::Tensor alpha
            = g2 / torch::where(denominator != 0, denominator, torch::ones_like(denominator));
        weights = (alpha * torch::relu(g)).sum(spatial, true);
    }
    at::Tensor cam = torch::relu((weights * a).sum(1, true));
    if (cam.dim() == 4) {
        cam = cam.unsqueeze(2); // a 2-D map stands for every slice of the volume
    }
    const auto &dhw = model.dhw();
    namespace F = torch::nn::functional;
    cam = F::interpolate(cam,
                         F::InterpolateFuncOptions()
                             .size(std::vector<int64_t> {dhw[0], dhw[1], dhw[2]})
                             .mode(torch::kTrilinear)
                             .align_corners(false));
    AttributionMap map = emptyMap(model);
    map.values = toValues(cam);
    for (size_t i = 0; i < x.size(); ++i) {
        // Gradient x input: which sequence's voxels push the score, for the regions' text.
        map.perInput[model.inputNames()[i]]
            = toValues((orZeros(grads[1 + i], x[i]) * x[i].detach().to(torch::kFloat32)).sum(1));
    }
    map.score = score.detach().item<double>();
    map.probability = probabilityOfScore(map.score);
    map.layer = package.manifest().gradCam->layer;
    map.passes = 1;
    return map;
}

AttributionMap integratedGradients(const ModelPackage &package, const NamedTensors &inputs,
                                   const AttributionOptions &options,
                                   const CancelCheck &isCancelled, const ProgressReport &progress)
{
    if (options.baseline != "zeros") {
        throw std::runtime_error("integrated gradients: unknown baseline '" + options.baseline
                                 + "' (\"zeros\" is the normalised mean)");
    }
    const ScoredModel model(package, inputs, options.target);
    const int steps = std::max(1, options.steps);
    const int64_t chunk = model.batchable() ? std::max(1, options.chunk) : 1;
    const std::vector<at::Tensor> &x = model.inputs();
    std::vector<at::Tensor> baseline, sum;
    for (const at::Tensor &input : x) {
        baseline.push_back(torch::zeros_like(input));
        sum.push_back(torch::zeros_like(input, torch::kFloat32));
    }
    const torch::AutoGradMode gradients(true);
    int passes = 0;
    for (int64_t start = 0; start < steps; start += chunk) {
        throwIfCancelled(isCancelled);
        const int64_t count = std::min<int64_t>(chunk, steps - start);
        // Midpoint rule along the straight path from the baseline to the input.
        std::vector<at::Tensor> batch;
        for (size_t i = 0; i < x.size(); ++i) {
            batch.push_back(stackBatch(count, [&](int64_t k) {
                                const double alpha = (double(start + k) + 0.5) / steps;
                                return baseline[i] + alpha * (x[i] - baseline[i]);
                            }).requires_grad_(true));
        }
        const std::vector<at::Tensor> grads = torch::autograd::grad(
            {model.score(batch).sum()}, batch, {}, false, false, /*allow_unused=*/true);
        for (size_t i = 0; i < x.size(); ++i) {
            sum[i] += orZeros(grads[i], batch[i]).sum(0, true);
        }
        passes += int(count);
        if (progress) {
            progress(double(start + count) / steps);
        }
    }
    AttributionMap map = emptyMap(model);
    at::Tensor total = torch::zeros({1, model.dhw()[0], model.dhw()[1], model.dhw()[2]});
    double attributionSum = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        const at::Tensor attribution
            = ((x[i] - baseline[i]).to(torch::kFloat32) * sum[i] / steps).sum(1).cpu();
        attributionSum += attribution.sum().item<double>();
        total += attribution;
        map.perInput[model.inputNames()[i]] = toValues(attribution);
    }
    map.values = toValues(total);
    map.isSigned = true;
    {
        const torch::NoGradGuard noGrad;
        map.score = model.score(x).item<double>();
        map.baselineScore = model.score(baseline).item<double>();
    }
    const double difference = map.score - map.baselineScore;
    map.completenessError
        = std::abs(attributionSum - difference) / std::max(std::abs(difference), 1e-6);
    map.probability = probabilityOfScore(map.score);
    map.layer = "input";
    map.passes = passes + 2;
    return map;
}

} // namespace oncoview::inference::xai::detail
