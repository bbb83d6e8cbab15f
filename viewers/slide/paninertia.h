// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QPointF>

#include <deque>
#include <utility>

namespace oncoview::slide {

// The glide after a drag, as in QuPath, OpenSeadragon and phone map apps: the view keeps the
// speed the hand had in the last moments of the drag and slows down exponentially. Plain
// arithmetic on widget pixels and milliseconds, so it is tested without a display.
class PanInertia
{
public:
    // The drag started (or the user grabbed the gliding view): forget the old motion.
    void reset();
    // One pointer position of the drag at time `ms`.
    void track(QPointF position, double ms);
    // The drag ended at time `ms`: true when it was fast enough to glide.
    bool release(double ms);
    // The widget-pixel displacement of the next `dtMs` of glide; false once it has stopped.
    bool advance(double dtMs, QPointF *delta);
    QPointF velocity() const { return m_velocity; } // px per ms

private:
    std::deque<std::pair<QPointF, double>> m_samples;
    QPointF m_velocity;
};

} // namespace oncoview::slide
