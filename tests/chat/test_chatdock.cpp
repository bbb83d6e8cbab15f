// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// Local
#include "chattesthelpers.h"
#include "fakeopenaiserver.h"
#include "ui/chat/chatsession.h"
#include "ui/chatdock.h"
#include "ui/chattranscriptview.h"

using namespace oncoview;
using oncoview::testing::FakeOpenAiServer;
using oncoview::testing::FakeScenario;
using oncoview::testing::waitUntil;

TEST_CASE("ChatDock: a typed question streams a rendered answer and sends the view", "[chat][gui]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.pieces = {QStringLiteral("**Finding:** a "), QStringLiteral("round mass\n\n"),
                       QStringLiteral("- smooth margin\n"), QStringLiteral("- no *spiculation*")};
    scenario.chunkDelayMs = 30;
    server.setScenario(scenario);

    // Stand-in for the viewer: a widget whose pixels we know (left half green).
    QLabel viewer;
    QImage pixels(400, 400, QImage::Format_RGB32);
    pixels.fill(Qt::black);
    QPainter(&pixels).fillRect(0, 0, 200, 400, Qt::green);
    viewer.setPixmap(QPixmap::fromImage(pixels));
    viewer.resize(400, 400);

    ui::ChatDock dock;
    dock.resize(480, 700);
    dock.show();
    int grabs = 0;
    dock.setCaptureProvider([&](ui::ChatViewSource, bool withImage) {
        ui::ChatViewCapture capture;
        capture.conversationKey = QStringLiteral("study:test-gui");
        capture.conversationTitle = QStringLiteral("GUI test study");
        capture.caption = QStringLiteral("MRI axial view");
        if (withImage) {
            ++grabs;
            capture.image = viewer.grab().toImage();
        }
        return capture;
    });
    dock.session()->clearConversation();
    chat::ChatSettings settings;
    settings.baseUrl = server.baseUrl();
    dock.applySettings(settings, QStringLiteral("sk-gui"));
    CHECK(dock.findChild<QLabel *>(QStringLiteral("chatDisclaimer"))
              ->text()
              .contains(QStringLiteral("not a validated clinical model")));

    // The first send to this server shows what will be sent; accept it when it appears.
    QString previewText;
    bool previewHadImage = false;
    QTimer acceptPreview;
    QObject::connect(&acceptPreview, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            dialog && dialog->objectName() == QStringLiteral("chatSendPreview")) {
            previewText = dialog->findChild<QPlainTextEdit *>(QStringLiteral("chatPreviewRequest"))
                              ->toPlainText();
            previewHadImage
                = dialog->findChild<QLabel *>(QStringLiteral("chatPreviewImage")) != nullptr;
            dialog->accept();
        }
    });
    acceptPreview.start(20);

    auto *input = dock.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    REQUIRE(input);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("Is there a mass?"));
    QTest::keyClick(input, Qt::Key_Return);

    REQUIRE(waitUntil([&] { return dock.session()->isBusy(); }, 3000));
    auto *stop = dock.findChild<QPushButton *>(QStringLiteral("chatStop"));
    CHECK(stop->isEnabled());
    REQUIRE(waitUntil([&] { return !dock.session()->isBusy(); }, 8000));
    acceptPreview.stop();

    CHECK(previewText.contains(QStringLiteral("Is there a mass?")));
    CHECK(previewText.contains(QStringLiteral("Authorization: Bearer <your API key")));
    CHECK(!previewText.contains(QStringLiteral("sk-gui")));
    CHECK(previewHadImage);
    CHECK(grabs == 1);
    CHECK(input->toPlainText().isEmpty());

    // Rendered Markdown: bold and list items, not the raw asterisks.
    const QString shown = dock.transcript()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Finding: a round mass")));
    CHECK(shown.contains(QStringLiteral("smooth margin")));
    CHECK(!shown.contains(QStringLiteral("**Finding")));
    CHECK(
        dock.transcript()->toHtml().contains(QStringLiteral("chatimage://message/0"))); // thumbnail
    // Batched: the tail was re-rendered far fewer times than there were tokens * messages.
    CHECK(dock.transcript()->tailRenderCount() <= 6);
    const auto &messages = dock.session()->messages();
    REQUIRE(messages.size() == 2);
    CHECK(messages[1].error.isEmpty());
    CHECK(dock.findChild<QLabel *>(QStringLiteral("chatStatus"))
              ->text()
              .contains(QStringLiteral("tokens/s")));

    // The server got the view: one 448x448 PNG whose left part is green.
    const QStringList urls = oncoview::testing::imageUrlsInBody(server.lastChatBody());
    REQUIRE(urls.size() == 1);
    const QImage sent = oncoview::testing::imageFromDataUrl(urls[0]);
    REQUIRE(sent.size() == QSize(448, 448));
    CHECK(sent.pixelColor(60, 224).green() > 200);
    CHECK(sent.pixelColor(390, 224).green() < 50);
    const auto requests = server.requests();
    CHECK(requests.back().headers.value("authorization") == "Bearer sk-gui");
}
