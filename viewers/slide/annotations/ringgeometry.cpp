// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/ringgeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace oncoview::slide {

namespace {

double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0.0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

double ringArea(const QPolygonF &ring, double sx, double sy)
{
    const qsizetype n = ring.size();
    if (n < 3) {
        return 0.0;
    }
    // Shoelace relative to the first vertex: slide coordinates reach 1e5 px, and centring
    // keeps the cross products small enough not to lose digits.
    const QPointF origin = ring.first();
    double twiceArea = 0.0;
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const QPointF a = ring.at(i) - origin;
        const QPointF b = ring.at(i + 1) - origin;
        twiceArea += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twiceArea) / 2.0 * sx * sy;
}

double lineLength(const QPolygonF &line, bool closed, double sx, double sy)
{
    const qsizetype n = line.size();
    double length = 0.0;
    const qsizetype segments = closed && n > 2 ? n : n - 1;
    for (qsizetype i = 0; i < segments; ++i) {
        const QPointF d = line.at((i + 1) % n) - line.at(i);
        length += std::hypot(d.x() * sx, d.y() * sy);
    }
    return length;
}

double ellipsePerimeter(double a, double b)
{
    if (a + b <= 0.0) {
        return 0.0;
    }
    const double h = (a - b) * (a - b) / ((a + b) * (a + b));
    return std::numbers::pi * (a + b) * (1.0 + 3.0 * h / (10.0 + std::sqrt(4.0 - 3.0 * h)));
}

double distanceToLine(const QPolygonF &line, bool closed, const QPointF &point)
{
    const qsizetype n = line.size();
    if (n == 0) {
        return std::numeric_limits<double>::infinity();
    }
    if (n == 1) {
        return segmentDistance(point, line.first(), line.first());
    }
    double best = std::numeric_limits<double>::infinity();
    const qsizetype segments = closed && n > 2 ? n : n - 1;
    for (qsizetype i = 0; i < segments; ++i) {
        best = std::min(best, segmentDistance(point, line.at(i), line.at((i + 1) % n)));
    }
    return best;
}

} // namespace oncoview::slide
