// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/tissuemask.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace oncoview::inference::analysis {

namespace {

// max < 0.1 * 255: scanner borders and black ink, whose noisy chroma reads as saturated.
constexpr int NearBlackMax = 25;

// Saturation in 1/255 steps, rounded, S = (max - min) / max (0 for black), tabulated by
// max * 256 + (max - min): an integer division per pixel was most of the thumbnail pass.
const std::array<uint8_t, 65536> &saturationTable()
{
    static const std::array<uint8_t, 65536> table = [] {
        std::array<uint8_t, 65536> t {};
        for (int maxValue = 1; maxValue < 256; ++maxValue) {
            for (int range = 0; range <= maxValue; ++range) {
                t[size_t(maxValue * 256 + range)]
                    = uint8_t((range * 255 + maxValue / 2) / maxValue);
            }
        }
        return t;
    }();
    return table;
}

// Otsu's threshold: the bin k maximising the between-class variance when bins 0..k are one
// class. With well-separated glass and tissue every k in the empty gap between them ties; the
// middle of that plateau is returned, not its first bin, which would hug the glass noise.
// Returns 0 for an empty or single-valued histogram (the caller's floor then decides).
int otsuBin(const std::array<uint64_t, 256> &histogram)
{
    double total = 0.0, weightedTotal = 0.0;
    for (int i = 0; i < 256; ++i) {
        total += double(histogram[i]);
        weightedTotal += double(i) * double(histogram[i]);
    }
    int first = 0, last = 0;
    double bestVariance = 0.0, weightBelow = 0.0, sumBelow = 0.0;
    for (int k = 0; k < 255; ++k) {
        weightBelow += double(histogram[k]);
        sumBelow += double(k) * double(histogram[k]);
        const double weightAbove = total - weightBelow;
        if (weightBelow == 0.0 || weightAbove == 0.0) {
            continue;
        }
        const double meanDifference
            = sumBelow / weightBelow - (weightedTotal - sumBelow) / weightAbove;
        const double variance = weightBelow * weightAbove * meanDifference * meanDifference;
        if (variance > bestVariance * (1.0 + 1e-12)) {
            bestVariance = variance;
            first = last = k;
        } else if (variance >= bestVariance * (1.0 - 1e-12) && last == k - 1) {
            last = k;
        }
    }
    return (first + last) / 2;
}

// Binary min (erode) / max (dilate) over a window of `size` pixels that held `count` tissue.
template<bool Dilate> uint8_t decide(int count, int size)
{
    return uint8_t(Dilate ? count > 0 : count == size);
}

// Rows pass of squareFilter: window [x-r, x+r] from a per-row prefix sum. The interior, where
// the window is whole, is a separate branch-free loop that the compiler vectorises.
template<bool Dilate>
void filterRows(const uint8_t *in, uint8_t *out, int width, int height, int radius)
{
    std::vector<int> prefix(size_t(width) + 1, 0);
    const auto clipped = [&](uint8_t *outRow, int x) {
        const int lo = std::max(0, x - radius), hi = std::min(width - 1, x + radius);
        outRow[x] = decide<Dilate>(prefix[size_t(hi) + 1] - prefix[size_t(lo)], hi - lo + 1);
    };
    const int interiorEnd = std::max(radius, width - radius);
    for (int y = 0; y < height; ++y) {
        const uint8_t *inRow = in + size_t(y) * width;
        uint8_t *outRow = out + size_t(y) * width;
        for (int x = 0; x < width; ++x) {
            prefix[size_t(x) + 1] = prefix[size_t(x)] + inRow[x];
        }
        for (int x = 0; x < std::min(radius, width); ++x) {
            clipped(outRow, x);
        }
        for (int x = radius; x < interiorEnd; ++x) {
            const int count = prefix[size_t(x + radius) + 1] - prefix[size_t(x - radius)];
            outRow[x] = decide<Dilate>(count, 2 * radius + 1);
        }
        for (int x = interiorEnd; x < width; ++x) {
            clipped(outRow, x);
        }
    }
}

// Columns pass: per-column counts over a sliding band of rows, walked row by row so memory is
// read in order (a column-by-column walk strides through the whole image per pixel).
template<bool Dilate>
void filterColumns(const uint8_t *in, uint8_t *out, int width, int height, int radius)
{
    std::vector<int> counts(size_t(width), 0);
    const auto addRow = [&](int y, int sign) {
        const uint8_t *row = in + size_t(y) * width;
        for (int x = 0; x < width; ++x) {
            counts[size_t(x)] += sign * row[x];
        }
    };
    for (int y = 0; y <= std::min(radius, height - 1); ++y) {
        addRow(y, 1);
    }
    for (int y = 0; y < height; ++y) {
        if (y > 0 && y + radius < height) {
            addRow(y + radius, 1);
        }
        if (y - radius - 1 >= 0) {
            addRow(y - radius - 1, -1);
        }
        const int size = std::min(height - 1, y + radius) - std::max(0, y - radius) + 1;
        uint8_t *outRow = out + size_t(y) * width;
        for (int x = 0; x < width; ++x) {
            outRow[x] = decide<Dilate>(counts[size_t(x)], size);
        }
    }
}

// Binary square min (erode) / max (dilate) filter of side 2r+1, separable, O(1) per pixel from
// running counts. Windows are clipped at the image edge, i.e. outside counts as background for
// dilation and as tissue for erosion, so closing only adds and opening only removes tissue.
// `scratch` is reused between calls: on a large thumbnail, fresh buffers cost more in page
// faults than the filtering itself.
void squareFilter(std::vector<uint8_t> &mask, std::vector<uint8_t> &scratch, int width, int height,
                  int radius, bool dilate)
{
    if (radius <= 0 || width == 0 || height == 0) {
        return;
    }
    // A window wider than the image acts as one exactly as wide; the cap keeps x + r from overflow.
    radius = std::min(radius, std::max(width, height));
    scratch.resize(mask.size());
    if (dilate) {
        filterRows<true>(mask.data(), scratch.data(), width, height, radius);
        filterColumns<true>(scratch.data(), mask.data(), width, height, radius);
    } else {
        filterRows<false>(mask.data(), scratch.data(), width, height, radius);
        filterColumns<false>(scratch.data(), mask.data(), width, height, radius);
    }
}

// A horizontal run of tissue pixels [begin, end) in one row, a node of the union-find.
struct Run
{
    int row = 0, begin = 0, end = 0;
    uint32_t parent = 0;
};

uint32_t findRoot(std::vector<Run> &runs, uint32_t index)
{
    while (runs[index].parent != index) {
        runs[index].parent = runs[runs[index].parent].parent; // path halving
        index = runs[index].parent;
    }
    return index;
}

// Removes 8-connected components of fewer than minArea pixels. Union-find over row runs rather
// than pixels: a thumbnail has far fewer runs than pixels, so this needs neither a per-pixel
// label image nor a flood-fill queue that grows with the component.
void removeSmallComponents(std::vector<uint8_t> &mask, int width, int height, double minArea)
{
    std::vector<Run> runs;
    size_t previousBegin = 0;
    for (int y = 0; y < height; ++y) {
        const uint8_t *row = mask.data() + size_t(y) * width;
        const size_t rowBegin = runs.size();
        size_t above = previousBegin;
        for (int x = 0; x < width;) {
            if (row[x] == 0) {
                ++x;
                continue;
            }
            Run run {y, x, x, uint32_t(runs.size())};
            while (run.end < width && row[run.end] != 0) {
                ++run.end;
            }
            x = run.end;
            runs.push_back(run);
            // Runs of the row above touch this one (8-connected) when they overlap [begin-1, end].
            while (above < rowBegin && runs[above].end < run.begin) {
                ++above;
            }
            for (size_t k = above; k < rowBegin && runs[k].begin <= run.end; ++k) {
                const uint32_t a = findRoot(runs, uint32_t(k)), b = findRoot(runs, run.parent);
                runs[std::max(a, b)].parent = std::min(a, b);
            }
        }
        previousBegin = rowBegin;
    }
    std::vector<uint64_t> area(runs.size(), 0);
    for (size_t i = 0; i < runs.size(); ++i) {
        area[findRoot(runs, uint32_t(i))] += uint64_t(runs[i].end - runs[i].begin);
    }
    for (size_t i = 0; i < runs.size(); ++i) {
        if (double(area[findRoot(runs, uint32_t(i))]) < minArea) {
            std::fill(mask.begin() + ptrdiff_t(size_t(runs[i].row) * width + runs[i].begin),
                      mask.begin() + ptrdiff_t(size_t(runs[i].row) * width + runs[i].end), 0);
        }
    }
}

void validate(const RgbImage &image, double downsample, const TissueMaskOptions &options)
{
    if (!std::isfinite(downsample) || downsample <= 0.0) {
        throw std::invalid_argument("a tissue mask's downsample must be positive, not "
                                    + std::to_string(downsample));
    }
    if (image.width < 0 || image.height < 0
        || image.rgb.size() != size_t(image.width) * size_t(image.height) * 3) {
        throw std::invalid_argument("RGB image of " + std::to_string(image.width) + "x"
                                    + std::to_string(image.height) + " pixels holds "
                                    + std::to_string(image.rgb.size()) + " bytes");
    }
    if (size_t(image.width) * size_t(image.height) > std::numeric_limits<uint32_t>::max()) {
        throw std::invalid_argument("tissue detection expects a thumbnail, not a "
                                    + std::to_string(image.width) + "x"
                                    + std::to_string(image.height) + " image");
    }
    if (options.closeRadius < 0 || options.openRadius < 0 || !(options.minAreaFraction >= 0.0)
        || !(options.minSaturationThreshold >= 0.0)) {
        throw std::invalid_argument("tissue mask radii, area fraction and threshold must not be "
                                    "negative");
    }
}

// Saturation bins into `bins` and their histogram. Near-black pixels get bin 0, which no
// threshold (>= 0) calls tissue, and stay out of the histogram so a wide scanner border cannot
// drag Otsu's split.
std::array<uint64_t, 256> saturationBins(const RgbImage &image, std::vector<uint8_t> &bins)
{
    const std::array<uint8_t, 65536> &table = saturationTable();
    std::array<uint64_t, 256> histogram {};
    bins.resize(size_t(image.width) * size_t(image.height));
    // Raw pointers: through the vector, every byte store would reload its data pointer.
    const uint8_t *pixel = image.rgb.data();
    uint8_t *out = bins.data();
    for (size_t i = 0; i < bins.size(); ++i, pixel += 3) {
        const int maxValue = std::max({pixel[0], pixel[1], pixel[2]});
        const int minValue = std::min({pixel[0], pixel[1], pixel[2]});
        if (maxValue <= NearBlackMax) {
            out[i] = 0;
            continue;
        }
        const uint8_t bin = table[size_t(maxValue * 256 + maxValue - minValue)];
        out[i] = bin;
        ++histogram[bin];
    }
    return histogram;
}

} // namespace

