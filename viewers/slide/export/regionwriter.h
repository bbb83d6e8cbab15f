// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QImage>
#include <QString>

// Local
#include "viewers/slide/export/regionrender.h"

namespace oncoview::slide {

// What a region export records about itself.
struct RegionMetadata
{
    double micronsPerPixel = 0.0; // of the written image; 0: unknown (not written)
    QString description; // e.g. the source slide and the level-0 rectangle
};

// Writes a rendered slide region as a tiled, losslessly compressed (deflate) RGB TIFF with its
// pixel size in the resolution tags (pixels per centimetre, as QuPath, ImageJ and OpenSlide's
// generic TIFF read it), or as a PNG with the pixel size in its pHYs chunk; chosen by the
// suffix (.tif/.tiff or .png). The file is written aside and renamed, so an interrupted
// export never leaves a partial image under the name. "" or a message naming the reason.
QString writeRegionImage(const QImage &image, const RegionMetadata &metadata, const QString &path);

// Renders `request` from the slide and writes it (renderSlideRegion, then writeRegionImage):
// any thread. "" on success, empty too when cancelled (then nothing is written), else why not.
QString exportSlideRegion(const SlideSource &source, const RegionRequest &request,
                          const RegionMetadata &metadata, const QString &path,
                          const std::function<void(double)> &progress = {},
                          const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::slide
