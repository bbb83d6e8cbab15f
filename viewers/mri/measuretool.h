// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/measurement.h"

#include <QObject>
#include <QPointF>

#include <optional>
#include <vector>

class QKeyEvent;
class QPainter;

namespace oncoview::mri {

class MprView;

// Distance and ellipse-ROI measurements on one MprView, attached from outside (event filter on
// the view, a transparent child widget to draw in), so the view itself knows nothing of them.
// Keys in the view: D distance, E ellipse, Esc cancels the measurement being drawn (a second Esc
// leaves the tool), Delete removes the measurement under the mouse (else the newest on this
// slice). In a tool, left-drag draws (or click, move, click); other buttons keep their usual
// meaning. A measurement shows on the slice it was drawn on. GUI thread.
class MeasureTool : public QObject
{
    Q_OBJECT
public:
    enum class Mode { None, Distance, Ellipse };

    explicit MeasureTool(MprView *view);
    ~MeasureTool() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Drops the measurement being drawn, if any.
    void cancel();

    const std::vector<Measurement> &measurements() const { return m_done; }
    // Replaces them (measurements reloaded with the study); statistics are taken again on the
    // volume shown. Emits measurementsChanged only when `notify`.
    void setMeasurements(std::vector<Measurement> measurements, bool notify = false);
    // Removes measurement index; out-of-range indices are ignored.
    void remove(int index);
    void clear();
    // The measurement under widget point (within a few pixels), on the current slice; -1 if none.
    int measurementAt(QPointF widgetPoint) const;

Q_SIGNALS:
    void modeChanged(oncoview::mri::MeasureTool::Mode mode);
    void measurementsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void paint(QPainter &painter);
    void paintMeasurement(QPainter &painter, const Measurement &m, bool pending);
    bool onSlice(const Measurement &m) const;
    bool handleMouse(QEvent *event);
    bool wantsKey(const QKeyEvent *key) const;
    bool handleKey(QEvent *event);
    void begin(QPointF pos);
    // Enter in a measuring mode: the first end at the cursor, then the second (keyboard path).
    void markAtCursor();
    void finish();
    void refresh();

    MprView *m_view;
    Mode m_mode = Mode::None;
    std::vector<Measurement> m_done;
    std::optional<Measurement> m_pending;
    QPointF m_pressPos;
    bool m_dragging = false;
    bool m_fromKeyboard = false; // the pending measurement was begun with Enter
};

} // namespace oncoview::mri
