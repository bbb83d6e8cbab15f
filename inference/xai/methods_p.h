// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to inference/xai: the methods behind attribute(). Each fills the map's values,
// per-input maps, scores and pass count; attribute() adds the identity fields and timing.
#include "inference/xai/attribution.h"

namespace oncoview::inference::xai::detail {

AttributionMap gradCam(const ModelPackage &package, const NamedTensors &inputs,
                       const AttributionOptions &options, bool plusPlus);
AttributionMap integratedGradients(const ModelPackage &package, const NamedTensors &inputs,
                                   const AttributionOptions &options,
                                   const CancelCheck &isCancelled, const ProgressReport &progress);
AttributionMap occlusion(const ModelPackage &package, const NamedTensors &inputs,
                         const AttributionOptions &options, const CancelCheck &isCancelled,
                         const ProgressReport &progress);

} // namespace oncoview::inference::xai::detail
