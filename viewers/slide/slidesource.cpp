// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/slidesource.h"

namespace oncoview::slide {

int SlideSource::bestLevelForDownsample(double downsample) const
{
    int best = 0;
    for (int level = 1; level < levelCount(); ++level) {
        if (levelDownsample(level) <= downsample * 1.01) {
            best = level;
        }
    }
    return best;
}

QImage SlideSource::readRegionReduced(int level, qint64 x0, qint64 y0, int width, int height,
                                      int reduction, QString *error) const
{
    const QImage full = readRegion(level, x0, y0, width, height, error);
    if (full.isNull() || reduction <= 1) {
        return full;
    }
    return full.scaled((width + reduction - 1) / reduction, (height + reduction - 1) / reduction,
                       Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QRectF SlideSource::contentBounds() const
{
    const QRectF all(QPointF(0, 0), QSizeF(levelCount() > 0 ? levelSize(0) : QSize()));
    const QMap<QString, QString> props = properties();
    bool ok[4] = {false, false, false, false};
    const double x = props.value(QStringLiteral("openslide.bounds-x")).toDouble(&ok[0]);
    const double y = props.value(QStringLiteral("openslide.bounds-y")).toDouble(&ok[1]);
    const double w = props.value(QStringLiteral("openslide.bounds-width")).toDouble(&ok[2]);
    const double h = props.value(QStringLiteral("openslide.bounds-height")).toDouble(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || w <= 0 || h <= 0) {
        return all;
    }
    const QRectF bounds = QRectF(x, y, w, h).intersected(all);
    return bounds.isEmpty() ? all : bounds; // bounds outside the canvas are not believed
}

} // namespace oncoview::slide
