// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QElapsedTimer>
#include <QPainter>
#include <QTcpServer>

// Local
#include "chattesthelpers.h"
#include "fakeopenaiserver.h"
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/openaibackend.h"
#include "ui/chat/openairequest.h"

#include <optional>

using namespace oncoview::chat;
using oncoview::testing::FakeOpenAiServer;
using oncoview::testing::FakeScenario;
using oncoview::testing::waitUntil;

namespace {

// Collects one request's signals.
struct Outcome
{
    QString text;
    int deltas = 0;
    std::optional<ChatFinish> finish;
    std::optional<ChatError> error;
    qint64 firstDeltaMs = -1;
    qint64 endMs = -1;
    bool ended() const { return finish || error; }
};

struct Harness
{
    FakeOpenAiServer server;
    OpenAiBackend backend;
    Outcome outcome;
    QElapsedTimer clock;

    Harness()
    {
        OpenAiConfig config;
        config.baseUrl = parseBaseUrl(server.baseUrl());
        config.apiKey = QStringLiteral("sk-test-key");
        backend.setConfig(config);
        QObject::connect(&backend, &ChatBackend::delta, [this](const QString &text) {
            if (outcome.firstDeltaMs < 0) {
                outcome.firstDeltaMs = clock.elapsed();
            }
            outcome.text += text;
            ++outcome.deltas;
        });
        QObject::connect(&backend, &ChatBackend::finished, [this](const ChatFinish &finish) {
            outcome.finish = finish;
            outcome.endMs = clock.elapsed();
        });
        QObject::connect(&backend, &ChatBackend::failed, [this](const ChatError &error) {
            outcome.error = error;
            outcome.endMs = clock.elapsed();
        });
    }

    void configure(const std::function<void(OpenAiConfig &)> &change)
    {
        OpenAiConfig config = backend.config();
        change(config);
        backend.setConfig(config);
    }

    Outcome run(const ChatRequest &request, int timeoutMs = 5000)
    {
        outcome = {};
        clock.start();
        backend.start(request);
        REQUIRE(waitUntil([this] { return outcome.ended(); }, timeoutMs));
        return outcome;
    }
};

QImage testView()
{
    QImage view(640, 480, QImage::Format_RGB32);
    view.fill(QColor(10, 20, 30));
    QPainter painter(&view);
    painter.fillRect(0, 0, 320, 480, QColor(250, 0, 0)); // left half red
    return view;
}

ChatRequest question(const QString &text, const QByteArray &png = {})
{
    ChatRequest request;
    request.turns.push_back({ChatRole::User, text, png});
    return request;
}

} // namespace

TEST_CASE("OpenAiBackend streams an answer and sends the view as a 448x448 data URL",
          "[chat][http]")
{
    Harness h;
    FakeScenario scenario;
    scenario.pieces
        = {QStringLiteral("No "), QStringLiteral("enhancing "), QStringLiteral("mass.")};
    h.server.setScenario(scenario);
    const Outcome outcome
        = h.run(question(QStringLiteral("Is there a lesion?"), encodeImageForModel(testView())));
    REQUIRE(!outcome.error);
    CHECK(outcome.text == QStringLiteral("No enhancing mass."));
    CHECK(outcome.finish->reason == QStringLiteral("stop"));
    CHECK(outcome.finish->usage.completionTokens == 3);

    const auto requests = h.server.requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].headers.value("authorization") == "Bearer sk-test-key");
    CHECK(requests[0].headers.value("content-type") == "application/json");
    const QJsonObject body = QJsonDocument::fromJson(requests[0].body).object();
    CHECK(body.value(QLatin1String("model")).toString() == QStringLiteral("meddr"));
    CHECK(body.value(QLatin1String("stream")).toBool());
    CHECK(body.value(QLatin1String("stream_options"))
              .toObject()
              .value(QLatin1String("include_usage"))
              .toBool());
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].toObject().value(QLatin1String("content")).toString()
          == QString::fromLatin1(kMedDrSystemPrompt));

    const QStringList urls = oncoview::testing::imageUrlsInBody(requests[0].body);
    REQUIRE(urls.size() == 1);
    CHECK(urls[0].startsWith(QStringLiteral("data:image/png;base64,")));
    const QImage sent = oncoview::testing::imageFromDataUrl(urls[0]);
    REQUIRE(sent.size() == QSize(448, 448));
    // Letterboxed 640x480 -> 448x336 centred: bars above and below, red left, blue-grey right.
    CHECK(sent.pixelColor(100, 224).red() > 200);
    CHECK(sent.pixelColor(350, 224).blue() > 20);
    CHECK(sent.pixelColor(224, 10) == QColor(Qt::black));
    // Only pixels and the question leave: no DICOM header text, no file paths.
    for (const char *forbidden : {"PatientName", "DEMO^PHANTOM", "DICM", "/tmp/", "0010,0010"}) {
        CHECK(!requests[0].body.contains(forbidden));
    }
}

