// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotation.h"
#include "viewers/slide/annotations/annotationreadresult.h"

// Qt
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace oncoview::slide {

// ASAP XML (also the CAMELYON16/17 ground truth): ASAP_Annotations / Annotations /
// Annotation[Name, Type, PartOfGroup, Color] / Coordinates / Coordinate[Order, X, Y], and
// AnnotationGroups / Group[Name, PartOfGroup, Color]. A group is a class (name + colour); an
// annotation's Color becomes its own colour when it differs from its group's.
// Read: Polygon -> polygon, Rectangle -> rectangle, Dot -> point, PointSet -> points,
// Spline -> polygon sampled along the closed Catmull-Rom curve, Measurement -> polyline.
// Write: the reverse; ASAP has no ellipses, holes or multipolygons, so those are written as
// polygons (ellipse sampled, holes dropped, one Annotation per part) with a warning each.
// Pure functions: any thread.
class AsapXmlIo
{
public:
    static AnnotationReadResult read(const QByteArray &xml, const ReadProgress &progress = {});
    static AnnotationReadResult readFile(const QString &path, const ReadProgress &progress = {});
    static QByteArray write(const QList<Annotation> &annotations, QStringList *warnings = nullptr);
    // Atomic (QSaveFile); false with `error` set on failure.
    static bool writeFile(const QString &path, const QList<Annotation> &annotations,
                          QString *error = nullptr, QStringList *warnings = nullptr);
};

} // namespace oncoview::slide
