// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/scalebar.h"

// Qt
#include <QCoreApplication>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace oncoview::slide {

namespace {

// The longest 1, 2 or 5 times a power of ten that fits `maxPixels` at `unitsPerScreenPixel`.
ScaleBar roundBar(double unitsPerScreenPixel, double maxPixels)
{
    ScaleBar bar;
    if (!(unitsPerScreenPixel > 0.0) || !(maxPixels > 0.0)) {
        return bar;
    }
    const double longest = unitsPerScreenPixel * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(longest)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= longest) {
            bar.micrometres = step * power;
            break;
        }
    }
    bar.pixels = bar.micrometres / unitsPerScreenPixel;
    return bar;
}

} // namespace

ScaleBar chooseScaleBar(double micronsPerScreenPixel, double maxPixels)
{
    ScaleBar bar = roundBar(micronsPerScreenPixel, maxPixels);
    if (bar.pixels > 0) {
        bar.label = bar.micrometres >= 1000.0
            ? QStringLiteral("%1 mm").arg(bar.micrometres / 1000.0)
            : QStringLiteral("%1 µm").arg(bar.micrometres);
    }
    return bar;
}

ScaleBar choosePixelScaleBar(double slidePixelsPerScreenPixel, double maxPixels)
{
    ScaleBar bar = roundBar(slidePixelsPerScreenPixel, maxPixels);
    if (bar.pixels > 0) {
        bar.label
            = QCoreApplication::translate("oncoview::slide::ScaleBar", "%1 px (no µm/px in file)")
                  .arg(bar.micrometres);
        bar.micrometres = 0.0; // a length in slide pixels, not micrometres
    }
    return bar;
}

void paintScaleBar(QPainter &painter, const QRect &widgetRect,
                   std::optional<double> micronsPerScreenPixel, std::optional<double> magnification,
                   double slidePixelsPerScreenPixel)
{
    const ScaleBar bar = micronsPerScreenPixel ? chooseScaleBar(*micronsPerScreenPixel)
                                               : choosePixelScaleBar(slidePixelsPerScreenPixel);
    QStringList parts;
    if (bar.pixels > 0) {
        parts << bar.label;
    }
    if (magnification) {
        parts << QStringLiteral("%1×").arg(*magnification, 0, 'f', *magnification < 10 ? 1 : 0);
    }
    if (parts.isEmpty()) {
        return;
    }
    const QString text = parts.join(QStringLiteral("   "));
    const int textWidth = painter.fontMetrics().horizontalAdvance(text);
    const QRect box(widgetRect.left() + 12, widgetRect.bottom() - 51,
                    int(std::max(bar.pixels, double(textWidth))) + 20, 40);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::black);
    painter.drawText(box.adjusted(10, 4, -10, -18), Qt::AlignLeft | Qt::AlignVCenter, text);
    if (bar.pixels > 0) {
        painter.fillRect(QRectF(box.left() + 10, box.bottom() - 13, bar.pixels, 5), Qt::black);
    }
    painter.restore();
}

} // namespace oncoview::slide
