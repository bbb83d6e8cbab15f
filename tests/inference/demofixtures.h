#pragma once

#include <filesystem>

namespace oncoview::inference::testing {

// The demo MOME and ABMIL packages, each trained once per test run (training is the slow part).
const std::filesystem::path &demoMomePackage();
const std::filesystem::path &demoMilPackage();

} // namespace oncoview::inference::testing
