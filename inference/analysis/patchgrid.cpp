// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/patchgrid.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

namespace oncoview::inference::analysis {

namespace {

constexpr double MaxPatches = 10'000'000.0;
// Scanners report level downsamples such as 4.0003 for a nominal 4 (OpenSlide computes them
// from the level sizes), so an exact comparison would skip the level a user means.
constexpr double LevelTolerance = 1.01;

// Summed-area table of a tissue mask, read at real coordinates: the integral of a piecewise-
// constant image is bilinear inside each pixel, so bilinear interpolation between the table's
// nodes gives the exact tissue area of a rectangle that cuts pixels.
class AreaTable
{
public:
    // Every entry is written once, without a zeroing pass first: on a large mask the table is
    // bigger than the mask four times over and its first touch dominates.
    explicit AreaTable(const TissueMask &mask)
        : m_width(mask.width)
        , m_height(mask.height)
        , m_sums(new uint32_t[(size_t(mask.width) + 1) * (size_t(mask.height) + 1)])
    {
        const size_t stride = size_t(m_width) + 1;
        std::fill_n(m_sums.get(), stride, 0u);
        for (int y = 0; y < m_height; ++y) {
            const uint8_t *in = mask.mask.data() + size_t(y) * m_width;
            const uint32_t *above = m_sums.get() + size_t(y) * stride;
            uint32_t *row = m_sums.get() + (size_t(y) + 1) * stride;
            uint32_t rowSum = 0;
            row[0] = 0;
            for (int x = 0; x < m_width; ++x) {
                rowSum += in[x] != 0 ? 1u : 0u;
                row[x + 1] = above[x + 1] + rowSum;
            }
        }
    }

    // Tissue area, in mask pixels, of [x0, x1) x [y0, y1); outside the mask counts as background.
    double area(double x0, double y0, double x1, double y1) const
    {
        return integral(x1, y1) - integral(x0, y1) - integral(x1, y0) + integral(x0, y0);
    }

private:
    double integral(double x, double y) const
    {
        if (m_width == 0 || m_height == 0) {
            return 0.0;
        }
        x = std::clamp(x, 0.0, double(m_width));
        y = std::clamp(y, 0.0, double(m_height));
        const int i = std::min(int(x), m_width - 1), j = std::min(int(y), m_height - 1);
        const double fx = x - i, fy = y - j;
        const size_t stride = size_t(m_width) + 1;
        const uint32_t *top = m_sums.get() + size_t(j) * stride + i;
        const uint32_t *bottom = top + stride;
        return (top[0] * (1 - fx) + top[1] * fx) * (1 - fy)
            + (bottom[0] * (1 - fx) + bottom[1] * fx) * fy;
    }

