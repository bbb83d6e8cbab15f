// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes small tiled pyramidal OME-TIFFs with libtiff, as QuPath and bfconvert lay them out,
// so the TIFF reader is tested on files no scanner made: the expected pixels are known.
#include <QImage>
#include <QString>

#include <cstdint>

namespace oncoview::slide::test {

struct OmeTiffOptions
{
    int width = 1000;
    int height = 700;
    int tileSize = 256;
    int levels = 3; // each half the size of the one before
    uint16_t compression = 5; // COMPRESSION_LZW; 7 = JPEG (YCbCr), 8 = deflate
    bool subIfds = true; // QuPath / OME-TIFF 6 layout; false: reduced images as main IFDs
    double pixelSizeNm = 250; // written as PhysicalSizeX/Y with unit "nm"
};

// The pixel of level `level` at (x, y): smooth gradients with sharp-edged blocks, so both
// colour and position errors show.
QRgb omeTestPixel(int level, int x, int y);

// False with `error` when libtiff fails.
bool writeOmeTiff(const QString &path, const OmeTiffOptions &options, QString *error);

} // namespace oncoview::slide::test
