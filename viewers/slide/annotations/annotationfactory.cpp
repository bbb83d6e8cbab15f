// SPDX-License-Identifier: Apache-2.0
// Annotation's named constructors, including the brush stroke outline and ring nesting.
#include "viewers/slide/annotations/annotation.h"

#include "viewers/slide/annotations/ringgeometry.h"

// Qt
#include <QPainterPathStroker>
#include <QTransform>
#include <QUuid>

#include <algorithm>

namespace oncoview::slide {

QString Annotation::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Annotation Annotation::point(const QPointF &point)
{
    Annotation a;
    a.shape = AnnotationShape::Point;
    a.parts = {{QPolygonF {point}}};
    return a;
}

Annotation Annotation::points(const QPolygonF &points)
{
    Annotation a;
    a.shape = AnnotationShape::MultiPoint;
    a.parts = {{points}};
    return a;
}

Annotation Annotation::rectangle(const QRectF &rect)
{
    Annotation a;
    a.shape = AnnotationShape::Rectangle;
    a.rect = rect.normalized();
    return a;
}

Annotation Annotation::ellipse(const QRectF &bounds)
{
    Annotation a = rectangle(bounds);
    a.shape = AnnotationShape::Ellipse;
    return a;
}

Annotation Annotation::polygon(const QPolygonF &outer, const QList<QPolygonF> &holes)
{
    Annotation a;
    a.shape = AnnotationShape::Polygon;
    a.parts = {PolygonRings {outer} + holes};
    return a;
}

Annotation Annotation::multiPolygon(const QList<PolygonRings> &polygons)
{
    Annotation a;
    a.shape = AnnotationShape::MultiPolygon;
    a.parts = polygons;
    return a;
}

Annotation Annotation::polyline(const QPolygonF &line)
{
    Annotation a;
    a.shape = AnnotationShape::Polyline;
    a.parts = {{line}};
    return a;
}

Annotation Annotation::brush(const QPolygonF &stroke, double diameter)
{
    Annotation a;
    a.shape = AnnotationShape::Brush;
    if (stroke.isEmpty() || !(diameter > 0.0)) {
        return a; // validate() reports it
    }
    QPainterPath outline;
    const bool dab = std::all_of(stroke.begin(), stroke.end(),
                                 [&](const QPointF &p) { return p == stroke.first(); });
    if (dab) {
        outline.addEllipse(stroke.first(), diameter / 2.0, diameter / 2.0);
    } else {
        QPainterPath centre(stroke.first());
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            centre.lineTo(stroke.at(i));
        }
        QPainterPathStroker stroker;
        stroker.setWidth(diameter);
        stroker.setCapStyle(Qt::RoundCap);
        stroker.setJoinStyle(Qt::RoundJoin);
        // simplified() merges the self-overlapping stroke into clean outer rings and holes.
        outline = stroker.createStroke(centre).simplified();
    }
    // Qt flattens curves to about a device pixel; flatten at a scale where the brush is
    // ~256 px wide so that small brushes still get round caps, then scale back.
    const double scale = std::max(1.0, 256.0 / diameter);
    QList<QPolygonF> rings;
    for (QPolygonF ring : outline.toSubpathPolygons(QTransform::fromScale(scale, scale))) {
        if (ring.size() > 1 && ring.first() == ring.last()) {
            ring.removeLast();
        }
        for (QPointF &p : ring) {
            p /= scale;
        }
        if (ring.size() >= 3) {
            rings << ring;
        }
    }
    a.parts = nestRings(rings);
    return a;
}

QList<PolygonRings> Annotation::nestRings(const QList<QPolygonF> &rings)
{
    const qsizetype n = rings.size();
    QList<int> depth(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            if (i != j && rings.at(j).containsPoint(rings.at(i).first(), Qt::OddEvenFill)) {
                ++depth[i];
            }
        }
    }
    QList<PolygonRings> polygons;
    QList<qsizetype> outerOf(n, -1); // ring index -> polygon index, for outer rings
    for (qsizetype i = 0; i < n; ++i) {
        if (depth[i] % 2 == 0) {
            outerOf[i] = polygons.size();
            polygons.append(PolygonRings {rings.at(i)});
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (depth[i] % 2 == 0) {
            continue;
        }
        // A hole belongs to the smallest enclosing outer ring one level up.
        qsizetype parent = -1;
        for (qsizetype j = 0; j < n; ++j) {
            if (depth[j] == depth[i] - 1
                && rings.at(j).containsPoint(rings.at(i).first(), Qt::OddEvenFill)
                && (parent < 0 || ringArea(rings.at(j), 1, 1) < ringArea(rings.at(parent), 1, 1))) {
                parent = j;
            }
        }
        if (parent >= 0) {
            polygons[outerOf[parent]].append(rings.at(i));
        }
    }
    return polygons;
}

} // namespace oncoview::slide
