// SPDX-License-Identifier: Apache-2.0
// A chat process killed with SIGKILL while an answer streams: the next start finds the partial
// answer in the history, marked interrupted, and the settings saved before it.
#include <catch2/catch.hpp>

// Qt
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

// Local
#include "chattesthelpers.h"
#include "fakeopenaiserver.h"
#include "ui/chat/chatsession.h"
#include "ui/chat/chatsettings.h"
#include "ui/chat/conversationstore.h"
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/openaibackend.h"
#include "ui/chat/openairequest.h"

#include <csignal>
#include <cstdio>

using namespace oncoview::chat;
using oncoview::testing::FakeOpenAiServer;
using oncoview::testing::FakeScenario;

namespace {
const QString kConversation = QStringLiteral("study:kill-test");
}

// The child half (see main.cpp): saves chat settings as the dock does, then asks the server
// and prints the answer's length as it grows, until it is killed.
int runChatStreamChild(const QString &databasePath, const QString &serverUrl)
{
    ChatSettings settings = ChatSettings::load();
    settings.baseUrl = serverUrl;
    settings.model = QStringLiteral("kill-test-model");
    settings.save();

    ConversationStore store;
    if (!store.open(databasePath)) {
        return 2;
    }
    OpenAiBackend backend;
    OpenAiConfig config;
    config.baseUrl = parseBaseUrl(serverUrl);
    backend.setConfig(config);
    ChatSession session(&store);
    session.setBackend(&backend);
    session.setConversation(kConversation, QStringLiteral("Kill test"));
    session.setApprovedEndpoints({endpointKey(config.baseUrl)});
    if (!session.send(QStringLiteral("a long answer, please"))) {
        return 3;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        std::printf("%lld\n", static_cast<long long>(session.messages().back().text.size()));
        std::fflush(stdout);
    }
    return 4; // never reached: the test kills it
}

TEST_CASE("A chat killed mid-answer keeps the partial answer, marked interrupted, and settings",
          "[chat][session][crash]")
{
    const ChatSettings before = ChatSettings::load();
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.pieces.clear();
    for (int i = 0; i < 100; ++i) {
        scenario.pieces << QStringLiteral("w%1 ").arg(i);
    }
    scenario.chunkDelayMs = 50; // 5 s in all: killed long before the end
    server.setScenario(scenario);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("chat.sqlite"));

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--chat-stream-child"), database, server.baseUrl()});
    REQUIRE(child.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    qint64 shown = 0;
    // About 1.5 s into the answer: past one store interval (the session writes the growing
    // answer at most once a second, so a crash loses at most that).
    while (shown < 120) {
        child.waitForReadyRead(50);
        const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
        if (!lines.last().isEmpty()) {
            shown = lines.last().toLongLong();
        }
        if (clock.elapsed() > 20000 || child.state() != QProcess::Running) {
            FAIL("the child did not stream: " << child.readAllStandardError().toStdString());
        }
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    // The next start.
    ConversationStore store;
    REQUIRE(store.open(database));
    const std::vector<StoredMessage> rows = store.messages(kConversation);
    REQUIRE(rows.size() == 2);
    CHECK(rows.front().text == QStringLiteral("a long answer, please"));
    const StoredMessage &answer = rows.back();
    INFO("shown " << shown << " characters; stored " << answer.text.size());
    CHECK(answer.text.startsWith(QStringLiteral("w0 w1 w2 ")));
    CHECK_FALSE(answer.text.contains(QStringLiteral("w99 "))); // it really was cut off
    CHECK(answer.text.size() >= 40); // most of what was shown (stored about once a second)
    CHECK(answer.error.contains(QStringLiteral("interrupted")));

    const ChatSettings after = ChatSettings::load();
    CHECK(after.baseUrl == server.baseUrl());
    CHECK(after.model == QStringLiteral("kill-test-model"));
    before.save(); // leave the test settings as they were
}
