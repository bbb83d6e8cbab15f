// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/measuretool.h"

#include "viewers/mri/mprcursor.h"
#include "viewers/mri/mprview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace oncoview::mri {

namespace {
constexpr double pickPixels = 6; // how close the mouse must be to pick a measurement
constexpr double dragPixels = 3; // a press-release closer than this is a click, not a drag

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

MeasureTool::MeasureTool(MprView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
    // A measurement begun from the keyboard follows the cursor to its second end.
    connect(view->mprCursor(), &MprCursor::positionChanged, this,
            [this](const std::array<double, 3> &lps) {
                if (m_pending && m_fromKeyboard) {
                    m_pending->b = lps;
                    refresh();
                }
            });
    // Drawn on the view's own overlay, which repaints after every frame: when the slice, zoom
    // or pan changes, the measurements move with the image.
    view->addOverlayPainter(this, [this](QPainter &painter) { paint(painter); });
}

MeasureTool::~MeasureTool() = default;

void MeasureTool::setMode(Mode mode)
{
    cancel();
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    m_view->setCursor(mode == Mode::None
                          ? (m_view->crosshairMode() ? Qt::CrossCursor : Qt::ArrowCursor)
                          : Qt::CrossCursor);
    Q_EMIT modeChanged(mode);
}

void MeasureTool::cancel()
{
    if (m_pending) {
        m_pending.reset();
        m_dragging = false;
        m_fromKeyboard = false;
        m_view->setMouseTracking(false);
        refresh();
    }
}

void MeasureTool::remove(int index)
{
    if (index >= 0 && index < int(m_done.size())) {
        m_done.erase(m_done.begin() + index);
        refresh();
        Q_EMIT measurementsChanged();
    }
}

void MeasureTool::clear()
{
    m_done.clear();
    refresh();
    Q_EMIT measurementsChanged();
}

void MeasureTool::setMeasurements(std::vector<Measurement> measurements, bool notify)
{
    cancel();
    for (Measurement &m : measurements) {
        m.statsVolume = nullptr;
        m.error.clear();
    }
    m_done = std::move(measurements);
    refresh();
    if (notify) {
        Q_EMIT measurementsChanged();
    }
}

void MeasureTool::refresh()
{
    m_view->updateOverlay();
}

bool MeasureTool::onSlice(const Measurement &m) const
{
    const auto volume = m_view->volume();
    if (!volume || m.orientation != m_view->orientation()) {
        return false;
    }
    // Within half a voxel of the current plane, along the view normal.
    const MprAxes axes = mprAxes(m.orientation);
    const auto plane = m_view->widgetToLps(QPointF(0, 0));
    const double off = (m.a[0] - plane[0]) * axes.normal[0] + (m.a[1] - plane[1]) * axes.normal[1]
        + (m.a[2] - plane[2]) * axes.normal[2];
    const double minSpacing
        = std::min({volume->spacing[0], volume->spacing[1], volume->spacing[2]});
    double thickness = minSpacing;
    for (int k = 0; k < 3; ++k) {
        const double along = std::abs(volume->direction[size_t(k)] * axes.normal[0]
                                      + volume->direction[size_t(3 + k)] * axes.normal[1]
                                      + volume->direction[size_t(6 + k)] * axes.normal[2]);
        if (along > 0.7) {
            thickness = volume->spacing[size_t(k)];
        }
    }
    return std::abs(off) < thickness / 2 + 1e-6;
}

int MeasureTool::measurementAt(QPointF p) const
{
    for (int i = int(m_done.size()) - 1; i >= 0; --i) {
        const Measurement &m = m_done[size_t(i)];
        if (!onSlice(m)) {
            continue;
        }
        const QPointF a = m_view->lpsToWidget(m.a), b = m_view->lpsToWidget(m.b);
        if (m.kind == MeasureKind::Distance) {
            if (distanceToSegment(p, a, b) <= pickPixels) {
                return i;
            }
            continue;
        }
        const double rx = std::max(std::abs(b.x() - a.x()), 1.0);
        const double ry = std::max(std::abs(b.y() - a.y()), 1.0);
        const double dx = (p.x() - a.x()) / rx, dy = (p.y() - a.y()) / ry;
        if (dx * dx + dy * dy <= 1.0) {
            return i;
        }
    }
    return -1;
}

bool MeasureTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view) {
        return false;
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // A window-wide shortcut on one of our keys (Delete, Esc...) must not steal it here.
        if (wantsKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return false;
    case QEvent::KeyPress:
        return handleKey(event);
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return handleMouse(event);
    default:
        return false;
    }
}

bool MeasureTool::wantsKey(const QKeyEvent *key) const
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return false;
    }
    switch (key->key()) {
    case Qt::Key_D:
    case Qt::Key_E:
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return m_mode != Mode::None;
    case Qt::Key_Escape:
        return m_pending || m_mode != Mode::None;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return std::any_of(m_done.begin(), m_done.end(),
                           [this](const Measurement &m) { return onSlice(m); });
    default:
        return false;
    }
}

