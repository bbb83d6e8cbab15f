// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain C++ over libjpeg-turbo: one JPEG tile of a TIFF slide decoded straight into 32-bit
// pixels, without libtiff's RGBA conversion or OpenSlide's cairo compositing in between.
#include <cstddef>
#include <cstdint>
#include <string>

namespace oncoview::slide::tiff {

struct JpegTileRequest
{
    const uint8_t *tables = nullptr; // the directory's JPEGTables, or null
    size_t tablesSize = 0;
    const uint8_t *data = nullptr; // the tile's bytes as stored
    size_t dataSize = 0;
    // TIFF Photometric: 2 (RGB) or 6 (YCbCr). It decides the colour space only when the
    // stream itself carries no JFIF or Adobe marker (Aperio writes RGB JPEG without one;
    // Bio-Formats writes JFIF YCbCr under Photometric RGB).
    uint16_t photometric = 6;
    // 1, 2, 4 or 8: decode at 1/scale of the stored size with libjpeg's scaled IDCT, which is
    // several times faster when the view is coarser than the level.
    int scaleDenominator = 1;
};

// Decodes into `pixels` (premultiplied-ARGB32 words, alpha 255) of `width` x `height` with
// `stride` bytes per row; pixels beyond the decoded tile stay untouched. `width`/`height`
// clip the output (edge tiles are stored padded to the full tile size). Returns false with
// `error` on a corrupt stream. Thread-safe: every call has its own decompressor.
bool decodeJpegTile(const JpegTileRequest &request, uint8_t *pixels, int width, int height,
                    size_t stride, std::string *error);

} // namespace oncoview::slide::tiff
