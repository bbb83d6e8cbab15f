// SPDX-License-Identifier: Apache-2.0
#include "inference/torchruntime.h"

#include <torch/torch.h>

namespace oncoview::inference::torchruntime {

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

std::string resolveDevice(DevicePreference preference)
{
    if (preference != DevicePreference::Cpu && cudaAvailable()) {
        return "cuda:0";
    }
    return "cpu";
}

void setIntraOpThreads(int threads)
{
    if (threads > 0) {
        torch::set_num_threads(threads);
    }
}

int intraOpThreads()
{
    return torch::get_num_threads();
}

std::string version()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "."
        + std::to_string(TORCH_VERSION_PATCH);
}

} // namespace oncoview::inference::torchruntime
