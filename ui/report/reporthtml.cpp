// SPDX-License-Identifier: Apache-2.0
// The case report's content as HTML for QTextDocument: print colours (dark on white), tables
// rather than CSS layout (QTextDocument's subset), and every sentence translated.
#include "ui/report/reportdocument.h"

// Qt
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace oncoview::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Line breaks kept: findings and chat answers are written in lines.
QString paragraphs(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2 style='font-size:12.5pt; color:#1d3f5e; margin-top:14px'>%1</h2>")
        .arg(esc(text));
}

QString percent(double value)
{
    return QLocale().toString(value * 100.0, 'f', 1) + QStringLiteral(" %");
}

// A picture at most `maxWidth` wide and `maxHeight` high, aspect kept.
QString image(const QString &url, const QImage &picture, double maxWidth, double maxHeight)
{
    if (picture.isNull()) {
        return {};
    }
    const double aspect = double(picture.height()) / std::max(1, picture.width());
    double width = maxWidth;
    double height = width * aspect;
    if (height > maxHeight) {
        height = maxHeight;
        width = height / aspect;
    }
    return QStringLiteral("<img src='%1' width=%2 height=%3>")
        .arg(url)
        .arg(int(width))
        .arg(int(height));
}

QString figures(const QList<ReportFigure> &list, const QString &kind, int perRow)
{
    const double width = perRow == 1 ? 640.0 : 320.0;
    QString html = QStringLiteral("<table cellspacing=6 cellpadding=0><tr>");
    for (int i = 0; i < list.size(); ++i) {
        if (i > 0 && i % perRow == 0) {
            html += QStringLiteral("</tr><tr>");
        }
        // A nested table keeps the caption under its picture, never over its lower edge.
        html += QStringLiteral("<td valign=top><table cellspacing=0 cellpadding=1><tr><td>%1</td>"
                               "</tr><tr><td style='font-size:8pt'>%2</td></tr></table></td>")
                    .arg(image(QStringLiteral("report://%1/%2").arg(kind).arg(i), list[i].image,
                               width, 400.0),
                         paragraphs(list[i].caption));
    }
    return html + QStringLiteral("</tr></table>");
}

