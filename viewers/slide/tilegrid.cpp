// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tilegrid.h"

#include <algorithm>
#include <cmath>

namespace oncoview::slide {

TileGrid::TileGrid(const SlideSource &source)
{
    const std::vector<SlideLevel> &levels = source.levels();
    for (size_t i = 0; i < levels.size(); ++i) {
        const SlideLevel &level = levels[i];
        int size = level.tileSizeHint.isValid() ? level.tileSizeHint.width() : 256;
        // Tiny file tiles (64 px) would cost one OpenSlide call each; huge ones waste memory.
        while (size < 256) {
            size *= 2;
        }
        size = std::min(size, 1024);
        const auto add = [&](int reduction) {
            SlideLevel reduced = level;
            reduced.size = QSize((level.size.width() + reduction - 1) / reduction,
                                 (level.size.height() + reduction - 1) / reduction);
            reduced.downsample = level.downsample * reduction;
            m_levels.push_back(reduced);
            // A reduced tile covers `reduction` x `reduction` tiles of its slide level, so
            // its reads stay aligned with the file's tiles.
            m_tileSizes.push_back(size);
            m_sourceLevels.push_back(int(i));
            m_reductions.push_back(reduction);
        };
        add(1);
        const double next = i + 1 < levels.size() ? levels[i + 1].downsample : 0.0;
        for (int reduction = 2; reduction <= source.maxNativeReduction(int(i)); reduction *= 2) {
            if (next > 0 && level.downsample * reduction >= next / 1.01) {
                break;
            }
            add(reduction);
        }
    }
}

int TileGrid::bestLevelForDownsample(double downsample) const
{
    int best = 0;
    for (int level = 1; level < levelCount(); ++level) {
        if (this->downsample(level) <= downsample * 1.01) {
            best = level;
        }
    }
    return best;
}

int TileGrid::columns(int level) const
{
    return (levelSize(level).width() + tileSize(level) - 1) / tileSize(level);
}

int TileGrid::rows(int level) const
{
    return (levelSize(level).height() + tileSize(level) - 1) / tileSize(level);
}

bool TileGrid::isValid(const TileKey &key) const
{
    return key.level >= 0 && key.level < levelCount() && key.column >= 0
        && key.column < columns(key.level) && key.row >= 0 && key.row < rows(key.level);
}

QRect TileGrid::levelRect(const TileKey &key) const
{
    const int size = tileSize(key.level);
    const QRect tile(key.column * size, key.row * size, size, size);
    return tile.intersected(QRect(QPoint(0, 0), levelSize(key.level)));
}

QRectF TileGrid::level0Rect(const TileKey &key) const
{
    const QRect r = levelRect(key);
    const double ds = downsample(key.level);
    return QRectF(r.x() * ds, r.y() * ds, r.width() * ds, r.height() * ds);
}

std::vector<TileKey> TileGrid::tilesIn(int level, const QRectF &area) const
{
    std::vector<TileKey> keys;
    if (level < 0 || level >= levelCount() || area.isEmpty()) {
        return keys;
    }
    const double span = tileSize(level) * downsample(level);
    const int c0 = std::max(0, int(std::floor(area.left() / span)));
    const int r0 = std::max(0, int(std::floor(area.top() / span)));
    const int c1 = std::min(columns(level) - 1, int(std::floor(area.right() / span)));
    const int r1 = std::min(rows(level) - 1, int(std::floor(area.bottom() / span)));
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            keys.push_back({level, c, r});
        }
    }
    const QPointF centre = area.center();
    const auto distance = [&](const TileKey &k) {
        const QPointF d = level0Rect(k).center() - centre;
        return d.x() * d.x() + d.y() * d.y();
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const TileKey &a, const TileKey &b) { return distance(a) < distance(b); });
    return keys;
}

} // namespace oncoview::slide
