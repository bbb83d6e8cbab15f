// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotation.h"
#include "viewers/slide/annotations/annotationreadresult.h"

// Qt
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace oncoview::slide {

// QuPath-compatible GeoJSON. Writes a FeatureCollection of Features with a UUID `id`,
// properties objectType "annotation", name, color, classification {name|names, color} (the
// colour is always written: QuPath rejects a classification without one), isLocked,
// measurements (finite ones only: QuPath's numbers must be numbers), metadata; colours as
// [r, g, b] (an alpha goes in properties "oncoview"); the image plane (z, t) when it is not the
// first, in the geometry's "plane" as QuPath writes it; ellipses as polygons with
// the geometry foreign member "isEllipse" (where QuPath reads it). Coordinates keep full double
// precision, so export then import gives back equal annotations. OncoView-only fields (shape
// kind, notes, hidden) go in properties "description" and "oncoview", which QuPath ignores.
// Reads a FeatureCollection, a bare array of Features or one Feature, including QuPath's bare
// NaN / Infinity literals (kept as NaN / inf measurements), MultiLineString and
// GeometryCollection geometries (split, see splitFeature) and the "plane" field. Pure
// functions: any thread.
class GeoJsonIo
{
public:
    static QJsonObject toFeature(const Annotation &annotation);
    static QJsonObject toFeatureCollection(const QList<Annotation> &annotations);
    static QByteArray write(const QList<Annotation> &annotations, bool indented = true);
    // Atomic (QSaveFile); false with `error` set on failure.
    static bool writeFile(const QString &path, const QList<Annotation> &annotations,
                          QString *error = nullptr);

    // One Feature; `error` says why not when it returns false. Missing or non-UUID ids get a
    // new UUID.
    static bool fromFeature(const QJsonObject &feature, Annotation *annotation, QString *error);
    // A feature whose geometry no single annotation holds, split into features that each do:
    // a MultiLineString into LineStrings, a GeometryCollection of areas into one MultiPolygon
    // and any other collection into its members. The first part keeps the id. `note` says what
    // was split. Other features come back as they are.
    static QList<QJsonObject> splitFeature(const QJsonObject &feature, QString *note = nullptr);
    static AnnotationReadResult read(const QByteArray &json, const ReadProgress &progress = {});
    static AnnotationReadResult readFile(const QString &path, const ReadProgress &progress = {});
};

} // namespace oncoview::slide
