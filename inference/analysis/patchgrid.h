// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/analysis/tissuemask.h"

#include <cstdint>
#include <vector>

namespace oncoview::inference::analysis {

// One level of a slide pyramid; level 0 is the full-resolution level.
struct PyramidLevel
{
    int64_t width = 0, height = 0;
    double downsample = 1.0;
};

struct PatchGridSpec
{
    double slideUmPerPx = 0.0; // level-0 µm per pixel (must be > 0)
    double patchUmPerPx = 0.0; // the model's µm per pixel
    int patchSize = 0; // the model's patch side in pixels
    double minTissueFraction = 0.5; // share of the patch area that must be tissue in the mask
};

struct PatchLocation
{
    int64_t x0 = 0, y0 = 0; // top-left in level-0 pixels
    int level = 0; // the pyramid level to read
    int readSize = 0; // side in pixels to read at that level (then resized to patchSize)
    int column = 0, row = 0; // position in the grid
};

struct PatchGrid
{
    std::vector<PatchLocation> patches; // row-major over the grid, tissue patches only
    int columns = 0, rows = 0;
    double patchSideLevel0 = 0.0; // patch side in level-0 pixels
    int level = 0;
    double levelDownsample = 1.0;
    int readSize = 0;
};

// The level with the largest downsample that is still <= downsample * 1.01, i.e. the coarsest
// level that does not lose resolution (OpenSlide's rule, with a tolerance for scanners that
// report 4.0003 for a nominal 4). Level 0 (the finest) when none qualifies. Throws
// std::invalid_argument for an empty pyramid or a downsample that is not positive.
int bestLevelForDownsample(const std::vector<PyramidLevel> &levels, double downsample);

// Target downsample = patchUmPerPx / slideUmPerPx; the grid covers level 0 with non-overlapping
// patches of side patchSize * target level-0 px (partial edge patches dropped). A patch is kept
// when the share of its footprint covered by tissue in `mask` (exact area, mask pixels count
// partially; mask.downsample maps it to level 0) is >= minTissueFraction. Read level =
// bestLevelForDownsample(target); readSize = round(patchSize * target / levelDownsample).
// Throws std::invalid_argument with a sentence naming the problem for nonsensical specs (no
// levels, mpp <= 0, patchSize <= 0, a grid of more than 10 million patches, a mask whose buffer
// does not match its size). O(mask pixels + grid cells); callable from any thread.
PatchGrid buildPatchGrid(const std::vector<PyramidLevel> &levels, const TissueMask &mask,
                         const PatchGridSpec &spec);

// Area-averaging resize (box filter along an axis that shrinks, bilinear with half-pixel centres
// along one that grows) of an RGB image to size x size, then conversion to planar float CHW in
// [0,1] written into `out`, which must hold 3 * size * size floats. Throws std::invalid_argument
// for an empty or inconsistent image, size <= 0 or a null `out`.
void resizeToPatch(const RgbImage &image, int size, float *out);

} // namespace oncoview::inference::analysis
