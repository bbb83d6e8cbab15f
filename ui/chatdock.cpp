// SPDX-License-Identifier: Apache-2.0
#include "ui/chatdock.h"

// Qt
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

// Local
#include "ui/chat/chatsession.h"
#include "ui/chat/conversationstore.h"
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/openaibackend.h"
#include "ui/chat/openairequest.h"
#include "ui/chat/secretstore.h"
#include "ui/chatdialogs.h"
#include "ui/chattranscriptview.h"
#include "ui/localchatbackend.h"

namespace oncoview::ui {

ChatDock::ChatDock(QWidget *parent)
    : QDockWidget(tr("MedDr chat"), parent)
    , m_store(std::make_unique<chat::ConversationStore>())
    , m_backend(new chat::OpenAiBackend(this))
    , m_session(nullptr)
    , m_secrets(new chat::SecretStore(this))
{
    setObjectName(QStringLiteral("chatDock"));
    QString storeError;
    if (!m_store->open(chat::ConversationStore::defaultPath(), &storeError)) {
        m_store.reset(); // history in memory only; the status line says why
    }
    m_session = new chat::ChatSession(m_store.get(), this);
    m_session->setBackend(m_backend);
    m_session->setConfirmer(
        [this](const chat::SendPreview &preview) { return confirmFirstSend(preview); });
    buildUi();
    if (!storeError.isEmpty()) {
        showStatus(storeError);
    }

    connect(m_session, &chat::ChatSession::conversationReset, this, [this] {
        m_transcript->setMessages(m_session->messages());
        m_editingMessageId = 0;
        updateButtons();
    });
    connect(m_session, &chat::ChatSession::messageAdded, this, [this](int index) {
        m_transcript->appendMessage(m_session->messages()[size_t(index)], index);
    });
    connect(m_session, &chat::ChatSession::answerDelta, m_transcript,
            &ChatTranscriptView::appendDelta);
    connect(m_session, &chat::ChatSession::answerFinished, this, &ChatDock::onAnswerFinished);
    connect(m_session, &chat::ChatSession::busyChanged, this, &ChatDock::updateButtons);
    connect(m_session, &chat::ChatSession::endpointApproved, this, [this] {
        m_settings.approvedEndpoints = m_session->approvedEndpoints();
        m_settings.save();
    });
    connect(m_transcript, &ChatTranscriptView::copyRequested, this, [this](int index) {
        if (index >= 0 && size_t(index) < m_session->messages().size()) {
            QApplication::clipboard()->setText(m_session->messages()[size_t(index)].text);
            showStatus(tr("Copied."));
        }
    });
    connect(m_transcript, &ChatTranscriptView::editRequested, this, [this](int index) {
        if (m_session->isBusy() || index < 0 || size_t(index) >= m_session->messages().size()) {
            return;
        }
        const chat::StoredMessage &message = m_session->messages()[size_t(index)];
        m_editingMessageId = message.id;
        m_input->setPlainText(message.text);
        m_input->setFocus();
        showStatus(
            tr("Editing: Send replaces that question (same image) and everything after it."));
    });
    connect(m_transcript, &ChatTranscriptView::regenerateRequested, this,
            [this] { m_session->regenerate(); });

    m_settings = chat::ChatSettings::load();
    applySettings(m_settings, {});
    if (m_settings.isConfigured()) {
        const QString endpoint = chat::endpointKey(chat::parseBaseUrl(m_settings.baseUrl));
        m_secrets->readKey(endpoint, [this](const QString &key, const QString &error) {
            if (!error.isEmpty()) {
                showStatus(error);
            } else if (!key.isEmpty()) {
                applySettings(m_settings, key);
            }
        });
    }
}

ChatDock::~ChatDock()
{
    // The session refers to the store and the backend: it goes first.
    delete m_session;
    m_session = nullptr;
}

void ChatDock::buildUi()
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *disclaimer = new QLabel(
        tr("MedDr is not a validated clinical model. No answer is a diagnosis."), body);
    disclaimer->setObjectName(QStringLiteral("chatDisclaimer"));
    disclaimer->setWordWrap(true);
    disclaimer->setStyleSheet(QStringLiteral("color:#e0b060;font-weight:bold;"));
    layout->addWidget(disclaimer);
    m_context = new QLabel(body);
    m_context->setObjectName(QStringLiteral("chatContext"));
    m_context->setStyleSheet(QStringLiteral("color:#8a949e;"));
    layout->addWidget(m_context);

