// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotationtools.h"

// Qt
#include <QEvent>
#include <QHash>
#include <QObject>
#include <QPainterPath>
#include <QPointer>
#include <QSizeF>

#include <functional>
#include <memory>
#include <optional>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace oncoview::slide {

class AnnotationModel;
class SlideView;

// Draws an AnnotationModel over a SlideView (level-0 coordinates; class colours, selection in
// QuPath's yellow with vertex handles, locked ones dashed, hidden classes skipped) and turns
// the view's mouse and keys into annotation edits through the current tool. It filters the
// view's events, so the view itself stays a plain pan/zoom widget: what a tool does not use
// (a press on empty slide in select mode, anything while Space is held) still pans.
// Keys (view focused): M . R O P F B pick a tool; Esc cancels a shape or clears the selection;
// Enter or double-click closes a polygon; Delete removes the selection; Ctrl+Z / Ctrl+Shift+Z
// (Ctrl+Y) undo / redo; Ctrl+C / Ctrl+V copy / paste; Ctrl+A selects all; L locks/unlocks.
// GUI thread only.
class AnnotationOverlay : public QObject
{
    Q_OBJECT

public:
    AnnotationOverlay(SlideView *view, AnnotationModel *model, QObject *parent = nullptr);
    ~AnnotationOverlay() override;

    AnnotationTool tool() const { return m_tool; }
    void setTool(AnnotationTool tool);
    // The class that new annotations get (empty: unclassified).
    QString drawClass() const { return m_context.drawClass; }
    void setDrawClass(const QString &className);
    double brushDiameter() const { return m_context.brushDiameterPixels; }
    void setBrushDiameter(double screenPixels);
    // Micrometres per level-0 pixel for the measurements; none shows pixels.
    void setMicronsPerPixel(std::optional<QSizeF> mpp);

    void deleteSelection();
    void copySelection();
    void paste();
    // Locks the selection, or unlocks it when all of it is locked.
    void toggleLockSelection();
    // "Area 1.23 mm² · Perimeter 4.5 mm" for the selection (summed), empty when none.
    QString selectionSummary() const;
    // Area and perimeter in the length unit chosen (µm² and µm, or mm² and mm), or pixels
    // without an mpp.
    double area(const Annotation &annotation) const;
    double perimeter(const Annotation &annotation) const;
    bool hasMicronsPerPixel() const { return m_mpp.has_value(); }
    // Millimetres instead of micrometres (Edit > Preferences): whole-tumour regions read
    // better in mm², nuclei in µm².
    void setMillimetres(bool millimetres);
    // "µm", "mm" or "px" (and the squared forms): what area() and perimeter() are in.
    QString lengthUnit() const;
    QString areaUnit() const;
    // A measure as the table and the status line show it, in the user's locale.
    static QString formatValue(double value);

Q_SIGNALS:
    void toolChanged(AnnotationTool tool);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What a key does here, or an empty function when the view should have it.
    std::function<void()> keyAction(const QKeyEvent &event);
    bool filterMouse(QEvent::Type type, QMouseEvent *event);
    void paint(QPainter &painter);
    void paintAnnotation(QPainter &painter, const Annotation &annotation, bool selected);
    void paintSummary(QPainter &painter);
    const QPainterPath &pathFor(const Annotation &annotation);
    void forget(const QString &id);
    void forgetAll();
    void repaint();

    QPointer<SlideView> m_view;
    QPointer<AnnotationModel> m_model;
    ToolContext m_context;
    AnnotationTool m_tool = AnnotationTool::Select;
    std::unique_ptr<AnnotationToolHandler> m_handler;
    std::optional<QSizeF> m_mpp;
    bool m_millimetres = false;
    bool m_spaceHeld = false;
    bool m_pressUsed = false; // the tool took the press, so it gets the moves and release
    QString m_lastPasted;
    int m_pasteCount = 0;
    // Outlines are rebuilt only when an annotation changes (ellipses are sampled, brush areas
    // have many vertices): painting a frame just transforms them.
    QHash<QString, QPainterPath> m_paths;
};

} // namespace oncoview::slide
