// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/minimap.h"

// Qt
#include <QPainter>

namespace oncoview::slide {

bool MiniMap::build(const TileGrid &grid, int level, TileCache &cache)
{
    const QRectF all(QPointF(0, 0), QSizeF(grid.levelSize(0)));
    std::vector<std::pair<QRectF, QImage>> tiles;
    for (const TileKey &key : grid.tilesIn(level, all)) {
        QImage tile = cache.find(key);
        if (tile.isNull()) {
            return false;
        }
        tiles.emplace_back(grid.level0Rect(key), std::move(tile));
    }
    const QSize size = grid.levelSize(0).scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio);
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0x3a, 0x3a, 0x3a));
    m_scale = double(image.width()) / all.width();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const auto &[r, tile] : tiles) {
        painter.drawImage(QRectF(r.topLeft() * m_scale, r.size() * m_scale), tile);
    }
    painter.end();
    m_image = image;
    return true;
}

QRect MiniMap::rect(const QSize &widgetSize) const
{
    if (m_image.isNull()) {
        return {};
    }
    return QRect(QPoint(widgetSize.width() - m_image.width() - 12, 12), m_image.size());
}

void MiniMap::paint(QPainter &painter, const QSize &widgetSize, const QRectF &visible) const
{
    const QRect box = rect(widgetSize);
    if (box.isEmpty()) {
        return;
    }
    painter.save();
    painter.drawImage(box.topLeft(), m_image);
    painter.setPen(QPen(QColor(255, 255, 255, 180), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box.adjusted(0, 0, -1, -1));
    const QRectF frame(box.topLeft() + visible.topLeft() * m_scale, visible.size() * m_scale);
    painter.setClipRect(box);
    painter.setPen(QPen(QColor(230, 40, 40), 2));
    painter.drawRect(frame.intersected(QRectF(box)).adjusted(1, 1, -1, -1));
    painter.restore();
}

std::optional<QPointF> MiniMap::level0At(const QPointF &widgetPoint, const QSize &widgetSize) const
{
    const QRect box = rect(widgetSize);
    if (!box.contains(widgetPoint.toPoint())) {
        return std::nullopt;
    }
    return (widgetPoint - box.topLeft()) / m_scale;
}

} // namespace oncoview::slide
