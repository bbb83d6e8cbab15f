// SPDX-License-Identifier: Apache-2.0
// SlideView's navigation extras: the glide after a drag and the magnification presets.
#include "viewers/slide/slideview.h"

namespace oncoview::slide {

void SlideView::glide()
{
    const double now = double(m_inertiaClock.nsecsElapsed()) * 1e-6;
    QPointF delta;
    if (!m_inertia.advance(now - m_lastGlideMs, &delta)) {
        m_inertiaTimer.stop();
        return;
    }
    m_lastGlideMs = now;
    const QPointF before = m_center;
    panBy(delta);
    if (m_center == before) {
        m_inertiaTimer.stop(); // at the edge of the slide
    }
}

double SlideView::nativeMagnification() const
{
    if (!m_source) {
        return 0.0;
    }
    if (const auto power = m_source->objectivePower(); power && *power > 0) {
        return *power;
    }
    // The usual scanner convention: 40x is about 0.25 µm/px, 20x about 0.5.
    if (const auto mpp = m_source->micronsPerPixel(); mpp && mpp->width() > 0) {
        return 10.0 / mpp->width();
    }
    return 0.0;
}

double SlideView::magnification() const
{
    const double native = nativeMagnification();
    return native > 0 ? native / m_downsample : 0.0;
}

bool SlideView::setMagnification(double magnification)
{
    const double native = nativeMagnification();
    if (native <= 0 || magnification <= 0) {
        return false;
    }
    m_autoFit = false;
    zoomTo(native / magnification, m_center);
    return true;
}

} // namespace oncoview::slide