    m_transcript = new ChatTranscriptView(body);
    m_transcript->setAccessibleName(tr("Conversation with MedDr"));
    layout->addWidget(m_transcript, 1);

    auto *actions = new QHBoxLayout;
    m_attach = new QComboBox(body);
    m_attach->setObjectName(QStringLiteral("chatAttach"));
    m_attach->addItem(tr("Attach MRI view"), int(ChatViewSource::Mri));
    m_attach->addItem(tr("Attach slide view"), int(ChatViewSource::Slide));
    m_attach->addItem(tr("No image"), int(ChatViewSource::None));
    m_attach->setToolTip(
        tr("The view's rendered pixels are attached to each question (448×448); never "
           "DICOM headers or patient identifiers."));
    connect(m_attach, &QComboBox::activated, this, [this] {
        const auto source = ChatViewSource(m_attach->currentData().toInt());
        if (source != ChatViewSource::None) {
            m_source = source;
            refreshContext();
        }
    });
    m_regenerate = new QPushButton(tr("Regenerate"), body);
    m_regenerate->setObjectName(QStringLiteral("chatRegenerate"));
    connect(m_regenerate, &QPushButton::clicked, this, [this] { m_session->regenerate(); });
    m_stop = new QPushButton(tr("Stop"), body);
    m_stop->setObjectName(QStringLiteral("chatStop"));
    connect(m_stop, &QPushButton::clicked, this, [this] { m_session->stop(); });
    actions->addWidget(m_attach, 1);
    actions->addWidget(m_regenerate);
    actions->addWidget(m_stop);
    layout->addLayout(actions);

