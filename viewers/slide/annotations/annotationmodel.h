// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotation.h"
#include "viewers/slide/annotations/pathclasses.h"

// Qt
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <functional>

namespace oncoview::slide {

// The annotations of one slide, in drawing order (later ones on top), with an undo stack.
// Lives on and is called from the GUI thread only.
//
// Every edit is an undoable command. An edit that names a locked annotation is refused
// (returns false, sets lastError(), emits editRefused) — except setLocked and setVisible, so a
// lock can be lifted and locked annotations can still be hidden. Unknown ids are refused too.
class AnnotationModel : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationModel(QObject *parent = nullptr);

    const QList<Annotation> &annotations() const { return m_annotations; }
    int count() const { return int(m_annotations.size()); }
    int indexOf(const QString &id) const;
    // nullptr when unknown; valid until the next edit.
    const Annotation *find(const QString &id) const;
    QUndoStack *undoStack() { return &m_undoStack; }
    QString lastError() const { return m_lastError; }

    // Classes and show/hide by class (view state, not undoable).
    const PathClasses &pathClasses() const { return m_pathClasses; }
    void setClassColor(const QString &className, const QColor &color);
    void setClassVisible(const QString &className, bool visible);
    // Visible itself and its class not hidden.
    bool isShown(const Annotation &annotation) const;

    // Replaces everything (opening a file, recovery): not undoable, clears the undo stack
    // and the selection. Annotations without an id get one; invalid ones are dropped (false).
    bool resetAnnotations(const QList<Annotation> &annotations);

    // Appends; an empty id gets a new UUID, a class without colour gets the class's colour.
    // Returns the ids, or an empty list when an annotation is invalid or its id is taken.
    QStringList add(const QList<Annotation> &annotations);
    QString add(const Annotation &annotation);
    bool remove(const QStringList &ids);
    // During a drag, pass `continueDrag` for every step after the first: the drag becomes
    // one undo step.
    bool translate(const QStringList &ids, const QPointF &delta, bool continueDrag = false);
    bool setVertex(const QString &id, const VertexRef &ref, const QPointF &position,
                   bool continueDrag = false);
    bool insertVertex(const QString &id, const VertexRef &ref, const QPointF &position);
    bool removeVertex(const QString &id, const VertexRef &ref);
    // An empty className unclassifies; an invalid colour takes the registered class colour.
    bool setClass(const QStringList &ids, const QString &className, const QColor &color = {});
    bool setName(const QString &id, const QString &name);
    bool setNotes(const QString &id, const QString &notes);
    bool setMeasurements(const QString &id, const QMap<QString, double> &measurements);
    bool setLocked(const QStringList &ids, bool locked);
    bool setVisible(const QStringList &ids, bool visible);
    // Replaces the annotation with the same id (any field but the id).
    bool update(const Annotation &annotation);

    // The annotations as a GeoJSON FeatureCollection (for the clipboard).
    QString copy(const QStringList &ids) const;
    // Adds copies with new ids, moved by `offset`, unlocked; selects them. One undo step.
    // Returns the new ids; empty (and lastError) when the text holds no annotations.
    QStringList paste(const QString &geoJson, const QPointF &offset);

    // The shown annotation at a level-0 point: inside an area, or within `tolerance` pixels of
    // an outline, line or point. With several, the smallest area wins (lines and points
    // first), so nested regions stay reachable. Empty when none.
    QString hitTest(const QPointF &point, double tolerance) const;
    QStringList selection() const { return m_selection; }
    void setSelection(const QStringList &ids);
    // Selects what hitTest finds; `extend` toggles it in the current selection instead.
    QString selectAt(const QPointF &point, double tolerance, bool extend = false);

Q_SIGNALS:
    void annotationInserted(int index, const QString &id);
    void annotationRemoved(int index, const QString &id);
    void annotationChanged(int index, const QString &id);
    void modelReset();
    void selectionChanged();
    void classesChanged();
    void editRefused(const QString &reason);

private:
    friend class InsertAnnotationsCommand;
    friend class RemoveAnnotationsCommand;
    friend class ReplaceAnnotationsCommand;

    // Used by the commands: change the list and emit, nothing else.
    void insertAt(int index, const Annotation &annotation);
    void removeAt(int index);
    void replace(const Annotation &annotation);

    QStringList insertNew(const QList<Annotation> &annotations, const QString &text);
    bool refuse(const QString &reason);
    // Applies `edit` to copies of `ids` and pushes one undoable replacement.
    bool edit(const QStringList &ids, const QString &text, bool allowLocked,
              const std::function<bool(Annotation &)> &apply, int mergeId = -1,
              bool continues = false);
    QString prepare(Annotation &annotation) const;

    QList<Annotation> m_annotations;
    QStringList m_selection;
    PathClasses m_pathClasses;
    QUndoStack m_undoStack;
    QString m_lastError;
};

} // namespace oncoview::slide