bool MeasureTool::handleKey(QEvent *event)
{
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return false;
    }
    switch (key->key()) {
    case Qt::Key_D:
        setMode(m_mode == Mode::Distance ? Mode::None : Mode::Distance);
        return true;
    case Qt::Key_E:
        setMode(m_mode == Mode::Ellipse ? Mode::None : Mode::Ellipse);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        markAtCursor();
        return true;
    case Qt::Key_Escape:
        if (m_pending) {
            cancel();
        } else if (m_mode != Mode::None) {
            setMode(Mode::None);
        } else {
            return false;
        }
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        int index = measurementAt(m_view->mapFromGlobal(QCursor::pos()));
        for (int i = int(m_done.size()) - 1; index < 0 && i >= 0; --i) {
            if (onSlice(m_done[size_t(i)])) {
                index = i;
            }
        }
        if (index < 0) {
            return false;
        }
        remove(index);
        return true;
    }
    default:
        return false;
    }
}

bool MeasureTool::handleMouse(QEvent *event)
{
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (m_mode == Mode::None || !m_view->hasImage()) {
        return false;
    }
    const QPointF pos = mouse->position();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (mouse->button() != Qt::LeftButton || mouse->modifiers() != Qt::NoModifier) {
            return false; // right/middle keep zoom and pan; modifiers keep their emulation
        }
        if (m_pending) {
            m_pending->b = m_view->widgetToLps(pos); // second click of click-move-click
            finish();
        } else {
            begin(pos);
        }
        return true;
    case QEvent::MouseMove:
        if (!m_pending) {
            return false;
        }
        m_pending->b = m_view->widgetToLps(pos);
        m_dragging = m_dragging || QLineF(m_pressPos, pos).length() >= dragPixels;
        refresh();
        return true;
    case QEvent::MouseButtonRelease:
        if (!m_pending || mouse->button() != Qt::LeftButton) {
            return false;
        }
        if (m_dragging) {
            m_pending->b = m_view->widgetToLps(pos);
            finish();
        } else {
            m_view->setMouseTracking(true); // a click: the end follows the mouse until the next
        }
        return true;
    default:
        return false;
    }
}

void MeasureTool::markAtCursor()
{
    const std::array<double, 3> at = m_view->mprCursor()->position();
    if (!m_pending) {
        Measurement m;
        m.kind = m_mode == Mode::Ellipse ? MeasureKind::Ellipse : MeasureKind::Distance;
        m.orientation = m_view->orientation();
        m.a = m.b = at;
        m_pending = m;
        m_fromKeyboard = true;
        refresh();
        return;
    }
    m_pending->b = at;
    m_fromKeyboard = false;
    finish();
}

void MeasureTool::begin(QPointF pos)
{
    Measurement m;
    m.kind = m_mode == Mode::Ellipse ? MeasureKind::Ellipse : MeasureKind::Distance;
    m.orientation = m_view->orientation();
    m.a = m.b = m_view->widgetToLps(pos);
    m_pending = m;
    m_fromKeyboard = false;
    m_pressPos = pos;
    m_dragging = false;
    refresh();
}

void MeasureTool::finish()
{
    Measurement m = *m_pending;
    m_pending.reset();
    m_dragging = false;
    m_view->setMouseTracking(false);
    if (distanceMm(m.a, m.b) > 1e-6) {
        if (const auto volume = m_view->volume()) {
            updateMeasurementStats(m, *volume);
        }
        m_done.push_back(m);
        Q_EMIT measurementsChanged();
    }
    refresh();
}

void MeasureTool::paint(QPainter &painter)
{
    const auto volume = m_view->volume();
    if (!volume) {
        return;
    }
    for (Measurement &m : m_done) {
        if (onSlice(m)) {
            updateMeasurementStats(m, *volume); // another phase shown: stats of what is seen
            paintMeasurement(painter, m, false);
        }
    }
    if (m_pending) {
        paintMeasurement(painter, *m_pending, true);
    }
}

void MeasureTool::paintMeasurement(QPainter &painter, const Measurement &m, bool pending)
{
    const QColor colour = pending ? QColor(255, 220, 80) : QColor(90, 230, 255);
    const QPointF a = m_view->lpsToWidget(m.a), b = m_view->lpsToWidget(m.b);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(Qt::NoBrush);
    QPointF labelAt;
    if (m.kind == MeasureKind::Distance) {
        painter.drawLine(a, b);
        for (const QPointF &end : {a, b}) {
            painter.drawEllipse(end, 2.5, 2.5);
        }
        labelAt = (a + b) / 2 + QPointF(8, -8);
    } else {
        const QPointF half = b - a;
        painter.drawEllipse(a, std::abs(half.x()), std::abs(half.y()));
        labelAt = a + QPointF(std::abs(half.x()) + 6, -std::abs(half.y()));
    }
    if (pending && m.kind == MeasureKind::Ellipse) {
        return; // statistics once the ellipse is placed
    }
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    const QString label = measurementLabel(m);
    const QRectF box = painter.boundingRect(QRectF(labelAt, QSizeF(400, 100)), 0, label);
    painter.fillRect(box.adjusted(-3, -2, 3, 2), QColor(0, 0, 0, 150));
    painter.setPen(colour);
    painter.drawText(box, 0, label);
}

} // namespace oncoview::mri
