// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/annotation.h"

#include "viewers/slide/annotations/ringgeometry.h"

// Qt

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace oncoview::slide {

namespace {

// Corner i of a rectangle: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left.
QPointF corner(const QRectF &rect, int i)
{
    switch (i) {
    case 0:
        return rect.topLeft();
    case 1:
        return rect.topRight();
    case 2:
        return rect.bottomRight();
    default:
        return rect.bottomLeft();
    }
}

QPolygonF ellipseRing(const QRectF &rect, int vertices)
{
    const int n = std::max(4, (vertices + 3) / 4 * 4);
    const QPointF c = rect.center();
    const double a = rect.width() / 2.0;
    const double b = rect.height() / 2.0;
    QPolygonF ring;
    ring.reserve(n);
    for (int k = 0; k < n; ++k) {
        // The four extreme points are written exactly, so the bounding box of the samples is
        // the ellipse's box bit for bit (QuPath restores an ellipse from that box).
        if (k == 0) {
            ring << QPointF(rect.right(), c.y());
        } else if (4 * k == n) {
            ring << QPointF(c.x(), rect.bottom());
        } else if (2 * k == n) {
            ring << QPointF(rect.left(), c.y());
        } else if (4 * k == 3 * n) {
            ring << QPointF(c.x(), rect.top());
        } else {
            const double t = 2.0 * std::numbers::pi * k / n;
            ring << QPointF(c.x() + a * std::cos(t), c.y() + b * std::sin(t));
        }
    }
    return ring;
}

bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

bool Annotation::isArea() const
{
    switch (shape) {
    case AnnotationShape::Point:
    case AnnotationShape::MultiPoint:
    case AnnotationShape::Polyline:
        return false;
    default:
        return true;
    }
}

QString Annotation::validate() const
{
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        if (!finite(rect.topLeft()) || !finite(rect.bottomRight())) {
            return QStringLiteral("non-finite coordinates");
        }
        return rect.width() > 0 && rect.height() > 0 ? QString()
                                                     : QStringLiteral("empty bounding box");
    }
    if (parts.isEmpty() || parts.first().isEmpty()) {
        return QStringLiteral("no vertices");
    }
    for (const PolygonRings &part : parts) {
        for (const QPolygonF &ring : part) {
            if (!std::all_of(ring.begin(), ring.end(), finite)) {
                return QStringLiteral("non-finite coordinates");
            }
        }
    }
    const qsizetype first = parts.first().first().size();
    switch (shape) {
    case AnnotationShape::Point:
        return first == 1 ? QString() : QStringLiteral("a point needs exactly one vertex");
    case AnnotationShape::MultiPoint:
        return first >= 1 ? QString() : QStringLiteral("a point set needs a vertex");
    case AnnotationShape::Polyline:
        return first >= 2 ? QString() : QStringLiteral("a line needs at least 2 vertices");
    case AnnotationShape::Polygon:
        if (parts.size() != 1) {
            return QStringLiteral("a polygon has exactly one part (use a multipolygon)");
        }
        break;
    default:
        break;
    }
    for (const PolygonRings &part : parts) {
        for (const QPolygonF &ring : part) {
            if (ring.size() < 3) {
                return QStringLiteral("a polygon ring needs at least 3 vertices");
            }
        }
    }
    return {};
}

QRectF Annotation::boundingRect() const
{
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        return rect;
    }
    // By hand: QRectF::united() ignores the zero-size rectangle of a single point.
    double left = std::numeric_limits<double>::infinity();
    double top = left;
    double right = -left;
    double bottom = -left;
    for (const PolygonRings &part : parts) {
        for (const QPolygonF &ring : part) {
            for (const QPointF &p : ring) {
                left = std::min(left, p.x());
                right = std::max(right, p.x());
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
            }
        }
    }
    return left <= right ? QRectF(QPointF(left, top), QPointF(right, bottom)) : QRectF();
}

int Annotation::vertexCount() const
{
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        return 4;
    }
    int count = 0;
    for (const PolygonRings &part : parts) {
        for (const QPolygonF &ring : part) {
            count += int(ring.size());
        }
    }
    return count;
}

QList<PolygonRings> Annotation::polygons(int ellipseVertices) const
{
    switch (shape) {
    case AnnotationShape::Rectangle:
        return {{QPolygonF {corner(rect, 0), corner(rect, 1), corner(rect, 2), corner(rect, 3)}}};
    case AnnotationShape::Ellipse:
        return {{ellipseRing(rect, ellipseVertices)}};
    default:
        return isArea() ? parts : QList<PolygonRings> {};
    }
}

QPainterPath Annotation::path() const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (shape == AnnotationShape::Ellipse) {
        path.addEllipse(rect);
        return path;
    }
    if (!isArea()) {
        const QPolygonF line = parts.value(0).value(0);
        if (shape == AnnotationShape::Polyline) {
            path.addPolygon(line);
        } else {
            for (const QPointF &p : line) {
                path.addEllipse(p, 0.5, 0.5);
            }
        }
        return path;
    }
    for (const PolygonRings &part : polygons()) {
        for (const QPolygonF &ring : part) {
            path.addPolygon(ring);
            path.closeSubpath();
        }
    }
    return path;
}

void Annotation::translate(const QPointF &delta)
{
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        rect.translate(delta); // other shapes keep an empty rect, so equality stays exact
    }
    for (PolygonRings &part : parts) {
        for (QPolygonF &ring : part) {
            ring.translate(delta);
        }
    }
}