TEST_CASE("OpenAiBackend delivers slow chunks as they come, fragmented bytes intact",
          "[chat][http]")
{
    Harness h;
    FakeScenario scenario;
    scenario.pieces = {QStringLiteral("肿"), QStringLiteral("瘤 "), QStringLiteral("🙂 "),
                       QStringLiteral("done")};
    scenario.chunkDelayMs = 60;
    scenario.keepAlives = true;
    h.server.setScenario(scenario);
    Outcome outcome = h.run(question(QStringLiteral("slow")));
    REQUIRE(!outcome.error);
    CHECK(outcome.text == QStringLiteral("肿瘤 🙂 done"));
    CHECK(outcome.deltas == 4);
    // Streaming, not buffering: the first piece came well before the end.
    CHECK(outcome.endMs - outcome.firstDeltaMs >= 150);

    scenario.chunkDelayMs = 0;
    scenario.fragmentBytes = true; // 1-3 byte HTTP chunks split lines and UTF-8 sequences
    h.server.setScenario(scenario);
    outcome = h.run(question(QStringLiteral("fragmented")));
    REQUIRE(!outcome.error);
    CHECK(outcome.text == QStringLiteral("肿瘤 🙂 done"));
}

TEST_CASE("OpenAiBackend strips a leaked <|im_end|> and ends the answer there", "[chat][http]")
{
    Harness h;
    FakeScenario scenario;
    scenario.pieces = {QStringLiteral("Likely benign."), QStringLiteral("<|im_"),
                       QStringLiteral("end|>\n<|im_start|>user")};
    h.server.setScenario(scenario);
    const Outcome outcome = h.run(question(QStringLiteral("q")));
    REQUIRE(outcome.finish);
    CHECK(outcome.text == QStringLiteral("Likely benign."));
    CHECK(outcome.finish->reason == QStringLiteral("stop-token"));
}

TEST_CASE("OpenAiBackend words HTTP errors so the user can act", "[chat][http]")
{
    Harness h;
    FakeScenario scenario;
    SECTION("401")
    {
        scenario.status = 401;
        scenario.errorBody
            = R"({"error":{"message":"Invalid API key","type":"invalid_request_error"}})";
        h.server.setScenario(scenario);
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::Unauthorized);
        CHECK(outcome.error->message.contains(QStringLiteral("Invalid API key")));
    }
    SECTION("unknown model, 404 (OpenAI/vLLM) and 400 (LMDeploy) bodies")
    {
        scenario.status = 404;
        scenario.errorBody
            = R"({"error":{"message":"The model `medr` does not exist.","code":404}})";
        h.server.setScenario(scenario);
        Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::UnknownModel);
        CHECK(outcome.error->message.contains(QStringLiteral("\"meddr\"")));

        scenario.status = 400;
        scenario.errorBody
            = R"({"object":"error","message":"The model 'meddr' does not exist.","code":400})";
        h.server.setScenario(scenario);
        outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::UnknownModel);
    }
    SECTION("404 without a model message is a wrong address")
    {
        scenario.status = 404;
        scenario.errorBody = "Not Found";
        h.server.setScenario(scenario);
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::ServerError);
        CHECK(outcome.error->message.contains(QStringLiteral("not an OpenAI-compatible server")));
    }
    SECTION("413")
    {
        scenario.status = 413;
        scenario.errorBody = "<html>413 Request Entity Too Large</html>";
        h.server.setScenario(scenario);
        const Outcome outcome
            = h.run(question(QStringLiteral("q"), encodeImageForModel(testView())));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::PayloadTooLarge);
    }
    SECTION("a text-only model refusing the image")
    {
        scenario.status = 400;
        scenario.errorBody
            = R"({"error":{"message":"image input is not supported - hint: if this is unexpected, you may need to provide the mmproj","code":400}})";
        h.server.setScenario(scenario);
        const Outcome outcome
            = h.run(question(QStringLiteral("q"), encodeImageForModel(testView())));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::NoVision);
    }
}

