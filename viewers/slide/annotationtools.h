// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotation.h"

// Qt
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace oncoview::slide {

class AnnotationModel;
class SlideView;

// The annotation tools, named and keyed as in QuPath (M move/select, . points, R rectangle,
// O ellipse, P polygon, F freehand, B brush).
enum class AnnotationTool { Select, Point, Rectangle, Ellipse, Polygon, Freehand, Brush };

QString toolName(AnnotationTool tool);

// What a tool may use: the view (coordinates, zoom) and the model, plus the class new
// annotations get. GUI thread.
struct ToolContext
{
    SlideView *view = nullptr;
    AnnotationModel *model = nullptr;
    QString drawClass; // empty: unclassified
    double brushDiameterPixels = 30.0; // on screen, so the brush feels the same at any zoom

    QPointF toLevel0(const QPointF &widgetPoint) const;
    QPointF toWidget(const QPointF &level0Point) const;
    // Level-0 pixels that are `screenPixels` on screen at the current zoom.
    double level0Length(double screenPixels) const;
    // Adds `annotation` with the draw class and selects it; the new id or empty (refused).
    QString finish(Annotation annotation) const;
};

// One tool's mouse and key handling. Each handler returns true when it used the event;
// otherwise the view gets it (so a press on empty slide in select mode pans). GUI thread.
class AnnotationToolHandler
{
public:
    explicit AnnotationToolHandler(ToolContext *context)
        : m_ctx(context)
    {
    }
    virtual ~AnnotationToolHandler() = default;

    virtual bool press(const QMouseEvent &) { return false; }
    virtual bool move(const QMouseEvent &) { return false; }
    virtual bool release(const QMouseEvent &) { return false; }
    virtual bool doubleClick(const QMouseEvent &) { return false; }
    virtual bool key(const QKeyEvent &) { return false; }
    // The shape being drawn, in widget coordinates.
    virtual void paintPreview(QPainter &) const { }
    // True while a shape is half drawn (Esc then cancels it instead of clearing selection).
    virtual bool busy() const { return false; }
    virtual void cancel() { }

protected:
    ToolContext *m_ctx;
};

std::unique_ptr<AnnotationToolHandler> makeToolHandler(AnnotationTool tool, ToolContext *context);

// The vertex of `annotation` within `tolerance` level-0 pixels of `point` (rectangle and
// ellipse corners count as vertices), nearest first.
std::optional<VertexRef> vertexNear(const Annotation &annotation, const QPointF &point,
                                    double tolerance);
// Where a new vertex on the outline near `point` goes (the index of the edge's end), for
// polygons and lines.
std::optional<VertexRef> edgeNear(const Annotation &annotation, const QPointF &point,
                                  double tolerance);
// The editable vertices of `annotation` (for drawing handles).
QPolygonF vertexHandles(const Annotation &annotation);

} // namespace oncoview::slide