    int m_width = 0, m_height = 0;
    std::unique_ptr<uint32_t[]> m_sums; // (width + 1) x (height + 1); validate() caps the size
};

void requirePositive(double value, const char *what)
{
    if (!std::isfinite(value) || value <= 0.0) {
        throw std::invalid_argument(std::string(what) + " must be a positive number, not "
                                    + std::to_string(value));
    }
}

void validate(const std::vector<PyramidLevel> &levels, const TissueMask &mask,
              const PatchGridSpec &spec)
{
    if (levels.empty()) {
        throw std::invalid_argument("the slide has no pyramid levels");
    }
    if (levels[0].width <= 0 || levels[0].height <= 0) {
        throw std::invalid_argument("level 0 of the slide is " + std::to_string(levels[0].width)
                                    + "x" + std::to_string(levels[0].height) + " pixels");
    }
    requirePositive(spec.slideUmPerPx, "the slide's µm per pixel");
    requirePositive(spec.patchUmPerPx, "the model's µm per pixel");
    if (spec.patchSize <= 0) {
        throw std::invalid_argument("the patch size must be positive, not "
                                    + std::to_string(spec.patchSize));
    }
    if (!(spec.minTissueFraction >= 0.0 && spec.minTissueFraction <= 1.0)) {
        throw std::invalid_argument("the minimum tissue fraction must lie in [0, 1], not "
                                    + std::to_string(spec.minTissueFraction));
    }
    requirePositive(mask.downsample, "the tissue mask's downsample");
    if (mask.width < 0 || mask.height < 0
        || mask.mask.size() != size_t(mask.width) * size_t(mask.height)
        || mask.mask.size() >= std::numeric_limits<uint32_t>::max()) {
        throw std::invalid_argument("tissue mask of " + std::to_string(mask.width) + "x"
                                    + std::to_string(mask.height) + " pixels holds "
                                    + std::to_string(mask.mask.size()) + " values");
    }
}

struct AxisTap
{
    int index = 0;
    float weight = 0.0f;
};

// Per output index, the input indices and weights along one axis: box (area) weights when the
// axis shrinks, so every input pixel counts; bilinear with half-pixel centres when it grows.
std::vector<std::vector<AxisTap>> axisTaps(int inSize, int outSize)
{
    std::vector<std::vector<AxisTap>> taps(static_cast<size_t>(outSize));
    const double scale = double(inSize) / double(outSize);
    for (int i = 0; i < outSize; ++i) {
        if (outSize < inSize) {
            const double start = i * scale, end = (i + 1) * scale;
            const int last = std::min(inSize, int(std::ceil(end)));
            for (int k = int(std::floor(start)); k < last; ++k) {
                const double overlap = std::min(end, k + 1.0) - std::max(start, double(k));
                if (overlap > 1e-9) {
                    taps[size_t(i)].push_back({k, float(overlap / scale)});
                }
            }
        } else {
            const double position = std::clamp((i + 0.5) * scale - 0.5, 0.0, double(inSize - 1));
            const int lower = int(position), upper = std::min(lower + 1, inSize - 1);
            const float weight = float(position - lower);
            taps[size_t(i)] = {{lower, 1.0f - weight}, {upper, weight}};
        }
    }
    return taps;
}

} // namespace

int bestLevelForDownsample(const std::vector<PyramidLevel> &levels, double downsample)
{
    if (levels.empty()) {
        throw std::invalid_argument("the slide has no pyramid levels");
    }
    requirePositive(downsample, "the target downsample");
    int best = -1, finest = 0;
    for (int i = 0; i < int(levels.size()); ++i) {
        const double levelDownsample = levels[size_t(i)].downsample;
        requirePositive(levelDownsample, "a pyramid level's downsample");
        // Strict comparisons keep the lower index among equal downsamples (the larger level).
        if (levelDownsample < levels[size_t(finest)].downsample) {
            finest = i;
        }
        if (levelDownsample <= downsample * LevelTolerance
            && (best < 0 || levelDownsample > levels[size_t(best)].downsample)) {
            best = i;
        }
    }
    return best >= 0 ? best : finest;
}

PatchGrid buildPatchGrid(const std::vector<PyramidLevel> &levels, const TissueMask &mask,
                         const PatchGridSpec &spec)
{
    validate(levels, mask, spec);
    const double target = spec.patchUmPerPx / spec.slideUmPerPx;
    PatchGrid grid;
    grid.patchSideLevel0 = spec.patchSize * target;
    // The epsilon keeps a slide of exactly n patch sides from losing its last column to rounding.
    const double columns = std::floor(double(levels[0].width) / grid.patchSideLevel0 + 1e-9);
    const double rows = std::floor(double(levels[0].height) / grid.patchSideLevel0 + 1e-9);
    if (columns * rows > MaxPatches || columns > MaxPatches || rows > MaxPatches) {
        throw std::invalid_argument("a grid of " + std::to_string(columns * rows)
                                    + " patches is more than 10 million: check the slide's and "
                                      "the model's µm per pixel");
    }
    grid.columns = int(columns);
    grid.rows = int(rows);
    grid.level = bestLevelForDownsample(levels, target);
    grid.levelDownsample = levels[size_t(grid.level)].downsample;
    const double readSize = std::round(spec.patchSize * target / grid.levelDownsample);
    if (readSize > 1e6) {
        throw std::invalid_argument("a patch would need a read of " + std::to_string(readSize)
                                    + " pixels a side: the pyramid has no level near the model's "
                                      "resolution");
    }
    grid.readSize = std::max(1, int(readSize));

    const AreaTable table(mask);
    const double side = grid.patchSideLevel0 / mask.downsample; // in mask pixels
    // Ratios such as exactly one half must not be lost to rounding in the table arithmetic.
    const double minArea = spec.minTissueFraction * side * side - 1e-9 * side * side;
    for (int row = 0; row < grid.rows; ++row) {
        const double y0 = row * grid.patchSideLevel0;
        for (int column = 0; column < grid.columns; ++column) {
            const double x0 = column * grid.patchSideLevel0;
            const double mx = x0 / mask.downsample, my = y0 / mask.downsample;
            if (table.area(mx, my, mx + side, my + side) < minArea) {
                continue;
            }
            grid.patches.push_back(
                {std::llround(x0), std::llround(y0), grid.level, grid.readSize, column, row});
        }
    }
    return grid;
}

void resizeToPatch(const RgbImage &image, int size, float *out)
{
    if (image.width <= 0 || image.height <= 0
        || image.rgb.size() != size_t(image.width) * size_t(image.height) * 3) {
        throw std::invalid_argument("cannot resize an RGB image of " + std::to_string(image.width)
                                    + "x" + std::to_string(image.height) + " pixels holding "
                                    + std::to_string(image.rgb.size()) + " bytes");
    }
    if (size <= 0 || out == nullptr) {
        throw std::invalid_argument("resizeToPatch needs a positive size and an output buffer");
    }
    const auto xTaps = axisTaps(image.width, size);
    const auto yTaps = axisTaps(image.height, size);
    // Horizontal pass over every input row, interleaved RGB: rows[(y * size + x) * 3 + c].
    std::vector<float> rows(size_t(image.height) * size_t(size) * 3, 0.0f);
    for (int y = 0; y < image.height; ++y) {
        const uint8_t *in = image.rgb.data() + size_t(y) * image.width * 3;
        float *row = rows.data() + size_t(y) * size * 3;
        for (int x = 0; x < size; ++x) {
            for (const AxisTap &tap : xTaps[size_t(x)]) {
                for (int c = 0; c < 3; ++c) {
                    row[x * 3 + c] += tap.weight * in[tap.index * 3 + c];
                }
            }
        }
    }
    const size_t plane = size_t(size) * size_t(size);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            float sum[3] = {0.0f, 0.0f, 0.0f};
            for (const AxisTap &tap : yTaps[size_t(y)]) {
                const float *pixel = rows.data() + (size_t(tap.index) * size + x) * 3;
                for (int c = 0; c < 3; ++c) {
                    sum[c] += tap.weight * pixel[c];
                }
            }
            for (int c = 0; c < 3; ++c) {
                out[c * plane + size_t(y) * size + x] = std::clamp(sum[c] / 255.0f, 0.0f, 1.0f);
            }
        }
    }
}

} // namespace oncoview::inference::analysis
