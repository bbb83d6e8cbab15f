// SPDX-License-Identifier: Apache-2.0
// The case report's findings drafted by the assistant through the chat panel's backend, against
// the OpenAI-compatible server on 127.0.0.1: what is sent, the AI-drafted mark and approval,
// and a server that fails.
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

// Local
#include "chattesthelpers.h"
#include "fakeopenaiserver.h"
#include "ui/chat/chatsession.h"
#include "ui/chat/chatsettings.h"
#include "ui/chatdock.h"
#include "ui/report/casereportdialog.h"

using namespace oncoview;
using oncoview::testing::FakeOpenAiServer;
using oncoview::testing::FakeScenario;
using oncoview::testing::waitUntil;

namespace {

ui::CaseReport caseWithData()
{
    ui::CaseReport report;
    report.header = {{QStringLiteral("Patient"), QStringLiteral("DOE JANE"), true},
                     {QStringLiteral("Study"), QStringLiteral("MR BREAST"), false}};
    report.measurements.columns = {QStringLiteral("#"), QStringLiteral("Size")};
    report.measurements.rows << QStringList {QStringLiteral("1"), QStringLiteral("14.2 mm")};
    ui::Explanation result;
    result.title = QStringLiteral("Breast MRI classifier");
    result.modelName = QStringLiteral("mome-demo 0.1");
    report.results << result;
    return report;
}

// The user text of the last chat request the server received.
QString sentText(const FakeOpenAiServer &server)
{
    const QJsonArray messages
        = QJsonDocument::fromJson(server.lastChatBody()).object().value("messages").toArray();
    return messages.isEmpty() ? QString() : QJsonDocument(messages.last().toObject()).toJson();
}

} // namespace

TEST_CASE("The assistant drafts the findings, marked AI-drafted until the user approves",
          "[chat][gui][report]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.pieces = {QStringLiteral("A 14.2 mm "), QStringLiteral("enhancing mass.")};
    scenario.chunkDelayMs = 20;
    server.setScenario(scenario);
    ui::ChatDock dock;
    dock.session()->clearConversation();
    chat::ChatSettings settings;
    settings.baseUrl = server.baseUrl();
    dock.applySettings(settings, QStringLiteral("sk-report"));

    ui::CaseReportDialog dialog(caseWithData());
    dialog.setAssistant(&dock);
    QSignalSpy finished(&dialog, &ui::CaseReportDialog::draftFinished);

    // The first send to this server is previewed and confirmed, as the chat's own.
    QString previewText;
    QTimer acceptPreview;
    QObject::connect(&acceptPreview, &QTimer::timeout, [&] {
        if (auto *preview = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            preview && preview->objectName() == QStringLiteral("chatSendPreview")) {
            previewText = preview->findChild<QPlainTextEdit *>(QStringLiteral("chatPreviewRequest"))
                              ->toPlainText();
            preview->accept();
        }
    });
    acceptPreview.start(20);
    REQUIRE(dialog.draftFindings().isEmpty());
    acceptPreview.stop();
    CHECK(previewText.contains(QStringLiteral("14.2 mm")));
    CHECK(dock.session()->approvedEndpoints().size() == 1);

    // While the draft is written the chat cannot send, and a second draft is refused.
    CHECK(dialog.isDrafting());
    CHECK_FALSE(dock.findChild<QPushButton *>(QStringLiteral("chatSend"))->isEnabled());
    CHECK_FALSE(dialog.draftFindings().isEmpty());
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 8000));
    CHECK(finished.front().at(1).toString() == QStringLiteral("succeeded"));
    CHECK(dock.findChild<QPushButton *>(QStringLiteral("chatSend"))->isEnabled());

    const QString sent = sentText(server);
    INFO(sent.toStdString());
    CHECK(sent.contains(QStringLiteral("MR BREAST")));
    CHECK(sent.contains(QStringLiteral("NOT a validated clinical model")));
    CHECK_FALSE(sent.contains(QStringLiteral("DOE JANE")));
    CHECK_FALSE(sent.contains(QStringLiteral("image_url")));
    CHECK(dock.session()->messages().empty()); // the draft is not part of the chat

    ui::CaseReport report = dialog.report();
    CHECK(report.findings.text == QStringLiteral("A 14.2 mm enhancing mass."));
    CHECK(report.findings.aiDrafted);
    CHECK(report.findings.draftModel.contains(server.baseUrl().section(QLatin1Char('/'), 2, 2)));
    CHECK_FALSE(report.findings.approved);

    // Approval, then an edit: the approval was for the other text and is withdrawn.
    dialog.setFindingsApproved(true);
    CHECK(dialog.report().findings.approved);
    dialog.findingsEditor()->appendPlainText(QStringLiteral("Correlate with biopsy."));
    report = dialog.report();
    CHECK(report.findings.editedAfterDraft);
    CHECK_FALSE(report.findings.approved);
    CHECK(report.findings.aiDrafted);
}

TEST_CASE("A server that fails leaves no draft and gives the assistant back", "[chat][gui][report]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.status = 500;
    scenario.errorBody = R"({"error":{"message":"model crashed"}})";
    server.setScenario(scenario);
    ui::ChatDock dock;
    chat::ChatSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.approvedEndpoints = {dock.activeBackend()->endpointId()};
    dock.applySettings(settings, {});
    settings.approvedEndpoints = {dock.activeBackend()->endpointId()};
    dock.applySettings(settings, {});

    ui::CaseReportDialog dialog(caseWithData());
    dialog.setAssistant(&dock);
    dialog.findingsEditor()->setPlainText(QStringLiteral("Written by the reader."));
    QSignalSpy finished(&dialog, &ui::CaseReportDialog::draftFinished);
    REQUIRE(dialog.draftFindings().isEmpty());
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 8000));
    CHECK(finished.front().at(1).toString() == QStringLiteral("failed"));
    CHECK(finished.front().at(2).toString().contains(QStringLiteral("model crashed")));
    CHECK(dialog.report().findings.text == QStringLiteral("Written by the reader."));
    CHECK_FALSE(dialog.report().findings.aiDrafted);
    CHECK(dock.borrowBackend(QStringLiteral("test")).isEmpty()); // given back
    dock.returnBackend();
}

TEST_CASE("Without a chat server the draft says where to set one", "[chat][gui][report]")
{
    ui::ChatDock dock;
    dock.applySettings(chat::ChatSettings {}, {});
    ui::CaseReportDialog dialog(caseWithData());
    dialog.setAssistant(&dock);
    CHECK(dialog.draftFindings().contains(QStringLiteral("Server…")));
    CHECK_FALSE(dialog.isDrafting());
}
