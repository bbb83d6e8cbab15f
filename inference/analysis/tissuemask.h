// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <vector>

namespace oncoview::inference::analysis {

// An 8-bit RGB image, RGB888 with a row stride of width * 3 bytes (no padding).
struct RgbImage
{
    int width = 0, height = 0;
    std::vector<uint8_t> rgb;
};

struct TissueMaskOptions
{
    int closeRadius = 2; // morphological closing (fills holes/gaps), in mask pixels
    int openRadius = 1; // opening (removes specks)
    double minAreaFraction = 0.0005; // drop connected components smaller than this share
    double minSaturationThreshold = 0.05; // floor for Otsu's threshold (0..1): glass stays out
};

struct TissueMask
{
    int width = 0, height = 0;
    std::vector<uint8_t> mask; // 1 tissue, 0 background, row-major
    double downsample = 1.0; // level-0 pixels per mask pixel (set by the caller's level)
    double threshold = 0.0; // the saturation threshold used (0..1)

    // Share of mask pixels that are tissue; 0 for an empty mask.
    double tissueFraction() const;
    // False outside the mask.
    bool at(int x, int y) const;
};

// Finds tissue on a low-resolution image of a slide (typically a thumbnail or the coarsest
// pyramid level), CLAM-style:
// saturation (HSV S = (max-min)/max, 0 for black) per pixel -> Otsu threshold over a 256-bin
// histogram, clamped below by minSaturationThreshold -> closing then opening with a square
// structuring element of side 2r+1 -> 8-connected components smaller than minAreaFraction of the
// image removed. Near-black pixels (max < 0.1*255: scanner borders, black ink) are background
// and stay out of the histogram, since their noisy chroma would otherwise look saturated.
// `downsample` is stored in the result. Throws std::invalid_argument when the pixel buffer does
// not match the size, downsample is not positive or an option is negative. Pure function,
// callable from any thread.
TissueMask detectTissue(const RgbImage &image, double downsample,
                        const TissueMaskOptions &options = {});

} // namespace oncoview::inference::analysis
