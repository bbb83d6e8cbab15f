// SPDX-License-Identifier: Apache-2.0
#include "ui/localchatbackend.h"

#include "inference/llm/localchat.h"
#include "ui/inferenceservice.h"

// Qt
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <mutex>

namespace oncoview::ui {

namespace llm = inference::llm;

// Shared by the backend and the engine-thread callbacks. The callbacks post under the mutex;
// the destructor clears `target` under it, after which nothing more is posted (and Qt drops
// events already posted to a deleted object).
struct LocalChatBackend::Relay
{
    std::mutex mutex;
    LocalChatBackend *target = nullptr;

    // `call(target)` runs later on the target's (GUI) thread, unless the target is gone.
    template<typename F> void post(F call)
    {
        std::lock_guard lock(mutex);
        if (LocalChatBackend *t = target) {
            QMetaObject::invokeMethod(
                t, [t, call = std::move(call)] { call(t); }, Qt::QueuedConnection);
        }
    }
};

namespace {

std::vector<llm::ChatMessage> toMessages(const chat::ChatRequest &request)
{
    std::vector<llm::ChatMessage> messages;
    if (!request.systemPrompt.isEmpty()) {
        messages.push_back({"system", request.systemPrompt.toStdString()});
    }
    for (const chat::ChatTurn &turn : request.turns) {
        messages.push_back(
            {turn.role == chat::ChatRole::User ? "user" : "assistant", turn.text.toStdString()});
    }
    return messages;
}

} // namespace

LocalChatBackend::LocalChatBackend(InferenceService *service, QObject *parent)
    : ChatBackend(parent)
    , m_service(service)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

LocalChatBackend::~LocalChatBackend()
{
    {
        std::lock_guard lock(m_relay->mutex);
        m_relay->target = nullptr;
    }
    if (m_jobId != 0 && m_service) {
        m_service->cancel(m_jobId);
    }
}

void LocalChatBackend::setPackageDir(const QString &directory)
{
    m_packageDir = directory;
}

QString LocalChatBackend::description() const
{
    return tr("%1 (local, on this computer)").arg(QDir(m_packageDir).dirName());
}

QString LocalChatBackend::endpointId() const
{
    return QStringLiteral("local:") + QDir::cleanPath(m_packageDir);
}

QByteArray LocalChatBackend::requestPreview(const chat::ChatRequest &request) const
{
    QJsonArray messages;
    for (const llm::ChatMessage &message : toMessages(request)) {
        messages.append(
            QJsonObject {{QStringLiteral("role"), QString::fromStdString(message.role)},
                         {QStringLiteral("content"), QString::fromStdString(message.content)}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("package"), m_packageDir},
                                      {QStringLiteral("messages"), messages}})
        .toJson(QJsonDocument::Indented);
}

void LocalChatBackend::start(const chat::ChatRequest &request)
{
    const auto failLater = [this](chat::ChatErrorKind kind, const QString &message) {
        QTimer::singleShot(0, this, [this, kind, message] {
            Q_EMIT failed(chat::ChatError {kind, message});
        });
    };
    if (m_jobId != 0) {
        failLater(chat::ChatErrorKind::ServerError, tr("The local model is still answering."));
        return;
    }
    if (!m_service || m_packageDir.isEmpty()) {
        failLater(chat::ChatErrorKind::InvalidEndpoint,
                  tr("No local chat model is chosen. Pick a package folder in the chat settings."));
        return;
    }
    llm::ChatRequest chatRequest;
    chatRequest.packageDir = m_packageDir.toStdString();
    chatRequest.messages = toMessages(request);
    chatRequest.options.maxNewTokens = request.maxTokens;
    chatRequest.options.temperature = float(request.temperature);
    m_deltaCount = 0;
    std::weak_ptr<Relay> relay = m_relay;
    // Callbacks run on the engine thread: copy the values and post them to the GUI thread.
    m_jobId = m_service->submitChat(
        std::move(chatRequest),
        [relay](uint64_t id, const std::string &delta) {
            if (auto r = relay.lock()) {
                const QString text = QString::fromStdString(delta);
                r->post([id, text](LocalChatBackend *target) { target->onDelta(id, text); });
            }
        },
        [relay](uint64_t id, const llm::GenerationResult &result) {
            if (auto r = relay.lock()) {
                const int reason = int(result.finish);
                const QString error = QString::fromStdString(result.error);
                const int prompt = result.promptTokens;
                const int completion = int(result.tokens.size());
                const double first = result.firstTokenSeconds;
                const double seconds = result.seconds;
                r->post([id, reason, error, prompt, completion, first,
                         seconds](LocalChatBackend *target) {
                    target->onDone(id, reason, error, prompt, completion, first, seconds);
                });
            }
        });
}

void LocalChatBackend::abort()
{
    if (m_jobId == 0) {
        return;
    }
    m_service->cancel(m_jobId);
    m_jobId = 0; // later deltas and the done call of this job are ignored
    chat::ChatFinish finish;
    finish.reason = QStringLiteral("aborted");
    finish.deltaCount = m_deltaCount;
    Q_EMIT finished(finish);
}

void LocalChatBackend::onDelta(uint64_t jobId, const QString &text)
{
    if (jobId != m_jobId || text.isEmpty()) {
        return;
    }
    ++m_deltaCount;
    Q_EMIT delta(text);
}

void LocalChatBackend::onDone(uint64_t jobId, int finishReason, const QString &error,
                              int promptTokens, int completionTokens, double firstTokenSeconds,
                              double seconds)
{
    if (jobId != m_jobId) {
        return;
    }
    m_jobId = 0;
    const auto reason = llm::FinishReason(finishReason);
    if (reason == llm::FinishReason::Error) {
        Q_EMIT failed(chat::ChatError {chat::ChatErrorKind::ServerError,
                                       tr("The local model failed: %1").arg(error)});
        return;
    }
    chat::ChatFinish finish;
    finish.reason = reason == llm::FinishReason::Cancelled
        ? QStringLiteral("aborted")
        : QString::fromLatin1(llm::finishReasonName(reason));
    finish.usage.promptTokens = promptTokens;
    finish.usage.completionTokens = completionTokens;
    finish.deltaCount = m_deltaCount;
    finish.secondsToFirstToken = firstTokenSeconds;
    finish.generationSeconds = std::max(0.0, seconds - firstTokenSeconds);
    Q_EMIT finished(finish);
}

} // namespace oncoview::ui
