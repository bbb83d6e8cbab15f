// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/openaibackend.h"

// Qt
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

// Local
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/openaierrors.h"
#include "ui/chat/openairequest.h"

#include <algorithm>

namespace oncoview::chat {

namespace {

// What one /v1/models entry says about images, from the fields servers use: "capabilities"
// (Ollama, Jan), "architecture.input_modalities" (OpenRouter style), "type":"vlm" (LM Studio).
ChatBackend::ImageSupport visionFromModelEntry(const QJsonObject &entry)
{
    using Support = ChatBackend::ImageSupport;
    const QJsonValue capabilities = entry.value(QLatin1String("capabilities"));
    if (capabilities.isArray()) {
        return capabilities.toArray().contains(QStringLiteral("vision")) ? Support::Yes
                                                                         : Support::No;
    }
    const QJsonValue modalities = entry.value(QLatin1String("architecture"))
                                      .toObject()
                                      .value(QLatin1String("input_modalities"));
    if (modalities.isArray()) {
        return modalities.toArray().contains(QStringLiteral("image")) ? Support::Yes : Support::No;
    }
    const QString type = entry.value(QLatin1String("type")).toString();
    if (type == QLatin1String("vlm")) {
        return Support::Yes;
    }
    if (type == QLatin1String("llm")) {
        return Support::No;
    }
    return Support::Unknown;
}

} // namespace

OpenAiBackend::OpenAiBackend(QObject *parent)
    : ChatBackend(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Qt 6 follows redirects to any host by default; a chat server that redirects elsewhere
    // must not take the question (or, on some Qt versions, the API key) with it.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_idleTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    const auto stopAs = [this](Stopped why) {
        if (m_reply) {
            m_stopped = why;
            m_reply->abort(); // finishes the reply with OperationCanceledError
        }
    };
    connect(&m_idleTimer, &QTimer::timeout, this, [stopAs] { stopAs(Stopped::Idle); });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [stopAs] { stopAs(Stopped::Deadline); });
}

OpenAiBackend::~OpenAiBackend()
{
    dropReply();
}

void OpenAiBackend::setConfig(const OpenAiConfig &config)
{
    m_config = config;
    m_capabilities = {};
}

QString OpenAiBackend::description() const
{
    return tr("%1 at %2").arg(m_config.model, endpointKey(m_config.baseUrl));
}

QString OpenAiBackend::endpointId() const
{
    return endpointKey(m_config.baseUrl);
}

bool OpenAiBackend::leavesThisComputer() const
{
    // Even a loopback server may forward elsewhere; the user confirms every new endpoint.
    return true;
}

QByteArray OpenAiBackend::requestPreview(const ChatRequest &request) const
{
    QString header
        = QStringLiteral("POST %1\nContent-Type: application/json\n")
              .arg(
                  endpointUrl(m_config.baseUrl, QStringLiteral("/v1/chat/completions")).toString());
    if (!m_config.apiKey.isEmpty()) {
        header += tr("Authorization: Bearer <your API key, from the system keychain>\n");
    }
    return header.toUtf8() + "\n"
        + elidedRequestPreview(buildChatCompletionBody(request, m_config.model));
}

void OpenAiBackend::start(const ChatRequest &request)
{
    if (m_reply) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(
                    {ChatErrorKind::ServerError, tr("A request is still running; stop it first.")});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString refusal = endpointRefusal(m_config.baseUrl, m_config.allowInsecureRemote);
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, refusal] {
                Q_EMIT failed({ChatErrorKind::InvalidEndpoint, refusal});
            },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject body = buildChatCompletionBody(request, m_config.model);
    m_requestHadImage = imageCountInBody(body) > 0;
    m_lastBody = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QNetworkRequest http(endpointUrl(m_config.baseUrl, QStringLiteral("/v1/chat/completions")));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("Accept", "text/event-stream");
    if (!m_config.apiKey.isEmpty()) {
        http.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    }
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    m_reader = SseReader(request.stop);
    m_errorBody.clear();
    m_status = 0;
    m_isEventStream = true;
    m_stopped = Stopped::No;
    m_streamStarted = false;
    m_finishReason.clear();
    m_finish = {};
    m_firstDeltaNs = m_lastDeltaNs = -1;
    m_clock.start();

    m_reply = m_network->post(http, m_lastBody);
    connect(m_reply, &QNetworkReply::readyRead, this, &OpenAiBackend::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &OpenAiBackend::onReplyFinished);
    m_idleTimer.start(m_config.idleTimeoutMs);
    m_deadlineTimer.start(m_config.deadlineMs);
}

