// SPDX-License-Identifier: Apache-2.0
// An answer's Markdown cannot make the transcript read files or URLs: images it names are not
// loaded, while the user's own attached image still shows.
#include <catch2/catch.hpp>

// Qt
#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

// Local
#include "ui/chattranscriptview.h"

using namespace oncoview;

TEST_CASE("The chat transcript loads no file or URL an answer names", "[chat][hardening]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("local.png"));
    QImage red(8, 8, QImage::Format_RGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(png));
    const QUrl local = QUrl::fromLocalFile(png);

    QByteArray attached;
    {
        QBuffer buffer(&attached);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
    }
    chat::StoredMessage question;
    question.role = chat::ChatRole::User;
    question.text = QStringLiteral("What is this?");
    question.imagePng = attached;
    question.imageCaption = QStringLiteral("MRI axial view");
    chat::StoredMessage answer;
    answer.role = chat::ChatRole::Assistant;
    answer.text = QStringLiteral("See ![here](%1) and ![zero](file:///dev/zero) and "
                                 "![remote](http://127.0.0.1:9/x.png).")
                      .arg(local.toString());

    ui::ChatTranscriptView view;
    view.setMessages({question, answer});
    // The only image left in the transcript is the user's attachment: nothing the answer names
    // is drawn, so nothing it names is ever read.
    QStringList images;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                images << it.fragment().charFormat().toImageFormat().name();
            }
        }
    }
    CHECK(images == QStringList {QStringLiteral("chatimage://message/0")});
    CHECK(view.toPlainText().contains(QStringLiteral("file:///dev/zero")));
    CHECK_FALSE(view.loadResource(QTextDocument::ImageResource, local).isValid());
    CHECK_FALSE(
        view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///dev/zero")))
            .isValid());
    CHECK(view.toPlainText().contains(QStringLiteral("See")));
    // The attachment is the view's own resource and still shows.
    CHECK(
        view.document()
            ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chatimage://message/0")))
            .isValid());
}
