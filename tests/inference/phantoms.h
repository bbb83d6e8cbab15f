// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/demopackages.h"

#include <array>
#include <cstdint>
#include <vector>

namespace oncoview::inference::testing {

// Synthetic breast-MRI phantoms on the MOME canvas: a spherical lesion in noisy tissue.
// Malignant lesions wash out (late phase below early), benign ones enhance persistently (late
// above early) and restrict diffusion less. pCR is more likely for small lesions. Alternating
// labels, so any even count is balanced.
// `lesions`, when given, receives each case's sphere: centre (x, y, z voxels) and radius (in x
// voxels; z voxels are twice as thick).
std::vector<demo::MriSample> makeMriPhantoms(int count, uint64_t seed,
                                             std::vector<std::array<float, 4>> *lesions = nullptr);

} // namespace oncoview::inference::testing
