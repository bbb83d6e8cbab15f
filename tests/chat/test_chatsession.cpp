// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "chattesthelpers.h"
#include "fakeopenaiserver.h"
#include "ui/chat/chatsession.h"
#include "ui/chat/conversationstore.h"
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/openaibackend.h"
#include "ui/chat/openairequest.h"

using namespace oncoview::chat;
using oncoview::testing::FakeOpenAiServer;
using oncoview::testing::FakeScenario;
using oncoview::testing::waitUntil;

namespace {

QByteArray grayPng()
{
    QImage image(300, 300, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    return encodeImageForModel(image);
}

StoredMessage userMessage(const QString &text, const QByteArray &png = {},
                          const QString &caption = {})
{
    StoredMessage message;
    message.role = ChatRole::User;
    message.text = text;
    message.imagePng = png;
    message.imageCaption = caption;
    return message;
}

int chatPosts(const FakeOpenAiServer &server)
{
    int posts = 0;
    for (const auto &request : server.requests()) {
        posts += request.path == "/v1/chat/completions";
    }
    return posts;
}

} // namespace

TEST_CASE("ConversationStore keeps one history per key and exports Markdown", "[chat][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chat.sqlite"));
    const QByteArray png = grayPng();
    qint64 answerId = 0;
    {
        ConversationStore store;
        QString error;
        REQUIRE(store.open(path, &error));
        const StoredMessage question = userMessage(QStringLiteral("Is the margin spiculated?"), png,
                                                   QStringLiteral("MRI axial view"));
        REQUIRE(store.append(QStringLiteral("study:a"), QStringLiteral("Study A"), question) > 0);
        StoredMessage answer;
        answer.role = ChatRole::Assistant;
        answerId = store.append(QStringLiteral("study:a"), QStringLiteral("Study A"), answer);
        REQUIRE(answerId > 0);
        REQUIRE(store.update(answerId, QStringLiteral("**No**, it is smooth."), 42.5, {},
                             QStringLiteral("meddr")));
        store.append(QStringLiteral("slide:b"), QStringLiteral("Slide B"),
                     userMessage(QStringLiteral("other")));
    }
    ConversationStore reopened;
    REQUIRE(reopened.open(path));
    const auto messages = reopened.messages(QStringLiteral("study:a"));
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].text == QStringLiteral("Is the margin spiculated?"));
    CHECK(messages[0].imagePng == png);
    CHECK(messages[0].imageCaption == QStringLiteral("MRI axial view"));
    CHECK(messages[1].role == ChatRole::Assistant);
    CHECK(messages[1].text == QStringLiteral("**No**, it is smooth."));
    CHECK(messages[1].tokensPerSecond == Approx(42.5));
    CHECK(reopened.messages(QStringLiteral("slide:b")).size() == 1);
    CHECK(reopened.title(QStringLiteral("study:a")) == QStringLiteral("Study A"));

    const QString markdownPath = dir.filePath(QStringLiteral("export.md"));
    QString error;
    REQUIRE(reopened.exportMarkdown(QStringLiteral("study:a"), markdownPath, &error));
    QFile file(markdownPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    CHECK(markdown.contains(QStringLiteral("# MedDr chat — Study A")));
    CHECK(markdown.contains(QStringLiteral("not a validated clinical model")));
    CHECK(markdown.contains(QStringLiteral("![MRI axial view](export-image-1.png)")));
    CHECK(markdown.contains(QStringLiteral("**No**, it is smooth.")));
    CHECK(!markdown.contains(QStringLiteral("other")));
    QFile image(dir.filePath(QStringLiteral("export-image-1.png")));
    REQUIRE(image.open(QIODevice::ReadOnly));
    CHECK(image.readAll() == png);

    REQUIRE(reopened.truncateFrom(QStringLiteral("study:a"), answerId));
    CHECK(reopened.messages(QStringLiteral("study:a")).size() == 1);
}

