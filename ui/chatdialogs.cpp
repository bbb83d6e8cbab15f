// SPDX-License-Identifier: Apache-2.0
#include "ui/chatdialogs.h"

// Qt
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

// Local
#include "ui/chat/endpointpolicy.h"

namespace oncoview::ui {

ChatSettingsDialog::ChatSettingsDialog(const chat::ChatSettings &settings, const QString &apiKey,
                                       QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_baseUrl(new QLineEdit(settings.baseUrl, this))
    , m_model(new QLineEdit(settings.model, this))
    , m_apiKey(new QLineEdit(apiKey, this))
    , m_systemPrompt(new QPlainTextEdit(settings.systemPrompt, this))
    , m_maxTokens(new QSpinBox(this))
    , m_allowInsecure(
          new QCheckBox(tr("Allow unencrypted http:// to servers on other computers"), this))
    , m_useLocal(new QCheckBox(tr("Answer with a local model on this computer instead"), this))
    , m_localPackage(new QLineEdit(settings.localPackage, this))
{
    setObjectName(QStringLiteral("chatSettingsDialog"));
    setWindowTitle(tr("MedDr chat server"));
    m_baseUrl->setObjectName(QStringLiteral("chatBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://gpu-server:23333"));
    m_model->setObjectName(QStringLiteral("chatModel"));
    m_apiKey->setObjectName(QStringLiteral("chatApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("stored in the system keychain"));
    connect(m_apiKey, &QLineEdit::textEdited, this, [this] { m_apiKeyEdited = true; });
    m_systemPrompt->setMaximumHeight(70);
    m_maxTokens->setRange(16, 8192);
    m_maxTokens->setValue(settings.maxTokens);
    m_allowInsecure->setChecked(settings.allowInsecureRemote);
    m_useLocal->setObjectName(QStringLiteral("chatUseLocal"));
    m_useLocal->setChecked(settings.useLocalModel);
    m_localPackage->setObjectName(QStringLiteral("chatLocalPackage"));
    m_localPackage->setPlaceholderText(tr("causal LM package folder, e.g. …/models/tinylm-demo"));
    m_localPackage->setEnabled(settings.useLocalModel);
    connect(m_useLocal, &QCheckBox::toggled, m_localPackage, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_baseUrl);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("System prompt:"), m_systemPrompt);
    form->addRow(tr("Max answer tokens:"), m_maxTokens);
    form->addRow(QString(), m_allowInsecure);
    form->addRow(QString(), m_useLocal);
    form->addRow(tr("Local package:"), m_localPackage);
    auto *hint = new QLabel(
        tr("Any OpenAI-compatible server: LMDeploy <code>api_server</code> (recommended "
           "for MedDr), vLLM, llama.cpp <code>llama-server</code>, Ollama. Only the "
           "rendered view and your text are sent."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ChatSettingsDialog::accept()
{
    QString error;
    if (!m_baseUrl->text().trimmed().isEmpty()
        && chat::parseBaseUrl(m_baseUrl->text(), &error).isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (m_useLocal->isChecked() && m_localPackage->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Enter the folder of a local causal LM package."));
        return;
    }
    if (!m_useLocal->isChecked() && m_model->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Enter the model name the server serves (e.g. meddr)."));
        return;
    }
    QDialog::accept();
}

chat::ChatSettings ChatSettingsDialog::settings() const
{
    chat::ChatSettings result = m_settings;
    result.baseUrl = m_baseUrl->text().trimmed();
    result.model = m_model->text().trimmed();
    result.systemPrompt = m_systemPrompt->toPlainText();
    result.maxTokens = m_maxTokens->value();
    result.allowInsecureRemote = m_allowInsecure->isChecked();
    result.useLocalModel = m_useLocal->isChecked();
    result.localPackage = m_localPackage->text().trimmed();
    return result;
}

QString ChatSettingsDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

ChatSendPreviewDialog::ChatSendPreviewDialog(const chat::SendPreview &preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chatSendPreview"));
    setWindowTitle(tr("First message to %1").arg(preview.endpoint));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("<b>This is exactly what will be sent to %1.</b> No DICOM header, file "
                        "name or patient identifier is included: only the rendered pixels "
                        "below and the text of the request. You are asked once per server.")
                         .arg(preview.endpoint.toHtmlEscaped()),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *request = new QPlainTextEdit(QString::fromUtf8(preview.request), this);
    request->setObjectName(QStringLiteral("chatPreviewRequest"));
    request->setReadOnly(true);
    request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(request, 1);
    if (!preview.imagePng.isEmpty()) {
        auto *image = new QLabel(this);
        image->setObjectName(QStringLiteral("chatPreviewImage"));
        const QImage pixels = QImage::fromData(preview.imagePng, "PNG");
        image->setPixmap(QPixmap::fromImage(
            pixels.scaled(224, 224, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        image->setToolTip(tr("%1×%2 PNG, %3 KB")
                              .arg(pixels.width())
                              .arg(pixels.height())
                              .arg(preview.imagePng.size() / 1024));
        layout->addWidget(image, 0, Qt::AlignHCenter);
        auto *note = new QLabel(preview.imageNote, this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("chatPreviewSend"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 620);
}

} // namespace oncoview::ui
