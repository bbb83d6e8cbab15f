// SPDX-License-Identifier: Apache-2.0
// bench_chat: the app's chat client against a direct minimal QNetworkAccessManager client on
// the same local OpenAI-compatible server (tests/chat/fakeopenaiserver, its own thread), same
// run, rounds alternating. The app side is the real path minus widgets: ChatSession ->
// OpenAiBackend -> SseReader -> the dock's StreamingMarkdown batching on a 40 ms timer.
// Metrics (JSON lines, ../shared/CLI.md):
//   ttft_added_ms       app p50 time to first token minus direct p50 (goal < 5 ms)
//   ttft_ms             app p50 with the direct p50 as baseline
//   tokens_per_second   paced server (--pace-ms per token), app vs direct (goal ratio >= 1)
//   tokens_per_second_unpaced  server writes as fast as it can: client-side ceiling
// Usage: bench_chat [--tokens N] [--rounds R] [--pace-ms P]

// Qt
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

// Local
#include "benchjson.h"
#include "fakeopenaiserver.h"
#include "ui/chat/chatsession.h"
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/markdownblocks.h"
#include "ui/chat/openaibackend.h"
#include "ui/chat/openairequest.h"

#include <cstdio>

using namespace oncoview;

namespace {

struct Sample
{
    double ttftMs = 0;
    double tokensPerSecond = 0;
    int tokens = 0;
};

void spinUntil(const std::function<bool()> &done)
{
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
}

// The smallest honest client: POST, split lines, parse each data: JSON, take delta.content.
Sample runDirect(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.post(request, body);
    QByteArray buffer;
    qint64 first = -1, last = -1;
    int tokens = 0;
    bool done = false;
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        buffer += reply->readAll();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(newline);
            buffer.remove(0, newline + 1);
            if (!line.startsWith("data: ")) {
                continue;
            }
            if (line == "data: [DONE]") {
                done = true;
                continue;
            }
            const QJsonObject chunk = QJsonDocument::fromJson(line.mid(6)).object();
            const QString content = chunk.value(QLatin1String("choices"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QLatin1String("delta"))
                                        .toObject()
                                        .value(QLatin1String("content"))
                                        .toString();
            if (!content.isEmpty()) {
                last = clock.nsecsElapsed();
                if (first < 0) {
                    first = last;
                }
                ++tokens;
            }
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, [&] { done = true; });
    spinUntil([&] { return done; });
    reply->disconnect(); // the lambdas refer to this frame's locals
    reply->abort();
    reply->deleteLater();
    Sample sample;
    sample.ttftMs = double(first) * 1e-6;
    sample.tokens = tokens;
    sample.tokensPerSecond = last > first ? double(tokens - 1) / (double(last - first) * 1e-9) : 0;
    return sample;
}

// The app's path: session + backend + SSE reader + the dock's batched Markdown split.
Sample runApp(chat::ChatSession &session, const QByteArray &png)
{
    chat::StreamingMarkdown markdown;
    QTimer flush;
    flush.setInterval(40);
    QString rendered;
    QObject::connect(&flush, &QTimer::timeout, [&] {
        rendered += markdown.takeSettled();
        rendered += markdown.tail(); // what the view would re-render
    });
    QElapsedTimer clock;
    qint64 first = -1, last = -1;
    int tokens = 0;
    auto deltaConnection
        = QObject::connect(&session, &chat::ChatSession::answerDelta, [&](const QString &text) {
              last = clock.nsecsElapsed();
              if (first < 0) {
                  first = last;
              }
              ++tokens;
              markdown.append(text);
              if (!flush.isActive()) {
                  flush.start();
              }
          });
    flush.start();
    clock.start();
    session.send(QStringLiteral("Describe the enhancing region."), png,
                 QStringLiteral("bench view"));
    spinUntil([&] { return !session.isBusy(); });
    QObject::disconnect(deltaConnection);
    if (!session.messages().back().error.isEmpty()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(session.messages().back().error));
        std::exit(1);
    }
    session.clearConversation(); // same request size every round
    Sample sample;
    sample.ttftMs = double(first) * 1e-6;
    sample.tokens = tokens;
    sample.tokensPerSecond = last > first ? double(tokens - 1) / (double(last - first) * 1e-9) : 0;
    return sample;
}

