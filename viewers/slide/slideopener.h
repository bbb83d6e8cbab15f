// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/slidesource.h"

#include <memory>

namespace oncoview::slide {

// Which reader opens a slide.
enum class SlideReader {
    Automatic, // TIFF slides with TiffSlideSource, the rest (and any TIFF it declines) OpenSlide
    OpenSlideOnly,
};

// Any thread (reads headers: keep it off the GUI thread). Aperio SVS, generic tiled TIFF and
// OME-TIFF open with OncoView's TIFF reader (faster JPEG tiles; OME-TIFF, which OpenSlide
// 3.4.1 refuses); NDPI, MRXS, SCN, Philips, Ventana and every TIFF the reader declines go to
// OpenSlide. The environment variable ONCOVIEW_SLIDE_READER=openslide forces OpenSlide (to
// compare the two, or as a way round a reader bug). Null with a one-line `error` on failure.
std::shared_ptr<SlideSource> openSlide(const QString &path, QString *error,
                                       SlideReader reader = SlideReader::Automatic);

} // namespace oncoview::slide
