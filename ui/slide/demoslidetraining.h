// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "inference/demopackages.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace oncoview::ui {

// Training bags for the demo slide model, cut from synthetic tissue rendered exactly as the
// demo slide's pyramid level is (DemoTissue at the model's 2 µm/px), but from another seed:
// the model never sees the demo slide it is later run on. Each bag holds 8..16 tissue patches;
// half the bags are positive with 1..4 tumour patches (patch centre inside a tumour), the rest
// hold none. Any thread; deterministic for a seed.
std::vector<inference::demo::MilBag>
demoSlideTrainingBags(int bags, uint64_t seed, const std::atomic<bool> *cancel = nullptr);

// The demo slide's level-0 resolution and the demo slide model's patch resolution.
inline constexpr double kDemoSlideMicronsPerPixel = 0.25;
inline constexpr double kDemoMilMicronsPerPixel = 2.0;

} // namespace oncoview::ui
