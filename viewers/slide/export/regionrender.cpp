// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/export/regionrender.h"

// Qt
#include <QCoreApplication>
#include <QPainter>

// Local
#include "viewers/slide/slidesource.h"

#include <algorithm>
#include <cmath>

namespace oncoview::slide {

namespace {

// Output pixels per chunk side: a chunk's level read stays a few tens of megabytes.
constexpr int kChunk = 2048;

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::slide", text);
}

} // namespace

QSize regionOutputSize(const RegionRequest &request)
{
    if (!(request.downsample > 0) || request.level0Area.isEmpty()) {
        return {};
    }
    const double w = std::ceil(request.level0Area.width() / request.downsample);
    const double h = std::ceil(request.level0Area.height() / request.downsample);
    if (!(w < 1e9 && h < 1e9)) {
        return {int(kMaxRegionSide) + 1, int(kMaxRegionSide) + 1};
    }
    return {int(w), int(h)};
}

QImage renderSlideRegion(const SlideSource &source, const RegionRequest &request, QString *error,
                         const std::function<void(double)> &progress,
                         const std::atomic<bool> *cancel)
{
    const QSize size = regionOutputSize(request);
    if (size.isEmpty()) {
        *error = tr("The region is empty.");
        return {};
    }
    if (size.width() > kMaxRegionSide || size.height() > kMaxRegionSide
        || qint64(size.width()) * size.height() > kMaxRegionPixels) {
        *error = tr("%1 × %2 pixels is larger than OncoView exports (at most %3 pixels a side and "
                    "%4 megapixels): choose a coarser resolution or a smaller region.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(kMaxRegionSide)
                     .arg(kMaxRegionPixels / (1024 * 1024));
        return {};
    }
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    if (out.isNull()) {
        *error = tr("Not enough memory for a %1 × %2 image.").arg(size.width()).arg(size.height());
        return {};
    }
    out.fill(Qt::white);
    const int level = source.bestLevelForDownsample(request.downsample);
    const double levelDownsample = source.levelDownsample(level);
    const QRectF area = request.level0Area;
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int columns = (size.width() + kChunk - 1) / kChunk;
    const int rows = (size.height() + kChunk - 1) / kChunk;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (cancel && cancel->load()) {
                error->clear();
                return {};
            }
            // The chunk in output pixels, then in level-0 and level pixels (one pixel of margin
            // so smooth scaling has neighbours at the seams).
            const QRect target(column * kChunk, row * kChunk,
                               std::min(kChunk, size.width() - column * kChunk),
                               std::min(kChunk, size.height() - row * kChunk));
            const double x0 = area.left() + target.left() * request.downsample;
            const double y0 = area.top() + target.top() * request.downsample;
            const qint64 readX = qint64(std::floor(x0 / levelDownsample) - 1);
            const qint64 readY = qint64(std::floor(y0 / levelDownsample) - 1);
            const double scale = levelDownsample / request.downsample; // level px -> output px
            const int readW = int(std::ceil(target.width() / scale)) + 3;
            const int readH = int(std::ceil(target.height() / scale)) + 3;
            QString readError;
            const QImage chunk = source.readRegion(
                level, qint64(std::llround(readX * levelDownsample)),
                qint64(std::llround(readY * levelDownsample)), readW, readH, &readError);
            if (chunk.isNull()) {
                *error = tr("Reading the slide failed: %1").arg(readError);
                return {};
            }
            // Where the read's top-left lands in output pixels.
            const QPointF origin((readX * levelDownsample - area.left()) / request.downsample,
                                 (readY * levelDownsample - area.top()) / request.downsample);
            painter.save();
            painter.setClipRect(target);
            painter.drawImage(QRectF(origin, QSizeF(readW * scale, readH * scale)), chunk);
            painter.restore();
            if (progress) {
                progress(double(row * columns + column + 1) / (rows * columns));
            }
        }
    }
    return out;
}

} // namespace oncoview::slide
