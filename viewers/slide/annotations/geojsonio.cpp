// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/geojsonio.h"

#include "viewers/slide/annotations/jsonliterals.h"

#include "viewers/slide/annotations/pathclasses.h"

// Qt
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <cmath>
#include <limits>

namespace oncoview::slide {

namespace {

QJsonArray pointJson(const QPointF &p)
{
    return QJsonArray {p.x(), p.y()};
}

QJsonArray lineJson(const QPolygonF &line, bool closeRing)
{
    QJsonArray array;
    for (const QPointF &p : line) {
        array.append(pointJson(p));
    }
    if (closeRing && !line.isEmpty()) {
        array.append(pointJson(line.first())); // GeoJSON rings repeat their first vertex
    }
    return array;
}

QJsonArray polygonJson(const PolygonRings &rings)
{
    QJsonArray array;
    for (const QPolygonF &ring : rings) {
        array.append(lineJson(ring, true));
    }
    return array;
}

QJsonObject geometryJson(const Annotation &a)
{
    QJsonObject geometry;
    const auto set = [&](const char *type, const QJsonArray &coordinates) {
        geometry.insert(QStringLiteral("type"), QLatin1String(type));
        geometry.insert(QStringLiteral("coordinates"), coordinates);
    };
    const QPolygonF vertices = a.parts.value(0).value(0);
    switch (a.shape) {
    case AnnotationShape::Point:
        set("Point", pointJson(vertices.value(0)));
        break;
    case AnnotationShape::MultiPoint:
        set("MultiPoint", lineJson(vertices, false));
        break;
    case AnnotationShape::Polyline:
        set("LineString", lineJson(vertices, false));
        break;
    case AnnotationShape::MultiPolygon: {
        QJsonArray polygons;
        for (const PolygonRings &part : a.parts) {
            polygons.append(polygonJson(part));
        }
        set("MultiPolygon", polygons);
        break;
    }
    default: {
        const QList<PolygonRings> polygons = a.polygons();
        if (polygons.size() == 1) {
            set("Polygon", polygonJson(polygons.first()));
        } else {
            QJsonArray array;
            for (const PolygonRings &part : polygons) {
                array.append(polygonJson(part));
            }
            set("MultiPolygon", array);
        }
    }
    }
    if (a.shape == AnnotationShape::Ellipse) {
        geometry.insert(QStringLiteral("isEllipse"), true);
    }
    if (a.planeZ != 0 || a.planeT != 0) {
        geometry.insert(QStringLiteral("plane"),
                        QJsonObject {{QStringLiteral("c"), -1},
                                     {QStringLiteral("z"), a.planeZ},
                                     {QStringLiteral("t"), a.planeT}});
    }
    return geometry;
}

// Three elements: QuPath reads colours as [r, g, b] (an alpha is kept in "oncoview").
QJsonArray colorJson(const QColor &color)
{
    return QJsonArray {color.red(), color.green(), color.blue()};
}

QJsonObject classificationJson(const Annotation &a)
{
    QJsonObject classification;
    const QStringList names = a.className.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (names.size() > 1) {
        QJsonArray array;
        for (const QString &name : names) {
            array.append(name.trimmed());
        }
        classification.insert(QStringLiteral("names"), array);
    } else {
        classification.insert(QStringLiteral("name"), a.className);
    }
    const QColor color
        = a.classColor.isValid() ? a.classColor : PathClasses::defaultColor(a.className);
    classification.insert(QStringLiteral("color"), colorJson(color));
    return classification;
}

QJsonObject propertiesJson(const Annotation &a)
{
    QJsonObject properties {{QStringLiteral("objectType"), QStringLiteral("annotation")}};
    if (!a.name.isEmpty()) {
        properties.insert(QStringLiteral("name"), a.name);
    }
    if (a.color.isValid()) {
        properties.insert(QStringLiteral("color"), colorJson(a.color));
    }
    if (!a.className.isEmpty()) {
        properties.insert(QStringLiteral("classification"), classificationJson(a));
    }
    if (a.locked) {
        properties.insert(QStringLiteral("isLocked"), true);
    }
    if (!a.measurements.isEmpty()) {
        QJsonObject measurements;
        for (auto it = a.measurements.cbegin(); it != a.measurements.cend(); ++it) {
            // JSON has no NaN or infinity, and QuPath expects numbers: a non-finite value is
            // left out rather than written as a string.
            if (std::isfinite(it.value())) {
                measurements.insert(it.key(), it.value());
            }
        }
        if (!measurements.isEmpty()) {
            properties.insert(QStringLiteral("measurements"), measurements);
        }
    }
    if (!a.metadata.isEmpty()) {
        QJsonObject metadata;
        for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it) {
            metadata.insert(it.key(), it.value());
        }
        properties.insert(QStringLiteral("metadata"), metadata);
    }
    if (!a.notes.isEmpty()) {
        properties.insert(QStringLiteral("description"), a.notes);
    }
    QJsonObject own {{QStringLiteral("shape"), shapeName(a.shape)}};
    if (a.shape == AnnotationShape::Rectangle || a.shape == AnnotationShape::Ellipse) {
        // x + width - x can differ from width in the last bit: keep the box itself too.
        own.insert(QStringLiteral("rect"),
                   QJsonArray {a.rect.x(), a.rect.y(), a.rect.width(), a.rect.height()});
    }
    if (!a.visible) {
        own.insert(QStringLiteral("visible"), false);
    }
    if (a.color.isValid() && a.color.alpha() != 255) {
        own.insert(QStringLiteral("alpha"), a.color.alpha());
    }
    properties.insert(QStringLiteral("oncoview"), own);
    return properties;
}

} // namespace

