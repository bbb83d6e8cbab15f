// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <functional>

namespace oncoview::slide {

// One tile of the view's tile grid: pyramid level, column and row.
struct TileKey
{
    int level = 0;
    int column = 0;
    int row = 0;

    friend bool operator==(const TileKey &, const TileKey &) = default;
};

struct TileKeyHash
{
    size_t operator()(const TileKey &k) const noexcept
    {
        return std::hash<long long>()((static_cast<long long>(k.level) << 48)
                                      ^ (static_cast<long long>(k.column) << 24) ^ k.row);
    }
};

} // namespace oncoview::slide
