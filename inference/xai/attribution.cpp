// SPDX-License-Identifier: Apache-2.0
#include "inference/xai/attribution.h"

#include "inference/modelpackage.h"
#include "inference/xai/methods_p.h"
#include "inference/xai/targetscore.h"

#include <chrono>
#include <cmath>
#include <stdexcept>

namespace oncoview::inference::xai {

std::string methodName(Method method)
{
    switch (method) {
    case Method::GradCam:
        return "Grad-CAM";
    case Method::GradCamPlusPlus:
        return "Grad-CAM++";
    case Method::IntegratedGradients:
        return "integrated gradients";
    case Method::Occlusion:
        return "occlusion";
    }
    return "?";
}

std::string methodKey(Method method)
{
    switch (method) {
    case Method::GradCam:
        return "gradcam";
    case Method::GradCamPlusPlus:
        return "gradcam++";
    case Method::IntegratedGradients:
        return "ig";
    case Method::Occlusion:
        return "occlusion";
    }
    return "?";
}

std::optional<Method> methodFromKey(const std::string &key)
{
    for (Method m : {Method::GradCam, Method::GradCamPlusPlus, Method::IntegratedGradients,
                     Method::Occlusion}) {
        if (methodKey(m) == key) {
            return m;
        }
    }
    return std::nullopt;
}

bool methodAvailable(const ModelPackage &package, Method method)
{
    if (method == Method::GradCam || method == Method::GradCamPlusPlus) {
        return package.manifest().gradCam.has_value();
    }
    return true;
}

AttributionMap attribute(const ModelPackage &package, const NamedTensors &inputs,
                         const AttributionOptions &options, const CancelCheck &isCancelled,
                         const ProgressReport &progress)
{
    const auto start = std::chrono::steady_clock::now();
    const ResolvedTarget target = resolveTarget(package.manifest(), options.target);
    AttributionMap map;
    switch (options.method) {
    case Method::GradCam:
    case Method::GradCamPlusPlus:
        map = detail::gradCam(package, inputs, options, options.method == Method::GradCamPlusPlus);
        break;
    case Method::IntegratedGradients:
        map = detail::integratedGradients(package, inputs, options, isCancelled, progress);
        break;
    case Method::Occlusion:
        map = detail::occlusion(package, inputs, options, isCancelled, progress);
        break;
    }
    for (const float v : map.values) {
        if (!std::isfinite(v)) {
            throw std::runtime_error(methodName(options.method)
                                     + " gave a map with non-finite values: the model's "
                                       "gradients overflow on this input");
        }
    }
    map.method = options.method;
    map.output = target.output;
    map.label = target.label;
    map.classIndex = target.classIndex;
    map.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return map;
}

} // namespace oncoview::inference::xai
