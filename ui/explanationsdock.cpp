// SPDX-License-Identifier: Apache-2.0
#include "ui/explanationsdock.h"

// Qt
#include <QTextBrowser>
#include <QVBoxLayout>

// Local
#include "ui/analysis/xaicontrols.h"

#include <algorithm>
#include <cmath>

namespace oncoview::ui {

namespace {

// An HTML bar; QTextBrowser has no progress widgets, and a table cell keeps it light.
QString bar(double fraction, const QString &colour)
{
    const int width = qBound(0, int(fraction * 160.0 + 0.5), 160);
    return QStringLiteral("<table cellspacing=0 cellpadding=0><tr><td bgcolor='%1' width=%2 "
                          "height=8></td><td bgcolor='#2a3037' width=%3></td></tr></table>")
        .arg(colour)
        .arg(qMax(width, 1))
        .arg(qMax(160 - width, 1));
}

QString rows(const QList<QPair<QString, double>> &values, const QString &colour)
{
    QString html = QStringLiteral("<table>");
    for (const auto &[label, value] : values) {
        html += QStringLiteral("<tr><td nowrap>%1&nbsp;</td><td>%2</td><td nowrap>&nbsp;%3%</td></tr>")
                    .arg(label.toHtmlEscaped(), bar(value, colour))
                    .arg(value * 100.0, 0, 'f', 1);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ExplanationsDock::ExplanationsDock(QWidget *parent)
    : QDockWidget(tr("Explanations"), parent)
    , m_controls(new XaiControls(this))
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("explanationsDock"));
    m_view->setObjectName(QStringLiteral("explanationsView"));
    m_view->setAccessibleName(tr("AI results and their explanations"));
    m_view->setHtml(tr("<p>AI results and the reasons behind them appear here.</p>"));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);
    setWidget(panel);
}

void ExplanationsDock::showPending(const QString &what)
{
    setEntry(what,
             tr("<p><b>%1</b></p><p>Running on the inference engine&hellip;</p>")
                 .arg(what.toHtmlEscaped()));
}

void ExplanationsDock::showExplanation(const Explanation &e)
{
    QString html = QStringLiteral("<p><b>%1</b><br><small>%2</small></p>")
                       .arg(e.title.toHtmlEscaped(), e.modelName.toHtmlEscaped());
    if (!e.validated) {
        // Never let a demonstration model read like a diagnosis.
        html += tr("<p style='color:#ffd98a'><b>Not a validated clinical model.</b> "
                   "Output is for demonstration and must not be used for diagnosis.</p>");
        if (!e.validationNote.isEmpty()) {
            html
                += QStringLiteral("<p><small>%1</small></p>").arg(e.validationNote.toHtmlEscaped());
        }
    }
    if (!e.intendedUse.isEmpty()) {
        html += tr("<p><small>Intended use: %1</small></p>").arg(e.intendedUse.toHtmlEscaped());
    }
    for (const auto &[output, scores] : e.scores) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(output.toHtmlEscaped())
            + rows(scores, QStringLiteral("#3f7fa6"));
    }
    if (!e.contributions.isEmpty()) {
        html += tr("<p><b>Contribution of each input</b></p>")
            + rows(e.contributions, QStringLiteral("#8a6fb0"));
    }
    if (!e.shapley.isEmpty()) {
        html += tr("<p><b>Shapley value of each sequence</b> (points of %1 probability; "
                   "masking all gives the baseline)</p><table>")
                    .arg(e.shapleyOf.toHtmlEscaped());
        for (const auto &[label, value] : e.shapley) {
            html
                += QStringLiteral(
                       "<tr><td nowrap>%1&nbsp;</td><td>%2</td><td nowrap>&nbsp;%3%4</td></tr>")
                       .arg(label.toHtmlEscaped(),
                            bar(std::abs(value),
                                value >= 0 ? QStringLiteral("#c0703f") : QStringLiteral("#3f8fc0")))
                       .arg(value >= 0 ? QStringLiteral("+") : QString())
                       .arg(value * 100.0, 0, 'f', 1);
        }
        html += QStringLiteral("</table>");
    }
    if (!e.reasons.isEmpty()) {
        html += tr("<p><b>Why</b></p><ul>");
        for (const QString &reason : e.reasons) {
            html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><small>%1 s on %2</small></p>").arg(e.seconds, 0, 'f', 2).arg(e.device);
    if (!e.provenance.isEmpty()) {
        html += tr("<p><b>Provenance</b></p><p><small>");
        for (const QString &line : e.provenance) {
            html += line.toHtmlEscaped() + QStringLiteral("<br>");
        }
        html += QStringLiteral("</small></p>");
    }
    setEntry(e.title, html);
    m_results.prepend(e);
}

void ExplanationsDock::showFailure(const QString &what, const QString &message)
{
    setEntry(what,
             tr("<p><b>%1</b></p><p style='color:#e08080'>%2</p>")
                 .arg(what.toHtmlEscaped(), message.toHtmlEscaped()));
}

void ExplanationsDock::showDetails(const QString &what, const QString &heading,
                                   const QStringList &lines, const QStringList &warnings,
                                   const QStringList &smallPrint)
{
    QString html = QStringLiteral("<p><b>%1</b><br><small>%2</small></p>")
                       .arg(what.toHtmlEscaped(), heading.toHtmlEscaped());
    if (!warnings.isEmpty()) {
        // A map that failed its checks is flagged before anything it seems to say.
        html += QStringLiteral("<ul style='color:#ffb070'>");
        for (const QString &warning : warnings) {
            html += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<ul>");
    for (const QString &line : lines) {
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (!smallPrint.isEmpty()) {
        html += tr("<p><b>Checks of the map</b></p><p><small>");
        for (const QString &line : smallPrint) {
            html += line.toHtmlEscaped() + QStringLiteral("<br>");
        }
        html += QStringLiteral("</small></p>");
    }
    setEntry(what, html);
    m_details.prepend({what, heading, lines, warnings, smallPrint});
}

void ExplanationsDock::showMessage(const QString &what, const QString &message)
{
    setEntry(what,
             QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                 .arg(what.toHtmlEscaped(), message.toHtmlEscaped()));
}

void ExplanationsDock::setEntry(const QString &what, const QString &html)
{
    // One entry per analysis (the study's, the slide's): the newest on top, the other kept, so a
    // slide result never hides the MRI result of the same case.
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const auto &entry) { return entry.first == what; }),
                    m_entries.end());
    m_entries.prepend({what, html});
    m_results.removeIf([&](const Explanation &e) { return e.title == what; });
    m_details.removeIf([&](const ExplanationDetails &d) { return d.what == what; });
    QStringList parts;
    for (const auto &entry : m_entries) {
        parts << entry.second;
    }
    m_view->setHtml(parts.join(QStringLiteral("<hr>")));
}

QString ExplanationsDock::plainText() const
{
    return m_view->toPlainText();
}

} // namespace oncoview::ui
