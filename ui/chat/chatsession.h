// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QStringList>

// Local
#include "ui/chat/chatbackend.h"
#include "ui/chat/conversationstore.h"

#include <functional>
#include <vector>

namespace oncoview::chat {

// What the user is shown before anything goes to an endpoint for the first time.
struct SendPreview
{
    QString endpoint;
    QByteArray request; // request line, headers and JSON body, image data elided
    QByteArray imagePng; // the image exactly as it will be sent (empty: none)
    QString imageNote; // what the server said about image support
};

// One conversation with a chat backend: the messages of the current study or slide, sending,
// regenerate, edit-and-resend and stop, persisted in a ConversationStore. No widgets: the
// dock draws what this reports, and the benchmark drives it without a GUI. GUI thread.
class ChatSession : public QObject
{
    Q_OBJECT
public:
    // `store` may be null or closed: the conversation then lives in memory only.
    explicit ChatSession(ConversationStore *store, QObject *parent = nullptr);
    ~ChatSession() override;

    // Not owned. Changing it stops a running answer.
    void setBackend(ChatBackend *backend);
    ChatBackend *backend() const { return m_backend; }

    // Switches to the conversation of `key` (a study or slide), loading its history.
    void setConversation(const QString &key, const QString &title);
    QString conversationKey() const { return m_key; }
    const std::vector<StoredMessage> &messages() const { return m_messages; }

    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    void setMaxTokens(int tokens) { m_maxTokens = tokens; }

    // Asked (synchronously) before the first send to an endpoint not in approvedEndpoints();
    // returning false cancels the send. Without a confirmer, new endpoints are refused.
    using Confirmer = std::function<bool(const SendPreview &preview)>;
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setApprovedEndpoints(const QStringList &endpoints) { m_approved = endpoints; }
    QStringList approvedEndpoints() const { return m_approved; }

    // Asks `text` about `imagePng` (already encoded for the model; may be empty). False when
    // busy, empty or without a backend.
    bool send(const QString &text, const QByteArray &imagePng = {},
              const QString &imageCaption = {});
    // Answers the last question again (the last answer is replaced).
    bool regenerate();
    // Replaces user message `messageId` with `text` (keeping its image), drops what followed
    // it and asks again.
    bool editAndResend(qint64 messageId, const QString &text);
    void stop();
    bool isBusy() const { return m_busy; }
    void clearConversation();

    // The request that send() builds from the current history (tests, preview).
    ChatRequest buildRequest() const;

Q_SIGNALS:
    void conversationReset(); // messages() replaced: redraw everything
    void messageAdded(int index);
    void answerDelta(const QString &text); // appended to the last message
    void answerFinished(int index, const oncoview::chat::ChatFinish &finish);
    void busyChanged(bool busy);
    void endpointApproved(const QString &endpoint);

private:
    void appendMessage(StoredMessage message);
    void beginAnswer();
    void continueAfterProbe();
    void launch();
    void finishAnswer(const QString &error, const ChatFinish &finish);
    // Saves the streaming answer so far (at most once per kPartialSaveMs), marked interrupted:
    // a crash mid-answer leaves the text that came, saying it is incomplete.
    void storePartialAnswer();
    void setBusy(bool busy);

    ConversationStore *m_store;
    QPointer<ChatBackend> m_backend;
    QString m_key = QStringLiteral("general");
    QString m_title;
    std::vector<StoredMessage> m_messages;
    QString m_systemPrompt = QString::fromLatin1(kMedDrSystemPrompt);
    int m_maxTokens = 512;
    Confirmer m_confirmer;
    QStringList m_approved;
    bool m_busy = false;
    bool m_waitingForProbe = false;
    QList<QMetaObject::Connection> m_backendConnections;
    static constexpr int kPartialSaveMs = 1000;
    QElapsedTimer m_partialSaved;
};

} // namespace oncoview::chat
