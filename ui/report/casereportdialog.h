// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>
#include <QPointer>

// Local
#include "ui/report/casereport.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace oncoview::ui {

class ChatDock;
class FindingsDrafter;

// File > Case Report: choose what goes in (view snapshots, measurements, kinetic curves, AI
// results, explanations, chat excerpts), write or draft the findings, read the pages as they
// will print, and save the PDF. Findings the assistant drafted stay marked "AI-drafted" in the
// report until the user approves them; any edit after approval withdraws it. GUI thread.
class CaseReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `candidates`: everything the window can offer; the user picks from it.
    explicit CaseReportDialog(CaseReport candidates, QWidget *parent = nullptr);
    ~CaseReportDialog() override;

    // Where "Draft with Assistant" sends the case's data (the chat panel's backend, lent).
    void setAssistant(ChatDock *chat);

    // The report as it stands: the chosen parts and the findings with their state.
    CaseReport report() const;
    // Writes the PDF; "" or why not. saved() follows either way.
    QString savePdf(const QString &path);
    // Starts a findings draft; "" or why it could not start.
    QString draftFindings();
    bool isDrafting() const;
    // Approving the findings as the user would with the check box.
    void setFindingsApproved(bool approved);

    int previewPageCount() const { return m_pageCount; }
    QPlainTextEdit *findingsEditor() const { return m_findings; }

Q_SIGNALS:
    void saved(const QString &path, const QString &error);
    // A draft was asked for (endpoint: where it went) and how it ended.
    void draftFinished(const QString &endpoint, const QString &outcome, const QString &error);
    void previewUpdated();

private:
    QWidget *buildChoices();
    QWidget *buildFindings();
    void schedulePreview();
    void updatePreview();
    void updateFindingsState();
    void onFindingsEdited();
    void chooseFileAndSave();

    CaseReport m_candidates;
    ReportFindings m_state;
    QPointer<ChatDock> m_chat;
    FindingsDrafter *m_drafter;
    QString m_draftEndpoint;
    QString m_textBeforeDraft; // given back when a draft fails or is stopped
    bool m_settingText = false; // the drafter, not the user, is changing the text
    int m_pageCount = 0;

    QList<QCheckBox *> m_figureBoxes;
    QCheckBox *m_measurementsBox = nullptr;
    QCheckBox *m_kineticsBox = nullptr;
    QCheckBox *m_resultsBox = nullptr;
    QCheckBox *m_explanationsBox = nullptr;
    QComboBox *m_chatBox = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QPushButton *m_draftButton = nullptr;
    QLabel *m_findingsState = nullptr;
    QCheckBox *m_approveBox = nullptr;
    QLabel *m_pagesLabel = nullptr;
    QVBoxLayout *m_pages = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace oncoview::ui
