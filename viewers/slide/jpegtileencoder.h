// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace oncoview::slide {

// Encodes RGB888 tiles as abbreviated JPEG streams (no tables) for TIFF compression 7, plus
// the shared tables-only stream that goes into the TIFFTAG_JPEGTABLES of every directory.
// YCbCr with 2x2 chroma subsampling and the standard Huffman tables, so every tile decodes
// with the same tables. One encoder per thread (libjpeg state is not shareable).
class JpegTileEncoder
{
public:
    explicit JpegTileEncoder(int quality);
    ~JpegTileEncoder();
    JpegTileEncoder(const JpegTileEncoder &) = delete;
    JpegTileEncoder &operator=(const JpegTileEncoder &) = delete;

    bool tables(std::vector<uint8_t> *out, std::string *error);
    bool encode(const uint8_t *rgb, int width, int height, std::vector<uint8_t> *out,
                std::string *error);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace oncoview::slide
