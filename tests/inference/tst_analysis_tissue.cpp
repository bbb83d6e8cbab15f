// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/patchgrid.h"
#include "inference/analysis/tissuemask.h"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <random>

using namespace oncoview::inference::analysis;

namespace {

struct Rgb
{
    int r, g, b;
};

constexpr Rgb Glass {236, 234, 238};
constexpr Rgb Pink {235, 160, 205}; // eosin, saturation about 0.32
constexpr Rgb Purple {150, 95, 175}; // haematoxylin, saturation about 0.46

// A thumbnail-sized synthetic slide: noisy glass, a pink and a purple blob (the purple one with a
// 3x3 hole of glass at its centre), a 4x4 purple speck and an 8 px near-black border on the left
// and top whose chroma noise is strongly saturated.
class SyntheticSlide
{
public:
    static constexpr int Width = 400, Height = 300;

    SyntheticSlide()
    {
        image.width = Width;
        image.height = Height;
        image.rgb.resize(size_t(Width) * Height * 3);
        for (int y = 0; y < Height; ++y) {
            for (int x = 0; x < Width; ++x) {
                if (x < 8 || y < 8) {
                    set(x, y, {12, 12, 12}, 8);
                } else if (inEllipse(x, y, 110, 150, 60, 80)) {
                    set(x, y, Pink, 4);
                } else if (inEllipse(x, y, 280, 140, 70, 60)
                           && !(std::abs(x - 280) <= 1 && std::abs(y - 140) <= 1)) {
                    set(x, y, Purple, 4);
                } else if (x >= 360 && x < 364 && y >= 260 && y < 264) {
                    set(x, y, Purple, 4);
                } else {
                    set(x, y, Glass, 4);
                }
            }
        }
    }

    RgbImage image;

private:
    static bool inEllipse(int x, int y, int cx, int cy, int rx, int ry)
    {
        const double dx = double(x - cx) / rx, dy = double(y - cy) / ry;
        return dx * dx + dy * dy <= 1.0;
    }

    void set(int x, int y, Rgb colour, int noise)
    {
        std::uniform_int_distribution<int> jitter(-noise, noise);
        uint8_t *pixel = image.rgb.data() + (size_t(y) * Width + x) * 3;
        pixel[0] = uint8_t(std::clamp(colour.r + jitter(m_random), 0, 255));
        pixel[1] = uint8_t(std::clamp(colour.g + jitter(m_random), 0, 255));
        pixel[2] = uint8_t(std::clamp(colour.b + jitter(m_random), 0, 255));
    }

    std::mt19937 m_random {42};
};

RgbImage constantImage(int width, int height, Rgb colour)
{
    RgbImage image {width, height, {}};
    for (int i = 0; i < width * height; ++i) {
        image.rgb.insert(image.rgb.end(),
                         {uint8_t(colour.r), uint8_t(colour.g), uint8_t(colour.b)});
    }
    return image;
}

// A 100x100 mask at downsample 16 (a 1600x1600 slide) whose columns x < tissueColumns are tissue.
TissueMask columnMask(int tissueColumns)
{
    TissueMask mask;
    mask.width = mask.height = 100;
    mask.downsample = 16.0;
    mask.mask.resize(100 * 100);
    for (int y = 0; y < 100; ++y) {
        for (int x = 0; x < tissueColumns; ++x) {
            mask.mask[size_t(y) * 100 + x] = 1;
        }
    }
    return mask;
}

const std::vector<PyramidLevel> SmallSlide {{1600, 1600, 1.0}, {400, 400, 4.0}, {100, 100, 16.0}};

} // namespace

