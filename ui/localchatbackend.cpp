// SPDX-License-Identifier: Apache-2.0
#include "ui/localchatbackend.h"

#include "inference/llm/localchat.h"
#include "ui/inferenceservice.h"

// Qt
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace oncoview::ui {

namespace llm = inference::llm;

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
{
    if (m_service) {
        connect(m_service, &InferenceService::chatDelta, this, &LocalChatBackend::onDelta);
        connect(m_service, &InferenceService::chatFinished, this, &LocalChatBackend::onDone);
    }
}

LocalChatBackend::~LocalChatBackend()
{
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
    m_jobId = m_service->submitChat(std::move(chatRequest));
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

void LocalChatBackend::onDelta(quint64 jobId, const QString &text)
{
    if (jobId != m_jobId || text.isEmpty()) {
        return; // another backend's chat, or one this backend aborted
    }
    ++m_deltaCount;
    Q_EMIT delta(text);
}

void LocalChatBackend::onDone(quint64 jobId, const llm::GenerationResult &result)
{
    if (jobId != m_jobId) {
        return;
    }
    m_jobId = 0;
    if (result.finish == llm::FinishReason::Error) {
        Q_EMIT failed(chat::ChatError {
            chat::ChatErrorKind::ServerError,
            tr("The local model failed: %1").arg(QString::fromStdString(result.error))});
        return;
    }
    chat::ChatFinish finish;
    finish.reason = result.finish == llm::FinishReason::Cancelled
        ? QStringLiteral("aborted")
        : QString::fromLatin1(llm::finishReasonName(result.finish));
    finish.usage.promptTokens = result.promptTokens;
    finish.usage.completionTokens = int(result.tokens.size());
    finish.deltaCount = m_deltaCount;
    finish.secondsToFirstToken = result.firstTokenSeconds;
    finish.generationSeconds = std::max(0.0, result.seconds - result.firstTokenSeconds);
    Q_EMIT finished(finish);
}

} // namespace oncoview::ui
