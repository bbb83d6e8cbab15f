// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/paninertia.h"

#include <cmath>

namespace oncoview::slide {

namespace {

// Only the last moments of a drag say how fast the hand moved when it let go; a drag that
// stopped before release (no sample this recent) does not glide.
constexpr double kWindowMs = 80.0;
constexpr double kMinSpeed = 0.25; // px/ms to start gliding (250 px/s)
constexpr double kStopSpeed = 0.02; // px/ms at which the glide ends
constexpr double kTimeConstantMs = 300.0; // speed falls to 1/e in this time
constexpr double kMaxSpeed = 8.0; // px/ms: a flick does not throw the view off the slide

double length(QPointF p)
{
    return std::hypot(p.x(), p.y());
}

} // namespace

void PanInertia::reset()
{
    m_samples.clear();
    m_velocity = {};
}

void PanInertia::track(QPointF position, double ms)
{
    m_samples.emplace_back(position, ms);
    while (m_samples.size() > 2 && ms - m_samples.front().second > kWindowMs) {
        m_samples.pop_front();
    }
}

bool PanInertia::release(double ms)
{
    m_velocity = {};
    if (m_samples.size() < 2 || ms - m_samples.back().second > kWindowMs / 2) {
        return false;
    }
    const auto &[first, t0] = m_samples.front();
    const auto &[last, t1] = m_samples.back();
    if (t1 - t0 <= 0) {
        return false;
    }
    QPointF v = (last - first) / (t1 - t0);
    const double speed = length(v);
    if (speed < kMinSpeed) {
        return false;
    }
    if (speed > kMaxSpeed) {
        v *= kMaxSpeed / speed;
    }
    m_velocity = v;
    return true;
}

bool PanInertia::advance(double dtMs, QPointF *delta)
{
    if (length(m_velocity) < kStopSpeed || dtMs <= 0) {
        m_velocity = {};
        return false;
    }
    // Exact integral of v(t) = v0 e^{-t/T} over dt, so the glide does not depend on frame rate.
    const double decay = std::exp(-dtMs / kTimeConstantMs);
    *delta = m_velocity * kTimeConstantMs * (1.0 - decay);
    m_velocity *= decay;
    return true;
}

} // namespace oncoview::slide
