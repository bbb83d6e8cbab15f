// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to inference/*.cpp: the only header that mixes Torch and OncoView tensors.

#include "inference/tensor.h"

#include <stdexcept>
#include <string>
#include <torch/script.h>

namespace oncoview::inference::detail {

// Borrow wraps the buffer (the caller keeps it alive and lets the model write into it); Copy
// gives Torch its own memory.
inline at::Tensor toTorch(const Tensor &tensor, const std::string &name = "tensor",
                          TensorOwnership ownership = TensorOwnership::Copy)
{
    if (!tensor.isConsistent()) {
        throw std::runtime_error(name + ": shape " + shapeToString(tensor.shape) + " needs "
                                 + std::to_string(tensor.elementCount()) + " values, got "
                                 + std::to_string(tensor.data.size()));
    }
    at::Tensor view = torch::from_blob(const_cast<float *>(tensor.data.data()), tensor.shape,
                                       torch::TensorOptions().dtype(torch::kFloat32));
    return ownership == TensorOwnership::Borrow ? view : view.clone();
}

inline Tensor fromTorch(const at::Tensor &source)
{
    const at::Tensor cpu = source.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    Tensor tensor;
    tensor.shape.assign(cpu.sizes().begin(), cpu.sizes().end());
    tensor.data.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    return tensor;
}

// First line of a Torch error without the C++ backtrace, for user-facing messages.
inline std::string torchMessage(const std::exception &error)
{
    std::string text;
    if (const auto *c10Error = dynamic_cast<const c10::Error *>(&error)) {
        text = c10Error->what_without_backtrace();
    } else {
        text = error.what();
    }
    // TorchScript errors put the scripted call stack first and the actual error last.
    const size_t traceback = text.find("Traceback of TorchScript");
    const size_t last = text.rfind("Error: ");
    if (traceback != std::string::npos && last != std::string::npos && last > traceback) {
        text = text.substr(last + 7);
    }
    if (text.size() > 400) {
        text = text.substr(0, 400) + "...";
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == ':')) {
        text.pop_back();
    }
    return text;
}

} // namespace oncoview::inference::detail