QJsonObject GeoJsonIo::toFeature(const Annotation &annotation)
{
    QJsonObject feature {{QStringLiteral("type"), QStringLiteral("Feature")}};
    if (!annotation.id.isEmpty()) {
        feature.insert(QStringLiteral("id"), annotation.id);
    }
    feature.insert(QStringLiteral("geometry"), geometryJson(annotation));
    feature.insert(QStringLiteral("properties"), propertiesJson(annotation));
    return feature;
}

QJsonObject GeoJsonIo::toFeatureCollection(const QList<Annotation> &annotations)
{
    QJsonArray features;
    for (const Annotation &annotation : annotations) {
        features.append(toFeature(annotation));
    }
    return {{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
            {QStringLiteral("features"), features}};
}

QByteArray GeoJsonIo::write(const QList<Annotation> &annotations, bool indented)
{
    return QJsonDocument(toFeatureCollection(annotations))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

bool GeoJsonIo::writeFile(const QString &path, const QList<Annotation> &annotations, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(annotations)) < 0 || !file.commit()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

AnnotationReadResult GeoJsonIo::read(const QByteArray &json, const ReadProgress &progress)
{
    AnnotationReadResult result;
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        // QuPath's bare NaN / Infinity literals: quoted, they read as numbers below.
        int literals = 0;
        QJsonParseError retryError;
        const QByteArray quoted = quoteNonFiniteLiterals(json, &literals);
        if (literals > 0) {
            document = QJsonDocument::fromJson(quoted, &retryError);
        }
    }
    if (document.isNull()) {
        result.error = QStringLiteral("not JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    QJsonArray features;
    const QJsonObject root = document.object();
    const QString rootType = root.value(QStringLiteral("type")).toString();
    if (document.isArray()) {
        features = document.array(); // QuPath also writes and reads a bare array
    } else if (rootType == QLatin1String("FeatureCollection")) {
        features = root.value(QStringLiteral("features")).toArray();
    } else if (rootType == QLatin1String("Feature")) {
        features.append(root);
    } else {
        result.error = QStringLiteral(
            "not GeoJSON annotations: expected a FeatureCollection, a Feature or an array");
        return result;
    }
    QSet<QString> ids;
    int foreignObjects = 0, otherPlanes = 0;
    // Parsing the document was the first 40 %; each percent of the features is reported.
    const qsizetype step = std::max<qsizetype>(1, features.size() / 60);
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (progress && i % step == 0) {
            progress(0.4 + 0.6 * double(i) / double(features.size()));
        }
        if (!features.at(i).isObject()) {
            result.warnings << QStringLiteral("feature %1 skipped: not a JSON object").arg(i);
            continue;
        }
        QString split;
        const QList<QJsonObject> parts = splitFeature(features.at(i).toObject(), &split);
        if (!split.isEmpty()) {
            result.warnings << QStringLiteral("feature %1: %2").arg(i).arg(split);
        }
        for (const QJsonObject &part : parts) {
            Annotation annotation;
            QString why;
            if (!fromFeature(part, &annotation, &why)) {
                result.warnings << QStringLiteral("feature %1 skipped: %2").arg(i).arg(why);
                continue;
            }
            if (ids.contains(annotation.id)) {
                result.warnings << QStringLiteral("feature %1: duplicate id %2 replaced")
                                       .arg(i)
                                       .arg(annotation.id);
                annotation.id = Annotation::newId();
            }
            ids.insert(annotation.id);
            const QJsonObject properties = part.value(QStringLiteral("properties")).toObject();
            const QString type = properties.value(QStringLiteral("objectType")).toString();
            foreignObjects += !type.isEmpty() && type != QLatin1String("annotation");
            otherPlanes += annotation.planeZ != 0 || annotation.planeT != 0;
            result.annotations << annotation;
        }
    }
    if (otherPlanes > 0) {
        result.warnings << QStringLiteral("%1 annotations belong to another z or t plane; the "
                                          "slide has one, so they are shown on it")
                               .arg(otherPlanes);
    }
    if (foreignObjects > 0) {
        result.warnings << QStringLiteral("%1 detections/cells/tiles imported as annotations")
                               .arg(foreignObjects);
    }
    if (progress) {
        progress(1.0);
    }
    return result;
}

AnnotationReadResult GeoJsonIo::readFile(const QString &path, const ReadProgress &progress)
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