void OpenAiBackend::abort()
{
    if (!m_reply) {
        return;
    }
    // Closing the connection is how an OpenAI client cancels: the server stops generating.
    dropReply();
    m_finish.reason = QStringLiteral("aborted");
    Q_EMIT finished(m_finish);
}

void OpenAiBackend::dropReply()
{
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void OpenAiBackend::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    if (m_status == 0) {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        // A server that ignores stream:true answers one JSON object.
        m_isEventStream = !type.startsWith(QLatin1String("application/json"));
    }
    const QByteArray bytes = m_reply->readAll();
    if (m_status != 200 || !m_isEventStream) {
        // Capped at 1 MB; a body trickled forever still meets the deadline.
        m_errorBody += bytes.left(std::max<qsizetype>(0, (1 << 20) - m_errorBody.size()));
        m_idleTimer.start(m_config.idleTimeoutMs);
        return;
    }
    m_streamStarted = true;
    const std::vector<SseEvent> events = m_reader.feed(bytes);
    if (!events.empty()) {
        m_idleTimer.start(m_config.idleTimeoutMs); // progress, not mere bytes
    }
    handleEvents(events);
}

void OpenAiBackend::handleEvents(const std::vector<SseEvent> &events)
{
    for (const SseEvent &event : events) {
        if (!m_reply) {
            return; // completed by an earlier event
        }
        switch (event.kind) {
        case SseEvent::Kind::Delta: {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_firstDeltaNs < 0) {
                m_firstDeltaNs = now;
            }
            m_lastDeltaNs = now;
            ++m_finish.deltaCount;
            Q_EMIT delta(event.text);
            break;
        }
        case SseEvent::Kind::Finish:
            m_finishReason = event.text;
            if (event.text == QLatin1String("stop-token")) {
                // The model ran past its end marker; the rest would be an invented next turn.
                completeWithFinish(event.text);
            }
            break;
        case SseEvent::Kind::Usage:
            m_finish.usage = event.usage;
            break;
        case SseEvent::Kind::Error:
            completeWithError({m_streamStarted && m_finish.deltaCount > 0
                                   ? ChatErrorKind::BrokenStream
                                   : ChatErrorKind::ServerError,
                               tr("The server reported an error: %1").arg(event.text)});
            break;
        case SseEvent::Kind::Done:
            completeWithFinish(m_finishReason.isEmpty() ? QStringLiteral("stop") : m_finishReason);
            break;
        }
    }
}

void OpenAiBackend::completeWithFinish(const QString &reason)
{
    dropReply();
    m_finish.reason = reason;
    if (m_firstDeltaNs >= 0) {
        m_finish.secondsToFirstToken = double(m_firstDeltaNs) * 1e-9;
        m_finish.generationSeconds = double(m_lastDeltaNs - m_firstDeltaNs) * 1e-9;
    }
    Q_EMIT finished(m_finish);
}

void OpenAiBackend::completeWithError(const ChatError &error)
{
    dropReply();
    Q_EMIT failed(error);
}

void OpenAiBackend::onReplyFinished()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    if (m_status == 0) {
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    const QUrl url = reply->url();
    if (m_stopped == Stopped::Idle) {
        completeWithError({ChatErrorKind::Timeout,
                           tr("The server at %1 sent no answer text for %2 s; the request was "
                              "stopped. The server may be overloaded or the model still loading.")
                               .arg(url.host())
                               .arg(m_config.idleTimeoutMs / 1000.0)});
        return;
    }
    if (m_stopped == Stopped::Deadline) {
        completeWithError({ChatErrorKind::Timeout,
                           tr("The answer from %1 was still streaming after %2 min; it was "
                              "stopped there. What arrived is kept.")
                               .arg(url.host())
                               .arg(m_config.deadlineMs / 60000.0)});
        return;
    }
    if (m_status != 0 && m_status != 200) {
        completeWithError(classifyHttpFailure(m_status, m_errorBody + rest, m_config.model, url,
                                              m_requestHadImage));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        if (m_streamStarted) {
            handleEvents(m_reader.feed(rest)); // a [DONE] may sit in the last bytes
            if (!m_reply) {
                return;
            }
        }
        completeWithError(
            classifyNetworkFailure(reply->error(), reply->errorString(), url, m_streamStarted));
        return;
    }
    if (!m_isEventStream) {
        // A server that ignored stream:true: {"choices":[{"message":{...}}],"usage":{...}}.
        const QJsonObject object = QJsonDocument::fromJson(m_errorBody + rest).object();
        const QJsonObject choice
            = object.value(QLatin1String("choices")).toArray().at(0).toObject();
        StopTokenFilter filter(defaultStopTokens());
        const QString text = filter.push(choice.value(QLatin1String("message"))
                                             .toObject()
                                             .value(QLatin1String("content"))
                                             .toString())
            + filter.flush();
        const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
        m_finish.usage.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInt(-1);
        m_finish.usage.completionTokens = usage.value(QLatin1String("completion_tokens")).toInt(-1);
        if (!text.isEmpty()) {
            m_firstDeltaNs = m_lastDeltaNs = m_clock.nsecsElapsed();
            ++m_finish.deltaCount;
            Q_EMIT delta(text);
        }
        const QString reason = choice.value(QLatin1String("finish_reason")).toString();
        completeWithFinish(reason.isEmpty() ? QStringLiteral("stop") : reason);
        return;
    }
    std::vector<SseEvent> events = m_reader.feed(rest);
    for (SseEvent &event : m_reader.finish()) {
        events.push_back(std::move(event));
    }
    handleEvents(events);
    if (m_reply) {
        // finish() always ends in Done or Error; this is only reached for an empty body.
        completeWithError({ChatErrorKind::BrokenStream,
                           tr("The server at %1 answered with an empty stream.").arg(url.host())});
    }
}

