// SPDX-License-Identifier: Apache-2.0
// GeoJsonIo::splitFeature: geometries an annotation cannot hold as one shape (several lines, a
// mixed collection, as QuPath and GIS tools write after unions) become several features.
#include "viewers/slide/annotations/geojsonio.h"

// Qt
#include <QJsonArray>

namespace oncoview::slide {

namespace {

QJsonObject withGeometry(QJsonObject feature, const QJsonObject &geometry, bool keepId)
{
    if (!keepId) {
        feature.remove(QStringLiteral("id")); // each extra part gets an id of its own
    }
    feature.insert(QStringLiteral("geometry"), geometry);
    return feature;
}

bool isPolygonal(const QJsonObject &geometry)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    return type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon");
}

} // namespace

QList<QJsonObject> GeoJsonIo::splitFeature(const QJsonObject &feature, QString *note)
{
    const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
    const QString type = geometry.value(QStringLiteral("type")).toString();
    QList<QJsonObject> parts;
    if (type == QLatin1String("MultiLineString")) {
        for (const QJsonValue &line : geometry.value(QStringLiteral("coordinates")).toArray()) {
            QJsonObject single {{QStringLiteral("type"), QStringLiteral("LineString")},
                                {QStringLiteral("coordinates"), line}};
            parts << withGeometry(feature, single, parts.isEmpty());
        }
        if (note && parts.size() > 1) {
            *note = QStringLiteral("MultiLineString split into %1 lines").arg(parts.size());
        }
        return parts.isEmpty() ? QList<QJsonObject> {feature} : parts;
    }
    if (type != QLatin1String("GeometryCollection")) {
        return {feature};
    }
    const QJsonArray members = geometry.value(QStringLiteral("geometries")).toArray();
    bool allPolygonal = !members.isEmpty();
    for (const QJsonValue &member : members) {
        allPolygonal = allPolygonal && isPolygonal(member.toObject());
    }
    if (allPolygonal) {
        // One area in several pieces (a union's result): one multi-polygon annotation.
        QJsonArray polygons;
        for (const QJsonValue &member : members) {
            const QJsonObject object = member.toObject();
            const QJsonValue coordinates = object.value(QStringLiteral("coordinates"));
            if (object.value(QStringLiteral("type")).toString() == QLatin1String("Polygon")) {
                polygons.append(coordinates);
            } else {
                for (const QJsonValue &polygon : coordinates.toArray()) {
                    polygons.append(polygon);
                }
            }
        }
        QJsonObject merged {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                            {QStringLiteral("coordinates"), polygons}};
        for (const char *key : {"isEllipse", "plane"}) {
            if (geometry.contains(QLatin1String(key))) {
                merged.insert(QLatin1String(key), geometry.value(QLatin1String(key)));
            }
        }
        return {withGeometry(feature, merged, true)};
    }
    for (const QJsonValue &member : members) {
        QJsonObject part = member.toObject();
        if (!part.contains(QStringLiteral("plane")) && geometry.contains(QStringLiteral("plane"))) {
            part.insert(QStringLiteral("plane"), geometry.value(QStringLiteral("plane")));
        }
        // A nested collection or multi-line splits further.
        for (const QJsonObject &piece :
             splitFeature(withGeometry(feature, part, parts.isEmpty()))) {
            parts << withGeometry(piece, piece.value(QStringLiteral("geometry")).toObject(),
                                  parts.isEmpty());
        }
    }
    if (note && parts.size() > 1) {
        *note = QStringLiteral("GeometryCollection split into %1 annotations").arg(parts.size());
    }
    return parts.isEmpty() ? QList<QJsonObject> {feature} : parts;
}

} // namespace oncoview::slide