double TissueMask::tissueFraction() const
{
    if (mask.empty()) {
        return 0.0;
    }
    const auto tissue = std::count_if(mask.begin(), mask.end(), [](uint8_t v) { return v != 0; });
    return double(tissue) / double(mask.size());
}

bool TissueMask::at(int x, int y) const
{
    if (x < 0 || y < 0 || x >= width || y >= height) {
        return false;
    }
    return mask[size_t(y) * width + x] != 0;
}

TissueMask detectTissue(const RgbImage &image, double downsample, const TissueMaskOptions &options)
{
    validate(image, downsample, options);
    TissueMask result;
    result.width = image.width;
    result.height = image.height;
    result.downsample = downsample;
    const size_t pixels = size_t(image.width) * size_t(image.height);

    // result.mask first holds the saturation bins, then, thresholded in place, the mask.
    const auto histogram = saturationBins(image, result.mask);
    result.threshold = std::max(otsuBin(histogram) / 255.0, options.minSaturationThreshold);
    // An integer bin exceeds threshold * 255 exactly when it exceeds its floor.
    const int lastBackgroundBin = int(std::min(255.0, std::floor(result.threshold * 255.0)));
    for (uint8_t &value : result.mask) {
        value = uint8_t(value > lastBackgroundBin);
    }

    std::vector<uint8_t> scratch;
    const int w = result.width, h = result.height;
    squareFilter(result.mask, scratch, w, h, options.closeRadius, true);
    squareFilter(result.mask, scratch, w, h, options.closeRadius, false);
    squareFilter(result.mask, scratch, w, h, options.openRadius, false);
    squareFilter(result.mask, scratch, w, h, options.openRadius, true);
    if (options.minAreaFraction > 0.0) {
        removeSmallComponents(result.mask, result.width, result.height,
                              options.minAreaFraction * double(pixels));
    }
    return result;
}

} // namespace oncoview::inference::analysis