    m_input = new QPlainTextEdit(body);
    m_input->setAccessibleName(tr("Question for MedDr (Enter sends)"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setPlaceholderText(
        tr("Ask about the image on screen (Enter sends, Shift+Enter: new line)"));
    m_input->setMaximumHeight(72);
    m_input->installEventFilter(this);
    layout->addWidget(m_input);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color:#8a949e;"));
    auto *settings = new QPushButton(tr("Server…"), body);
    settings->setObjectName(QStringLiteral("chatSettings"));
    connect(settings, &QPushButton::clicked, this, &ChatDock::openSettings);
    auto *exportButton = new QPushButton(tr("Export…"), body);
    exportButton->setToolTip(
        tr("Save this conversation as Markdown (images as PNG files beside it)"));
    connect(exportButton, &QPushButton::clicked, this, &ChatDock::exportConversation);
    m_send = new QPushButton(tr("Send"), body);
    m_send->setObjectName(QStringLiteral("chatSend"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &ChatDock::send);
    bottom->addStretch(1);
    bottom->addWidget(settings);
    bottom->addWidget(exportButton);
    bottom->addWidget(m_send);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    setWidget(body);
}

bool ChatDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void ChatDock::setCaptureProvider(CaptureProvider provider)
{
    m_capture = std::move(provider);
    refreshContext();
}

void ChatDock::setViewSource(ChatViewSource source)
{
    if (source == ChatViewSource::None) {
        return;
    }
    m_source = source;
    if (ChatViewSource(m_attach->currentData().toInt()) != ChatViewSource::None) {
        m_attach->setCurrentIndex(m_attach->findData(int(source)));
    }
    refreshContext();
}

void ChatDock::refreshContext()
{
    ChatViewCapture capture;
    if (m_capture) {
        capture = m_capture(m_source, false);
    }
    const QString key
        = capture.conversationKey.isEmpty() ? QStringLiteral("general") : capture.conversationKey;
    m_context->setText(capture.conversationKey.isEmpty()
                           ? tr("General conversation (no study or slide open)")
                           : tr("Conversation about %1").arg(capture.conversationTitle));
    if (key != m_session->conversationKey() || m_session->messages().empty()) {
        m_session->setConversation(key, capture.conversationTitle);
    }
}

void ChatDock::applySettings(const chat::ChatSettings &settings, const QString &apiKey)
{
    m_settings = settings;
    m_apiKey = apiKey;
    chat::OpenAiConfig config;
    config.baseUrl = chat::parseBaseUrl(settings.baseUrl);
    config.model = settings.model;
    config.apiKey = apiKey;
    config.allowInsecureRemote = settings.allowInsecureRemote;
    m_backend->setConfig(config);
    if (m_local) {
        m_local->setPackageDir(settings.localPackage.trimmed());
    }
    m_session->setBackend(activeBackend());
    if (activeBackend()->imageSupport() == chat::ChatBackend::ImageSupport::No && m_attach) {
        // A text-only model refuses images (never silently dropped): ask without one.
        m_attach->setCurrentIndex(m_attach->findData(int(ChatViewSource::None)));
    }
    m_session->setSystemPrompt(settings.systemPrompt);
    m_session->setMaxTokens(settings.maxTokens);
    m_session->setApprovedEndpoints(settings.approvedEndpoints);
    showStatus(settings.isConfigured()
                   ? activeBackend()->description()
                   : tr("No chat server set: press Server… to connect to MedDr."));
    updateButtons();
}

void ChatDock::setLocalBackend(LocalChatBackend *backend)
{
    m_local = backend;
    applySettings(m_settings, m_apiKey);
}

void ChatDock::offerLocalPackage(const QString &directory)
{
    if (m_settings.isConfigured() || !m_local
        || !QFileInfo::exists(directory + QStringLiteral("/manifest.json"))) {
        return;
    }
    chat::ChatSettings local = m_settings;
    local.useLocalModel = true;
    local.localPackage = directory;
    applySettings(local, m_apiKey);
}

chat::ChatBackend *ChatDock::activeBackend() const
{
    if (m_settings.useLocalModel && m_local) {
        return m_local;
    }
    return m_backend;
}

void ChatDock::focusQuestion()
{
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void ChatDock::draftQuestion(const QString &text, ChatViewSource source)
{
    m_input->setPlainText(text);
    const int index = m_attach->findData(int(source));
    if (index >= 0) {
        m_attach->setCurrentIndex(index);
    }
    show();
    raise();
    m_input->setFocus();
    showStatus(tr("Nothing has been sent yet: read the question, edit it if you like, and press "
                  "Send."));
}

QString ChatDock::draft() const
{
    return m_input->toPlainText();
}

void ChatDock::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_session->isBusy() || !m_lentFor.isEmpty()) {
        return;
    }
    if (!m_settings.isConfigured()) {
        openSettings();
        if (!m_settings.isConfigured()) {
            return;
        }
    }
    bool sent = false;
    if (m_editingMessageId != 0) {
        sent = m_session->editAndResend(m_editingMessageId, text);
        m_editingMessageId = 0;
    } else {
        QByteArray png;
        QString caption;
        const auto source = ChatViewSource(m_attach->currentData().toInt());
        if (source != ChatViewSource::None && m_capture) {
            refreshContext(); // the question belongs to the study or slide on screen
            const ChatViewCapture capture = m_capture(source, true);
            png = chat::encodeImageForModel(capture.image);
            caption = capture.caption;
            if (png.isEmpty()) {
                showStatus(tr("That view shows nothing yet; the question goes without an image."));
            }
        }
        sent = m_session->send(text, png, caption);
    }
    if (sent) {
        m_input->clear();
    }
}

void ChatDock::onAnswerFinished(int index, const chat::ChatFinish &finish)
{
    m_transcript->flushPending();
    m_transcript->finishLast(m_session->messages()[size_t(index)], index);
    const chat::StoredMessage &answer = m_session->messages()[size_t(index)];
    if (!answer.error.isEmpty()) {
        showStatus(answer.error);
    } else if (finish.tokensPerSecond() > 0) {
        showStatus(tr("%1 — %2 tokens/s, first token after %3 s")
                       .arg(activeBackend()->description())
                       .arg(finish.tokensPerSecond(), 0, 'f', 1)
                       .arg(finish.secondsToFirstToken, 0, 'f', 2));
    } else {
        showStatus(activeBackend()->description());
    }
}

QString ChatDock::endpointForAudit() const
{
    return m_settings.isConfigured() ? chat::endpointKey(chat::parseBaseUrl(m_settings.baseUrl))
                                     : QStringLiteral("local");
}

QString ChatDock::borrowBackend(const QString &purpose)
{
    if (!m_settings.isConfigured()) {
        return tr("No chat server is set: choose one with Server… in the chat panel.");
    }
    if (!m_lentFor.isEmpty() || m_session->isBusy() || activeBackend()->isBusy()) {
        return tr("The assistant is busy with another answer; try again when it has finished.");
    }
    m_lentFor = purpose;
    updateButtons();
    return {};
}

void ChatDock::returnBackend()
{
    m_lentFor.clear();
    updateButtons();
    showStatus(activeBackend()->description());
}

bool ChatDock::confirmSending(const chat::ChatRequest &request)
{
    chat::ChatBackend *backend = activeBackend();
    const QString endpoint = backend->endpointId();
    if (!backend->leavesThisComputer() || m_session->approvedEndpoints().contains(endpoint)) {
        return true;
    }
    chat::SendPreview preview;
    preview.endpoint = endpoint;
    preview.request = backend->requestPreview(request);
    if (!confirmFirstSend(preview)) {
        return false;
    }
    m_session->setApprovedEndpoints(m_session->approvedEndpoints() << endpoint);
    m_settings.approvedEndpoints = m_session->approvedEndpoints();
    m_settings.save();
    return true;
}

void ChatDock::updateButtons()
{
    const bool busy = m_session->isBusy();
    m_send->setEnabled(!busy && m_lentFor.isEmpty());
    if (!m_lentFor.isEmpty()) {
        showStatus(tr("The assistant is working on: %1").arg(m_lentFor));
    }
    m_stop->setEnabled(busy);
    m_regenerate->setEnabled(!busy && !m_session->messages().empty());
    if (busy) {
        showStatus(tr("Waiting for %1…").arg(activeBackend()->description()));
    }
}

void ChatDock::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ChatDock::openSettings()
{
    ChatSettingsDialog dialog(m_settings, m_apiKey, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString previousEndpoint = chat::endpointKey(chat::parseBaseUrl(m_settings.baseUrl));
    chat::ChatSettings settings = dialog.settings();
    settings.save();
    const QString endpoint = chat::endpointKey(chat::parseBaseUrl(settings.baseUrl));
    if (endpoint != previousEndpoint && !dialog.apiKeyEdited()) {
        // The key in the field was the previous server's: keys are per server, so the new one
        // gets its own stored key, or none. Nothing is written to the keychain.
        applySettings(settings, {});
        m_secrets->readKey(endpoint, [this, endpoint](const QString &key, const QString &error) {
            const bool stillThatServer
                = chat::endpointKey(chat::parseBaseUrl(m_settings.baseUrl)) == endpoint;
            if (stillThatServer && error.isEmpty() && !key.isEmpty()) {
                applySettings(m_settings, key);
            }
        });
        return;
    }
    const QString key = dialog.apiKey();
    applySettings(settings, key);
    m_secrets->writeKey(endpoint, key, [this](const QString &error) {
        if (!error.isEmpty()) {
            showStatus(error);
        }
    });
}

void ChatDock::exportConversation()
{
    if (!m_store) {
        showStatus(
            tr("Chat history is not stored on this computer, so there is nothing to export."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export conversation"), QStringLiteral("meddr-chat.md"), tr("Markdown (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    showStatus(m_store->exportMarkdown(m_session->conversationKey(), path, &error)
                   ? tr("Saved %1").arg(path)
                   : error);
}

bool ChatDock::confirmFirstSend(const chat::SendPreview &preview)
{
    ChatSendPreviewDialog dialog(preview, this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace oncoview::ui
