// SPDX-License-Identifier: Apache-2.0
#include "ui/report/casereportdialog.h"

// Qt
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

// Local
#include "ui/audit/auditlog.h"
#include "ui/chatdock.h"
#include "ui/report/findingsdraft.h"
#include "ui/report/reportdocument.h"

namespace oncoview::ui {

namespace {

constexpr double kPreviewDpi = 72.0;
enum ChatExcerpt { NoChat, LastExchange, WholeConversation };

} // namespace

CaseReportDialog::CaseReportDialog(CaseReport candidates, QWidget *parent)
    : QDialog(parent)
    , m_candidates(std::move(candidates))
    , m_drafter(new FindingsDrafter(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Case Report"));
    setObjectName(QStringLiteral("caseReportDialog"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250); // typing in the findings does not re-lay out every key
    connect(m_previewTimer, &QTimer::timeout, this, &CaseReportDialog::updatePreview);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildChoices());
    leftLayout->addWidget(buildFindings(), 1);

    auto *previewArea = new QScrollArea(this);
    previewArea->setAccessibleName(tr("Report preview"));
    previewArea->setAccessibleDescription(tr("The report's pages as they will be saved"));
    previewArea->setWidgetResizable(true);
    previewArea->setBackgroundRole(QPalette::Dark);
    auto *pages = new QWidget(previewArea);
    m_pages = new QVBoxLayout(pages);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    previewArea->setWidget(pages);
    m_pagesLabel = new QLabel(this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pagesLabel);
    rightLayout->addWidget(previewArea, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &CaseReportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1180, 860);

    connect(m_drafter, &FindingsDrafter::progressed, this, [this](const QString &text) {
        m_settingText = true;
        m_findings->setPlainText(text);
        m_settingText = false;
    });
    connect(m_drafter, &FindingsDrafter::drafted, this,
            [this](const QString &text, const QString &model) {
                m_settingText = true;
                m_findings->setPlainText(text);
                m_settingText = false;
                m_state.aiDrafted = true;
                m_state.draftModel = model;
                m_state.editedAfterDraft = false;
                if (m_chat) {
                    m_chat->returnBackend();
                }
                setFindingsApproved(false); // a new text: nobody has approved it yet
                Q_EMIT draftFinished(m_draftEndpoint, QStringLiteral("succeeded"), {});
            });
    connect(m_drafter, &FindingsDrafter::failed, this, [this](const QString &message) {
        if (m_chat) {
            m_chat->returnBackend();
        }
        m_settingText = true;
        m_findings->setPlainText(m_textBeforeDraft); // nothing the user wrote is lost
        m_settingText = false;
        updateFindingsState();
        m_findingsState->setText(tr("No draft: %1").arg(message));
        Q_EMIT draftFinished(m_draftEndpoint, QStringLiteral("failed"), message);
    });
    updateFindingsState();
    updatePreview();
}

CaseReportDialog::~CaseReportDialog()
{
    if (m_drafter->isBusy()) {
        m_drafter->cancel();
        if (m_chat) {
            m_chat->returnBackend();
        }
    }
}

QWidget *CaseReportDialog::buildChoices()
{
    auto *group = new QGroupBox(tr("Include"), this);
    auto *layout = new QVBoxLayout(group);
    const auto addBox = [&](const QString &text, bool enabled) {
        auto *box = new QCheckBox(text, group);
        box->setChecked(enabled);
        box->setEnabled(enabled);
        connect(box, &QCheckBox::toggled, this, &CaseReportDialog::schedulePreview);
        layout->addWidget(box);
        return box;
    };
    for (const ReportFigure &figure : m_candidates.figures) {
        m_figureBoxes << addBox(
            tr("Image: %1").arg(figure.caption.section(QLatin1Char('\n'), 0, 0)), true);
    }
    m_measurementsBox
        = addBox(tr("Measurements (%n)", nullptr, int(m_candidates.measurements.rows.size())),
                 !m_candidates.measurements.rows.isEmpty());
    m_kineticsBox = addBox(tr("Kinetic curve"), !m_candidates.kinetics.isEmpty());
    m_resultsBox = addBox(tr("AI results (%n)", nullptr, int(m_candidates.results.size())),
                          !m_candidates.results.isEmpty());
    m_explanationsBox
        = addBox(tr("Explanations (%n)", nullptr, int(m_candidates.explanations.size())),
                 !m_candidates.explanations.isEmpty());
    auto *chatRow = new QHBoxLayout;
    auto *chatLabel = new QLabel(tr("Chat excerpt:"), group);
    m_chatBox = new QComboBox(group);
    m_chatBox->addItem(tr("None"), NoChat);
    m_chatBox->addItem(tr("Last question and answer"), LastExchange);
    m_chatBox->addItem(tr("Whole conversation"), WholeConversation);
    m_chatBox->setEnabled(!m_candidates.chat.isEmpty());
    chatLabel->setBuddy(m_chatBox);
    connect(m_chatBox, &QComboBox::currentIndexChanged, this, &CaseReportDialog::schedulePreview);
    chatRow->addWidget(chatLabel);
    chatRow->addWidget(m_chatBox, 1);
    layout->addLayout(chatRow);
    return group;
}

QWidget *CaseReportDialog::buildFindings()
{
    auto *group = new QGroupBox(tr("Findings"), this);
    auto *layout = new QVBoxLayout(group);
    m_findings = new QPlainTextEdit(group);
    m_findings->setObjectName(QStringLiteral("reportFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setPlaceholderText(tr("Write the findings, or let the assistant draft them "
                                      "from the case's data for you to review."));
    connect(m_findings, &QPlainTextEdit::textChanged, this, &CaseReportDialog::onFindingsEdited);
    m_draftButton = new QPushButton(tr("Draft with Assistant"), group);
    m_draftButton->setObjectName(QStringLiteral("draftFindingsButton"));
    m_draftButton->setToolTip(tr("Sends the measurements, kinetic readings and AI results (no "
                                 "image, no patient name or ID) to the chat's assistant"));
    connect(m_draftButton, &QPushButton::clicked, this, [this] {
        if (m_drafter->isBusy()) {
            m_drafter->cancel();
            return;
        }
        if (!m_findings->toPlainText().trimmed().isEmpty()
            && QMessageBox::question(this, tr("Case Report"),
                                     tr("Replace the findings with the assistant's draft? If "
                                        "drafting fails or is stopped, your text comes back."))
                != QMessageBox::Yes) {
            return;
        }
        const QString problem = draftFindings();
        if (!problem.isEmpty()) {
            m_findingsState->setText(problem);
        }
    });
    m_findingsState = new QLabel(group);
    m_findingsState->setWordWrap(true);
    m_approveBox = new QCheckBox(tr("I have reviewed these findings and approve them"), group);
    m_approveBox->setObjectName(QStringLiteral("approveFindingsBox"));
    connect(m_approveBox, &QCheckBox::toggled, this, &CaseReportDialog::setFindingsApproved);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_draftButton);
    layout->addWidget(m_findingsState);
    layout->addWidget(m_approveBox);
    return group;
}

void CaseReportDialog::setAssistant(ChatDock *chat)
{
    m_chat = chat;
    updateFindingsState();
}

QString CaseReportDialog::draftFindings()
{
    if (!m_chat) {
        return tr("No assistant is available.");
    }
    if (m_drafter->isBusy()) {
        return tr("A draft is already being written.");
    }
    const chat::ChatRequest request = findingsDraftRequest(report(), QLocale());
    const QString problem = m_chat->borrowBackend(tr("drafting the case report's findings"));
    if (!problem.isEmpty()) {
        return problem;
    }
    if (!m_chat->confirmSending(request)) {
        m_chat->returnBackend();
        return tr("Not sent: sending to the assistant was not confirmed.");
    }
    m_draftEndpoint = m_chat->endpointForAudit();
    m_textBeforeDraft = m_findings->toPlainText();
    m_drafter->start(m_chat->activeBackend(), request);
    updateFindingsState();
    m_findingsState->setText(tr("The assistant is drafting the findings…"));
    return {};
}

bool CaseReportDialog::isDrafting() const
{
    return m_drafter->isBusy();
}

void CaseReportDialog::onFindingsEdited()
{
    if (m_settingText) {
        schedulePreview();
        return;
    }
    m_state.editedAfterDraft = m_state.aiDrafted;
    if (m_state.approved) {
        setFindingsApproved(false); // approval was for the text as it was
    }
    updateFindingsState();
}

void CaseReportDialog::setFindingsApproved(bool approved)
{
    m_state.approved = approved && !m_findings->toPlainText().trimmed().isEmpty();
    m_state.approvedBy = m_state.approved ? loginName() : QString();
    m_state.approvedAt = m_state.approved ? QDateTime::currentDateTime() : QDateTime();
    const QSignalBlocker blocker(m_approveBox);
    m_approveBox->setChecked(m_state.approved);
    updateFindingsState();
}

void CaseReportDialog::updateFindingsState()
{
    const bool drafting = m_drafter->isBusy();
    m_draftButton->setText(drafting ? tr("Stop Drafting") : tr("Draft with Assistant"));
    m_draftButton->setEnabled(m_chat || drafting);
    m_findings->setReadOnly(drafting);
    m_approveBox->setEnabled(!drafting && !m_findings->toPlainText().trimmed().isEmpty());
    if (m_state.aiDrafted && !m_state.approved) {
        m_findingsState->setText(tr("AI-drafted by %1: the report marks it so until you approve "
                                    "it.")
                                     .arg(m_state.draftModel));
        m_findingsState->setStyleSheet(QStringLiteral("color:#d08a20"));
    } else {
        m_findingsState->setText(m_state.approved ? tr("Approved by %1.").arg(m_state.approvedBy)
                                                  : QString());
        m_findingsState->setStyleSheet({});
    }
    schedulePreview();
}

CaseReport CaseReportDialog::report() const
{
    CaseReport out = m_candidates;
    out.figures.clear();
    for (int i = 0; i < m_figureBoxes.size(); ++i) {
        if (m_figureBoxes[i]->isChecked()) {
            out.figures << m_candidates.figures[i];
        }
    }
    if (!m_measurementsBox->isChecked()) {
        out.measurements.rows.clear();
    }
    if (!m_kineticsBox->isChecked()) {
        out.kinetics.clear();
    }
    if (!m_resultsBox->isChecked()) {
        out.results.clear();
    }
    if (!m_explanationsBox->isChecked()) {
        out.explanations.clear();
    }
    switch (m_chatBox->currentData().toInt()) {
    case NoChat:
        out.chat.clear();
        break;
    case LastExchange: {
        // The last answer and the question it answers.
        int start = int(out.chat.size()) - 1;
        while (start > 0 && !out.chat[start].fromUser) {
            --start;
        }
        out.chat = out.chat.mid(std::max(0, start));
        break;
    }
    default:
        break;
    }
    out.findings = m_state;
    out.findings.text = m_findings->toPlainText();
    return out;
}

void CaseReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void CaseReportDialog::updatePreview()
{
    const ReportDocument document(report());
    m_pageCount = document.pageCount();
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const double ratio = devicePixelRatioF();
    for (int page = 0; page < m_pageCount; ++page) {
        QImage image = document.renderPage(page, kPreviewDpi * ratio);
        image.setDevicePixelRatio(ratio); // sharp on a high-DPI screen
        auto *label = new QLabel(m_pages->parentWidget());
        label->setPixmap(QPixmap::fromImage(image));
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
        m_pages->addWidget(label);
        label->show(); // a child added to a shown widget stays hidden until asked
    }
    m_pagesLabel->setText(tr("Preview: %n page(s)", nullptr, m_pageCount));
    Q_EMIT previewUpdated();
}

QString CaseReportDialog::savePdf(const QString &path)
{
    const QString error = ReportDocument(report()).writePdf(path);
    Q_EMIT saved(path, error);
    return error;
}

void CaseReportDialog::chooseFileAndSave()
{
    QSettings settings;
    const QString folder
        = settings.value(QStringLiteral("export/reportFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Case Report"),
                                                      folder + QStringLiteral("/case-report.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(QStringLiteral("export/reportFolder"), QFileInfo(path).absolutePath());
    if (m_state.aiDrafted && !m_state.approved
        && QMessageBox::question(this, tr("Case Report"),
                                 tr("The findings were drafted by the assistant and are not "
                                    "approved. The report will mark them \"AI-drafted\". Save "
                                    "anyway?"))
            != QMessageBox::Yes) {
        return;
    }
    const QString error = savePdf(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Case Report"), error);
    }
}

} // namespace oncoview::ui
