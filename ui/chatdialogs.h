// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

// Local
#include "ui/chat/chatsession.h"
#include "ui/chat/chatsettings.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace oncoview::ui {

// Chat backend settings: server address, model, API key (kept in the system keychain by the
// dock, never in the settings file), system prompt, and the explicit permission for plain
// http:// to a remote host.
class ChatSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ChatSettingsDialog(const chat::ChatSettings &settings, const QString &apiKey,
                       QWidget *parent = nullptr);
    chat::ChatSettings settings() const;
    QString apiKey() const;
    // The user typed in the key field (a pre-filled key left alone belongs to the server the
    // dialog opened with).
    bool apiKeyEdited() const { return m_apiKeyEdited; }
    void accept() override;

private:
    chat::ChatSettings m_settings;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_apiKey;
    bool m_apiKeyEdited = false;
    QPlainTextEdit *m_systemPrompt;
    QSpinBox *m_maxTokens;
    QCheckBox *m_allowInsecure;
    QCheckBox *m_useLocal;
    QLineEdit *m_localPackage;
};

// Shown before the first send to a new endpoint: exactly what will leave the computer — the
// request (image data elided) and the image itself.
class ChatSendPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ChatSendPreviewDialog(const chat::SendPreview &preview, QWidget *parent = nullptr);
};

} // namespace oncoview::ui
