// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotationoverlay.h"

#include <cmath>

#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>

namespace oncoview::slide {

namespace {

const QColor kSelectedColor(255, 255, 0); // QuPath's default selection colour
constexpr double kPointRadius = 4.0; // screen pixels
constexpr int kMaxHandles = 2000; // beyond this the handles would hide the outline

bool isPointLike(const Annotation &a)
{
    return a.shape == AnnotationShape::Point || a.shape == AnnotationShape::MultiPoint;
}

QTransform level0ToWidget(const SlideView &view)
{
    const double ds = view.currentDownsample();
    const QPointF c = view.currentCenter();
    QTransform t;
    t.translate(view.width() / 2.0, view.height() / 2.0);
    t.scale(1.0 / ds, 1.0 / ds);
    t.translate(-c.x(), -c.y());
    return t;
}

} // namespace

QString AnnotationOverlay::formatValue(double value)
{
    // Three significant digits below 1 (a nucleus is 0.0000314 mm², not 0.00).
    if (value != 0 && std::abs(value) < 1) {
        return QLocale().toString(value, 'g', 3);
    }
    return QLocale().toString(value, 'f', value < 100 ? 2 : 1);
}

AnnotationOverlay::AnnotationOverlay(SlideView *view, AnnotationModel *model, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    m_context.view = view;
    m_context.model = model;
    m_handler = makeToolHandler(m_tool, &m_context);
    view->installEventFilter(this);
    view->setMouseTracking(true); // the polygon's rubber band and the brush outline follow it
    view->setLayerPainter([this](QPainter &painter) { paint(painter); });
    connect(model, &AnnotationModel::annotationChanged, this,
            [this](int, const QString &id) { forget(id); });
    connect(model, &AnnotationModel::annotationRemoved, this,
            [this](int, const QString &id) { forget(id); });
    connect(model, &AnnotationModel::annotationInserted, this, &AnnotationOverlay::repaint);
    connect(model, &AnnotationModel::modelReset, this, &AnnotationOverlay::forgetAll);
    connect(model, &AnnotationModel::selectionChanged, this, &AnnotationOverlay::repaint);
    connect(model, &AnnotationModel::classesChanged, this, &AnnotationOverlay::repaint);
}

AnnotationOverlay::~AnnotationOverlay()
{
    if (m_view) {
        m_view->removeEventFilter(this);
        m_view->setLayerPainter({});
    }
}

void AnnotationOverlay::setTool(AnnotationTool tool)
{
    if (tool == m_tool) {
        return;
    }
    m_handler->cancel();
    m_tool = tool;
    m_handler = makeToolHandler(tool, &m_context);
    m_pressUsed = false;
    if (tool == AnnotationTool::Select) {
        m_view->unsetCursor();
    } else {
        m_view->setCursor(Qt::CrossCursor);
    }
    repaint();
    Q_EMIT toolChanged(tool);
}

void AnnotationOverlay::setDrawClass(const QString &className)
{
    m_context.drawClass = className;
}

void AnnotationOverlay::setBrushDiameter(double screenPixels)
{
    m_context.brushDiameterPixels = std::max(1.0, screenPixels);
    repaint();
}

void AnnotationOverlay::setMicronsPerPixel(std::optional<QSizeF> mpp)
{
    m_mpp = mpp;
    repaint();
}

void AnnotationOverlay::deleteSelection()
{
    if (!m_model->selection().isEmpty()) {
        m_model->remove(m_model->selection());
    }
}

double AnnotationOverlay::area(const Annotation &a) const
{
    if (!m_mpp) {
        return a.area();
    }
    const double squareMicrons = a.area(m_mpp->width(), m_mpp->height());
    return m_millimetres ? squareMicrons / 1e6 : squareMicrons;
}

double AnnotationOverlay::perimeter(const Annotation &a) const
{
    if (!m_mpp) {
        return a.perimeter();
    }
    const double microns = a.perimeter(m_mpp->width(), m_mpp->height());
    return m_millimetres ? microns / 1e3 : microns;
}

void AnnotationOverlay::setMillimetres(bool millimetres)
{
    m_millimetres = millimetres;
    repaint();
}

QString AnnotationOverlay::lengthUnit() const
{
    if (!m_mpp) {
        return tr("px");
    }
    return m_millimetres ? QStringLiteral("mm") : QStringLiteral("µm");
}

QString AnnotationOverlay::areaUnit() const
{
    if (!m_mpp) {
        return tr("px²");
    }
    return m_millimetres ? QStringLiteral("mm²") : QStringLiteral("µm²");
}

QString AnnotationOverlay::selectionSummary() const
{
    const QStringList ids = m_model ? m_model->selection() : QStringList();
    double totalArea = 0;
    double totalPerimeter = 0;
    for (const QString &id : ids) {
        if (const Annotation *a = m_model->find(id)) {
            totalArea += area(*a);
            totalPerimeter += perimeter(*a);
        }
    }
    if (ids.isEmpty()) {
        return {};
    }
    return tr("%n selected · Area %1 %2 · Perimeter %3 %4", nullptr, int(ids.size()))
        .arg(formatValue(totalArea), areaUnit(), formatValue(totalPerimeter), lengthUnit());
}

bool AnnotationOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || !m_model) {
        return false;
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Claim our keys before a window-wide shortcut takes them.
        if (keyAction(*static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return false;
    }
    case QEvent::KeyPress:
        if (const auto action = keyAction(*static_cast<QKeyEvent *>(event))) {
            action();
            repaint();
            return true;
        }
        return false;
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && !key->isAutoRepeat()) {
            m_spaceHeld = false;
            m_tool == AnnotationTool::Select ? m_view->unsetCursor()
                                             : m_view->setCursor(Qt::CrossCursor);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return filterMouse(event->type(), static_cast<QMouseEvent *>(event));
    default:
        return false;
    }
}

