// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/annotationcommands.h"

#include "viewers/slide/annotations/annotationmodel.h"

namespace oncoview::slide {

namespace {

QStringList idsOf(const QList<Annotation> &annotations)
{
    QStringList ids;
    for (const Annotation &a : annotations) {
        ids << a.id;
    }
    return ids;
}

} // namespace

InsertAnnotationsCommand::InsertAnnotationsCommand(AnnotationModel *model,
                                                   const QList<QPair<int, Annotation>> &items,
                                                   const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_items(items)
{
}

void InsertAnnotationsCommand::redo()
{
    for (const auto &[index, annotation] : m_items) {
        m_model->insertAt(index, annotation);
    }
}

void InsertAnnotationsCommand::undo()
{
    // Highest index first, so the lower indexes stay valid.
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        m_model->removeAt(it->first);
    }
}

RemoveAnnotationsCommand::RemoveAnnotationsCommand(AnnotationModel *model,
                                                   const QList<QPair<int, Annotation>> &items,
                                                   const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_items(items)
{
}

void RemoveAnnotationsCommand::redo()
{
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        m_model->removeAt(it->first);
    }
}

void RemoveAnnotationsCommand::undo()
{
    for (const auto &[index, annotation] : m_items) {
        m_model->insertAt(index, annotation);
    }
}

ReplaceAnnotationsCommand::ReplaceAnnotationsCommand(AnnotationModel *model,
                                                     const QList<Annotation> &before,
                                                     const QList<Annotation> &after,
                                                     const QString &text, int mergeId,
                                                     bool continues)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(before)
    , m_after(after)
    , m_mergeId(mergeId)
    , m_continues(continues)
{
}

void ReplaceAnnotationsCommand::redo()
{
    for (const Annotation &a : m_after) {
        m_model->replace(a);
    }
}

void ReplaceAnnotationsCommand::undo()
{
    for (const Annotation &a : m_before) {
        m_model->replace(a);
    }
}

bool ReplaceAnnotationsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ReplaceAnnotationsCommand *>(other);
    if (!next || !next->m_continues || idsOf(next->m_after) != idsOf(m_after)) {
        return false;
    }
    m_after = next->m_after; // keep our `before`: undo returns to where the drag started
    return true;
}

} // namespace oncoview::slide