TEST_CASE("Tissue detection finds stained blobs and leaves glass, border and specks", "[analysis]")
{
    const SyntheticSlide slide;
    const TissueMask mask = detectTissue(slide.image, 32.0);
    CHECK(mask.width == SyntheticSlide::Width);
    CHECK(mask.height == SyntheticSlide::Height);
    CHECK(mask.downsample == 32.0);
    // Otsu splits between glass (saturation <= 0.05) and pink tissue (about 0.32).
    CHECK(mask.threshold > 0.06);
    CHECK(mask.threshold < 0.28);
    CHECK(mask.at(110, 150)); // pink
    CHECK(mask.at(280, 180)); // purple
    CHECK(mask.at(280, 140)); // the hole, filled by closing
    CHECK_FALSE(mask.at(200, 30)); // glass
    CHECK_FALSE(mask.at(3, 150)); // near-black border
    CHECK_FALSE(mask.at(150, 4));
    CHECK_FALSE(mask.at(361, 261)); // speck, below minAreaFraction
    CHECK_FALSE(mask.at(-1, 0));
    CHECK_FALSE(mask.at(0, SyntheticSlide::Height));
    const double pi = 3.14159265358979;
    const double expected = (pi * 60 * 80 + pi * 70 * 60) / (400.0 * 300.0);
    CHECK(mask.tissueFraction() == Approx(expected).margin(0.01));
}

TEST_CASE("Each tissue mask step is needed for its case", "[analysis]")
{
    const SyntheticSlide slide;
    TissueMaskOptions options;
    options.minAreaFraction = 0.0;
    CHECK(detectTissue(slide.image, 1.0, options).at(361, 261)); // the speck stays
    options = {};
    options.closeRadius = 0;
    CHECK_FALSE(detectTissue(slide.image, 1.0, options).at(280, 140)); // the hole stays
}

TEST_CASE("Specks that touch diagonally are one component", "[analysis]")
{
    // 200x200 glass, minimum area 0.0005 * 40000 = 20 px: two 4x4 squares meeting at a corner
    // make 32 px and stay (one pair leaning each way); a lone 4x4 square goes.
    RgbImage image = constantImage(200, 200, Glass);
    const auto square = [&image](int left, int top) {
        for (int y = top; y < top + 4; ++y) {
            for (int x = left; x < left + 4; ++x) {
                uint8_t *pixel = image.rgb.data() + (size_t(y) * 200 + x) * 3;
                pixel[0] = uint8_t(Purple.r);
                pixel[1] = uint8_t(Purple.g);
                pixel[2] = uint8_t(Purple.b);
            }
        }
    };
    square(50, 50);
    square(54, 54);
    square(100, 50);
    square(96, 54);
    square(150, 150);
    TissueMaskOptions options;
    options.closeRadius = options.openRadius = 0;
    const TissueMask mask = detectTissue(image, 1.0, options);
    CHECK(mask.at(50, 50));
    CHECK(mask.at(57, 57));
    CHECK(mask.at(103, 50));
    CHECK(mask.at(96, 57));
    CHECK_FALSE(mask.at(150, 150));
    CHECK(mask.tissueFraction() == Approx(64.0 / 40000.0));
}

TEST_CASE("Tissue up to the image edge is not eroded", "[analysis]")
{
    // All tissue: one saturation value, so Otsu has no split and the 0.05 floor decides.
    const RgbImage pink = constantImage(30, 20, Pink);
    CHECK(detectTissue(pink, 1.0).tissueFraction() == 1.0);
    TissueMaskOptions wide;
    wide.closeRadius = wide.openRadius = 1000; // wider than the image
    CHECK(detectTissue(pink, 1.0, wide).tissueFraction() == 1.0);
}

