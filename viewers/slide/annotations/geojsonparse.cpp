// SPDX-License-Identifier: Apache-2.0
// GeoJsonIo::fromFeature: the read side of geojsonio.h, kept apart to keep files small.
#include "viewers/slide/annotations/geojsonio.h"

#include "viewers/slide/annotations/pathclasses.h"

// Qt
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace oncoview::slide {

namespace {

bool parsePoint(const QJsonValue &value, QPointF *point)
{
    const QJsonArray xy = value.toArray();
    if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
        return false;
    }
    *point = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()); // a z value is ignored
    return std::isfinite(point->x()) && std::isfinite(point->y());
}

bool parseLine(const QJsonValue &value, bool isRing, QPolygonF *line)
{
    if (!value.isArray()) {
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        QPointF p;
        if (!parsePoint(v, &p)) {
            return false;
        }
        *line << p;
    }
    if (isRing && line->size() > 1 && line->first() == line->last()) {
        line->removeLast(); // rings are kept open in memory
    }
    return true;
}

bool parsePolygon(const QJsonValue &value, PolygonRings *rings)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        QPolygonF ring;
        if (!parseLine(v, true, &ring)) {
            return false;
        }
        *rings << ring;
    }
    return true;
}

// QuPath turns an axis-aligned 4-corner polygon into a rectangle; so do we, for its files.
bool isAxisAlignedBox(const QList<PolygonRings> &parts)
{
    if (parts.size() != 1 || parts.first().size() != 1 || parts.first().first().size() != 4) {
        return false;
    }
    const QPolygonF &ring = parts.first().first();
    const QRectF box = ring.boundingRect();
    for (const QPointF &p : ring) {
        if ((p.x() != box.left() && p.x() != box.right())
            || (p.y() != box.top() && p.y() != box.bottom())) {
            return false;
        }
    }
    return box.width() > 0 && box.height() > 0;
}

QString parseGeometry(const QJsonObject &geometry, Annotation *a)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
    QPolygonF line;
    PolygonRings rings;
    if (type == QLatin1String("Point")) {
        QPointF p;
        if (!parsePoint(coordinates, &p)) {
            return QStringLiteral("bad Point coordinates");
        }
        *a = Annotation::point(p);
    } else if (type == QLatin1String("MultiPoint") || type == QLatin1String("LineString")) {
        if (!parseLine(coordinates, false, &line)) {
            return QStringLiteral("bad %1 coordinates").arg(type);
        }
        *a = type == QLatin1String("MultiPoint") ? Annotation::points(line)
                                                 : Annotation::polyline(line);
    } else if (type == QLatin1String("Polygon")) {
        if (!parsePolygon(coordinates, &rings)) {
            return QStringLiteral("bad Polygon coordinates");
        }
        *a = Annotation::polygon(rings.first(), rings.mid(1));
    } else if (type == QLatin1String("MultiPolygon")) {
        QList<PolygonRings> polygons;
        for (const QJsonValue &v : coordinates.toArray()) {
            PolygonRings part;
            if (!parsePolygon(v, &part)) {
                return QStringLiteral("bad MultiPolygon coordinates");
            }
            polygons << part;
        }
        *a = Annotation::multiPolygon(polygons);
    } else {
        return QStringLiteral("unsupported geometry type \"%1\"").arg(type);
    }
    return {};
}

// The exact box OncoView stored beside the polygon, if it still matches the polygon (another
// tool may have moved the geometry and kept the properties).
QRectF storedBox(const QJsonObject &own, const QRectF &envelope)
{
    const QJsonArray box = own.value(QStringLiteral("rect")).toArray();
    if (box.size() != 4) {
        return envelope;
    }
    const QRectF stored(box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(),
                        box.at(3).toDouble());
    const auto near
        = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a)); };
    return near(stored.left(), envelope.left()) && near(stored.top(), envelope.top())
            && near(stored.right(), envelope.right()) && near(stored.bottom(), envelope.bottom())
        ? stored
        : envelope;
}

