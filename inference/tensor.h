// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace oncoview::inference {

// A plain float tensor (row-major, last dimension fastest). It is the only tensor type that
// crosses the engine's thread boundary, so callers never need Torch headers.
struct Tensor
{
    std::vector<int64_t> shape;
    std::vector<float> data;

    // Product of shape (1 for a scalar with empty shape).
    int64_t elementCount() const
    {
        int64_t count = 1;
        for (int64_t dim : shape) {
            count *= dim;
        }
        return count;
    }
    // True when every dimension is >= 0 and data holds exactly elementCount() values.
    bool isConsistent() const
    {
        for (int64_t dim : shape) {
            if (dim < 0) {
                return false;
            }
        }
        return static_cast<int64_t>(data.size()) == elementCount();
    }
};

using NamedTensors = std::map<std::string, Tensor>;

// Human-readable shape such as "[1,3,64,64]" for messages.
inline std::string shapeToString(const std::vector<int64_t> &shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i > 0) {
            text += ',';
        }
        text += std::to_string(shape[i]);
    }
    text += ']';
    return text;
}

namespace detail {
// Whether a Torch tensor made from a Tensor copies its values or borrows the buffer.
enum class TensorOwnership { Copy, Borrow };
} // namespace detail

} // namespace oncoview::inference
