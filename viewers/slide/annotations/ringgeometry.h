// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QPointF>
#include <QPolygonF>

// Plane geometry on level-0 pixel rings, with anisotropic pixel sizes, shared by Annotation.
namespace oncoview::slide {

// Unsigned shoelace area of a ring (open or closed) after scaling x by sx and y by sy.
double ringArea(const QPolygonF &ring, double sx, double sy);
// Length of a polyline (closed: including the segment back to the start), x scaled by sx and
// y by sy.
double lineLength(const QPolygonF &line, bool closed, double sx, double sy);
// Ramanujan's second approximation for semi-axes a and b: exact for circles, relative error
// below 5e-5 even for a flat ellipse.
double ellipsePerimeter(double a, double b);
// Shortest distance from `point` to the segments of `line`; infinity for an empty line.
double distanceToLine(const QPolygonF &line, bool closed, const QPointF &point);

} // namespace oncoview::slide
