// SPDX-License-Identifier: Apache-2.0
#pragma once

// The three undo commands behind every AnnotationModel edit (kept together: each is a few
// lines and none is used alone). GUI thread, like the model.

#include "viewers/slide/annotations/annotation.h"

// Qt
#include <QList>
#include <QPair>
#include <QUndoCommand>

namespace oncoview::slide {

class AnnotationModel;

// Inserts annotations at given indexes (ascending); undo removes them.
class InsertAnnotationsCommand : public QUndoCommand
{
public:
    InsertAnnotationsCommand(AnnotationModel *model, const QList<QPair<int, Annotation>> &items,
                             const QString &text);
    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    QList<QPair<int, Annotation>> m_items;
};

// Removes annotations; undo puts them back at their old indexes.
class RemoveAnnotationsCommand : public QUndoCommand
{
public:
    RemoveAnnotationsCommand(AnnotationModel *model, const QList<QPair<int, Annotation>> &items,
                             const QString &text);
    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    QList<QPair<int, Annotation>> m_items; // ascending index order
};

// Swaps whole annotation values (found by id) between before and after. A command built with
// `continues` merges into the previous one when both have the same merge id and ids, so the
// steps of one drag are one undo step while two drags stay two.
class ReplaceAnnotationsCommand : public QUndoCommand
{
public:
    ReplaceAnnotationsCommand(AnnotationModel *model, const QList<Annotation> &before,
                              const QList<Annotation> &after, const QString &text, int mergeId = -1,
                              bool continues = false);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationModel *m_model;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
    int m_mergeId;
    bool m_continues;
};

} // namespace oncoview::slide
