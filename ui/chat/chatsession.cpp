// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/chatsession.h"

// Qt
#include <QCoreApplication>

namespace oncoview::chat {

ChatSession::ChatSession(ConversationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

ChatSession::~ChatSession()
{
    if (m_backend && m_busy) {
        m_backend->abort();
    }
}

void ChatSession::setBackend(ChatBackend *backend)
{
    if (m_busy) {
        stop();
    }
    for (const auto &connection : std::as_const(m_backendConnections)) {
        disconnect(connection);
    }
    m_backendConnections.clear();
    m_backend = backend;
    if (!backend) {
        return;
    }
    m_backendConnections << connect(backend, &ChatBackend::delta, this,
                                    [this](const QString &text) {
                                        if (m_busy && !m_waitingForProbe && !m_messages.empty()) {
                                            m_messages.back().text += text;
                                            storePartialAnswer();
                                            Q_EMIT answerDelta(text);
                                        }
                                    });
    m_backendConnections << connect(
        backend, &ChatBackend::finished, this, [this](const ChatFinish &finish) {
            if (!m_busy) {
                return;
            }
            QString note;
            if (finish.reason == QLatin1String("aborted")) {
                note = tr("Stopped by the user.");
            } else if (finish.reason == QLatin1String("length")) {
                note = tr("The answer reached the length limit (%1 tokens) and is cut off.")
                           .arg(m_maxTokens);
            } else if (finish.reason == QLatin1String("content_filter")) {
                note = tr("The server's content filter stopped the answer.");
            }
            finishAnswer(note, finish);
        });
    m_backendConnections << connect(backend, &ChatBackend::failed, this,
                                    [this](const ChatError &error) {
                                        if (m_busy) {
                                            finishAnswer(error.message, {});
                                        }
                                    });
    m_backendConnections << connect(backend, &ChatBackend::probed, this,
                                    [this](const QString &problem) {
                                        if (!m_waitingForProbe) {
                                            return;
                                        }
                                        m_waitingForProbe = false;
                                        if (!problem.isEmpty()) {
                                            finishAnswer(problem, {});
                                        } else {
                                            continueAfterProbe();
                                        }
                                    });
}

void ChatSession::setConversation(const QString &key, const QString &title)
{
    if (m_busy) {
        stop();
    }
    m_key = key.isEmpty() ? QStringLiteral("general") : key;
    m_title = title;
    m_messages = m_store ? m_store->messages(m_key) : std::vector<StoredMessage> {};
    Q_EMIT conversationReset();
}

void ChatSession::clearConversation()
{
    if (m_busy) {
        stop();
    }
    if (m_store) {
        m_store->clear(m_key);
    }
    m_messages.clear();
    Q_EMIT conversationReset();
}

ChatRequest ChatSession::buildRequest() const
{
    ChatRequest request;
    request.systemPrompt = m_systemPrompt;
    request.maxTokens = m_maxTokens;
    size_t count = m_messages.size();
    if (m_busy && count > 0 && m_messages.back().role == ChatRole::Assistant) {
        --count; // the answer being written
    }
    for (size_t i = 0; i < count; ++i) {
        const StoredMessage &message = m_messages[i];
        if (message.role == ChatRole::Assistant && message.text.isEmpty()) {
            continue; // a failed answer says nothing to the model
        }
        // A question that never got an answer (refused, failed) is no context either; its image
        // must not ride along with a later question.
        const bool unanswered = message.role == ChatRole::User && i + 1 < count
            && m_messages[i + 1].role == ChatRole::Assistant && m_messages[i + 1].text.isEmpty();
        if (unanswered) {
            continue;
        }
        request.turns.push_back({message.role, message.text, message.imagePng});
    }
    return request;
}

void ChatSession::appendMessage(StoredMessage message)
{
    if (!message.created.isValid()) {
        message.created = QDateTime::currentDateTimeUtc();
    }
    if (m_store) {
        message.id = m_store->append(m_key, m_title, message);
    }
    m_messages.push_back(std::move(message));
    Q_EMIT messageAdded(int(m_messages.size()) - 1);
}

bool ChatSession::send(const QString &text, const QByteArray &imagePng, const QString &imageCaption)
{
    if (m_busy || !m_backend || text.trimmed().isEmpty()) {
        return false;
    }
    StoredMessage question;
    question.role = ChatRole::User;
    question.text = text.trimmed();
    question.imagePng = imagePng;
    question.imageCaption = imageCaption;
    appendMessage(std::move(question));
    beginAnswer();
    return true;
}

bool ChatSession::regenerate()
{
    if (m_busy || !m_backend || m_messages.empty()) {
        return false;
    }
    if (m_messages.back().role == ChatRole::Assistant) {
        if (m_store) {
            m_store->truncateFrom(m_key, m_messages.back().id);
        }
        m_messages.pop_back();
        Q_EMIT conversationReset();
    }
    if (m_messages.empty() || m_messages.back().role != ChatRole::User) {
        return false;
    }
    beginAnswer();
    return true;
}

bool ChatSession::editAndResend(qint64 messageId, const QString &text)
{
    if (m_busy || !m_backend || text.trimmed().isEmpty()) {
        return false;
    }
    auto it = std::find_if(m_messages.begin(), m_messages.end(), [&](const StoredMessage &message) {
        return message.id == messageId && message.role == ChatRole::User;
    });
    if (it == m_messages.end()) {
        return false;
    }
    const QByteArray image = it->imagePng;
    const QString caption = it->imageCaption;
    if (m_store) {
        m_store->truncateFrom(m_key, messageId);
    }
    m_messages.erase(it, m_messages.end());
    Q_EMIT conversationReset();
    return send(text, image, caption);
}

void ChatSession::stop()
{
    if (!m_busy) {
        return;
    }
    if (m_waitingForProbe) {
        m_waitingForProbe = false;
        ChatFinish finish;
        finish.reason = QStringLiteral("aborted");
        finishAnswer(tr("Stopped by the user."), finish);
        return;
    }
    if (m_backend) {
        m_backend->abort(); // answers with finished("aborted")
    }
    if (m_busy) {
        finishAnswer(tr("Stopped by the user."), {});
    }
}

void ChatSession::beginAnswer()
{
    StoredMessage answer;
    answer.role = ChatRole::Assistant;
    answer.model = m_backend->description();
    appendMessage(std::move(answer));
    m_partialSaved.invalidate();
    storePartialAnswer(); // marked interrupted from the start, until it finishes
    setBusy(true);
    if (!m_backend->isProbed()) {
        // Learn the model list and image support before anything is sent.
        m_waitingForProbe = true;
        m_backend->probe();
        return;
    }
    continueAfterProbe();
}

void ChatSession::continueAfterProbe()
{
    const ChatRequest request = buildRequest();
    QByteArray image;
    for (const ChatTurn &turn : request.turns) {
        if (!turn.imagePng.isEmpty()) {
            image = turn.imagePng;
        }
    }
    if (!image.isEmpty() && m_backend->imageSupport() == ChatBackend::ImageSupport::No) {
        finishAnswer(tr("Not sent: %1 says it cannot take images, so it would answer without "
                        "seeing the view. Choose a vision model (MedDr) in the chat settings, or "
                        "untick \"Attach view\" to ask without the image.")
                         .arg(m_backend->description()),
                     {});
        return;
    }
    const QString endpoint = m_backend->endpointId();
    if (m_backend->leavesThisComputer() && !m_approved.contains(endpoint)) {
        SendPreview preview;
        preview.endpoint = endpoint;
        preview.request = m_backend->requestPreview(request);
        preview.imagePng = image;
        switch (m_backend->imageSupport()) {
        case ChatBackend::ImageSupport::Yes:
            preview.imageNote = tr("The server says the model accepts images.");
            break;
        case ChatBackend::ImageSupport::No:
            preview.imageNote = tr("The server says the model does not accept images.");
            break;
        case ChatBackend::ImageSupport::Unknown:
            preview.imageNote = tr("The server does not say whether the model accepts images; if "
                                   "it does not, it may ignore the image.");
            break;
        }
        if (!m_confirmer || !m_confirmer(preview)) {
            finishAnswer(tr("Not sent: sending to %1 was not confirmed.").arg(endpoint), {});
            return;
        }
        m_approved << endpoint;
        Q_EMIT endpointApproved(endpoint);
    }
    if (!m_busy) {
        return; // stopped while the confirmation was open
    }
    m_backend->start(request);
}

void ChatSession::storePartialAnswer()
{
    StoredMessage &answer = m_messages.back();
    if (!m_store || answer.id == 0 || answer.role != ChatRole::Assistant
        || (m_partialSaved.isValid() && m_partialSaved.elapsed() < kPartialSaveMs)) {
        return;
    }
    m_partialSaved.start();
    // Stored as interrupted until it finishes: what a crash leaves says what it is.
    m_store->update(answer.id, answer.text, 0.0,
                    tr("The answer was interrupted: OncoView ended while it was streaming."),
                    m_backend ? m_backend->description() : QString());
}

void ChatSession::finishAnswer(const QString &error, const ChatFinish &finish)
{
    if (!m_busy || m_messages.empty()) {
        return;
    }
    StoredMessage &answer = m_messages.back();
    answer.error = error;
    answer.tokensPerSecond = finish.tokensPerSecond();
    if (m_backend) {
        answer.model = m_backend->description();
    }
    if (m_store && answer.id != 0) {
        m_store->update(answer.id, answer.text, answer.tokensPerSecond, answer.error, answer.model);
    }
    m_partialSaved.invalidate();
    setBusy(false);
    Q_EMIT answerFinished(int(m_messages.size()) - 1, finish);
}

void ChatSession::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace oncoview::chat
