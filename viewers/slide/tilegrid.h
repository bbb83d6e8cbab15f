// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/slidesource.h"
#include "viewers/slide/tilekey.h"

// Qt
#include <QRect>
#include <QRectF>

#include <vector>

namespace oncoview::slide {

// The tile layout the viewer uses on a slide: its levels, per level a tile size (the file's own
// tile size doubled up to at least 256, so reads stay aligned with the file's tiles) and the
// mapping between tiles and level-0 rectangles. A value type; any thread.
//
// The grid's levels are the slide's pyramid levels plus, where the reader decodes a level at
// 1/2, 1/4 or 1/8 natively (JPEG tiles, SlideSource::maxNativeReduction) and the next pyramid
// level is more than twice as coarse, reduced levels in between: a view at downsample 2-4 of
// an SVS pyramid (levels 1, 4, 16) then decodes level 0 at half size, a quarter of the pixels,
// instead of decoding it whole and scaling down.
class TileGrid
{
public:
    TileGrid() = default;
    explicit TileGrid(const SlideSource &source);

    int levelCount() const { return int(m_levels.size()); }
    // The slide level a grid level reads, and the reduction it reads it at (1: as stored).
    int sourceLevel(int level) const { return m_sourceLevels.at(size_t(level)); }
    int reduction(int level) const { return m_reductions.at(size_t(level)); }
    // The finest grid level whose downsample does not exceed `downsample` (1 % tolerance, as
    // SlideSource::bestLevelForDownsample).
    int bestLevelForDownsample(double downsample) const;
    int tileSize(int level) const { return m_tileSizes.at(size_t(level)); }
    double downsample(int level) const { return m_levels.at(size_t(level)).downsample; }
    QSize levelSize(int level) const { return m_levels.at(size_t(level)).size; }
    int columns(int level) const;
    int rows(int level) const;
    bool isValid(const TileKey &key) const;

    // The tile's pixels in its own level (clipped to the level) ...
    QRect levelRect(const TileKey &key) const;
    // ... and the level-0 area they cover.
    QRectF level0Rect(const TileKey &key) const;
    // Tiles of `level` that intersect `level0Area`, nearest to its centre first.
    std::vector<TileKey> tilesIn(int level, const QRectF &level0Area) const;

private:
    std::vector<SlideLevel> m_levels;
    std::vector<int> m_tileSizes;
    std::vector<int> m_sourceLevels;
    std::vector<int> m_reductions;
};

} // namespace oncoview::slide