TEST_CASE("ChatSession asks before the first send, then streams, regenerates and edits",
          "[chat][session]")
{
    FakeOpenAiServer server;
    OpenAiBackend backend;
    OpenAiConfig config;
    config.baseUrl = parseBaseUrl(server.baseUrl());
    backend.setConfig(config);
    QTemporaryDir dir;
    ConversationStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("c.sqlite"))));
    ChatSession session(&store);
    session.setBackend(&backend);
    session.setConversation(QStringLiteral("study:x"), QStringLiteral("X"));

    std::vector<SendPreview> previews;
    bool approve = false;
    session.setConfirmer([&](const SendPreview &preview) {
        previews.push_back(preview);
        return approve;
    });
    const QByteArray png = grayPng();

    // Declined: nothing is sent, the answer says why.
    REQUIRE(session.send(QStringLiteral("What is shown?"), png, QStringLiteral("MRI axial")));
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    REQUIRE(previews.size() == 1);
    CHECK(previews[0].imagePng == png);
    CHECK(previews[0].request.contains("What is shown?"));
    CHECK(previews[0].request.contains("<"));
    CHECK(!previews[0].request.contains(png.toBase64().left(40)));
    CHECK(chatPosts(server) == 0);
    CHECK(session.messages().back().error.contains(QStringLiteral("not confirmed")));

    // Approved once, then not asked again.
    approve = true;
    FakeScenario scenario;
    scenario.pieces = {QStringLiteral("A "), QStringLiteral("cyst.")};
    server.setScenario(scenario);
    REQUIRE(session.regenerate());
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    CHECK(previews.size() == 2);
    CHECK(session.approvedEndpoints().contains(endpointKey(config.baseUrl)));
    CHECK(session.messages().back().text == QStringLiteral("A cyst."));
    CHECK(session.messages().back().error.isEmpty());
    CHECK(oncoview::testing::imageUrlsInBody(server.lastChatBody()).size() == 1);

    scenario.pieces = {QStringLiteral("Regenerated.")};
    server.setScenario(scenario);
    REQUIRE(session.regenerate());
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    CHECK(previews.size() == 2);
    REQUIRE(session.messages().size() == 2);
    CHECK(session.messages().back().text == QStringLiteral("Regenerated."));

    // Edit-and-resend keeps the image, replaces the question and drops the old answer.
    scenario.pieces = {QStringLiteral("Edited answer.")};
    server.setScenario(scenario);
    REQUIRE(session.editAndResend(session.messages().front().id, QStringLiteral("Is it a cyst?")));
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    REQUIRE(session.messages().size() == 2);
    CHECK(session.messages().front().text == QStringLiteral("Is it a cyst?"));
    CHECK(session.messages().front().imagePng == png);
    const QByteArray body = server.lastChatBody();
    CHECK(body.contains("Is it a cyst?"));
    CHECK(!body.contains("What is shown?"));

    // Persisted: a new session on the same store sees the same conversation.
    ChatSession again(&store);
    again.setConversation(QStringLiteral("study:x"), QStringLiteral("X"));
    REQUIRE(again.messages().size() == 2);
    CHECK(again.messages().back().text == QStringLiteral("Edited answer."));
}

TEST_CASE("ChatSession never sends an image to an endpoint that says it has no vision",
          "[chat][session][privacy]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.propsVision = 0; // llama.cpp server with a text-only model
    server.setScenario(scenario);
    OpenAiBackend backend;
    OpenAiConfig config;
    config.baseUrl = parseBaseUrl(server.baseUrl());
    backend.setConfig(config);
    ChatSession session(nullptr);
    session.setBackend(&backend);
    session.setConfirmer([](const SendPreview &) { return true; });

    REQUIRE(session.send(QStringLiteral("Describe"), grayPng()));
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    CHECK(session.messages().back().error.contains(QStringLiteral("cannot take images")));
    CHECK(chatPosts(server) == 0);
    CHECK(backend.imageSupport() == ChatBackend::ImageSupport::No);

    // Without an image the same endpoint is fine.
    REQUIRE(session.send(QStringLiteral("What is BI-RADS?")));
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    CHECK(session.messages().back().error.isEmpty());
    CHECK(chatPosts(server) == 1);
}

