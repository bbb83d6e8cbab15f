// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QStringList>
#include <QThread>

#include <vector>

namespace oncoview::testing {

// How the fake server answers the next chat request.
struct FakeScenario
{
    QStringList pieces {QStringLiteral("Hello"), QStringLiteral(" world")}; // content deltas
    int chunkDelayMs = 0; // before each SSE event
    int firstByteDelayMs = 0; // before the response headers (a slow or stuck server)
    int status = 200; // != 200: answer errorBody with this status
    QByteArray errorBody;
    QByteArray location; // sent as Location: with a 3xx status (a redirect)
    int dropAfterPieces = -1; // close the connection after this many pieces (broken stream)
    bool sendDone = true;
    bool sendUsage = true;
    bool keepAlives = false; // ": keep-alive" comments between events
    // After this many pieces, only ": keep-alive" comments every chunkDelayMs, forever (a
    // stuck model behind a proxy that keeps the connection alive).
    int stallAfterPieces = -1;
    bool endless = false; // repeat the pieces forever, every chunkDelayMs (a runaway model; not
                          // with keepAlives)
    bool fragmentBytes = false; // every event in 1-3 byte HTTP chunks (split UTF-8 and lines)
    QByteArray midStreamError; // sent as a data: event after the pieces, instead of finishing
    QString finishReason = QStringLiteral("stop");
    QStringList models {QStringLiteral("meddr")}; // GET /v1/models
    int propsVision = -1; // GET /props: -1 = 404 (not llama.cpp), 0/1 = modalities.vision
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class FakeServerWorker;
class FakeConnection;

// A small OpenAI-compatible HTTP/1.1 server on 127.0.0.1 for tests and the chat benchmark:
// POST /v1/chat/completions streams SSE chunks (chunked transfer encoding) as the scenario
// says; GET /v1/models and /props describe the model. It runs on its own thread, so its
// timing does not depend on the client's event loop. One request per connection.
class FakeOpenAiServer
{
public:
    FakeOpenAiServer();
    ~FakeOpenAiServer();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    void setScenario(const FakeScenario &scenario);
    FakeScenario scenario() const;
    std::vector<ReceivedRequest> requests() const;
    // The last POST /v1/chat/completions body, or empty.
    QByteArray lastChatBody() const;
    void clearRequests();

private:
    friend class FakeServerWorker;
    friend class FakeConnection;
    void record(ReceivedRequest request);

    mutable QMutex m_mutex;
    FakeScenario m_scenario;
    std::vector<ReceivedRequest> m_requests;
    QThread m_thread;
    FakeServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace oncoview::testing
