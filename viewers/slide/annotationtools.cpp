// SPDX-License-Identifier: Apache-2.0
// The tool context, vertex geometry and the select/move/edit-vertices tool. The drawing
// tools are in annotationdrawtools.cpp.
#include "viewers/slide/annotationtools.h"

#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/ringgeometry.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QMouseEvent>

#include <cmath>
#include <limits>

namespace oncoview::slide {

std::unique_ptr<AnnotationToolHandler> makeDrawToolHandler(AnnotationTool tool,
                                                           ToolContext *context);

namespace {

constexpr double kPickPixels = 6.0; // how near (on screen) a click must be to a vertex or edge

QPointF rectCorner(const QRectF &r, int index)
{
    switch (index) {
    case 0:
        return r.topLeft();
    case 1:
        return r.topRight();
    case 2:
        return r.bottomRight();
    default:
        return r.bottomLeft();
    }
}

bool isBox(const Annotation &a)
{
    return a.shape == AnnotationShape::Rectangle || a.shape == AnnotationShape::Ellipse;
}

// Select (click, Shift/Ctrl-click toggles), move the selection (drag), edit vertices of the
// single selected annotation (drag a handle; Alt-click removes one; double-click on an edge
// inserts one). A press on empty slide clears the selection and lets the view pan.
class SelectToolHandler : public AnnotationToolHandler
{
public:
    using AnnotationToolHandler::AnnotationToolHandler;

    bool press(const QMouseEvent &event) override
    {
        if (event.button() != Qt::LeftButton) {
            return false;
        }
        AnnotationModel *model = m_ctx->model;
        const QPointF p = m_ctx->toLevel0(event.position());
        const double tolerance = m_ctx->level0Length(kPickPixels);
        if (const Annotation *a = editableSelection()) {
            if (const auto vertex = vertexNear(*a, p, tolerance)) {
                if (event.modifiers() & Qt::AltModifier) {
                    model->removeVertex(a->id, *vertex);
                    return true;
                }
                start(Drag::Vertex, p);
                m_id = a->id;
                m_vertex = *vertex;
                return true;
            }
        }
        const bool extend = event.modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
        const QString hit = model->hitTest(p, tolerance);
        if (hit.isEmpty()) {
            if (!extend) {
                model->setSelection({});
            }
            return false; // the view pans
        }
        if (extend) {
            model->selectAt(p, tolerance, true);
            return true;
        }
        if (!model->selection().contains(hit)) {
            model->setSelection({hit});
        }
        start(Drag::Move, p);
        return true;
    }

    bool move(const QMouseEvent &event) override
    {
        if (m_drag == Drag::None) {
            return false;
        }
        const QPointF p = m_ctx->toLevel0(event.position());
        AnnotationModel *model = m_ctx->model;
        if (m_drag == Drag::Vertex) {
            if (model->setVertex(m_id, m_vertex, p, m_continues)) {
                m_continues = true;
                // A box corner dragged across the opposite one becomes another corner.
                if (const Annotation *a = model->find(m_id); a && isBox(*a)) {
                    m_vertex
                        = vertexNear(*a, p, std::numeric_limits<double>::max()).value_or(m_vertex);
                }
            }
        } else if (p != m_last) {
            if (model->translate(model->selection(), p - m_last, m_continues)) {
                m_continues = true;
            }
            m_last = p;
        }
        return true;
    }

    bool release(const QMouseEvent &) override
    {
        const bool used = m_drag != Drag::None;
        m_drag = Drag::None;
        return used;
    }

    bool doubleClick(const QMouseEvent &event) override
    {
        const Annotation *a = editableSelection();
        if (!a || isBox(*a)) {
            return false;
        }
        const QPointF p = m_ctx->toLevel0(event.position());
        if (const auto edge = edgeNear(*a, p, m_ctx->level0Length(kPickPixels))) {
            m_ctx->model->insertVertex(a->id, *edge, p);
            return true;
        }
        return false;
    }

    void cancel() override { m_drag = Drag::None; }

private:
    enum class Drag { None, Move, Vertex };

    void start(Drag drag, const QPointF &p)
    {
        m_drag = drag;
        m_last = p;
        m_continues = false;
    }

