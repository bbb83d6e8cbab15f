// SPDX-License-Identifier: Apache-2.0
// MainWindow: the audit log. Every analysis, export and chat question is recorded with hashed
// identifiers (help/Audit Log shows, filters, verifies and exports it).
#include "ui/mainwindow.h"

// Qt
#include <QRegularExpression>
#include <QStatusBar>

// Local
#include "ui/analysis/mriexplainer.h"
#include "ui/annotations/annotationdock.h"
#include "ui/audit/auditlog.h"
#include "ui/chat/chatsession.h"
#include "ui/chatdock.h"
#include "ui/help/helpcontent.h"
#include "ui/mri/measurementsidecar.h"
#include "ui/mrianalysis.h"
#include "ui/slide/slideanalysis.h"
#include "ui/slide/slideanalysisdock.h"

namespace oncoview::ui {

namespace {

// Failure messages may name files; the log keeps none.
QString withoutPaths(QString message)
{
    static const QRegularExpression path(QStringLiteral(R"((?:[A-Za-z]:)?[/\\][^\s'"]+)"));
    return message.replace(path, QStringLiteral("<path>"));
}

QString packageSha(const std::optional<inference::Manifest> &manifest)
{
    return manifest ? summarizePackage({}, *manifest).modelSha256 : QString();
}

} // namespace

void MainWindow::buildAudit()
{
    m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
    const auto study = [this] { return QStringList {studyIdentifierHash()}; };
    const auto slide = [this] { return QStringList {hashIdentifier(m_slidePath)}; };
    // An analysis' outcome, with the model file that ran: succeeded, or failed and why.
    const auto record
        = [this](const QString &action, const QStringList &inputs,
                 const std::optional<inference::Manifest> &manifest, const QString &error = {}) {
              recordAudit(action, inputs, packageSha(manifest), {},
                          error.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                          error);
          };
    const QString mri = QStringLiteral("analysis.mri");
    const QString slideAnalysis = QStringLiteral("analysis.slide");
    const QString explanation = QStringLiteral("explanation.mri");
    connect(m_mriAnalysis, &MriAnalysis::explanationReady, this,
            [=, this] { record(mri, study(), m_mriAnalysis->manifest()); });
    connect(m_mriAnalysis, &MriAnalysis::failed, this,
            [=, this](const QString &, const QString &e) {
                record(mri, study(), m_mriAnalysis->manifest(), e);
            });
    connect(m_slideAnalysis, &SlideAnalysis::finished, this,
            [=, this] { record(slideAnalysis, slide(), m_slideAnalysis->manifest()); });
    connect(m_slideAnalysis, &SlideAnalysis::failed, this,
            [=, this](const QString &, const QString &e) {
                record(slideAnalysis, slide(), m_slideAnalysis->manifest(), e);
            });
    connect(m_mriExplainer, &MriExplainer::ready, this,
            [=, this] { record(explanation, study(), m_mriAnalysis->manifest()); });
    connect(m_mriExplainer, &MriExplainer::failed, this,
            [=, this](const QString &, const QString &e) {
                record(explanation, study(), m_mriAnalysis->manifest(), e);
            });
    connect(m_annotations, &AnnotationDock::exported, this,
            [=, this](const QString &format, const QString &error) {
                recordExport(QStringLiteral("export.annotations"), slide(), format, error);
            });
    connect(m_slideAnalysisDock, &SlideAnalysisDock::exported, this,
            [=, this](const QString &format, const QString &error) {
                recordExport(QStringLiteral("export.attention-map"), slide(), format, error);
            });
    connect(m_chat->session(), &chat::ChatSession::answerFinished, this, [this](int index) {
        const auto &messages = m_chat->session()->messages();
        QStringList inputs {hashIdentifier(m_chat->session()->conversationKey())};
        if (index > 0 && !messages[size_t(index - 1)].imagePng.isEmpty()) {
            inputs << hashIdentifier(
                QString::fromLatin1(messages[size_t(index - 1)].imagePng.toBase64()));
        }
        const QString error = messages[size_t(index)].error;
        recordAudit(QStringLiteral("chat.send"), inputs, {}, m_chat->endpointForAudit(),
                    error.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                    error.isEmpty() ? messages[size_t(index)].model : error);
    });
}

QString MainWindow::studyIdentifierHash() const
{
    return hashIdentifier(MeasurementSidecar::studyKey(m_study));
}

void MainWindow::recordExport(const QString &action, const QStringList &inputs,
                              const QString &detail, const QString &error)
{
    recordAudit(action, inputs, {}, {},
                error.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                error.isEmpty() ? detail : detail + QStringLiteral(": ") + error);
}

void MainWindow::recordAudit(const QString &action, const QStringList &inputs,
                             const QString &packageSha256, const QString &endpoint,
                             const QString &outcome, const QString &detail)
{
    AuditEntry entry;
    entry.action = action;
    entry.inputs = inputs;
    entry.packageSha256 = packageSha256;
    entry.endpoint = endpoint;
    entry.outcome = outcome;
    entry.detail = withoutPaths(detail);
    QString error;
    if (!m_audit->append(entry, &error) && !m_auditFailureShown) {
        m_auditFailureShown = true; // said once: the work itself goes on
        reportError(tr("Audit log"), error);
    }
}

} // namespace oncoview::ui
