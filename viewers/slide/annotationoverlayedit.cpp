// SPDX-License-Identifier: Apache-2.0
// AnnotationOverlay's keyboard and clipboard: what each key does, copy, paste and lock.
#include "viewers/slide/annotationoverlay.h"

#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/geojsonio.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QMimeData>

namespace oncoview::slide {

namespace {

constexpr double kPastePixels = 16.0; // a paste onto its own source is offset this much

} // namespace

void AnnotationOverlay::copySelection()
{
    const QStringList ids = m_model->selection();
    if (ids.isEmpty()) {
        return;
    }
    const QString json = m_model->copy(ids);
    auto *mime = new QMimeData;
    mime->setText(json);
    mime->setData(QStringLiteral("application/geo+json"), json.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
}

// In place when the copies come from another slide (same coordinates there); offset when their
// originals are here, so the copy does not hide exactly on top of them.
void AnnotationOverlay::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    const AnnotationReadResult read = GeoJsonIo::read(text.toUtf8());
    const bool ownCopies = std::any_of(read.annotations.begin(), read.annotations.end(),
                                       [this](const Annotation &a) { return m_model->find(a.id); });
    m_pasteCount = (text == m_lastPasted) ? m_pasteCount + 1 : 1;
    m_lastPasted = text;
    const double step = ownCopies ? m_context.level0Length(kPastePixels) * m_pasteCount : 0.0;
    m_model->paste(text, QPointF(step, step));
}

void AnnotationOverlay::toggleLockSelection()
{
    const QStringList ids = m_model->selection();
    const bool allLocked = std::all_of(ids.begin(), ids.end(), [this](const QString &id) {
        const Annotation *a = m_model->find(id);
        return a && a->locked;
    });
    if (!ids.isEmpty()) {
        m_model->setLocked(ids, !allLocked);
    }
}

std::function<void()> AnnotationOverlay::keyAction(const QKeyEvent &event)
{
    if (event.key() == Qt::Key_Space) {
        return [this] {
            m_spaceHeld = true;
            m_view->setCursor(Qt::OpenHandCursor);
        };
    }
    const bool busy = m_handler->busy();
    if (busy
        && (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter
            || event.key() == Qt::Key_Backspace)) {
        return [this, type = event.type(), key = event.key(), mods = event.modifiers()] {
            m_handler->key(QKeyEvent(type, key, mods));
        };
    }
    if (event.key() == Qt::Key_Escape && (busy || !m_model->selection().isEmpty())) {
        return [this, busy] { busy ? m_handler->cancel() : m_model->setSelection({}); };
    }
    QUndoStack *undo = m_model->undoStack();
    if (event.matches(QKeySequence::Undo)) {
        return [this, undo] {
            m_handler->cancel();
            undo->undo();
        };
    }
    if (event.matches(QKeySequence::Redo)
        || (event.key() == Qt::Key_Y && event.modifiers() == Qt::ControlModifier)) {
        return [undo] { undo->redo(); };
    }
    if (event.matches(QKeySequence::Copy)) {
        return [this] { copySelection(); };
    }
    if (event.matches(QKeySequence::Paste)) {
        return [this] { paste(); };
    }
    if (event.matches(QKeySequence::SelectAll)) {
        return [this] {
            QStringList ids;
            for (const Annotation &a : m_model->annotations()) {
                if (m_model->isShown(a)) {
                    ids << a.id;
                }
            }
            m_model->setSelection(ids);
        };
    }
    const bool hasSelection = !m_model->selection().isEmpty();
    if ((event.key() == Qt::Key_Delete || event.key() == Qt::Key_Backspace) && hasSelection) {
        return [this] { deleteSelection(); };
    }
    if (event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) {
        return {};
    }
    static const QHash<int, AnnotationTool> toolKeys {
        {Qt::Key_M, AnnotationTool::Select},    {Qt::Key_Period, AnnotationTool::Point},
        {Qt::Key_R, AnnotationTool::Rectangle}, {Qt::Key_O, AnnotationTool::Ellipse},
        {Qt::Key_P, AnnotationTool::Polygon},   {Qt::Key_F, AnnotationTool::Freehand},
        {Qt::Key_B, AnnotationTool::Brush}};
    if (const auto it = toolKeys.find(event.key()); it != toolKeys.end()) {
        return [this, tool = it.value()] { setTool(tool); };
    }
    if (event.key() == Qt::Key_L && hasSelection) {
        return [this] { toggleLockSelection(); };
    }
    return {};
}

} // namespace oncoview::slide
