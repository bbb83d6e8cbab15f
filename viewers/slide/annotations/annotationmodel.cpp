// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/annotationmodel.h"

#include "viewers/slide/annotations/annotationcommands.h"

// Qt
#include <QSet>

#include <algorithm>

namespace oncoview::slide {

namespace {

// Undo merge ids: steps of one drag merge only with steps of the same kind.
constexpr int kTranslateMergeId = 1;
constexpr int kVertexMergeId = 2;

} // namespace

AnnotationModel::AnnotationModel(QObject *parent)
    : QObject(parent)
{
}

int AnnotationModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

const Annotation *AnnotationModel::find(const QString &id) const
{
    const int index = indexOf(id);
    return index >= 0 ? &m_annotations.at(index) : nullptr;
}

void AnnotationModel::setClassColor(const QString &className, const QColor &color)
{
    m_pathClasses.setClass(className, color);
    Q_EMIT classesChanged();
}

void AnnotationModel::setClassVisible(const QString &className, bool visible)
{
    m_pathClasses.setVisible(className, visible);
    Q_EMIT classesChanged();
}

bool AnnotationModel::isShown(const Annotation &annotation) const
{
    return annotation.visible && m_pathClasses.isVisible(annotation.className);
}

QString AnnotationModel::prepare(Annotation &annotation) const
{
    if (annotation.id.isEmpty()) {
        annotation.id = Annotation::newId();
    }
    if (!annotation.className.isEmpty() && !annotation.classColor.isValid()) {
        annotation.classColor = m_pathClasses.color(annotation.className);
    }
    const QString why = annotation.validate();
    return why.isEmpty() ? QString() : QStringLiteral("invalid annotation: %1").arg(why);
}

bool AnnotationModel::resetAnnotations(const QList<Annotation> &annotations)
{
    m_undoStack.clear();
    m_annotations.clear();
    m_selection.clear();
    bool allKept = true;
    QSet<QString> ids;
    for (Annotation a : annotations) {
        if (!prepare(a).isEmpty() || ids.contains(a.id)) {
            allKept = false;
            continue;
        }
        ids.insert(a.id);
        if (!a.className.isEmpty() && !m_pathClasses.contains(a.className)) {
            m_pathClasses.setClass(a.className, a.classColor);
        }
        m_annotations << a;
    }
    Q_EMIT modelReset();
    Q_EMIT classesChanged();
    Q_EMIT selectionChanged();
    return allKept;
}

QStringList AnnotationModel::add(const QList<Annotation> &annotations)
{
    const QString text = annotations.size() == 1
        ? QStringLiteral("Add %1").arg(shapeName(annotations.first().shape))
        : QStringLiteral("Add %1 annotations").arg(annotations.size());
    return insertNew(annotations, text);
}

QStringList AnnotationModel::insertNew(const QList<Annotation> &annotations, const QString &text)
{
    QList<QPair<int, Annotation>> items;
    QStringList ids;
    // A set, not indexOf per annotation: an import brings thousands at once.
    QSet<QString> taken;
    taken.reserve(count() + annotations.size());
    for (const Annotation &present : m_annotations) {
        taken.insert(present.id);
    }
    for (Annotation a : annotations) {
        const QString why = prepare(a);
        if (!why.isEmpty()) {
            refuse(why);
            return {};
        }
        if (taken.contains(a.id)) {
            refuse(QStringLiteral("id %1 is already in use").arg(a.id));
            return {};
        }
        items.append({count() + int(items.size()), a});
        ids << a.id;
        taken.insert(a.id);
    }
    if (!items.isEmpty()) {
        m_undoStack.push(new InsertAnnotationsCommand(this, items, text));
    }
    return ids;
}

QString AnnotationModel::add(const Annotation &annotation)
{
    return add(QList<Annotation> {annotation}).value(0);
}

bool AnnotationModel::remove(const QStringList &ids)
{
    QList<QPair<int, Annotation>> items;
    for (const QString &id : ids) {
        const int index = indexOf(id);
        if (index < 0) {
            return refuse(QStringLiteral("no annotation with id %1").arg(id));
        }
        if (m_annotations.at(index).locked) {
            return refuse(QStringLiteral("annotation %1 is locked").arg(id));
        }
        items.append({index, m_annotations.at(index)});
    }
    std::sort(items.begin(), items.end(),
              [](const auto &l, const auto &r) { return l.first < r.first; });
    if (!items.isEmpty()) {
        m_undoStack.push(new RemoveAnnotationsCommand(
            this, items, QStringLiteral("Delete %1 annotation(s)").arg(items.size())));
    }
    return true;
}

bool AnnotationModel::refuse(const QString &reason)
{
    m_lastError = reason;
    Q_EMIT editRefused(reason);
    return false;
}

bool AnnotationModel::edit(const QStringList &ids, const QString &text, bool allowLocked,
                           const std::function<bool(Annotation &)> &apply, int mergeId,
                           bool continues)
{
    QList<Annotation> before;
    QList<Annotation> after;
    for (const QString &id : ids) {
        const Annotation *current = find(id);
        if (!current) {
            return refuse(QStringLiteral("no annotation with id %1").arg(id));
        }
        if (current->locked && !allowLocked) {
            return refuse(QStringLiteral("annotation %1 is locked").arg(id));
        }
        Annotation changed = *current;
        if (!apply(changed)) {
            return refuse(QStringLiteral("%1: not possible on annotation %2").arg(text, id));
        }
        const QString why = changed.validate();
        if (!why.isEmpty()) {
            return refuse(
                QStringLiteral("%1 would make annotation %2 invalid: %3").arg(text, id, why));
        }
        before << *current;
        after << changed;
    }
    if (!after.isEmpty()) {
        m_undoStack.push(
            new ReplaceAnnotationsCommand(this, before, after, text, mergeId, continues));
    }
    return true;
}

bool AnnotationModel::translate(const QStringList &ids, const QPointF &delta, bool continueDrag)
{
    return edit(
        ids, QStringLiteral("Move"), false,
        [&](Annotation &a) {
            a.translate(delta);
            return true;
        },
        kTranslateMergeId, continueDrag);
}

bool AnnotationModel::setVertex(const QString &id, const VertexRef &ref, const QPointF &position,
                                bool continueDrag)
{
    return edit(
        {id}, QStringLiteral("Move vertex"), false,
        [&](Annotation &a) { return a.setVertex(ref, position); }, kVertexMergeId, continueDrag);
}

bool AnnotationModel::insertVertex(const QString &id, const VertexRef &ref, const QPointF &position)
{
    return edit({id}, QStringLiteral("Add vertex"), false,
                [&](Annotation &a) { return a.insertVertex(ref, position); });
}

bool AnnotationModel::removeVertex(const QString &id, const VertexRef &ref)
{
    return edit({id}, QStringLiteral("Delete vertex"), false,
                [&](Annotation &a) { return a.removeVertex(ref); });
}

bool AnnotationModel::setClass(const QStringList &ids, const QString &className,
                               const QColor &color)
{
    const QColor classColor = className.isEmpty() ? QColor()
        : color.isValid()                         ? color
                                                  : m_pathClasses.color(className);
    const bool ok = edit(ids, QStringLiteral("Set class"), false, [&](Annotation &a) {
        a.className = className;
        a.classColor = classColor;
        return true;
    });
    if (ok && !className.isEmpty() && !m_pathClasses.contains(className)) {
        m_pathClasses.setClass(className, classColor);
        Q_EMIT classesChanged();
    }
    return ok;
}

bool AnnotationModel::setName(const QString &id, const QString &name)
{
    return edit({id}, QStringLiteral("Rename"), false, [&](Annotation &a) {
        a.name = name;
        return true;
    });
}

bool AnnotationModel::setNotes(const QString &id, const QString &notes)
{
    return edit({id}, QStringLiteral("Edit notes"), false, [&](Annotation &a) {
        a.notes = notes;
        return true;
    });
}

bool AnnotationModel::setMeasurements(const QString &id, const QMap<QString, double> &measurements)
{
    return edit({id}, QStringLiteral("Set measurements"), false, [&](Annotation &a) {
        a.measurements = measurements;
        return true;
    });
}

bool AnnotationModel::setLocked(const QStringList &ids, bool locked)
{
    return edit(ids, locked ? QStringLiteral("Lock") : QStringLiteral("Unlock"), true,
                [&](Annotation &a) {
                    a.locked = locked;
                    return true;
                });
}

bool AnnotationModel::setVisible(const QStringList &ids, bool visible)
{
    return edit(ids, visible ? QStringLiteral("Show") : QStringLiteral("Hide"), true,
                [&](Annotation &a) {
                    a.visible = visible;
                    return true;
                });
}

bool AnnotationModel::update(const Annotation &annotation)
{
    Annotation replacement = annotation;
    if (!replacement.className.isEmpty() && !replacement.classColor.isValid()) {
        replacement.classColor = m_pathClasses.color(replacement.className);
    }
    return edit({annotation.id}, QStringLiteral("Edit annotation"), false, [&](Annotation &a) {
        a = replacement;
        return true;
    });
}

} // namespace oncoview::slide
