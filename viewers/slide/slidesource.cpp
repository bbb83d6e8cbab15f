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