// Applies properties.oncoview.shape, or QuPath's own conventions when it is absent.
QString applyShape(const QJsonObject &geometry, const QJsonObject &properties, Annotation *a)
{
    const QJsonObject own = properties.value(QStringLiteral("oncoview")).toObject();
    const QString wanted = own.value(QStringLiteral("shape")).toString();
    AnnotationShape shape = a->shape;
    if (!wanted.isEmpty() && !shapeFromName(wanted, &shape)) {
        return QStringLiteral("unknown shape \"%1\"").arg(wanted);
    }
    // QuPath writes the flag in the geometry; the flag in properties is accepted too.
    const bool ellipseFlag = geometry.value(QStringLiteral("isEllipse")).toBool()
        || properties.value(QStringLiteral("isEllipse")).toBool();
    if (wanted.isEmpty()) {
        if (ellipseFlag && a->isArea()) {
            shape = AnnotationShape::Ellipse;
        } else if (a->shape == AnnotationShape::Polygon && isAxisAlignedBox(a->parts)) {
            shape = AnnotationShape::Rectangle;
        }
    }
    if (shape == AnnotationShape::Rectangle || shape == AnnotationShape::Ellipse) {
        if (!a->isArea()) {
            return QStringLiteral("a %1 needs polygon geometry").arg(wanted);
        }
        // QuPath restores an ellipse from the envelope of its polygon; so do we.
        const QRectF box = storedBox(own, a->boundingRect());
        *a = shape == AnnotationShape::Ellipse ? Annotation::ellipse(box)
                                               : Annotation::rectangle(box);
    } else if (shape != a->shape) {
        const bool bothAreas = a->isArea() && shape != AnnotationShape::Point
            && shape != AnnotationShape::MultiPoint && shape != AnnotationShape::Polyline;
        if (!bothAreas) {
            return QStringLiteral("shape \"%1\" does not match its geometry").arg(wanted);
        }
        a->shape = shape;
    }
    return {};
}

QColor parseColor(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray rgb = value.toArray();
        if (rgb.size() < 3) {
            return {};
        }
        const auto channel = [&](int i) { return std::clamp(rgb.at(i).toInt(), 0, 255); };
        return QColor(channel(0), channel(1), channel(2), rgb.size() > 3 ? channel(3) : 255);
    }
    if (value.isDouble()) {
        // QuPath's packed (A)RGB int; alpha 0 means "not given". QuPath writes a signed
        // 32-bit int, some tools an unsigned one: anything outside both (or not whole) is
        // not a colour, and converting it to an integer would be undefined behaviour.
        const double number = value.toDouble();
        if (!(number >= double(std::numeric_limits<qint32>::min())
              && number <= double(std::numeric_limits<quint32>::max()))
            || number != std::floor(number)) {
            return {};
        }
        const auto packed = quint32(qint64(number));
        const int alpha = int(packed >> 24);
        return QColor(int(packed >> 16) & 255, int(packed >> 8) & 255, int(packed) & 255,
                      alpha == 0 ? 255 : alpha);
    }
    return {};
}

double parseNumber(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isDouble()) {
        return value.toDouble();
    }
    const QString text = value.toString();
    if (text == QLatin1String("NaN")) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (text == QLatin1String("Infinity") || text == QLatin1String("-Infinity")) {
        const double inf = std::numeric_limits<double>::infinity();
        return text.startsWith(QLatin1Char('-')) ? -inf : inf;
    }
    *ok = false;
    return 0.0;
}

