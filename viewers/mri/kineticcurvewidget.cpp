// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/kineticcurvewidget.h"

#include "viewers/mri/overlaylayer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace oncoview::mri {

namespace {
constexpr double kBands[] = {50.0, 80.0, 100.0}; // CADstream's enhancement thresholds

double enhancementPercent(double value, double pre)
{
    return pre > 0 ? (value / pre - 1) * 100 : 0;
}
} // namespace

KineticCurveWidget::KineticCurveWidget(QWidget *parent)
    : QWidget(parent)
    , m_message(tr("Place the cursor on a DCE series"))
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(20, 22, 25));
    setPalette(p);
    setToolTip(tr("Time-intensity curve, as relative enhancement (S/S0 - 1) against time.\n"
                  "Initial phase (peak within %1 s after the pre-contrast image): slow < %2 %, "
                  "medium %2-%3 %, rapid > %3 %.\n"
                  "Delayed phase (last image against the early peak): persistent when it rises by "
                  "more than %4 %, wash-out when it falls by more than %4 %, plateau in between "
                  "(BI-RADS MRI lexicon, Kuhl et al. 1999).\n"
                  "Dashed lines: the 50/80/100 % thresholds breast CAD uses to colour the kinetic "
                  "map (voxels enhancing less are not coloured).")
                   .arg(kEarlyWindowSeconds)
                   .arg(kSlowBelowPercent)
                   .arg(kRapidAbovePercent)
                   .arg(kPlateauBandPercent));
}

void KineticCurveWidget::setCurve(const TimeIntensityCurve &curve, const CurveAnalysis &analysis,
                                  const QString &where)
{
    m_curve = curve;
    m_analysis = analysis;
    m_where = where;
    m_message.clear();
    update();
}

void KineticCurveWidget::clearCurve(const QString &message)
{
    m_curve = {};
    m_analysis = {};
    m_message = message;
    update();
}

void KineticCurveWidget::setShares(const std::optional<KineticSummary> &shares)
{
    m_shares = shares;
    update();
}

void KineticCurveWidget::setCurrentPhase(int phase)
{
    m_currentPhase = phase;
    update();
}

void KineticCurveWidget::setParams(const KineticParams &params)
{
    m_params = params;
    update();
}

void KineticCurveWidget::setTimesAssumed(bool assumed)
{
    m_timesAssumed = assumed;
    update();
}

QString KineticCurveWidget::readingText() const
{
    const CurveAnalysis &a = m_analysis;
    QString text = tr("%1\nInitial: %2 (%3%4 %)  Delayed: %5 (%6%7 %)")
                       .arg(m_where, QString::fromLatin1(initialPhaseName(a.initial)),
                            a.initialEnhancementPercent >= 0 ? QStringLiteral("+") : QString())
                       .arg(a.initialEnhancementPercent, 0, 'f', 0)
                       .arg(QString::fromLatin1(curveTypeName(a.shape)),
                            a.delayedChangePercent >= 0 ? QStringLiteral("+") : QString())
                       .arg(a.delayedChangePercent, 0, 'f', 0);
    text += a.enhancing ? tr("\nCurve type: %1").arg(QString::fromLatin1(curveTypeName(a.label)))
                        : tr("\nBelow the %1 % enhancement threshold: not typed")
                              .arg(m_params.enhancementThresholdPercent);
    if (m_shares && m_shares->roiVoxels > 0) {
        const KineticSummary &s = *m_shares;
        text += tr("\nROI %1 voxels, %2 enhancing: persistent %3 %, plateau %4 %, wash-out %5 %")
                    .arg(s.roiVoxels)
                    .arg(s.enhancingVoxels)
                    .arg(s.persistentShare * 100, 0, 'f', 0)
                    .arg(s.plateauShare * 100, 0, 'f', 0)
                    .arg(s.washoutShare * 100, 0, 'f', 0);
    }
    if (m_timesAssumed) {
        text += tr("\nPhase times not in the files: assumed evenly spaced");
    }
    return text;
}

void KineticCurveWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    painter.setPen(QColor(200, 200, 200));
    painter.drawText(QRectF(8, 4, width() - 16, 16), Qt::AlignLeft,
                     tr("Time-intensity curve (enhancement %)"));
    if (!hasCurve()) {
        painter.setPen(QColor(150, 150, 150));
        painter.drawText(rect().adjusted(8, 24, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    const QString reading = readingText();
    // Word-wrapped height, so long ROI lines never run off the bottom.
    const double textHeight
        = painter.fontMetrics()
              .boundingRect(QRect(0, 0, width() - 16, 10000), Qt::TextWordWrap, reading)
              .height()
        + 6;
    const QRectF plot(44, 26, width() - 56, height() - 26 - 22 - textHeight);
    if (plot.height() < 40 || plot.width() < 40) {
        return;
    }
    const double pre = m_analysis.preSignal;
    std::vector<double> percent;
    for (double v : m_curve.values) {
        percent.push_back(enhancementPercent(v, pre));
    }
    const double tMax = std::max(1.0, m_curve.seconds.back());
    double yMin = std::min(0.0, *std::min_element(percent.begin(), percent.end()));
    double yMax = std::max(120.0, *std::max_element(percent.begin(), percent.end()) * 1.1);
    yMin = std::floor(yMin / 50) * 50;
    const auto toX = [&](double t) { return plot.left() + t / tMax * plot.width(); };
    const auto toY
        = [&](double p) { return plot.bottom() - (p - yMin) / (yMax - yMin) * plot.height(); };

    painter.setPen(QColor(90, 90, 90));
    painter.drawRect(plot);
    painter.setPen(QColor(160, 160, 160));
    painter.drawText(QRectF(0, plot.bottom() + 2, plot.left() + 8, 14), Qt::AlignCenter,
                     QStringLiteral("0 s"));
    painter.drawText(QRectF(plot.right() - 40, plot.bottom() + 2, 48, 14), Qt::AlignRight,
                     QStringLiteral("%1 s").arg(tMax, 0, 'f', 0));
    for (double band : kBands) {
        if (band > yMax) {
            continue;
        }
        const bool used = std::abs(band - m_params.enhancementThresholdPercent) < 1e-6;
        painter.setPen(QPen(used ? QColor(230, 230, 230) : QColor(120, 120, 120), 1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), toY(band)), QPointF(plot.right(), toY(band)));
        painter.drawText(QRectF(0, toY(band) - 7, plot.left() - 3, 14),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(band));
    }
    painter.setPen(QPen(QColor(110, 110, 110), 1));
    painter.drawLine(QPointF(plot.left(), toY(0)), QPointF(plot.right(), toY(0)));
    const double tPre = m_curve.seconds[size_t(std::max(0, m_params.preContrastPhase))];
    const double earlyEnd = tPre + m_params.earlyWindowSeconds;
    if (earlyEnd < tMax) {
        painter.setPen(QPen(QColor(120, 160, 200), 1, Qt::DotLine));
        painter.drawLine(QPointF(toX(earlyEnd), plot.top()), QPointF(toX(earlyEnd), plot.bottom()));
    }

    const QColor colour
        = curveTypeColour(m_analysis.enhancing ? m_analysis.label : CurveType::NonEnhancing);
    QPainterPath path;
    for (size_t p = 0; p < percent.size(); ++p) {
        const QPointF point(toX(m_curve.seconds[p]), toY(percent[p]));
        p == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    painter.setPen(QPen(colour, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    for (size_t p = 0; p < percent.size(); ++p) {
        const QPointF point(toX(m_curve.seconds[p]), toY(percent[p]));
        const bool current = int(p) == m_currentPhase;
        painter.setBrush(current ? QColor(255, 255, 255) : colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(point, current ? 5 : 3, current ? 5 : 3);
    }
    painter.setPen(QColor(215, 215, 215));
    painter.drawText(QRectF(8, plot.bottom() + 18, width() - 16, textHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, reading);
}

} // namespace oncoview::mri