TEST_CASE("OpenAiBackend reports refused connections, timeouts and broken streams", "[chat][http]")
{
    Harness h;
    FakeScenario scenario;
    SECTION("connection refused")
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        h.configure([&](OpenAiConfig &config) {
            config.baseUrl = parseBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        });
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::ConnectionRefused);
        CHECK(outcome.error->message.contains(QStringLiteral("connection refused")));
    }
    SECTION("timeout when the server sends nothing")
    {
        scenario.firstByteDelayMs = 3000;
        h.server.setScenario(scenario);
        h.configure([](OpenAiConfig &config) { config.idleTimeoutMs = 300; });
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::Timeout);
        CHECK(outcome.endMs < 2000);
    }
    SECTION("timeout when keep-alive comments trickle in but no answer comes")
    {
        // Fails if bytes alone restart the idle timer: the comments arrive every 50 ms.
        scenario.pieces = {QStringLiteral("partial "), QStringLiteral("never")};
        scenario.stallAfterPieces = 1;
        scenario.chunkDelayMs = 50;
        h.server.setScenario(scenario);
        h.configure([](OpenAiConfig &config) { config.idleTimeoutMs = 400; });
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::Timeout);
        CHECK(outcome.error->message.contains(QStringLiteral("no answer text")));
        CHECK(outcome.text == QStringLiteral("partial "));
        CHECK(outcome.endMs < 3000);
    }
    SECTION("an answer that streams without end meets the overall deadline")
    {
        scenario.pieces = {QStringLiteral("again ")};
        scenario.endless = true;
        scenario.chunkDelayMs = 20;
        scenario.keepAlives = false;
        h.server.setScenario(scenario);
        h.configure([](OpenAiConfig &config) {
            config.idleTimeoutMs = 400; // never reached: text keeps coming
            config.deadlineMs = 1200;
        });
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::Timeout);
        CHECK(outcome.error->message.contains(QStringLiteral("still streaming")));
        CHECK(outcome.deltas > 10); // it was streaming, and what came was delivered
        CHECK(outcome.text.startsWith(QStringLiteral("again again ")));
        CHECK(outcome.endMs >= 1100);
        CHECK(outcome.endMs < 4000);
    }
    SECTION("connection dropped mid-answer")
    {
        scenario.pieces = {QStringLiteral("one "), QStringLiteral("two "), QStringLiteral("three")};
        scenario.dropAfterPieces = 2;
        h.server.setScenario(scenario);
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::BrokenStream);
        CHECK(outcome.text == QStringLiteral("one two "));
    }
    SECTION("stream complete at HTTP level but without [DONE]")
    {
        scenario.sendDone = false;
        scenario.sendUsage = false;
        scenario.finishReason = QString();
        h.server.setScenario(scenario);
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->kind == ChatErrorKind::BrokenStream);
    }
    SECTION("error object mid-stream")
    {
        scenario.midStreamError = R"({"error":{"message":"CUDA out of memory"}})";
        h.server.setScenario(scenario);
        const Outcome outcome = h.run(question(QStringLiteral("q")));
        REQUIRE(outcome.error);
        CHECK(outcome.error->message.contains(QStringLiteral("CUDA out of memory")));
    }
}

TEST_CASE("OpenAiBackend abort stops the stream at once", "[chat][http]")
{
    Harness h;
    FakeScenario scenario;
    scenario.pieces.clear();
    for (int i = 0; i < 100; ++i) {
        scenario.pieces << QStringLiteral("t%1 ").arg(i);
    }
    scenario.chunkDelayMs = 20;
    h.server.setScenario(scenario);
    h.outcome = {};
    h.clock.start();
    h.backend.start(question(QStringLiteral("long")));
    REQUIRE(waitUntil([&] { return h.outcome.deltas >= 3; }));
    h.backend.abort();
    REQUIRE(h.outcome.finish);
    CHECK(h.outcome.finish->reason == QStringLiteral("aborted"));
    CHECK(!h.backend.isBusy());
    const int deltasAtAbort = h.outcome.deltas;
    waitUntil([] { return false; }, 200);
    CHECK(h.outcome.deltas == deltasAtAbort); // nothing after Stop
    CHECK(h.outcome.deltas < 20);
}