QNetworkReply *OpenAiBackend::get(const QString &path)
{
    QNetworkRequest http(endpointUrl(m_config.baseUrl, path));
    if (!m_config.apiKey.isEmpty()) {
        http.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    }
    http.setTransferTimeout(m_config.probeTimeoutMs);
    return m_network->get(http);
}

void OpenAiBackend::probe()
{
    if (m_probesPending > 0) {
        return; // the running probe will answer
    }
    const QString refusal = endpointRefusal(m_config.baseUrl, m_config.allowInsecureRemote);
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, refusal] { Q_EMIT probed(refusal); }, Qt::QueuedConnection);
        return;
    }
    m_probing = {};
    m_probeSawProps = false;
    m_probesPending = 2;
    QNetworkReply *models = get(QStringLiteral("/v1/models"));
    QNetworkReply *props = get(QStringLiteral("/props")); // llama.cpp server only
    connect(models, &QNetworkReply::finished, this,
            [this, models] { onProbeReplyFinished(models, false); });
    connect(props, &QNetworkReply::finished, this,
            [this, props] { onProbeReplyFinished(props, true); });
}

void OpenAiBackend::onProbeReplyFinished(QNetworkReply *reply, bool isProps)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (isProps) {
        const QJsonValue vision
            = object.value(QLatin1String("modalities")).toObject().value(QLatin1String("vision"));
        if (status == 200 && vision.isBool()) {
            m_probing.vision = vision.toBool() ? ImageSupport::Yes : ImageSupport::No;
            m_probing.visionSource = tr("the server's /props (llama.cpp)");
            m_probeSawProps = true;
        }
    } else if (status == 200) {
        ImageSupport listed = ImageSupport::Unknown;
        for (const QJsonValue &entry : object.value(QLatin1String("data")).toArray()) {
            const QString id = entry.toObject().value(QLatin1String("id")).toString();
            m_probing.models << id;
            if (id == m_config.model) {
                listed = visionFromModelEntry(entry.toObject());
            }
        }
        if (m_probing.vision == ImageSupport::Unknown && listed != ImageSupport::Unknown) {
            m_probing.vision = listed;
            m_probing.visionSource = tr("the server's model list (/v1/models)");
        }
    } else if (status == 401 || status == 403) {
        m_probing.problem
            = classifyHttpFailure(status, body, m_config.model, reply->url(), false).message;
    } else if (status == 0 && reply->error() != QNetworkReply::NoError) {
        m_probing.problem
            = classifyNetworkFailure(reply->error(), reply->errorString(), reply->url(), false)
                  .message;
    }
    if (--m_probesPending > 0) {
        return;
    }
    // llama.cpp (it has /props) serves whatever model it loaded, whatever name is asked for.
    if (m_probing.problem.isEmpty() && !m_probeSawProps && !m_probing.models.isEmpty()
        && !m_probing.models.contains(m_config.model)) {
        m_probing.problem = tr("The server does not serve a model named \"%1\"; it offers: %2. "
                               "Check the model name in the chat settings.")
                                .arg(m_config.model, m_probing.models.join(QStringLiteral(", ")));
    }
    m_probing.probed = m_probing.problem.isEmpty();
    m_capabilities = m_probing;
    Q_EMIT probed(m_probing.problem);
}

} // namespace oncoview::chat