    // The one selected annotation when it is shown, unlocked and has vertices to edit.
    const Annotation *editableSelection() const
    {
        const QStringList selection = m_ctx->model->selection();
        if (selection.size() != 1) {
            return nullptr;
        }
        const Annotation *a = m_ctx->model->find(selection.first());
        if (!a || a->locked || !m_ctx->model->isShown(*a) || a->shape == AnnotationShape::Point) {
            return nullptr;
        }
        return a;
    }

    Drag m_drag = Drag::None;
    QPointF m_last;
    QString m_id;
    VertexRef m_vertex;
    bool m_continues = false;
};

} // namespace

QString toolName(AnnotationTool tool)
{
    switch (tool) {
    case AnnotationTool::Select:
        return QStringLiteral("Select");
    case AnnotationTool::Point:
        return QStringLiteral("Point");
    case AnnotationTool::Rectangle:
        return QStringLiteral("Rectangle");
    case AnnotationTool::Ellipse:
        return QStringLiteral("Ellipse");
    case AnnotationTool::Polygon:
        return QStringLiteral("Polygon");
    case AnnotationTool::Freehand:
        return QStringLiteral("Freehand");
    case AnnotationTool::Brush:
        return QStringLiteral("Brush");
    }
    return {};
}

QPointF ToolContext::toLevel0(const QPointF &widgetPoint) const
{
    return view->mapToLevel0(widgetPoint);
}

QPointF ToolContext::toWidget(const QPointF &level0Point) const
{
    return view->mapFromLevel0(level0Point);
}

double ToolContext::level0Length(double screenPixels) const
{
    return screenPixels * view->currentDownsample();
}

QString ToolContext::finish(Annotation annotation) const
{
    annotation.className = drawClass;
    const QString id = model->add(annotation);
    if (!id.isEmpty()) {
        model->setSelection({id});
    }
    return id;
}

std::unique_ptr<AnnotationToolHandler> makeToolHandler(AnnotationTool tool, ToolContext *context)
{
    if (tool == AnnotationTool::Select) {
        return std::make_unique<SelectToolHandler>(context);
    }
    return makeDrawToolHandler(tool, context);
}

std::optional<VertexRef> vertexNear(const Annotation &a, const QPointF &point, double tolerance)
{
    std::optional<VertexRef> best;
    double bestDistance = tolerance;
    const auto consider = [&](const QPointF &v, VertexRef ref) {
        const double d = std::hypot(v.x() - point.x(), v.y() - point.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = ref;
        }
    };
    if (isBox(a)) {
        for (int i = 0; i < 4; ++i) {
            consider(rectCorner(a.rect, i), VertexRef {0, 0, i});
        }
        return best;
    }
    for (int part = 0; part < a.parts.size(); ++part) {
        for (int ring = 0; ring < a.parts.at(part).size(); ++ring) {
            const QPolygonF &r = a.parts.at(part).at(ring);
            for (int i = 0; i < r.size(); ++i) {
                consider(r.at(i), VertexRef {part, ring, i});
            }
        }
    }
    return best;
}

std::optional<VertexRef> edgeNear(const Annotation &a, const QPointF &point, double tolerance)
{
    if (isBox(a) || a.shape == AnnotationShape::Point || a.shape == AnnotationShape::MultiPoint) {
        return std::nullopt;
    }
    const bool closed = a.isArea();
    std::optional<VertexRef> best;
    double bestDistance = tolerance;
    for (int part = 0; part < a.parts.size(); ++part) {
        for (int ring = 0; ring < a.parts.at(part).size(); ++ring) {
            const QPolygonF &r = a.parts.at(part).at(ring);
            const int edges = closed ? int(r.size()) : int(r.size()) - 1;
            for (int i = 0; i < edges; ++i) {
                const QPolygonF segment {r.at(i), r.at((i + 1) % r.size())};
                const double d = distanceToLine(segment, false, point);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = VertexRef {part, ring, i + 1};
                }
            }
        }
    }
    return best;
}

QPolygonF vertexHandles(const Annotation &a)
{
    QPolygonF handles;
    if (isBox(a)) {
        for (int i = 0; i < 4; ++i) {
            handles << rectCorner(a.rect, i);
        }
        return handles;
    }
    for (const PolygonRings &part : a.parts) {
        for (const QPolygonF &ring : part) {
            handles << ring;
        }
    }
    return handles;
}

} // namespace oncoview::slide