QString parseClassification(const QJsonValue &value, Annotation *a)
{
    if (value.isString()) {
        a->className = value.toString(); // legacy plain-string form
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList names;
        for (const QJsonValue &name : object.value(QStringLiteral("names")).toArray()) {
            names << name.toString();
        }
        a->className = names.isEmpty() ? object.value(QStringLiteral("name")).toString()
                                       : names.join(QStringLiteral(": "));
        QJsonValue color = object.value(QStringLiteral("color"));
        if (color.isUndefined()) {
            color = object.value(QStringLiteral("colorRGB")); // QuPath before 0.4
        }
        a->classColor = parseColor(color);
    } else if (!value.isUndefined() && !value.isNull()) {
        return QStringLiteral("classification is neither an object nor a string");
    }
    if (!a->className.isEmpty() && !a->classColor.isValid()) {
        a->classColor = PathClasses::defaultColor(a->className);
    }
    return {};
}

void parseMeasurements(const QJsonValue &value, Annotation *a)
{
    bool ok = false;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const double number = parseNumber(it.value(), &ok);
            if (ok) {
                a->measurements.insert(it.key(), number);
            }
        }
        return;
    }
    for (const QJsonValue &entry : value.toArray()) { // legacy [{name, value}] list
        const QJsonObject object = entry.toObject();
        const double number = parseNumber(object.value(QStringLiteral("value")), &ok);
        if (ok) {
            a->measurements.insert(object.value(QStringLiteral("name")).toString(), number);
        }
    }
}

void parseProperties(const QJsonObject &properties, Annotation *a)
{
    a->name = properties.value(QStringLiteral("name")).toString();
    a->color = parseColor(properties.value(QStringLiteral("color")));
    const QJsonValue alpha
        = properties.value(QStringLiteral("oncoview")).toObject().value(QStringLiteral("alpha"));
    if (a->color.isValid() && alpha.isDouble()) {
        a->color.setAlpha(std::clamp(alpha.toInt(), 0, 255));
    }
    a->locked = properties.value(QStringLiteral("isLocked")).toBool();
    a->notes = properties.value(QStringLiteral("description")).toString();
    a->visible = properties.value(QStringLiteral("oncoview"))
                     .toObject()
                     .value(QStringLiteral("visible"))
                     .toBool(true);
    parseMeasurements(properties.value(QStringLiteral("measurements")), a);
    const QJsonObject metadata = properties.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        a->metadata.insert(it.key(), it.value().toString());
    }
}

// QuPath writes the plane in the geometry; other tools put it in the feature or properties.
void parsePlane(const QJsonObject &feature, const QJsonObject &geometry,
                const QJsonObject &properties, Annotation *a)
{
    QJsonValue plane = geometry.value(QStringLiteral("plane"));
    if (!plane.isObject()) {
        plane = feature.value(QStringLiteral("plane"));
    }
    if (!plane.isObject()) {
        plane = properties.value(QStringLiteral("plane"));
    }
    a->planeZ = std::max(0, plane.toObject().value(QStringLiteral("z")).toInt());
    a->planeT = std::max(0, plane.toObject().value(QStringLiteral("t")).toInt());
}

} // namespace

bool GeoJsonIo::fromFeature(const QJsonObject &feature, Annotation *annotation, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    if (feature.value(QStringLiteral("type")).toString() != QLatin1String("Feature")) {
        return fail(QStringLiteral("not a Feature"));
    }
    const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
    const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
    Annotation a;
    QString why = parseGeometry(geometry, &a);
    if (why.isEmpty()) {
        why = applyShape(geometry, properties, &a);
    }
    if (why.isEmpty()) {
        why = a.validate();
    }
    if (why.isEmpty()) {
        why = parseClassification(properties.value(QStringLiteral("classification")), &a);
    }
    if (!why.isEmpty()) {
        return fail(why);
    }
    parseProperties(properties, &a);
    parsePlane(feature, geometry, properties, &a);
    // QuPath ignores ids that are not UUIDs (v0.2 wrote class names there); so do we.
    const QUuid uuid = QUuid::fromString(feature.value(QStringLiteral("id")).toString());
    a.id = uuid.isNull() ? Annotation::newId() : uuid.toString(QUuid::WithoutBraces);
    *annotation = a;
    return true;
}

} // namespace oncoview::slide
