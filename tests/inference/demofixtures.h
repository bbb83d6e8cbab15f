// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/demopackages.h"
#include "inference/tensor.h"

#include <filesystem>

namespace oncoview::inference::testing {

// The demo MOME and ABMIL packages, each trained once per test run (training is the slow part).
const std::filesystem::path &demoMomePackage();
const std::filesystem::path &demoMilPackage();
// A MOME package trained for a few steps: valid (masking, optional inputs), not accurate; for
// tests of the machinery around a model rather than of the model.
const std::filesystem::path &quickMomePackage();
// A phantom as the MOME package takes it: each input z-scored, with a batch dimension.
NamedTensors momeInputs(const demo::MriSample &sample);

} // namespace oncoview::inference::testing