TEST_CASE("Plain http:// to a remote host is refused unless allowed", "[chat][privacy]")
{
    CHECK(isLoopbackHost(QStringLiteral("127.0.0.1")));
    CHECK(isLoopbackHost(QStringLiteral("127.8.9.1")));
    CHECK(isLoopbackHost(QStringLiteral("::1")));
    CHECK(isLoopbackHost(QStringLiteral("localhost")));
    CHECK_FALSE(isLoopbackHost(QStringLiteral("192.168.1.20")));
    CHECK_FALSE(isLoopbackHost(QStringLiteral("localhost.evil.example")));
    CHECK(
        endpointRefusal(parseBaseUrl(QStringLiteral("http://gpu01.hospital.example:23333")), false)
            .contains(QStringLiteral("unencrypted")));
    CHECK(endpointRefusal(parseBaseUrl(QStringLiteral("http://gpu01.hospital.example:23333")), true)
              .isEmpty());
    CHECK(endpointRefusal(parseBaseUrl(QStringLiteral("https://gpu01.hospital.example")), false)
              .isEmpty());
    CHECK(endpointRefusal(parseBaseUrl(QStringLiteral("localhost:8080/v1")), false).isEmpty());
    CHECK(parseBaseUrl(QStringLiteral("http://host:1234/v1/")).toString()
          == QStringLiteral("http://host:1234"));
    QString error;
    CHECK(parseBaseUrl(QStringLiteral("ftp://x"), &error).isEmpty());
    CHECK(!error.isEmpty());

    // The backend refuses before any connection is made.
    Harness h;
    h.configure([](OpenAiConfig &config) {
        config.baseUrl = parseBaseUrl(QStringLiteral("http://192.0.2.1:9"));
    });
    const Outcome outcome
        = h.run(question(QStringLiteral("q"), encodeImageForModel(testView())), 1000);
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == ChatErrorKind::InvalidEndpoint);
    CHECK(outcome.endMs < 500);
}

TEST_CASE("The send preview shows the request with the image elided", "[chat][privacy]")
{
    const QByteArray png = encodeImageForModel(testView());
    const QJsonObject body = buildChatCompletionBody(question(QStringLiteral("What is this?"), png),
                                                     QStringLiteral("meddr"));
    CHECK(imageCountInBody(body) == 1);
    const QByteArray preview = elidedRequestPreview(body);
    CHECK(preview.contains("What is this?"));
    CHECK(preview.contains("data:image/png;base64,<"));
    CHECK(!preview.contains(png.toBase64().left(40)));
    CHECK(preview.size() < 2000);
    // Only the most recent image of a conversation is sent (MedDr takes one).
    ChatRequest two = question(QStringLiteral("first"), png);
    two.turns.push_back({ChatRole::Assistant, QStringLiteral("answer"), {}});
    two.turns.push_back({ChatRole::User, QStringLiteral("second"), png});
    CHECK(imageCountInBody(buildChatCompletionBody(two, QStringLiteral("meddr"))) == 1);
}

TEST_CASE("A redirect to another server is not followed: the question and key stay home",
          "[chat][privacy][hardening]")
{
    Harness h;
    FakeOpenAiServer elsewhere; // another port: another origin
    FakeScenario scenario;
    scenario.status = 307;
    scenario.location = (elsewhere.baseUrl() + QStringLiteral("/v1/chat/completions")).toUtf8();
    h.server.setScenario(scenario);
    const Outcome outcome = h.run(question(QStringLiteral("a question about the study")));
    REQUIRE(outcome.error);
    INFO(outcome.error->message.toStdString());
    CHECK_FALSE(outcome.finish);
    CHECK(elsewhere.requests().empty());
    REQUIRE(h.server.requests().size() == 1);
    CHECK(h.server.requests().front().headers.value("authorization") == "Bearer sk-test-key");
}