TEST_CASE("ChatSession reports an unknown model from the model list before sending",
          "[chat][session]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.models = {QStringLiteral("llava:7b"), QStringLiteral("qwen2-vl")};
    server.setScenario(scenario);
    OpenAiBackend backend;
    OpenAiConfig config;
    config.baseUrl = parseBaseUrl(server.baseUrl());
    backend.setConfig(config);
    ChatSession session(nullptr);
    session.setBackend(&backend);
    session.setConfirmer([](const SendPreview &) { return true; });
    REQUIRE(session.send(QStringLiteral("q"), grayPng()));
    REQUIRE(waitUntil([&] { return !session.isBusy(); }));
    const QString error = session.messages().back().error;
    CHECK(error.contains(QStringLiteral("\"meddr\"")));
    CHECK(error.contains(QStringLiteral("llava:7b")));
    CHECK(chatPosts(server) == 0);
}

TEST_CASE("ChatSession stop keeps the partial answer", "[chat][session]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.pieces.clear();
    for (int i = 0; i < 200; ++i) {
        scenario.pieces << QStringLiteral("w%1 ").arg(i);
    }
    scenario.chunkDelayMs = 10;
    server.setScenario(scenario);
    OpenAiBackend backend;
    OpenAiConfig config;
    config.baseUrl = parseBaseUrl(server.baseUrl());
    backend.setConfig(config);
    ChatSession session(nullptr);
    session.setBackend(&backend);
    session.setApprovedEndpoints({endpointKey(config.baseUrl)});
    REQUIRE(session.send(QStringLiteral("long")));
    REQUIRE(waitUntil([&] { return session.messages().back().text.size() > 10; }));
    session.stop();
    CHECK(!session.isBusy());
    CHECK(session.messages().back().error.contains(QStringLiteral("Stopped")));
    CHECK(session.messages().back().text.startsWith(QStringLiteral("w0 ")));
}

TEST_CASE("A streaming answer is in the history as it comes, marked interrupted until it ends",
          "[chat][session][hardening]")
{
    FakeOpenAiServer server;
    FakeScenario scenario;
    scenario.pieces.clear();
    for (int i = 0; i < 30; ++i) {
        scenario.pieces << QStringLiteral("w%1 ").arg(i);
    }
    scenario.chunkDelayMs = 100;
    server.setScenario(scenario);
    OpenAiBackend backend;
    OpenAiConfig config;
    config.baseUrl = parseBaseUrl(server.baseUrl());
    backend.setConfig(config);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    ConversationStore store;
    REQUIRE(store.open(path));
    ChatSession session(&store);
    session.setBackend(&backend);
    session.setConversation(QStringLiteral("study:x"), QStringLiteral("X"));
    session.setApprovedEndpoints({endpointKey(config.baseUrl)});
    REQUIRE(session.send(QStringLiteral("long")));
    REQUIRE(waitUntil([&] { return session.messages().back().text.size() > 20; }));
    QTest::qWait(1200); // past one save interval
    // What a crash now would leave: the database as another process reads it.
    ConversationStore reader;
    REQUIRE(reader.open(path));
    auto rows = reader.messages(QStringLiteral("study:x"));
    REQUIRE(rows.size() == 2);
    CHECK(rows.back().text.startsWith(QStringLiteral("w0 w1 ")));
    CHECK(rows.back().error.contains(QStringLiteral("interrupted")));
    REQUIRE(waitUntil([&] { return !session.isBusy(); }, 10000));
    rows = reader.messages(QStringLiteral("study:x"));
    CHECK(rows.back().error.isEmpty());
    CHECK(rows.back().text.endsWith(QStringLiteral("w29 ")));
}
