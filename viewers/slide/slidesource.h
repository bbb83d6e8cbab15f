// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QImage>
#include <QMap>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "viewers/slide/tilelimits.h"

#include <optional>
#include <vector>

namespace oncoview::slide {

// One pyramid level: its size in level pixels and its downsample against level 0.
struct SlideLevel
{
    QSize size;
    double downsample = 1.0;
    QSize tileSizeHint; // the file's own tile size, or an invalid size when unknown
};

// A multi-resolution slide. Metadata is fixed after construction and may be read from any
// thread; readRegion and associatedImage are thread-safe (the tile loader calls them from its
// workers).
class SlideSource
{
public:
    virtual ~SlideSource() = default;

    virtual QString path() const = 0;
    // Vendor name as OpenSlide spells it ("aperio", "generic-tiff", ...).
    virtual QString vendor() const = 0;
    virtual const std::vector<SlideLevel> &levels() const = 0;
    // Micrometres per level-0 pixel (x, y), when the file says so.
    virtual std::optional<QSizeF> micronsPerPixel() const = 0;
    virtual std::optional<double> objectivePower() const = 0;
    // Every property the backend knows, e.g. "openslide.vendor", "tiff.XResolution".
    virtual QMap<QString, QString> properties() const = 0;
    virtual QStringList associatedImageNames() const = 0;

    // Any thread. A null image when `name` is unknown or unreadable (then `error` says why).
    virtual QImage associatedImage(const QString &name, QString *error = nullptr) const = 0;

    // Any thread. Reads `width` x `height` pixels of `level`, whose top-left corner is at
    // (x0, y0) in LEVEL-0 coordinates (OpenSlide's convention). The result is
    // Format_ARGB32_Premultiplied; pixels outside the slide are transparent. A null image on
    // a read error (then `error` says why).
    virtual QImage readRegion(int level, qint64 x0, qint64 y0, int width, int height,
                              QString *error = nullptr) const = 0;

    // The largest reduction (1, 2, 4 or 8) readRegionReduced decodes natively at `level`: a
    // JPEG-tiled level decodes at 1/2, 1/4 or 1/8 with libjpeg's scaled IDCT, several times
    // faster than decoding in full and scaling down. 1: reduced reads only scale.
    virtual int maxNativeReduction(int level) const
    {
        Q_UNUSED(level);
        return 1;
    }
    // Any thread. Reads `width` x `height` pixels of `level` at (x0, y0) (level-0 coordinates)
    // and returns them reduced `reduction` times in each direction (rounded up), e.g. a 512 x
    // 512 level region at reduction 2 as 256 x 256. The default reads in full and scales.
    virtual QImage readRegionReduced(int level, qint64 x0, qint64 y0, int width, int height,
                                     int reduction, QString *error = nullptr) const;

    int levelCount() const { return int(levels().size()); }
    QSize levelSize(int level) const { return levels().at(size_t(level)).size; }
    double levelDownsample(int level) const { return levels().at(size_t(level)).downsample; }
    QSize levelTileSizeHint(int level) const { return levels().at(size_t(level)).tileSizeHint; }
    // The level-0 rectangle holding image content: OpenSlide's openslide.bounds-x/-y/-width/
    // -height where the format pads its canvas (MRXS, NDPI, ...), else all of level 0. Fitting
    // the view to it shows the tissue, not an empty canvas around it.
    QRectF contentBounds() const;
    // The finest level whose downsample does not exceed `downsample` (OpenSlide's rule, with a
    // 1 % tolerance for pyramids whose downsamples are 4.002 instead of 4).
    int bestLevelForDownsample(double downsample) const;
};

} // namespace oncoview::slide
