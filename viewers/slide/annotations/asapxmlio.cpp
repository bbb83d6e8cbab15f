// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/asapxmlio.h"

#include "viewers/slide/annotations/pathclasses.h"

// Qt
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace oncoview::slide {

namespace {

const QColor kAsapDefaultColor(0xF4, 0xFA, 0x58); // ASAP's colour for a new annotation
const QString kNoGroup = QStringLiteral("None");

struct RawCoordinate
{
    int order = 0;
    QPointF position;
};

struct RawAnnotation
{
    QString name;
    QString type;
    QString group;
    QString color;
    QList<RawCoordinate> coordinates;
    QString problem; // set when a coordinate did not parse
    qint64 line = 0;
};

double parseDouble(QStringView text, bool *ok)
{
    double value = text.toDouble(ok);
    if (!*ok) {
        // Some tools wrote these files with a decimal comma.
        value = text.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(ok);
    }
    return value;
}

void readCoordinate(const QXmlStreamAttributes &attributes, RawAnnotation *raw)
{
    bool okX = false;
    bool okY = false;
    bool okOrder = false;
    RawCoordinate c;
    c.position = QPointF(parseDouble(attributes.value(QLatin1String("X")), &okX),
                         parseDouble(attributes.value(QLatin1String("Y")), &okY));
    c.order = attributes.value(QLatin1String("Order")).toInt(&okOrder);
    if (!okOrder) {
        c.order = int(raw->coordinates.size());
    }
    if (!okX || !okY || !std::isfinite(c.position.x()) || !std::isfinite(c.position.y())) {
        raw->problem = QStringLiteral("coordinate %1 is not a number").arg(raw->coordinates.size());
    }
    raw->coordinates << c;
}

// Samples ASAP's closed Catmull-Rom spline through the control points.
QPolygonF sampleSpline(const QPolygonF &control, int samplesPerSegment = 10)
{
    const qsizetype n = control.size();
    if (n < 3) {
        return control;
    }
    QPolygonF curve;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p0 = control.at((i + n - 1) % n);
        const QPointF p1 = control.at(i);
        const QPointF p2 = control.at((i + 1) % n);
        const QPointF p3 = control.at((i + 2) % n);
        for (int k = 0; k < samplesPerSegment; ++k) {
            const double t = double(k) / samplesPerSegment;
            curve << 0.5
                    * (2.0 * p1 + (p2 - p0) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t * t
                       + (3.0 * p1 - p0 - 3.0 * p2 + p3) * t * t * t);
        }
    }
    return curve;
}

bool isAxisAlignedBox(const QPolygonF &points)
{
    const QRectF box = points.boundingRect();
    return points.size() == 4 && box.width() > 0 && box.height() > 0
        && std::all_of(points.begin(), points.end(), [&](const QPointF &p) {
               return (p.x() == box.left() || p.x() == box.right())
                   && (p.y() == box.top() || p.y() == box.bottom());
           });
}

// Builds the annotation's geometry from its type; empty string or why it cannot.
QString buildShape(const RawAnnotation &raw, QPolygonF points, Annotation *a)
{
    const QString &type = raw.type;
    if (type == QLatin1String("Dot") || type == QLatin1String("PointSet")) {
        *a = points.size() == 1 && type == QLatin1String("Dot") ? Annotation::point(points.first())
                                                                : Annotation::points(points);
    } else if (type == QLatin1String("Measurement")) {
        *a = Annotation::polyline(points);
    } else if (type == QLatin1String("Rectangle") && isAxisAlignedBox(points)) {
        *a = Annotation::rectangle(points.boundingRect());
    } else if (type == QLatin1String("Spline")) {
        *a = Annotation::polygon(sampleSpline(points));
    } else if (type == QLatin1String("Polygon") || type == QLatin1String("Rectangle")
               || type == QLatin1String("None") || type.isEmpty()) {
        if (points.size() > 3 && points.first() == points.last()) {
            points.removeLast();
        }
        *a = Annotation::polygon(points);
    } else {
        return QStringLiteral("unknown Type \"%1\"").arg(type);
    }
    return a->validate();
}

QString convert(const RawAnnotation &raw, const QMap<QString, QColor> &groups, Annotation *a)
{
    if (!raw.problem.isEmpty()) {
        return raw.problem;
    }
    QList<RawCoordinate> coordinates = raw.coordinates;
    std::stable_sort(
        coordinates.begin(), coordinates.end(),
        [](const RawCoordinate &l, const RawCoordinate &r) { return l.order < r.order; });
    QPolygonF points;
    for (const RawCoordinate &c : coordinates) {
        points << c.position;
    }
    const QString why = buildShape(raw, points, a);
    if (!why.isEmpty()) {
        return why;
    }
    a->id = Annotation::newId();
    a->name = raw.name;
    if (!raw.group.isEmpty() && raw.group != kNoGroup) {
        a->className = raw.group;
        a->classColor = groups.value(raw.group, PathClasses::defaultColor(raw.group));
    }
    const QColor own = QColor::fromString(raw.color);
    const QColor inherited = a->className.isEmpty() ? kAsapDefaultColor : a->classColor;
    if (own.isValid() && own != inherited) {
        a->color = own;
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // exact round trip
}

void writeAnnotation(QXmlStreamWriter &xml, const QString &name, const char *type,
                     const Annotation &a, const QPolygonF &points)
{
    xml.writeStartElement(QStringLiteral("Annotation"));
    xml.writeAttribute(QStringLiteral("Name"), name);
    xml.writeAttribute(QStringLiteral("Type"), QLatin1String(type));
    xml.writeAttribute(QStringLiteral("PartOfGroup"),
                       a.className.isEmpty() ? kNoGroup : a.className);
    const QColor inherited = a.className.isEmpty() ? kAsapDefaultColor : a.classColor;
    xml.writeAttribute(QStringLiteral("Color"),
                       (a.color.isValid() ? a.color : inherited).name().toUpper());
    xml.writeStartElement(QStringLiteral("Coordinates"));
    for (qsizetype i = 0; i < points.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("Coordinate"));
        xml.writeAttribute(QStringLiteral("Order"), QString::number(i));
        xml.writeAttribute(QStringLiteral("X"), number(points.at(i).x()));
        xml.writeAttribute(QStringLiteral("Y"), number(points.at(i).y()));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

// Writes one annotation as one or more ASAP annotations; returns what was lost, if anything.
QString writeShape(QXmlStreamWriter &xml, const Annotation &a, int index)
{
    const QString name = a.name.isEmpty() ? QStringLiteral("Annotation %1").arg(index) : a.name;
    const QPolygonF vertices = a.parts.value(0).value(0);
    switch (a.shape) {
    case AnnotationShape::Point:
        writeAnnotation(xml, name, "Dot", a, vertices);
        return {};
    case AnnotationShape::MultiPoint:
        writeAnnotation(xml, name, "PointSet", a, vertices);
        return {};
    case AnnotationShape::Polyline:
        writeAnnotation(xml, name, "Measurement", a, vertices);
        return {};
    case AnnotationShape::Rectangle:
        writeAnnotation(xml, name, "Rectangle", a, a.polygons().first().first());
        return {};
    default:
        break;
    }
    const QList<PolygonRings> polygons = a.polygons();
    bool holes = false;
    for (qsizetype i = 0; i < polygons.size(); ++i) {
        const QString partName
            = polygons.size() == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(i + 1);
        writeAnnotation(xml, partName, "Polygon", a, polygons.at(i).first());
        holes = holes || polygons.at(i).size() > 1;
    }
    QStringList lost;
    if (a.shape == AnnotationShape::Ellipse) {
        lost << QStringLiteral("ellipse written as a polygon");
    }
    if (polygons.size() > 1) {
        lost << QStringLiteral("split into %1 polygons").arg(polygons.size());
    }
    if (holes) {
        lost << QStringLiteral("holes dropped");
    }
    return lost.join(QStringLiteral(", "));
}

void writeGroups(QXmlStreamWriter &xml, const QList<Annotation> &annotations)
{
    QStringList order;
    QMap<QString, QColor> colors;
    for (const Annotation &a : annotations) {
        if (!a.className.isEmpty() && !colors.contains(a.className)) {
            order << a.className;
            colors.insert(a.className,
                          a.classColor.isValid() ? a.classColor
                                                 : PathClasses::defaultColor(a.className));
        }
    }
    xml.writeStartElement(QStringLiteral("AnnotationGroups"));
    for (const QString &group : order) {
        xml.writeStartElement(QStringLiteral("Group"));
        xml.writeAttribute(QStringLiteral("Name"), group);
        xml.writeAttribute(QStringLiteral("PartOfGroup"), kNoGroup);
        xml.writeAttribute(QStringLiteral("Color"), colors.value(group).name());
        xml.writeEmptyElement(QStringLiteral("Attributes"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

QByteArray AsapXmlIo::write(const QList<Annotation> &annotations, QStringList *warnings)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ASAP_Annotations"));
    xml.writeStartElement(QStringLiteral("Annotations"));
    int unkept = 0;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        const QString lost = writeShape(xml, a, int(i));
        if (warnings && !lost.isEmpty()) {
            *warnings << QStringLiteral("annotation %1 (\"%2\"): %3").arg(i).arg(a.name, lost);
        }
        unkept
            += a.locked || !a.notes.isEmpty() || !a.measurements.isEmpty() || !a.metadata.isEmpty();
    }
    xml.writeEndElement();
    writeGroups(xml, annotations);
    xml.writeEndElement();
    xml.writeEndDocument();
    if (warnings && unkept > 0) {
        *warnings << QStringLiteral("ASAP XML has no place for locks, notes, measurements or "
                                    "metadata: %1 annotations lose some")
                         .arg(unkept);
    }
    return out;
}

bool AsapXmlIo::writeFile(const QString &path, const QList<Annotation> &annotations, QString *error,
                          QStringList *warnings)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(annotations, warnings)) < 0
        || !file.commit()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

AnnotationReadResult AsapXmlIo::read(const QByteArray &xml, const ReadProgress &progress)
{
    AnnotationReadResult result;
    QXmlStreamReader reader(xml);
    QList<RawAnnotation> raws;
    QMap<QString, QColor> groups;
    bool sawRoot = false;
    qint64 elements = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        // Streaming: the share of the document read so far (checked every 512 elements).
        if (progress && ++elements % 512 == 0 && !xml.isEmpty()) {
            progress(double(reader.characterOffset()) / double(xml.size()));
        }
        const QStringView tag = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (!sawRoot) {
            if (tag != QLatin1String("ASAP_Annotations")) {
                result.error
                    = QStringLiteral("not an ASAP annotation file (root <%1>)").arg(tag.toString());
                return result;
            }
            sawRoot = true;
        } else if (tag == QLatin1String("Annotation")) {
            RawAnnotation raw;
            raw.name = attributes.value(QLatin1String("Name")).toString();
            raw.type = attributes.value(QLatin1String("Type")).toString();
            raw.group = attributes.value(QLatin1String("PartOfGroup")).toString();
            raw.color = attributes.value(QLatin1String("Color")).toString();
            raw.line = reader.lineNumber();
            raws << raw;
        } else if (tag == QLatin1String("Coordinate") && !raws.isEmpty()) {
            readCoordinate(attributes, &raws.last());
        } else if (tag == QLatin1String("Group")) {
            const QColor color = QColor::fromString(attributes.value(QLatin1String("Color")));
            const QString name = attributes.value(QLatin1String("Name")).toString();
            groups.insert(name, color.isValid() ? color : PathClasses::defaultColor(name));
        }
    }
    if (reader.hasError()) {
        result.error = QStringLiteral("XML error at line %1, column %2: %3")
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber())
                           .arg(reader.errorString());
        return result;
    }
    if (!sawRoot) {
        result.error = QStringLiteral("empty XML document");
        return result;
    }
    QSet<QString> undeclared;
    for (const RawAnnotation &raw : raws) {
        Annotation a;
        const QString why = convert(raw, groups, &a);
        if (!why.isEmpty()) {
            result.warnings << QStringLiteral("annotation \"%1\" (line %2) skipped: %3")
                                   .arg(raw.name)
                                   .arg(raw.line)
                                   .arg(why);
            continue;
        }
        if (!a.className.isEmpty() && !groups.contains(a.className)) {
            undeclared.insert(a.className);
        }
        result.annotations << a;
    }
    for (const QString &group : undeclared) {
        // ASAP itself rejects such a file; keeping the annotations loses less.
        result.warnings << QStringLiteral("group \"%1\" is used but not declared").arg(group);
    }
    if (progress) {
        progress(1.0);
    }
    return result;
}

AnnotationReadResult AsapXmlIo::readFile(const QString &path, const ReadProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AnnotationReadResult result;
        result.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return read(file.readAll(), progress);
}

} // namespace oncoview::slide
