// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace oncoview::slide {

// The largest tile OncoView decodes (256 MB as RGBA). Real slides use 240 to 4096 px tiles; a
// file claiming more is damaged or hostile, and decoding one such tile would take gigabytes.
inline constexpr int64_t kMaxTileSide = 8192;
inline constexpr int64_t kMaxTilePixels = kMaxTileSide * kMaxTileSide;

} // namespace oncoview::slide
