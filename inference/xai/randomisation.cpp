// SPDX-License-Identifier: Apache-2.0
// The model-randomisation sanity check's model: the package with its top layers re-drawn.
#include "inference/modelpackage_p.h"
#include "inference/xai/faithfulness.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace oncoview::inference::xai {

using inference::detail::PackageAccess;

std::shared_ptr<const ModelPackage> randomisedTopLayers(const ModelPackage &package,
                                                        double fraction, uint64_t seed,
                                                        std::vector<std::string> *names)
{
    const torch::jit::Module *original = PackageAccess::module(package);
    if (!original) {
        throw std::runtime_error("model '" + package.manifest().name
                                 + "' is an AOTInductor package: its weights cannot be "
                                   "randomised for the sanity check");
    }
    // A deep copy: the loaded package keeps its weights.
    torch::jit::Module copy = original->deepcopy();
    std::vector<std::pair<std::string, at::Tensor>> parameters;
    for (const auto &item : copy.named_parameters(/*recurse=*/true)) {
        parameters.emplace_back(item.name, item.value);
    }
    if (parameters.empty()) {
        throw std::runtime_error("model '" + package.manifest().name
                                 + "' has no parameters to randomise");
    }
    const size_t count = std::clamp<size_t>(size_t(std::ceil(double(parameters.size()) * fraction)),
                                            1, parameters.size());
    torch::manual_seed(seed);
    const torch::NoGradGuard noGrad;
    for (size_t i = parameters.size() - count; i < parameters.size(); ++i) {
        at::Tensor &tensor = parameters[i].second;
        const double spread
            = tensor.numel() > 1 ? tensor.to(torch::kFloat32).std().item<double>() : 0.0;
        // Each tensor keeps its own scale, so activations stay in range; only the weights'
        // meaning is lost.
        tensor.copy_(torch::randn_like(tensor) * (spread > 0 ? spread : 0.1));
        if (names) {
            names->push_back(parameters[i].first);
        }
    }
    return PackageAccess::withModule(package, std::move(copy));
}

} // namespace oncoview::inference::xai
