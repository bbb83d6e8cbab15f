// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/tilecache.h"
#include "viewers/slide/tilegrid.h"

// Qt
#include <QImage>
#include <QRect>

#include <optional>

class QPainter;

namespace oncoview::slide {

// The slide overview in the view's top-right corner, with the visible area as a red frame.
// All methods: GUI thread.
class MiniMap
{
public:
    static constexpr int kMaxSide = 180;

    bool isNull() const { return m_image.isNull(); }
    void clear() { m_image = QImage(); }
    // Composes the overview from `level`'s tiles; false (and no change) while some are missing.
    bool build(const TileGrid &grid, int level, TileCache &cache);

    QRect rect(const QSize &widgetSize) const;
    void paint(QPainter &painter, const QSize &widgetSize, const QRectF &visibleLevel0) const;
    // The level-0 point under `widgetPoint`, when it is on the minimap.
    std::optional<QPointF> level0At(const QPointF &widgetPoint, const QSize &widgetSize) const;

private:
    QImage m_image;
    double m_scale = 1.0; // minimap pixels per level-0 pixel
};

} // namespace oncoview::slide
