#pragma once

#include "inference/demopackages.h"

#include <cstdint>
#include <vector>

namespace oncoview::inference::testing {

// Synthetic breast-MRI phantoms on the MOME canvas: a spherical lesion in noisy tissue.
// Malignant lesions wash out (late phase below early), benign ones enhance persistently (late
// above early) and restrict diffusion less. pCR is more likely for small lesions. Alternating
// labels, so any even count is balanced.
std::vector<demo::MriSample> makeMriPhantoms(int count, uint64_t seed);

} // namespace oncoview::inference::testing
