// SPDX-License-Identifier: Apache-2.0
// SlideView::renderImage: the view at screen or finer resolution, for saving and copying.
#include "viewers/slide/slideview.h"

// Qt
#include <QPainter>

// Local
#include "viewers/slide/export/regionrender.h"
#include "viewers/slide/scalebar.h"

namespace oncoview::slide {

QImage SlideView::renderImage(double scale, bool overlays, QString *error) const
{
    if (!m_source || scale <= 0) {
        *error = tr("No slide open");
        return {};
    }
    const double pixelRatio = devicePixelRatioF() * scale;
    QImage image((QSizeF(size()) * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("Not enough memory for the image.");
        return {};
    }
    image.setDevicePixelRatio(pixelRatio);
    image.fill(QColor(0x1e, 0x1e, 0x1e)); // the view's background around the slide
    const QRectF slideArea(QPointF(0, 0), QSizeF(m_grid.levelSize(0)));
    const QRectF shown = visibleLevel0Rect().intersected(slideArea);
    QPainter painter(&image);
    if (!shown.isEmpty()) {
        const QImage tissue
            = renderSlideRegion(*m_source, {shown, m_downsample / pixelRatio}, error);
        if (tissue.isNull()) {
            return {};
        }
        const QPointF topLeft = mapFromLevel0(shown.topLeft());
        painter.drawImage(QRectF(topLeft, QSizeF(tissue.size()) / pixelRatio), tissue);
    }
    if (overlays) {
        for (const auto &paint : {m_analysisPainter, m_layerPainter}) {
            if (paint) {
                painter.save();
                paint(painter);
                painter.restore();
            }
        }
    }
    const auto mpp = m_source->micronsPerPixel();
    const auto power = m_source->objectivePower();
    paintScaleBar(
        painter, rect(), mpp ? std::optional<double>(mpp->width() * m_downsample) : std::nullopt,
        power ? std::optional<double>(*power / m_downsample) : std::nullopt, m_downsample);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

} // namespace oncoview::slide
