// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>
#include <QImage>

// Local
#include "ui/chat/chatsettings.h"

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace oncoview::chat {
class ChatBackend;
class ChatSession;
class ConversationStore;
class OpenAiBackend;
class SecretStore;
struct ChatFinish;
struct SendPreview;
} // namespace oncoview::chat

namespace oncoview::ui {

class ChatTranscriptView;
class LocalChatBackend;

enum class ChatViewSource { Mri, Slide, None };

// What the main window hands the chat for the current view. `image` is rendered pixels of the
// viewer widget only (never a widget that shows DICOM header text); the key names the study or
// slide whose conversation history applies.
struct ChatViewCapture
{
    QImage image;
    QString caption; // e.g. "MRI axial view" (stays on this computer)
    QString conversationKey; // empty: no study/slide open
    QString conversationTitle;
};

// The MedDr chat dock: a streamed, Markdown-rendered conversation about the image on screen,
// per study or slide, with Stop, Regenerate, Copy, Edit-and-resend and tokens/s. The current
// view is attached automatically as a thumbnail. Backend: an OpenAI-compatible server (see
// chat::OpenAiBackend); settings in a dialog, API key in the system keychain.
class ChatDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChatDock(QWidget *parent = nullptr);
    ~ChatDock() override;

    // withImage=false asks only for the conversation key (no grab).
    using CaptureProvider = std::function<ChatViewCapture(ChatViewSource source, bool withImage)>;
    void setCaptureProvider(CaptureProvider provider);
    // A study or slide was opened: show the conversation of the selected view.
    void refreshContext();
    // Which view to attach (the main window picks the one last opened).
    void setViewSource(ChatViewSource source);

    // Applies settings without the dialog or the keychain (tests, scripted setups).
    void applySettings(const chat::ChatSettings &settings, const QString &apiKey);

    // The in-process backend (a causal LM package on the engine thread), used when the settings
    // say so; the dock does not own it.
    void setLocalBackend(LocalChatBackend *backend);
    chat::ChatBackend *activeBackend() const;
    // With no chat backend configured, answers with the local package in `directory` when it
    // holds one (the demo's tinylm-demo, made by `oncoview-cli make-demo-models`). Not saved.
    void offerLocalPackage(const QString &directory);

    // Puts `text` in the question box with `source` as the attached view and shows the dock:
    // the user reads (and may edit) exactly what will go, and sends it.
    void draftQuestion(const QString &text, ChatViewSource source);
    QString draft() const;
    // Shows the panel with the keyboard in the question box (View > Ask MedDr).
    void focusQuestion();

    chat::ChatSession *session() const { return m_session; }
    // The chat settings dialog (server, model, key), as the panel's Server… button opens it.
    void openSettings();

    // Lends the backend to other work (the case report's findings draft): "" when it may not,
    // else why not (no server set, or an answer is running). Until returned, the chat's Send is
    // off and the status says who has it.
    QString borrowBackend(const QString &purpose);
    void returnBackend();
    // Before `request` goes to an endpoint the user has not approved: the same preview and
    // confirmation as the chat's first send; approval is remembered. True to go ahead.
    bool confirmSending(const chat::ChatRequest &request);
    // Where questions go: the server's scheme://host:port, or "local" for a local model.
    QString endpointForAudit() const;
    ChatTranscriptView *transcript() const { return m_transcript; }

private:
    void buildUi();
    void send();
    void stopOrRegenerate();
    void exportConversation();
    void updateButtons();
    void showStatus(const QString &text);
    void onAnswerFinished(int index, const chat::ChatFinish &finish);
    bool confirmFirstSend(const chat::SendPreview &preview);
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<chat::ConversationStore> m_store;
    chat::OpenAiBackend *m_backend;
    LocalChatBackend *m_local = nullptr;
    chat::ChatSession *m_session;
    chat::SecretStore *m_secrets;
    chat::ChatSettings m_settings;
    QString m_apiKey; // in memory only
    CaptureProvider m_capture;
    ChatViewSource m_source = ChatViewSource::Mri;

    ChatTranscriptView *m_transcript = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QComboBox *m_attach = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_regenerate = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_context = nullptr;
    qint64 m_editingMessageId = 0; // user message being edited (0: none)
    QString m_lentFor; // what the backend is lent to (empty: the chat's own)
};

} // namespace oncoview::ui
