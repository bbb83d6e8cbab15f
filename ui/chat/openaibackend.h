// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Local
#include "ui/chat/chatbackend.h"
#include "ui/chat/ssereader.h"

#include <QNetworkReply>

class QNetworkAccessManager;

namespace oncoview::chat {

struct OpenAiConfig
{
    QUrl baseUrl; // server root, see parseBaseUrl()
    QString model = QStringLiteral("meddr");
    QString apiKey; // sent as "Authorization: Bearer"; never stored by this class
    bool allowInsecureRemote = false; // plain http:// to a non-loopback host
    // No answer progress (an event that carries text, usage or an end) for this long ends the
    // request as timed out. Bytes alone do not count: a proxy's keep-alive comments or a
    // server trickling a byte a minute would otherwise hold the request open forever.
    // Generous: a 40B model reading an image on a shared GPU can take tens of seconds before
    // its first token.
    int idleTimeoutMs = 120000;
    // The whole answer, however steadily it streams: a model stuck repeating itself must not
    // hold the chat busy without end. What arrived is kept (marked interrupted).
    int deadlineMs = 15 * 60 * 1000;
    int probeTimeoutMs = 8000;
};

// What the server said about itself (GET /v1/models, and llama.cpp's GET /props).
struct EndpointCapabilities
{
    bool probed = false;
    ChatBackend::ImageSupport vision = ChatBackend::ImageSupport::Unknown;
    QString visionSource; // which answer decided `vision`, for the confirmation dialog
    QStringList models; // empty when the server does not list them
    QString problem; // why the endpoint is unusable (unreachable, key rejected, model unknown)
};

// OpenAI-compatible chat client over HTTP(S): LMDeploy api_server, vLLM, llama.cpp server,
// Ollama's /v1, LM Studio. POST {base}/v1/chat/completions with stream:true; the SSE answer is
// parsed as it arrives (SseReader) and streamed out as delta() signals. GUI thread.
class OpenAiBackend : public ChatBackend
{
    Q_OBJECT
public:
    explicit OpenAiBackend(QObject *parent = nullptr);
    ~OpenAiBackend() override;

    // A new config forgets what the last probe learned.
    void setConfig(const OpenAiConfig &config);
    const OpenAiConfig &config() const { return m_config; }

    void start(const ChatRequest &request) override;
    void abort() override;
    bool isBusy() const override { return m_reply != nullptr; }
    QString description() const override;
    QString endpointId() const override;
    bool leavesThisComputer() const override;
    QByteArray requestPreview(const ChatRequest &request) const override;
    ImageSupport imageSupport() const override { return m_capabilities.vision; }
    void probe() override;
    bool isProbed() const override { return m_capabilities.probed; }
    const EndpointCapabilities &capabilities() const { return m_capabilities; }

    // The body of the last start(), exactly as sent (tests, and the "what is sent" preview).
    QByteArray lastRequestBody() const { return m_lastBody; }

private:
    QNetworkReply *get(const QString &path);
    void onReadyRead();
    void onReplyFinished();
    void handleEvents(const std::vector<SseEvent> &events);
    void completeWithFinish(const QString &reason);
    void completeWithError(const ChatError &error);
    void dropReply();
    void onProbeReplyFinished(QNetworkReply *reply, bool isProps);

    QNetworkAccessManager *m_network;
    OpenAiConfig m_config;
    EndpointCapabilities m_capabilities;

    QPointer<QNetworkReply> m_reply;
    SseReader m_reader;
    QByteArray m_errorBody;
    QByteArray m_lastBody;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_clock;
    int m_status = 0;
    bool m_isEventStream = true;
    enum class Stopped { No, Idle, Deadline };
    Stopped m_stopped = Stopped::No; // why our own timer aborted the reply
    bool m_requestHadImage = false;
    bool m_streamStarted = false;
    QString m_finishReason;
    ChatFinish m_finish;
    qint64 m_firstDeltaNs = -1;
    qint64 m_lastDeltaNs = -1;

    int m_probesPending = 0;
    bool m_probeSawProps = false;
    EndpointCapabilities m_probing;
};

} // namespace oncoview::chat
