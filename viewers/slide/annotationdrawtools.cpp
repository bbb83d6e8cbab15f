// SPDX-License-Identifier: Apache-2.0
// The drawing tools: point, rectangle, ellipse, polygon, freehand and brush. Each keeps the
// shape in progress in level-0 coordinates, so a zoom or pan mid-stroke does not distort it.
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotationtools.h"

// Qt
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace oncoview::slide {

namespace {

constexpr double kMinStepPixels = 2.0; // freehand/brush: screen distance between samples
constexpr double kClosePixels = 8.0; // polygon: a click this near the first vertex closes it

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QColor previewColor(const ToolContext &ctx)
{
    return ctx.drawClass.isEmpty() ? QColor(255, 0, 0)
                                   : ctx.model->pathClasses().color(ctx.drawClass);
}

QPolygonF toWidget(const ToolContext &ctx, const QPolygonF &level0)
{
    QPolygonF out;
    out.reserve(level0.size());
    for (const QPointF &p : level0) {
        out << ctx.toWidget(p);
    }
    return out;
}

QPen previewPen(const ToolContext &ctx)
{
    QPen pen(previewColor(ctx), 2.0);
    pen.setStyle(Qt::DashLine);
    return pen;
}

class PointToolHandler : public AnnotationToolHandler
{
public:
    using AnnotationToolHandler::AnnotationToolHandler;

    bool press(const QMouseEvent &event) override
    {
        if (event.button() != Qt::LeftButton) {
            return false;
        }
        m_ctx->finish(Annotation::point(m_ctx->toLevel0(event.position())));
        return true;
    }
    bool release(const QMouseEvent &) override { return true; }
};

// Rectangle or ellipse by dragging a box; Shift makes it a square or circle.
class BoxToolHandler : public AnnotationToolHandler
{
public:
    BoxToolHandler(ToolContext *context, bool ellipse)
        : AnnotationToolHandler(context)
        , m_ellipse(ellipse)
    {
    }

    bool press(const QMouseEvent &event) override
    {
        if (event.button() != Qt::LeftButton) {
            return false;
        }
        m_active = true;
        m_start = m_end = m_ctx->toLevel0(event.position());
        return true;
    }
    bool move(const QMouseEvent &event) override
    {
        if (!m_active) {
            return false;
        }
        m_end = m_ctx->toLevel0(event.position());
        if (event.modifiers() & Qt::ShiftModifier) {
            const double side
                = std::max(std::abs(m_end.x() - m_start.x()), std::abs(m_end.y() - m_start.y()));
            m_end = m_start
                + QPointF(std::copysign(side, m_end.x() - m_start.x()),
                          std::copysign(side, m_end.y() - m_start.y()));
        }
        return true;
    }
    bool release(const QMouseEvent &) override
    {
        if (!m_active) {
            return false;
        }
        m_active = false;
        const QRectF box = QRectF(m_start, m_end).normalized();
        // A click without a drag makes nothing (a stray click must not leave a dot).
        const double minimum = m_ctx->level0Length(kMinStepPixels);
        if (box.width() >= minimum && box.height() >= minimum) {
            m_ctx->finish(m_ellipse ? Annotation::ellipse(box) : Annotation::rectangle(box));
        }
        return true;
    }
    void paintPreview(QPainter &painter) const override
    {
        if (!m_active) {
            return;
        }
        painter.setPen(previewPen(*m_ctx));
        const QRectF box = QRectF(m_ctx->toWidget(m_start), m_ctx->toWidget(m_end)).normalized();
        m_ellipse ? painter.drawEllipse(box) : painter.drawRect(box);
    }
    bool busy() const override { return m_active; }
    void cancel() override { m_active = false; }

private:
    bool m_ellipse;
    bool m_active = false;
    QPointF m_start;
    QPointF m_end;
};

// Click to add vertices; double-click, Enter or a click on the first vertex closes;
// Backspace removes the last vertex; Esc cancels.
class PolygonToolHandler : public AnnotationToolHandler
{
public:
    using AnnotationToolHandler::AnnotationToolHandler;

    bool press(const QMouseEvent &event) override
    {
        if (event.button() != Qt::LeftButton) {
            return false;
        }
        const QPointF p = m_ctx->toLevel0(event.position());
        const double near = m_ctx->level0Length(kClosePixels);
        if (m_points.size() >= 3 && distance(p, m_points.first()) <= near) {
            close();
        } else if (m_points.isEmpty() || distance(p, m_points.last()) > near / 4) {
            m_points << p;
        }
        m_hover = p;
        return true;
    }
    bool move(const QMouseEvent &event) override
    {
        m_hover = m_ctx->toLevel0(event.position());
        return busy();
    }
    bool release(const QMouseEvent &) override { return true; }
    bool doubleClick(const QMouseEvent &) override
    {
        close(); // the press before the double-click already placed the last vertex
        return true;
    }
    bool key(const QKeyEvent &event) override
    {
        if (!busy()) {
            return false;
        }
        switch (event.key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            close();
            return true;
        case Qt::Key_Backspace:
            m_points.removeLast();
            return true;
        default:
            return false;
        }
    }
    void paintPreview(QPainter &painter) const override
    {
        if (!busy()) {
            return;
        }
        painter.setPen(previewPen(*m_ctx));
        painter.drawPolyline(toWidget(*m_ctx, QPolygonF(m_points) << m_hover));
        painter.setBrush(previewColor(*m_ctx));
        for (const QPointF &p : m_points) {
            painter.drawEllipse(m_ctx->toWidget(p), 3.0, 3.0);
        }
    }
    bool busy() const override { return !m_points.isEmpty(); }
    void cancel() override { m_points.clear(); }

private:
    void close()
    {
        if (m_points.size() >= 3) {
            m_ctx->finish(Annotation::polygon(m_points));
        }
        m_points.clear();
    }

    QPolygonF m_points;
    QPointF m_hover;
};

// A stroke sampled while the button is down: a freehand polygon or a brush area.
class StrokeToolHandler : public AnnotationToolHandler
{
public:
    StrokeToolHandler(ToolContext *context, bool brush)
        : AnnotationToolHandler(context)
        , m_brush(brush)
    {
    }

    bool press(const QMouseEvent &event) override
    {
        if (event.button() != Qt::LeftButton) {
            return false;
        }
        m_stroke = {m_ctx->toLevel0(event.position())};
        m_hover = m_stroke.first();
        return true;
    }
    bool move(const QMouseEvent &event) override
    {
        m_hover = m_ctx->toLevel0(event.position());
        if (m_stroke.isEmpty()) {
            return m_brush; // the brush outline follows the hovering cursor
        }
        if (distance(m_hover, m_stroke.last()) >= m_ctx->level0Length(kMinStepPixels)) {
            m_stroke << m_hover;
        }
        return true;
    }
    bool release(const QMouseEvent &) override
    {
        if (m_stroke.isEmpty()) {
            return false;
        }
        if (m_brush) {
            m_ctx->finish(
                Annotation::brush(m_stroke, m_ctx->level0Length(m_ctx->brushDiameterPixels)));
        } else if (m_stroke.size() >= 3) {
            Annotation polygon = Annotation::polygon(m_stroke);
            if (polygon.area() > 0) {
                m_ctx->finish(polygon);
            }
        }
        m_stroke.clear();
        return true;
    }
    void paintPreview(QPainter &painter) const override
    {
        const QColor color = previewColor(*m_ctx);
        if (m_brush) {
            QColor fill = color;
            fill.setAlpha(90);
            const double d = m_ctx->brushDiameterPixels;
            if (!m_stroke.isEmpty()) {
                painter.setPen(QPen(fill, d, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPolyline(toWidget(*m_ctx, m_stroke));
            }
            painter.setPen(QPen(color, 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(m_ctx->toWidget(m_hover), d / 2, d / 2);
        } else if (!m_stroke.isEmpty()) {
            painter.setPen(previewPen(*m_ctx));
            painter.drawPolyline(toWidget(*m_ctx, m_stroke));
        }
    }
    bool busy() const override { return !m_stroke.isEmpty(); }
    void cancel() override { m_stroke.clear(); }

private:
    bool m_brush;
    QPolygonF m_stroke;
    QPointF m_hover;
};

} // namespace

std::unique_ptr<AnnotationToolHandler> makeDrawToolHandler(AnnotationTool tool,
                                                           ToolContext *context)
{
    switch (tool) {
    case AnnotationTool::Point:
        return std::make_unique<PointToolHandler>(context);
    case AnnotationTool::Rectangle:
        return std::make_unique<BoxToolHandler>(context, false);
    case AnnotationTool::Ellipse:
        return std::make_unique<BoxToolHandler>(context, true);
    case AnnotationTool::Polygon:
        return std::make_unique<PolygonToolHandler>(context);
    case AnnotationTool::Freehand:
        return std::make_unique<StrokeToolHandler>(context, false);
    case AnnotationTool::Brush:
        return std::make_unique<StrokeToolHandler>(context, true);
    case AnnotationTool::Select:
        break;
    }
    return nullptr;
}

} // namespace oncoview::slide
