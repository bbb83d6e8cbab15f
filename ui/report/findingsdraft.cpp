// SPDX-License-Identifier: Apache-2.0
#include "ui/report/findingsdraft.h"

// Local
#include "ui/chat/chatbackend.h"

namespace oncoview::ui {

namespace {

QString languageName(const QLocale &language)
{
    if (language.language() == QLocale::Chinese) {
        return language.script() == QLocale::TraditionalChineseScript
                || language.territory() == QLocale::HongKong
            ? QStringLiteral("Traditional Chinese as written in Hong Kong")
            : QStringLiteral("Simplified Chinese");
    }
    return QStringLiteral("English");
}

} // namespace

QString findingsFacts(const CaseReport &report)
{
    QStringList lines;
    // The model needs the case's findings, not who the patient is (the endpoint may be a
    // shared server).
    for (const ReportField &field : report.header) {
        if (!field.identifiesPatient && !field.value.isEmpty()) {
            lines << QStringLiteral("%1: %2").arg(field.label, field.value);
        }
    }
    if (!report.measurements.rows.isEmpty()) {
        lines << QStringLiteral("Measurements (%1):")
                     .arg(report.measurements.columns.join(QStringLiteral(" | ")));
        for (const QStringList &row : report.measurements.rows) {
            lines << QStringLiteral("- ") + row.join(QStringLiteral(" | "));
        }
    }
    for (const ReportFigure &curve : report.kinetics) {
        lines << QStringLiteral("Kinetic curve: ")
                + QString(curve.caption).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    for (const Explanation &e : report.results) {
        lines << QStringLiteral("AI result, %1 (%2)%3:")
                     .arg(e.title, e.modelName,
                          e.validated ? QString()
                                      : QStringLiteral(", NOT a validated clinical model"));
        for (const auto &[output, scores] : e.scores) {
            QStringList parts;
            for (const auto &[label, value] : scores) {
                parts << QStringLiteral("%1 %2%").arg(label).arg(value * 100.0, 0, 'f', 1);
            }
            lines << QStringLiteral("- %1: %2").arg(output, parts.join(QStringLiteral(", ")));
        }
        for (const QString &reason : e.reasons) {
            lines << QStringLiteral("- ") + reason;
        }
    }
    for (const ExplanationDetails &d : report.explanations) {
        lines << QStringLiteral("Explanation, %1 (%2):").arg(d.what, d.heading);
        for (const QString &line : d.warnings + d.lines) {
            lines << QStringLiteral("- ") + line;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

chat::ChatRequest findingsDraftRequest(const CaseReport &report, const QLocale &language)
{
    chat::ChatRequest request;
    request.maxTokens = 400;
    chat::ChatTurn turn;
    turn.text = QStringLiteral(
                    "Draft the findings section of a report on this case for the reader to "
                    "review. Use only the data below; do not add findings it does not contain. "
                    "Say plainly that AI results marked as not validated are not clinical "
                    "evidence. Do not give a diagnosis. Write short plain sentences in %1.\n\n%2")
                    .arg(languageName(language), findingsFacts(report));
    request.turns.push_back(turn);
    return request;
}

FindingsDrafter::~FindingsDrafter()
{
    cancel();
}

bool FindingsDrafter::start(chat::ChatBackend *backend, const chat::ChatRequest &request)
{
    if (!backend || isBusy()) {
        return false;
    }
    m_backend = backend;
    m_text.clear();
    m_cancelled = false;
    m_connections << connect(backend, &chat::ChatBackend::delta, this, [this](const QString &text) {
        m_text += text;
        Q_EMIT progressed(m_text);
    });
    m_connections << connect(backend, &chat::ChatBackend::finished, this,
                             [this](const chat::ChatFinish &) {
                                 const QString model = m_backend->description();
                                 const bool cancelled = m_cancelled;
                                 finish();
                                 if (cancelled) {
                                     Q_EMIT failed(tr("Drafting was stopped."));
                                 } else if (m_text.trimmed().isEmpty()) {
                                     Q_EMIT failed(tr("The assistant returned no text."));
                                 } else {
                                     Q_EMIT drafted(m_text.trimmed(), model);
                                 }
                             });
    m_connections << connect(backend, &chat::ChatBackend::failed, this,
                             [this](const chat::ChatError &error) {
                                 finish();
                                 Q_EMIT failed(error.message);
                             });
    backend->start(request);
    return true;
}

void FindingsDrafter::cancel()
{
    if (m_backend && !m_cancelled) {
        m_cancelled = true;
        m_backend->abort(); // answers finished("aborted"), which ends the draft
    }
}

void FindingsDrafter::finish()
{
    for (const QMetaObject::Connection &connection : m_connections) {
        disconnect(connection);
    }
    m_connections.clear();
    m_backend.clear();
}

} // namespace oncoview::ui