TEST_CASE("Blank glass and pure black have no tissue", "[analysis]")
{
    RgbImage glass = SyntheticSlide().image;
    for (size_t i = 0; i < glass.rgb.size(); i += 3) {
        glass.rgb[i] = 236;
        glass.rgb[i + 1] = uint8_t(230 + i % 9);
        glass.rgb[i + 2] = 238;
    }
    const TissueMask mask = detectTissue(glass, 1.0);
    CHECK(mask.tissueFraction() == 0.0);
    CHECK(mask.threshold >= 0.05);
    CHECK(detectTissue(constantImage(20, 10, {0, 0, 0}), 1.0).tissueFraction() == 0.0);
    CHECK(detectTissue(RgbImage {}, 1.0).mask.empty());
    CHECK_THROWS_AS(detectTissue(RgbImage {2, 2, {1, 2, 3}}, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(detectTissue(glass, 0.0), std::invalid_argument);
}

TEST_CASE("Patch grid keeps the patches that are mostly tissue", "[analysis]")
{
    PatchGridSpec spec {0.25, 0.5, 100, 0.5}; // target downsample 2: 200 px patches, 8x8 grid
    const PatchGrid half = buildPatchGrid(SmallSlide, columnMask(50), spec);
    CHECK(half.columns == 8);
    CHECK(half.rows == 8);
    CHECK(half.patchSideLevel0 == Approx(200.0));
    CHECK(half.level == 0);
    CHECK(half.readSize == 200);
    REQUIRE(half.patches.size() == 32);
    CHECK(half.patches[1].column == 1);
    CHECK(half.patches[4].column == 0);
    CHECK(half.patches[4].row == 1);
    CHECK(half.patches[4].x0 == 0);
    CHECK(half.patches[4].y0 == 200);
    CHECK(half.patches[31].x0 == 600);
    CHECK(half.patches[31].readSize == 200);
    for (const PatchLocation &patch : half.patches) {
        CHECK(patch.column < 4);
    }
    // Tissue up to mask column 60 covers 80% of grid column 4 (mask columns 50..62.5).
    CHECK(buildPatchGrid(SmallSlide, columnMask(60), spec).patches.size() == 40);
    spec.minTissueFraction = 0.9;
    CHECK(buildPatchGrid(SmallSlide, columnMask(60), spec).patches.size() == 32);
    // Patches cut mask pixels (12.5 mask px a side): all-tissue ones still count as fully tissue.
    spec.minTissueFraction = 1.0;
    CHECK(buildPatchGrid(SmallSlide, columnMask(100), spec).patches.size() == 64);
    spec.minTissueFraction = 0.0;
    CHECK(buildPatchGrid(SmallSlide, columnMask(0), spec).patches.size() == 64);
    // A slide of 1700 px still holds 8 whole patches; the partial ninth is dropped.
    const std::vector<PyramidLevel> wider {{1700, 1600, 1.0}};
    CHECK(buildPatchGrid(wider, columnMask(100), spec).columns == 8);
}

TEST_CASE("The read level is the coarsest one not coarser than the target", "[analysis]")
{
    const std::vector<PyramidLevel> pyramid {
        {65536, 65536, 1.0}, {16384, 16384, 4.0}, {4096, 4096, 16.0}, {1024, 1024, 64.0}};
    CHECK(bestLevelForDownsample(pyramid, 8.0) == 1);
    CHECK(bestLevelForDownsample(pyramid, 0.5) == 0);
    CHECK(bestLevelForDownsample(pyramid, 1.0) == 0);
    CHECK(bestLevelForDownsample(pyramid, 16.0) == 2);
    CHECK(bestLevelForDownsample(pyramid, 1000.0) == 3);
    // Scanner downsamples a little over the nominal value still count within 1%.
    const std::vector<PyramidLevel> scanner {
        {40000, 30000, 1.0}, {10000, 7500, 4.002}, {2500, 1875, 16.01}};
    CHECK(bestLevelForDownsample(scanner, 4.0) == 1);
    CHECK(bestLevelForDownsample(scanner, 3.9) == 0);
    const std::vector<PyramidLevel> unsorted {{100, 100, 4.0}, {400, 400, 1.0}, {25, 25, 16.0}};
    CHECK(bestLevelForDownsample(unsorted, 2.0) == 1);
    CHECK(bestLevelForDownsample(unsorted, 8.0) == 0);

    TissueMask mask = columnMask(100);
    mask.downsample = 655.36;
    const PatchGrid grid = buildPatchGrid(pyramid, mask, {0.25, 2.0, 256, 0.5}); // target 8
    CHECK(grid.level == 1);
    CHECK(grid.levelDownsample == 4.0);
    CHECK(grid.readSize == 512);
    CHECK(grid.columns == 32);
    CHECK(grid.patches.size() == 32 * 32);
    CHECK(buildPatchGrid(scanner, mask, {0.25, 1.0, 256, 0.5}).readSize == 256);
}

TEST_CASE("Nonsensical patch grid specs throw", "[analysis]")
{
    const TissueMask mask = columnMask(50);
    CHECK_THROWS_WITH(buildPatchGrid({}, mask, {0.25, 0.5, 224, 0.5}),
                      Catch::Contains("no pyramid levels"));
    CHECK_THROWS_AS(buildPatchGrid(SmallSlide, mask, {0.0, 0.5, 224, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(buildPatchGrid(SmallSlide, mask, {0.25, -1.0, 224, 0.5}),
                    std::invalid_argument);
    CHECK_THROWS_AS(buildPatchGrid(SmallSlide, mask, {0.25, 0.5, 0, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(buildPatchGrid(SmallSlide, mask, {0.25, 0.5, 224, 1.5}), std::invalid_argument);
    const std::vector<PyramidLevel> huge {{1000000, 1000000, 1.0}};
    CHECK_THROWS_WITH(buildPatchGrid(huge, mask, {1.0, 0.01, 1, 0.5}),
                      Catch::Contains("10 million"));
    TissueMask broken = mask;
    broken.mask.pop_back();
    CHECK_THROWS_AS(buildPatchGrid(SmallSlide, broken, {0.25, 0.5, 224, 0.5}),
                    std::invalid_argument);
    CHECK_THROWS_AS(bestLevelForDownsample({}, 2.0), std::invalid_argument);
}

TEST_CASE("Patch resizing averages areas and writes planar CHW", "[analysis]")
{
    const RgbImage constant = constantImage(37, 23, {10, 128, 250});
    for (const int size : {16, 64}) {
        std::vector<float> out(size_t(3 * size * size));
        resizeToPatch(constant, size, out.data());
        for (size_t i = 0; i < out.size(); ++i) {
            const int channel = int(i / size_t(size * size));
            CHECK(out[i]
                  == Approx(std::array {10, 128, 250}[size_t(channel)] / 255.0).margin(1e-5));
        }
    }
    // A one-pixel checkerboard shrunk by two averages to grey; two-pixel blocks stay black/white.
    RgbImage fine = constantImage(8, 8, {0, 0, 0}), blocks = fine;
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            const uint8_t value = (x + y) % 2 ? 255 : 0, blockValue = (x / 2 + y / 2) % 2 ? 255 : 0;
            std::fill_n(fine.rgb.begin() + (y * 8 + x) * 3, 3, value);
            std::fill_n(blocks.rgb.begin() + (y * 8 + x) * 3, 3, blockValue);
        }
    }
    std::vector<float> out(3 * 4 * 4);
    resizeToPatch(fine, 4, out.data());
    for (const float value : out) {
        CHECK(value == Approx(0.5f).margin(1e-5));
    }
    resizeToPatch(blocks, 4, out.data());
    for (int i = 0; i < 16; ++i) {
        CHECK(out[size_t(i)] == Approx((i % 4 + i / 4) % 2 ? 1.0 : 0.0).margin(1e-5));
    }
    // Shrinking by three averages 3x3 blocks of a one-pixel checkerboard: 4/9 or 5/9 white.
    RgbImage nine = constantImage(9, 9, {0, 0, 0});
    for (int i = 0; i < 81; ++i) {
        std::fill_n(nine.rgb.begin() + i * 3, 3, uint8_t((i % 9 + i / 9) % 2 ? 255 : 0));
    }
    std::vector<float> small(3 * 3 * 3);
    resizeToPatch(nine, 3, small.data());
    CHECK(small[0] == Approx(4.0 / 9.0).margin(1e-5));
    CHECK(small[1] == Approx(5.0 / 9.0).margin(1e-5));
    CHECK(small[4] == Approx(4.0 / 9.0).margin(1e-5));
    // Red left half, blue right half: the red plane comes first.
    RgbImage halves = constantImage(6, 6, {255, 0, 0});
    for (int y = 0; y < 6; ++y) {
        for (int x = 3; x < 6; ++x) {
            halves.rgb[size_t(y * 6 + x) * 3] = 0;
            halves.rgb[size_t(y * 6 + x) * 3 + 2] = 255;
        }
    }
    resizeToPatch(halves, 2, out.data());
    CHECK(out[0] == Approx(1.0));
    CHECK(out[1] == Approx(0.0));
    CHECK(out[2 * 4 + 0] == Approx(0.0));
    CHECK(out[2 * 4 + 1] == Approx(1.0));
    CHECK_THROWS_AS(resizeToPatch(halves, 0, out.data()), std::invalid_argument);
    CHECK_THROWS_AS(resizeToPatch(RgbImage {}, 4, out.data()), std::invalid_argument);
}