QString table(const ReportTable &table)
{
    QString html = QStringLiteral(
        "<table border=1 cellspacing=0 cellpadding=3 style='border-color:#b0b8c0'><tr>");
    for (const QString &column : table.columns) {
        html += QStringLiteral("<th bgcolor='#e8eef4' align=left>%1</th>").arg(esc(column));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString findings(const ReportFindings &f)
{
    QString html = heading(ReportDocument::tr("Findings"));
    if (f.aiDrafted && !f.approved) {
        // Unapproved model text is flagged before it is read, never passed off as the reader's.
        html += QStringLiteral("<table width='100%' cellpadding=5 bgcolor='#fff1d6'><tr><td>"
                               "<b style='color:#8a4b00'>%1</b> %2</td></tr></table>")
                    .arg(esc(ReportDocument::tr("AI-drafted.")),
                         esc(f.editedAfterDraft
                                 ? ReportDocument::tr(
                                       "Drafted by %1 and edited, but not yet approved by a "
                                       "reader: check it against the images.")
                                       .arg(f.draftModel)
                                 : ReportDocument::tr(
                                       "Written by %1 from the case's measurements, kinetics "
                                       "and AI results; not reviewed by a reader.")
                                       .arg(f.draftModel)));
    } else if (f.approved) {
        const QString who
            = ReportDocument::tr("Reviewed and approved by %1 on %2.")
                  .arg(f.approvedBy, QLocale().toString(f.approvedAt, QLocale::ShortFormat));
        html += QStringLiteral("<p><small>%1%2</small></p>")
                    .arg(esc(who),
                         f.aiDrafted ? QStringLiteral(" ")
                                 + esc(ReportDocument::tr("A first draft was written by "
                                                          "%1.")
                                           .arg(f.draftModel))
                                     : QString());
    }
    html += f.text.trimmed().isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>")
              .arg(esc(ReportDocument::tr("No findings were written.")))
        : QStringLiteral("<p>%1</p>").arg(paragraphs(f.text.trimmed()));
    return html;
}

QString result(const Explanation &e)
{
    QString html
        = QStringLiteral("<p><b>%1</b> &mdash; %2</p>").arg(esc(e.title), esc(e.modelName));
    if (!e.validated) {
        html += QStringLiteral("<p style='color:#a02020'><b>%1</b> %2</p>")
                    .arg(esc(ReportDocument::tr("Not a validated clinical model.")),
                         esc(ReportDocument::tr(
                             "Its output is for research and demonstration and must not "
                             "be used for diagnosis.")));
        if (!e.validationNote.isEmpty()) {
            html += QStringLiteral("<p><small>%1</small></p>").arg(esc(e.validationNote));
        }
    }
    if (!e.intendedUse.isEmpty()) {
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(ReportDocument::tr("Intended use: %1").arg(e.intendedUse)));
    }
    for (const auto &[output, scores] : e.scores) {
        QStringList parts;
        for (const auto &[label, value] : scores) {
            parts << label + QStringLiteral(" ") + percent(value);
        }
        html += QStringLiteral("<p>%1: %2</p>")
                    .arg(esc(output), esc(parts.join(QStringLiteral(", "))));
    }
    if (!e.contributions.isEmpty()) {
        QStringList parts;
        for (const auto &[label, value] : e.contributions) {
            parts << label + QStringLiteral(" ") + percent(value);
        }
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(ReportDocument::tr("Contribution of each input:")),
                         esc(parts.join(QStringLiteral(", "))));
    }
    if (!e.shapley.isEmpty()) {
        QStringList parts;
        for (const auto &[label, value] : e.shapley) {
            parts << label + QStringLiteral(" ") + (value >= 0 ? QStringLiteral("+") : QString())
                    + QLocale().toString(value * 100.0, 'f', 1);
        }
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(ReportDocument::tr(
                                 "Shapley value of each sequence (points of %1 probability):")
                                 .arg(e.shapleyOf)),
                         esc(parts.join(QStringLiteral(", "))));
    }
    if (!e.reasons.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &reason : e.reasons) {
            html += QStringLiteral("<li>%1</li>").arg(esc(reason));
        }
        html += QStringLiteral("</ul>");
    }
    if (!e.provenance.isEmpty()) {
        html += QStringLiteral("<p style='font-size:7.5pt; color:#505050'>%1<br>%2</p>")
                    .arg(esc(ReportDocument::tr("Provenance:")),
                         esc(e.provenance.join(QLatin1Char('\n')))
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html;
}

QString details(const ExplanationDetails &d)
{
    QString html
        = QStringLiteral("<p><b>%1</b><br><small>%2</small></p>").arg(esc(d.what), esc(d.heading));
    if (!d.warnings.isEmpty()) {
        html += QStringLiteral("<ul style='color:#a05000'>");
        for (const QString &warning : d.warnings) {
            html += QStringLiteral("<li>%1</li>").arg(esc(warning));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<ul>");
    for (const QString &line : d.lines) {
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    return html + QStringLiteral("</ul>");
}

QString chat(const QList<ReportChatMessage> &messages)
{
    QString html;
    for (const ReportChatMessage &m : messages) {
        const QString who = m.fromUser ? ReportDocument::tr("Question")
                                       : ReportDocument::tr("Answer by %1").arg(m.model);
        html += QStringLiteral("<p><b>%1</b> <small>%2</small><br>%3</p>")
                    .arg(esc(who), esc(QLocale().toString(m.when, QLocale::ShortFormat)),
                         paragraphs(m.text));
    }
    return html;
}

} // namespace

QString caseReportHtml(const CaseReport &report)
{
    QString html = QStringLiteral("<html><body style='color:#111111'>");
    html += QStringLiteral("<h1 style='font-size:17pt; color:#1d3f5e'>%1</h1>")
                .arg(esc(ReportDocument::tr("Case report")));
    html += QStringLiteral("<p style='font-size:8pt'>%1</p>")
                .arg(esc(ReportDocument::tr("Made on %1 by %2 with %3.")
                             .arg(QLocale().toString(report.created, QLocale::LongFormat),
                                  report.author, report.software)));
    if (!report.header.isEmpty()) {
        html += QStringLiteral("<table cellpadding=2>");
        for (const ReportField &field : report.header) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(field.label), esc(field.value));
        }
        html += QStringLiteral("</table>");
    }
    html += findings(report.findings);
    if (!report.figures.isEmpty()) {
        html += heading(ReportDocument::tr("Images"))
            + figures(report.figures, QStringLiteral("figure"), 2);
    }
    if (!report.measurements.rows.isEmpty()) {
        html += heading(ReportDocument::tr("Measurements")) + table(report.measurements);
    }
    if (!report.kinetics.isEmpty()) {
        html += heading(ReportDocument::tr("Kinetic curves"))
            + figures(report.kinetics, QStringLiteral("kinetics"), 2);
    }
    if (!report.results.isEmpty()) {
        html += heading(ReportDocument::tr("AI results"));
        for (const Explanation &e : report.results) {
            html += result(e);
        }
    }
    if (!report.explanations.isEmpty()) {
        html += heading(ReportDocument::tr("Explanations of the AI results"));
        for (const ExplanationDetails &d : report.explanations) {
            html += details(d);
        }
    }
    if (!report.chat.isEmpty()) {
        html += heading(ReportDocument::tr("From the chat with the assistant")) + chat(report.chat);
    }
    html += heading(ReportDocument::tr("About this report"));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(ReportDocument::tr(
                    "The AI results, explanations and chat answers in this report come "
                    "from software models named with each of them. They support a "
                    "reader and do not replace one: nothing here is a diagnosis. A "
                    "model not validated for clinical use is marked so.")));
    return html + QStringLiteral("</body></html>");
}

} // namespace oncoview::ui
