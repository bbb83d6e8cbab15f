// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QRect>
#include <QString>

#include <optional>

class QPainter;

namespace oncoview::slide {

// A scale bar of a round length (1, 2 or 5 times a power of ten micrometres).
struct ScaleBar
{
    double micrometres = 0.0;
    double pixels = 0.0; // on screen
    QString label; // "200 µm", "1 mm"
};

// The longest round bar not longer than `maxPixels` at `micronsPerScreenPixel`; an empty bar
// (pixels 0) for a non-positive scale.
ScaleBar chooseScaleBar(double micronsPerScreenPixel, double maxPixels = 160.0);

// The same in slide (level-0) pixels, for a slide whose file gives no microns per pixel:
// "500 px".
ScaleBar choosePixelScaleBar(double slidePixelsPerScreenPixel, double maxPixels = 160.0);

// GUI thread. Draws the bar and the magnification ("10×") in the bottom-left corner of
// `widgetRect`. Without `micronsPerScreenPixel` (the file has no calibration) the bar is in
// slide pixels and says that µm are unknown, so nobody reads pixels as micrometres.
void paintScaleBar(QPainter &painter, const QRect &widgetRect,
                   std::optional<double> micronsPerScreenPixel, std::optional<double> magnification,
                   double slidePixelsPerScreenPixel);

} // namespace oncoview::slide
