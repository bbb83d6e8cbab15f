// SPDX-License-Identifier: Apache-2.0
// AnnotationModel: clipboard, hit test, selection and the primitives the undo commands call.
#include "viewers/slide/annotations/annotationcommands.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/geojsonio.h"

// Qt
#include <QJsonDocument>

#include <limits>

namespace oncoview::slide {

QString AnnotationModel::copy(const QStringList &ids) const
{
    QList<Annotation> copied;
    for (const Annotation &a : m_annotations) {
        if (ids.contains(a.id)) {
            copied << a; // drawing order, not selection order
        }
    }
    return QString::fromUtf8(GeoJsonIo::write(copied, false));
}

QStringList AnnotationModel::paste(const QString &geoJson, const QPointF &offset)
{
    const AnnotationReadResult read = GeoJsonIo::read(geoJson.toUtf8());
    if (!read.ok() || read.annotations.isEmpty()) {
        refuse(read.ok() ? QStringLiteral("the clipboard holds no annotations")
                         : QStringLiteral("cannot paste: %1").arg(read.error));
        return {};
    }
    QList<Annotation> copies = read.annotations;
    for (Annotation &a : copies) {
        a.id = Annotation::newId();
        a.locked = false; // a pasted copy is new work: it must be movable into place
        a.translate(offset);
    }
    const QStringList ids = insertNew(copies, QStringLiteral("Paste"));
    if (!ids.isEmpty()) {
        setSelection(ids);
    }
    return ids;
}

QString AnnotationModel::hitTest(const QPointF &point, double tolerance) const
{
    QString best;
    double bestArea = std::numeric_limits<double>::infinity();
    // Walk top-down so that, among equal areas, the one drawn last wins.
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
        if (!isShown(*it)
            || !it->boundingRect()
                    .adjusted(-tolerance, -tolerance, tolerance, tolerance)
                    .contains(point)) {
            continue;
        }
        if (!it->hits(point, tolerance)) {
            continue;
        }
        const double area = it->area();
        if (area < bestArea) {
            bestArea = area;
            best = it->id;
        }
    }
    return best;
}

void AnnotationModel::setSelection(const QStringList &ids)
{
    QStringList known;
    for (const QString &id : ids) {
        if (indexOf(id) >= 0 && !known.contains(id)) {
            known << id;
        }
    }
    if (known != m_selection) {
        m_selection = known;
        Q_EMIT selectionChanged();
    }
}

QString AnnotationModel::selectAt(const QPointF &point, double tolerance, bool extend)
{
    const QString hit = hitTest(point, tolerance);
    if (!extend) {
        setSelection(hit.isEmpty() ? QStringList() : QStringList {hit});
    } else if (!hit.isEmpty()) {
        QStringList ids = m_selection;
        if (!ids.removeOne(hit)) {
            ids << hit;
        }
        setSelection(ids);
    }
    return hit;
}

void AnnotationModel::insertAt(int index, const Annotation &annotation)
{
    m_annotations.insert(index, annotation);
    Q_EMIT annotationInserted(index, annotation.id);
}

void AnnotationModel::removeAt(int index)
{
    const QString id = m_annotations.takeAt(index).id;
    Q_EMIT annotationRemoved(index, id);
    if (m_selection.removeOne(id)) {
        Q_EMIT selectionChanged();
    }
}

void AnnotationModel::replace(const Annotation &annotation)
{
    const int index = indexOf(annotation.id);
    if (index >= 0) {
        m_annotations[index] = annotation;
        Q_EMIT annotationChanged(index, annotation.id);
    }
}

} // namespace oncoview::slide