double median(std::vector<double> values)
{
    return bench::quantile(std::move(values), 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setAttribute(Qt::AA_Use96Dpi);
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv); // QImage/QPainter for the attached view
    int tokens = 1000, rounds = 5, paceMs = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray flag = argv[i];
        const int value = QByteArray(argv[i + 1]).toInt();
        if (flag == "--tokens") {
            tokens = value;
        } else if (flag == "--rounds") {
            rounds = value;
        } else if (flag == "--pace-ms") {
            paceMs = value;
        } else {
            std::fprintf(stderr, "usage: bench_chat [--tokens N] [--rounds R] [--pace-ms P]\n");
            return 2;
        }
    }

    testing::FakeOpenAiServer server;
    testing::FakeScenario scenario;
    scenario.pieces.clear();
    for (int i = 0; i < tokens; ++i) {
        scenario.pieces << QStringLiteral("tok%1 ").arg(i)
                + (i % 40 == 39 ? QStringLiteral("\n\n") : QString());
    }

    chat::OpenAiBackend backend;
    chat::OpenAiConfig config;
    config.baseUrl = chat::parseBaseUrl(server.baseUrl());
    backend.setConfig(config);
    chat::ChatSession session(nullptr);
    session.setBackend(&backend);
    session.setApprovedEndpoints({chat::endpointKey(config.baseUrl)});
    QImage view(512, 512, QImage::Format_RGB32);
    view.fill(QColor(90, 90, 90));
    const QByteArray png = chat::encodeImageForModel(view);
    QNetworkAccessManager network;
    const QUrl url = chat::endpointUrl(config.baseUrl, QStringLiteral("/v1/chat/completions"));

    for (const int pace : {paceMs, 0}) {
        scenario.chunkDelayMs = pace;
        server.setScenario(scenario);
        runApp(session, png); // warm-up: probe, connections, first-use allocations
        const QByteArray body = backend.lastRequestBody(); // the direct client sends the same bytes
        runDirect(network, url, body);
        std::vector<double> appTtft, directTtft, appRate, directRate;
        for (int round = 0; round < rounds; ++round) {
            // Alternate who goes first, so drift in machine load favours neither.
            Sample direct, viaApp;
            if (round % 2 == 0) {
                direct = runDirect(network, url, body);
                viaApp = runApp(session, png);
            } else {
                viaApp = runApp(session, png);
                direct = runDirect(network, url, body);
            }
            if (direct.tokens != tokens || viaApp.tokens < 1) {
                std::fprintf(stderr,
                             "error: token count mismatch (direct %d, app %d, expected %d)\n",
                             direct.tokens, viaApp.tokens, tokens);
                return 1;
            }
            directTtft.push_back(direct.ttftMs);
            appTtft.push_back(viaApp.ttftMs);
            directRate.push_back(direct.tokensPerSecond);
            appRate.push_back(viaApp.tokensPerSecond);
        }
        if (pace > 0) {
            bench::printMetric("chat", "ttft_added_ms", median(appTtft) - median(directTtft), "ms",
                               bench::Baseline {0.0, "value<5"});
            bench::printMetric("chat", "ttft_ms", median(appTtft), "ms",
                               bench::Baseline {median(directTtft), "value-baseline<5"});
            bench::printMetric("chat", "tokens_per_second", median(appRate), "tokens/s",
                               bench::Baseline {median(directRate), "ratio>=1"});
        } else {
            bench::printMetric("chat", "tokens_per_second_unpaced", median(appRate), "tokens/s",
                               bench::Baseline {median(directRate), "informative: client ceiling"});
        }
    }
    bench::printMetric("chat", "tokens_per_answer", tokens, "tokens");
    bench::printMetric("chat", "request_bytes", double(backend.lastRequestBody().size()), "bytes");
    return 0;
}
