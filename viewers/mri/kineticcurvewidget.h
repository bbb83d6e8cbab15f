// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/dce/dcekinetics.h"

#include <QString>
#include <QWidget>

#include <optional>

namespace oncoview::mri {

// Time-intensity curve of a DCE voxel or ROI, drawn as relative enhancement (S/S0 - 1, %)
// against time, with the 50/80/100 % initial-enhancement bands breast CAD uses, the end of the
// early window, and the BI-RADS reading (initial slow/medium/rapid, delayed persistent/plateau/
// wash-out) written under it. Plain QPainter, no chart library. GUI thread.
class KineticCurveWidget : public QWidget
{
    Q_OBJECT
public:
    explicit KineticCurveWidget(QWidget *parent = nullptr);

    // where: what the curve is of, e.g. "voxel (64, 70, 24)" or "ROI 5 mm, 81 voxels".
    void setCurve(const TimeIntensityCurve &curve, const CurveAnalysis &analysis,
                  const QString &where);
    void clearCurve(const QString &message);
    bool hasCurve() const { return !m_curve.values.empty(); }
    const TimeIntensityCurve &curve() const { return m_curve; }
    const CurveAnalysis &analysis() const { return m_analysis; }

    // Curve-type shares of the kinetic map in the ROI, shown under the reading; nullopt hides.
    void setShares(const std::optional<KineticSummary> &shares);
    // Highlights this phase's point (the one the post-contrast panel shows); -1: none.
    void setCurrentPhase(int phase);
    // The early window and the band the map uses, for the drawing and the text.
    void setParams(const KineticParams &params);
    // Shown in the text when the phase times were assumed, not read from the files.
    void setTimesAssumed(bool assumed);

    // What the curve says in words: where, initial and delayed phase, curve type, ROI shares.
    QString readingText() const;

    QSize sizeHint() const override { return {320, 300}; }
    QSize minimumSizeHint() const override { return {220, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TimeIntensityCurve m_curve;
    CurveAnalysis m_analysis;
    KineticParams m_params;
    QString m_where;
    QString m_message;
    std::optional<KineticSummary> m_shares;
    int m_currentPhase = -1;
    bool m_timesAssumed = false;
};

} // namespace oncoview::mri
