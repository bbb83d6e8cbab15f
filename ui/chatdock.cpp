// SPDX-License-Identifier: Apache-2.0
#include "ui/chatdock.h"

// Qt
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oncoview::ui {

ChatDock::ChatDock(QWidget *parent)
    : QDockWidget(tr("MedDr chat"), parent)
{
    setObjectName(QStringLiteral("chatDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    auto *intro = new QTextBrowser(body);
    intro->setObjectName(QStringLiteral("chatIntro"));
    intro->setHtml(tr("<p><b>Ask MedDr about the image on screen.</b></p>"
                      "<p>No chat server is configured, so nothing is sent anywhere.</p>"
                      "<p>When connected to an OpenAI-compatible server (LMDeploy, vLLM, "
                      "llama.cpp) or a local model package, the current MRI panel or slide "
                      "viewport is attached as rendered pixels only &mdash; never DICOM "
                      "headers or patient identifiers &mdash; and you see exactly what will "
                      "be sent before the first message.</p>"
                      "<p><i>Answers from a language model are not a diagnosis.</i></p>"));
    layout->addWidget(intro, 1);

    auto *input = new QLineEdit(body);
    input->setPlaceholderText(tr("Chat backend not configured"));
    input->setEnabled(false);
    auto *send = new QPushButton(tr("Send"), body);
    send->setEnabled(false);
    layout->addWidget(input);
    layout->addWidget(send, 0, Qt::AlignRight);
    setWidget(body);
}

} // namespace oncoview::ui
