// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QColor>
#include <QList>
#include <QMap>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace oncoview::slide {

enum class AnnotationShape {
    Point, // one vertex
    MultiPoint, // a point set (QuPath "Points")
    Rectangle, // axis-aligned, kept as `rect`
    Ellipse, // axis-aligned, kept as its bounding `rect`
    Polygon, // one outer ring plus holes
    MultiPolygon, // several polygons, each with holes
    Polyline, // open line, also freehand lines
    Brush, // a polygon (or several) made from a brush stroke; edits like a polygon
};

// Outer ring first, then holes. Rings are open: the last vertex does not repeat the first.
using PolygonRings = QList<QPolygonF>;

// Addresses one vertex: `part` (polygon of a multipolygon), `ring` (0 = outer, then holes),
// `index` along the ring. Rectangle and Ellipse vertices are the bounding box corners
// 0..3 = top-left, top-right, bottom-right, bottom-left.
struct VertexRef
{
    int part = 0;
    int ring = 0;
    int index = 0;
};

// One annotation, a plain value (copied freely, may cross threads). Coordinates are level-0
// pixels, origin top-left, y down.
struct Annotation
{
    QString id; // UUID without braces, as QuPath writes it
    AnnotationShape shape = AnnotationShape::Polygon;
    QRectF rect; // Rectangle and Ellipse
    QList<PolygonRings> parts; // other shapes; points and lines keep their vertices in parts[0][0]
    QString className; // empty: unclassified
    QColor classColor; // always set when className is set (QuPath needs it)
    QColor color; // per-object colour override; invalid when none
    QString name;
    QString notes;
    bool locked = false;
    bool visible = true;
    QMap<QString, double> measurements;
    QMap<QString, QString> metadata;
    // QuPath's image plane. Slides here have one plane; other planes are kept for the round
    // trip and reported on import.
    int planeZ = 0;
    int planeT = 0;

    bool operator==(const Annotation &other) const = default;

    static QString newId();
    static Annotation point(const QPointF &point);
    static Annotation points(const QPolygonF &points);
    static Annotation rectangle(const QRectF &rect);
    static Annotation ellipse(const QRectF &bounds);
    static Annotation polygon(const QPolygonF &outer, const QList<QPolygonF> &holes = {});
    static Annotation multiPolygon(const QList<PolygonRings> &polygons);
    static Annotation polyline(const QPolygonF &line);
    // The area a round brush of `diameter` covers along `stroke` (one point gives a disc).
    static Annotation brush(const QPolygonF &stroke, double diameter);
    // Sorts closed rings into polygons with holes by nesting depth (even: outer, odd: hole).
    static QList<PolygonRings> nestRings(const QList<QPolygonF> &rings);

    // True for shapes that enclose an area.
    bool isArea() const;
    // Empty when usable; otherwise why not (too few vertices, non-finite coordinates, ...).
    QString validate() const;
    QRectF boundingRect() const;
    int vertexCount() const;
    // Polygon outlines of an area shape (a rectangle gives 4 corners, an ellipse
    // `ellipseVertices` samples that include its 4 extreme points exactly).
    QList<PolygonRings> polygons(int ellipseVertices = 72) const;
    // Outline for painting and hit tests (odd-even fill, so holes stay holes).
    QPainterPath path() const;

    void translate(const QPointF &delta);
    bool setVertex(const VertexRef &ref, const QPointF &position);
    // Inserts before ref.index (index == ring size appends). Not for rectangles/ellipses.
    bool insertVertex(const VertexRef &ref, const QPointF &position);
    // Refuses to drop below 3 ring vertices, 2 line vertices or 1 point.
    bool removeVertex(const VertexRef &ref);

    // Area in square micrometres for mpp (µm per level-0 pixel) in x and y; 0 for points and
    // lines. Holes are subtracted. With mpp 1 the result is in square pixels.
    double area(double mppX = 1.0, double mppY = 1.0) const;
    // Outline length in micrometres: the perimeter of areas (holes included, as QuPath's
    // JTS-based length does; ellipses by Ramanujan's second formula), a line's length, 0 for
    // points.
    double perimeter(double mppX = 1.0, double mppY = 1.0) const;
    // True if `point` lies inside the area, or within `tolerance` pixels of the outline,
    // a line or a point.
    bool hits(const QPointF &point, double tolerance) const;
    // The colour to draw: the object's own colour, else its class colour, else QuPath's
    // default object red.
    QColor displayColor() const;
};

QString shapeName(AnnotationShape shape);
// Accepts the names shapeName() writes; false when unknown.
bool shapeFromName(const QString &name, AnnotationShape *shape);

} // namespace oncoview::slide
