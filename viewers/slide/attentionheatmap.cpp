// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/attentionheatmap.h"

// Qt
#include <QPainter>

// Local
#include "viewers/slide/slideview.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace oncoview::slide {

namespace {

// viridis (van der Walt & Smith, matplotlib), 9 anchors; linear in between is within a few
// levels of the full table and keeps lightness monotonic.
constexpr std::array<std::array<float, 3>, 9> kViridis {{{0.267f, 0.005f, 0.329f},
                                                         {0.283f, 0.141f, 0.458f},
                                                         {0.254f, 0.265f, 0.530f},
                                                         {0.207f, 0.372f, 0.553f},
                                                         {0.164f, 0.471f, 0.558f},
                                                         {0.128f, 0.567f, 0.551f},
                                                         {0.135f, 0.659f, 0.518f},
                                                         {0.478f, 0.821f, 0.318f},
                                                         {0.993f, 0.906f, 0.144f}}};

} // namespace

QColor AttentionHeatmap::colormap(double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(kViridis.size() - 1);
    const size_t lower = std::min(size_t(t), kViridis.size() - 2);
    const float f = float(t - double(lower));
    const auto &a = kViridis[lower];
    const auto &b = kViridis[lower + 1];
    return QColor::fromRgbF(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f,
                            a[2] + (b[2] - a[2]) * f);
}

QImage AttentionHeatmap::colorBar(int width, int height)
{
    QImage bar(std::max(width, 1), std::max(height, 1), QImage::Format_RGB32);
    for (int x = 0; x < bar.width(); ++x) {
        const QRgb colour = colormap(double(x) / std::max(1, bar.width() - 1)).rgb();
        for (int y = 0; y < bar.height(); ++y) {
            bar.setPixel(x, y, colour);
        }
    }
    return bar;
}

void AttentionHeatmap::setCells(int columns, int rows, double cellSide,
                                const std::vector<Cell> &cells)
{
    m_columns = std::max(columns, 0);
    m_rows = std::max(rows, 0);
    m_cellSide = cellSide;
    m_values.assign(size_t(m_columns) * size_t(m_rows), -1.0f);
    float top = 0.0f;
    for (const Cell &cell : cells) {
        top = std::max(top, cell.value);
    }
    for (const Cell &cell : cells) {
        if (cell.column >= 0 && cell.row >= 0 && cell.column < m_columns && cell.row < m_rows) {
            m_values[size_t(cell.row) * size_t(m_columns) + size_t(cell.column)]
                = top > 0.0f ? cell.value / top : 0.0f;
        }
    }
    rebuildImage();
}

void AttentionHeatmap::setMask(int width, int height, double downsample,
                               const std::vector<uint8_t> &mask)
{
    m_maskImage = QImage();
    m_maskDownsample = downsample;
    if (width <= 0 || height <= 0 || mask.size() != size_t(width) * size_t(height)) {
        return;
    }
    m_maskImage = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    const QRgb tissue = qRgba(40, 170, 90, 255), glass = qRgba(0, 0, 0, 0);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_maskImage.scanLine(y));
        for (int x = 0; x < width; ++x) {
            line[x] = mask[size_t(y) * size_t(width) + size_t(x)] ? tissue : glass;
        }
    }
}

void AttentionHeatmap::clear()
{
    m_columns = m_rows = 0;
    m_values.clear();
    m_image = QImage();
    m_maskImage = QImage();
}

void AttentionHeatmap::setOpacity(double opacity)
{
    m_opacity = std::clamp(opacity, 0.0, 1.0);
}

void AttentionHeatmap::setThreshold(double threshold)
{
    m_threshold = std::clamp(threshold, 0.0, 1.0);
    rebuildImage();
}

void AttentionHeatmap::setShowMask(bool show)
{
    m_showMask = show;
}

void AttentionHeatmap::rebuildImage()
{
    if (m_values.empty()) {
        m_image = QImage();
        return;
    }
    m_image = QImage(m_columns, m_rows, QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    for (int row = 0; row < m_rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(row));
        for (int column = 0; column < m_columns; ++column) {
            const float v = m_values[size_t(row) * size_t(m_columns) + size_t(column)];
            if (v >= 0.0f && v >= float(m_threshold)) {
                line[column] = colormap(v).rgb();
            }
        }
    }
}

void AttentionHeatmap::paint(QPainter &painter, const SlideView &view) const
{
    const QImage &image = m_showMask ? m_maskImage : m_image;
    const double cell = m_showMask ? m_maskDownsample : m_cellSide;
    if (image.isNull() || cell <= 0.0) {
        return;
    }
    // Only the cells in view: at high zoom the whole map scaled up would be a huge transform.
    const QRectF visible = view.visibleLevel0Rect();
    const int x0 = std::clamp(int(std::floor(visible.left() / cell)), 0, image.width());
    const int y0 = std::clamp(int(std::floor(visible.top() / cell)), 0, image.height());
    const int x1 = std::clamp(int(std::ceil(visible.right() / cell)), 0, image.width());
    const int y1 = std::clamp(int(std::ceil(visible.bottom() / cell)), 0, image.height());
    if (x1 <= x0 || y1 <= y0) {
        return;
    }
    const QPointF topLeft = view.mapFromLevel0(QPointF(x0 * cell, y0 * cell));
    const QPointF bottomRight = view.mapFromLevel0(QPointF(x1 * cell, y1 * cell));
    painter.save();
    painter.setOpacity(m_showMask ? 0.35 : m_opacity);
    // Cells stay crisp squares: each one is a patch the model saw.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(topLeft, bottomRight), image, QRectF(x0, y0, x1 - x0, y1 - y0));
    painter.restore();
}

} // namespace oncoview::slide