bool Annotation::setVertex(const VertexRef &ref, const QPointF &position)
{
    if (!finite(position)) {
        return false;
    }
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        if (ref.part != 0 || ref.ring != 0 || ref.index < 0 || ref.index > 3) {
            return false;
        }
        // Dragging a corner keeps the opposite corner fixed.
        const QRectF moved = QRectF(corner(rect, (ref.index + 2) % 4), position).normalized();
        if (moved.width() <= 0 || moved.height() <= 0) {
            return false;
        }
        rect = moved;
        return true;
    }
    if (ref.part < 0 || ref.part >= parts.size() || ref.ring < 0
        || ref.ring >= parts.at(ref.part).size() || ref.index < 0
        || ref.index >= parts.at(ref.part).at(ref.ring).size()) {
        return false;
    }
    parts[ref.part][ref.ring][ref.index] = position;
    return true;
}

bool Annotation::insertVertex(const VertexRef &ref, const QPointF &position)
{
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse
        || shape == AnnotationShape::Point || !finite(position)) {
        return false;
    }
    if (ref.part < 0 || ref.part >= parts.size() || ref.ring < 0
        || ref.ring >= parts.at(ref.part).size() || ref.index < 0
        || ref.index > parts.at(ref.part).at(ref.ring).size()) {
        return false;
    }
    parts[ref.part][ref.ring].insert(ref.index, position);
    return true;
}

bool Annotation::removeVertex(const VertexRef &ref)
{
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        return false;
    }
    if (ref.part < 0 || ref.part >= parts.size() || ref.ring < 0
        || ref.ring >= parts.at(ref.part).size() || ref.index < 0
        || ref.index >= parts.at(ref.part).at(ref.ring).size()) {
        return false;
    }
    const qsizetype minimum = isArea() ? 3 : shape == AnnotationShape::Polyline ? 2 : 1;
    if (parts.at(ref.part).at(ref.ring).size() <= minimum) {
        return false;
    }
    parts[ref.part][ref.ring].removeAt(ref.index);
    return true;
}

double Annotation::area(double mppX, double mppY) const
{
    switch (shape) {
    case AnnotationShape::Rectangle:
        return rect.width() * mppX * rect.height() * mppY;
    case AnnotationShape::Ellipse:
        return std::numbers::pi * (rect.width() / 2.0 * mppX) * (rect.height() / 2.0 * mppY);
    default:
        break;
    }
    double total = 0.0;
    for (const PolygonRings &part : polygons()) {
        for (qsizetype r = 0; r < part.size(); ++r) {
            const double a = ringArea(part.at(r), mppX, mppY);
            total += r == 0 ? a : -a;
        }
    }
    return total;
}

double Annotation::perimeter(double mppX, double mppY) const
{
    switch (shape) {
    case AnnotationShape::Point:
    case AnnotationShape::MultiPoint:
        return 0.0;
    case AnnotationShape::Polyline:
        return lineLength(parts.value(0).value(0), false, mppX, mppY);
    case AnnotationShape::Rectangle:
        return 2.0 * (rect.width() * mppX + rect.height() * mppY);
    case AnnotationShape::Ellipse:
        return ellipsePerimeter(rect.width() / 2.0 * mppX, rect.height() / 2.0 * mppY);
    default:
        break;
    }
    double total = 0.0;
    for (const PolygonRings &part : parts) {
        for (const QPolygonF &ring : part) {
            total += lineLength(ring, true, mppX, mppY);
        }
    }
    return total;
}

bool Annotation::hits(const QPointF &point, double tolerance) const
{
    if (shape == AnnotationShape::Point || shape == AnnotationShape::MultiPoint) {
        const QPolygonF pts = parts.value(0).value(0);
        return std::any_of(pts.begin(), pts.end(), [&](const QPointF &p) {
            return std::hypot(p.x() - point.x(), p.y() - point.y()) <= tolerance;
        });
    }
    if (shape == AnnotationShape::Polyline) {
        return distanceToLine(parts.value(0).value(0), false, point) <= tolerance;
    }
    if (path().contains(point)) {
        return true;
    }
    for (const PolygonRings &part : polygons()) {
        for (const QPolygonF &ring : part) {
            if (distanceToLine(ring, true, point) <= tolerance) {
                return true;
            }
        }
    }
    return false;
}

QColor Annotation::displayColor() const
{
    if (color.isValid()) {
        return color;
    }
    return classColor.isValid() ? classColor : QColor(255, 0, 0);
}

QString shapeName(AnnotationShape shape)
{
    switch (shape) {
    case AnnotationShape::Point:
        return QStringLiteral("point");
    case AnnotationShape::MultiPoint:
        return QStringLiteral("points");
    case AnnotationShape::Rectangle:
        return QStringLiteral("rectangle");
    case AnnotationShape::Ellipse:
        return QStringLiteral("ellipse");
    case AnnotationShape::Polygon:
        return QStringLiteral("polygon");
    case AnnotationShape::MultiPolygon:
        return QStringLiteral("multipolygon");
    case AnnotationShape::Polyline:
        return QStringLiteral("polyline");
    case AnnotationShape::Brush:
        return QStringLiteral("brush");
    }
    return {};
}

bool shapeFromName(const QString &name, AnnotationShape *shape)
{
    for (int i = 0; i <= int(AnnotationShape::Brush); ++i) {
        if (shapeName(AnnotationShape(i)) == name) {
            *shape = AnnotationShape(i);
            return true;
        }
    }
    return false;
}

} // namespace oncoview::slide
