// SPDX-License-Identifier: Apache-2.0
// SlideView's keyboard, the glide after a drag and the magnification presets.
#include "viewers/slide/slideview.h"

// Qt
#include <QKeyEvent>

namespace oncoview::slide {

void SlideView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = 0.1 * std::min(width(), height());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomSmoothly(1.0 / 1.5, centre);
    case Qt::Key_Minus:
        return zoomSmoothly(1.5, centre);
    case Qt::Key_Left:
        return panBy({step, 0});
    case Qt::Key_Right:
        return panBy({-step, 0});
    case Qt::Key_Up:
        return panBy({0, step});
    case Qt::Key_Down:
        return panBy({0, -step});
    case Qt::Key_Home:
        m_autoFit = true;
        return fitToWindow();
    case Qt::Key_1: // magnification presets, as on a microscope's nosepiece
        setMagnification(1);
        return;
    case Qt::Key_2:
        setMagnification(2);
        return;
    case Qt::Key_3:
        setMagnification(5);
        return;
    case Qt::Key_4:
        setMagnification(10);
        return;
    case Qt::Key_5:
        setMagnification(20);
        return;
    case Qt::Key_6:
        setMagnification(40);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

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
