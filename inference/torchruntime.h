// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace oncoview::inference {

enum class DevicePreference { Cpu, Cuda, Auto };

// Torch-free facade over the few global LibTorch settings the application needs.
namespace torchruntime {

bool cudaAvailable();
// "cpu" or "cuda:0". Cuda falls back to "cpu" when no GPU is usable; Auto picks CUDA if present.
std::string resolveDevice(DevicePreference preference);
// Sets LibTorch's intra-op thread count (process-wide); ignored when threads <= 0.
void setIntraOpThreads(int threads);
int intraOpThreads();
std::string version();

} // namespace torchruntime

} // namespace oncoview::inference