bool AnnotationOverlay::filterMouse(QEvent::Type type, QMouseEvent *event)
{
    bool used = false;
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        // Space-drag pans and the minimap navigates, whatever the tool.
        if (m_spaceHeld || m_view->isOverMinimap(event->position())) {
            m_pressUsed = false;
            return false;
        }
        m_view->setFocus(Qt::MouseFocusReason);
        used = type == QEvent::MouseButtonPress ? m_handler->press(*event)
                                                : m_handler->doubleClick(*event);
        m_pressUsed = used;
        break;
    case QEvent::MouseMove:
        if (event->buttons() != Qt::NoButton && !m_pressUsed) {
            return false; // the view is panning
        }
        used = m_handler->move(*event);
        break;
    default: // release
        if (!m_pressUsed) {
            return false;
        }
        m_pressUsed = false;
        m_handler->release(*event);
        used = true;
        break;
    }
    if (used) {
        repaint();
    }
    return used;
}

void AnnotationOverlay::paint(QPainter &painter)
{
    if (!m_model || !m_view) {
        return;
    }
    const double ds = m_view->currentDownsample();
    // Cull by bounds, with a margin for point markers and thick selected outlines.
    const double margin = 8.0 * ds;
    const QRectF visible = m_view->visibleLevel0Rect().adjusted(-margin, -margin, margin, margin);
    const QStringList selection = m_model->selection();
    const QSet<QString> selected(selection.begin(), selection.end());
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Annotation &a : m_model->annotations()) {
        if (!m_model->isShown(a)) {
            continue;
        }
        const QPainterPath &path = pathFor(a);
        if (!path.controlPointRect().intersects(visible)
            && !visible.contains(path.controlPointRect().center())) {
            continue;
        }
        paintAnnotation(painter, a, selected.contains(a.id));
    }
    painter.resetTransform();
    m_handler->paintPreview(painter);
    paintSummary(painter);
}

void AnnotationOverlay::paintAnnotation(QPainter &painter, const Annotation &a, bool selected)
{
    const QColor color = selected ? kSelectedColor : a.displayColor();
    QPen pen(color, selected ? 3.0 : 2.0);
    pen.setCosmetic(true); // the same on-screen width at every zoom
    if (a.locked) {
        pen.setStyle(Qt::DashLine);
    }
    if (isPointLike(a)) {
        painter.resetTransform();
        painter.setPen(QPen(Qt::black, 1.0));
        painter.setBrush(color);
        for (const PolygonRings &part : a.parts) {
            for (const QPointF &p : part.value(0)) {
                painter.drawEllipse(m_view->mapFromLevel0(p), kPointRadius, kPointRadius);
            }
        }
        return;
    }
    painter.setTransform(level0ToWidget(*m_view));
    painter.setPen(pen);
    QColor fill = color;
    fill.setAlpha(selected ? 40 : 0);
    painter.setBrush(a.isArea() && selected ? QBrush(fill) : Qt::NoBrush);
    painter.drawPath(pathFor(a));
    if (selected && !a.locked && m_model->selection().size() == 1) {
        const QPolygonF handles = vertexHandles(a);
        if (handles.size() <= kMaxHandles) {
            painter.resetTransform();
            painter.setPen(QPen(Qt::black, 1.0));
            painter.setBrush(kSelectedColor);
            for (const QPointF &p : handles) {
                painter.drawRect(QRectF(m_view->mapFromLevel0(p) - QPointF(3, 3), QSizeF(6, 6)));
            }
        }
    }
}

void AnnotationOverlay::paintSummary(QPainter &painter)
{
    const QString text = selectionSummary();
    if (text.isEmpty()) {
        return;
    }
    const QFontMetrics metrics(painter.font());
    // Above the scale bar, in the bottom-left corner.
    const QRect box(12, m_view->height() - 51 - 10 - 24, metrics.horizontalAdvance(text) + 16, 24);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

const QPainterPath &AnnotationOverlay::pathFor(const Annotation &a)
{
    auto it = m_paths.find(a.id);
    if (it == m_paths.end()) {
        QPainterPath path;
        if (isPointLike(a)) {
            for (const PolygonRings &part : a.parts) {
                path.addPolygon(part.value(0));
            }
        } else {
            path = a.path();
        }
        it = m_paths.insert(a.id, path);
    }
    return it.value();
}

void AnnotationOverlay::forget(const QString &id)
{
    m_paths.remove(id);
    repaint();
}

void AnnotationOverlay::forgetAll()
{
    m_paths.clear();
    m_handler->cancel();
    repaint();
}

void AnnotationOverlay::repaint()
{
    if (m_view) {
        m_view->update();
    }
}

} // namespace oncoview::slide
