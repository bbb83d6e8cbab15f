// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QImage>
#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>

namespace oncoview::slide {

class SlideSource;

// The largest image a region export or view capture makes: 16384 px a side and 256
// megapixels (1 GB in ARGB32). Larger asks are refused with a message, not attempted.
constexpr int kMaxRegionSide = 16384;
constexpr qint64 kMaxRegionPixels = 256LL * 1024 * 1024;

struct RegionRequest
{
    QRectF level0Area; // what to render, in level-0 pixels
    double downsample = 1.0; // level-0 pixels per output pixel (µm/px over the slide's µm/px)
};

// The output size for a request: the area divided by the downsample, rounded up.
QSize regionOutputSize(const RegionRequest &request);

// Renders the area at the downsample from the finest level that is at least as fine, read in
// chunks and scaled smoothly, so a 2x view capture or a 0.5 µm/px export has real detail.
// Outside the slide is white. Any thread (SlideSource reads are thread-safe). `progress`
// gets 0..1; `cancel` stops it (null image, empty error). A null image and `error` on a read
// failure or a size over the limits.
QImage renderSlideRegion(const SlideSource &source, const RegionRequest &request, QString *error,
                         const std::function<void(double)> &progress = {},
                         const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::slide
