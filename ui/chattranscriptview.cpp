// SPDX-License-Identifier: Apache-2.0
#include "ui/chattranscriptview.h"
#include <QTextCursor>

// Qt
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QUrl>

namespace oncoview::ui {

namespace {

QUrl imageUrl(int index)
{
    return QUrl(QStringLiteral("chatimage://message/%1").arg(index));
}

} // namespace

QVariant ChatTranscriptView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    return {};
}

ChatTranscriptView::ChatTranscriptView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("chatTranscript"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(8);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatTranscriptView::flushPending);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // chat:<action>:<index>; any other link (from model output) is ignored, never opened.
        const QStringList parts = url.toString().split(QLatin1Char(':'));
        if (parts.size() != 3 || parts[0] != QLatin1String("chat")) {
            return;
        }
        const int index = parts[2].toInt();
        if (parts[1] == QLatin1String("copy")) {
            Q_EMIT copyRequested(index);
        } else if (parts[1] == QLatin1String("edit")) {
            Q_EMIT editRequested(index);
        } else if (parts[1] == QLatin1String("regenerate")) {
            Q_EMIT regenerateRequested();
        }
    });
}

bool ChatTranscriptView::isAtEnd() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void ChatTranscriptView::scrollToEndIfFollowing(bool wasAtEnd)
{
    if (wasAtEnd) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
}

void ChatTranscriptView::setMessages(const std::vector<chat::StoredMessage> &messages)
{
    m_flushTimer.stop();
    m_dirty = false;
    m_streamStart = m_tailStart = -1;
    clear();
    m_messages.clear();
    for (size_t i = 0; i < messages.size(); ++i) {
        appendMessage(messages[i], int(i));
        if (messages[i].role == chat::ChatRole::Assistant) {
            finishLast(messages[i], int(i));
        }
    }
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatTranscriptView::appendMessage(const chat::StoredMessage &message, int index)
{
    const bool follow = isAtEnd();
    m_messages.push_back(message);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    insertHeader(cursor, message, index, true);
    if (message.role == chat::ChatRole::User) {
        insertBody(cursor, message);
        m_streamStart = m_tailStart = -1;
    } else {
        // An answer starts empty and streams in.
        cursor.insertBlock();
        m_stream.clear();
        m_stream.append(message.text);
        m_streamStart = m_tailStart = cursor.position();
        m_dirty = !message.text.isEmpty();
    }
    scrollToEndIfFollowing(follow);
}

void ChatTranscriptView::appendDelta(const QString &text)
{
    if (m_streamStart < 0) {
        return;
    }
    m_stream.append(text);
    m_dirty = true;
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void ChatTranscriptView::flushPending()
{
    if (!m_dirty || m_tailStart < 0) {
        return;
    }
    m_dirty = false;
    const bool follow = isAtEnd();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // Drop the old rendering of the tail (everything after m_tailStart: the answer is last).
    cursor.setPosition(m_tailStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    const QString settled = m_stream.takeSettled();
    if (!settled.isEmpty()) {
        insertMarkdown(cursor, settled);
        cursor.insertBlock();
        m_tailStart = cursor.position();
    }
    insertMarkdown(cursor, m_stream.tail().toString());
    cursor.endEditBlock();
    ++m_tailRenders;
    scrollToEndIfFollowing(follow);
}

void ChatTranscriptView::finishLast(const chat::StoredMessage &message, int index)
{
    m_flushTimer.stop();
    m_dirty = false;
    if (index >= 0 && size_t(index) < m_messages.size()) {
        m_messages[size_t(index)] = message;
    }
    if (m_streamStart < 0) {
        return;
    }
    const bool follow = isAtEnd();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(m_streamStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    insertBody(cursor, message);
    insertFooter(cursor, message);
    cursor.endEditBlock();
    m_streamStart = m_tailStart = -1;
    m_stream.clear();
    scrollToEndIfFollowing(follow);
}

void ChatTranscriptView::insertHeader(QTextCursor &cursor, const chat::StoredMessage &message,
                                      int index, bool)
{
    if (!cursor.atStart()) {
        cursor.insertBlock();
    }
    QTextBlockFormat block;
    block.setTopMargin(10);
    cursor.setBlockFormat(block);
    const bool user = message.role == chat::ChatRole::User;
    QString header
        = user ? tr("<b style='color:#7fb3ff'>You</b>") : tr("<b style='color:#9be09b'>MedDr</b>");
    header
        += QStringLiteral(" &nbsp;<small><a href='chat:copy:%1'>%2</a>").arg(index).arg(tr("Copy"));
    header += user
        ? QStringLiteral(" · <a href='chat:edit:%1'>%2</a>").arg(index).arg(tr("Edit"))
        : QStringLiteral(" · <a href='chat:regenerate:%1'>%2</a>").arg(index).arg(tr("Regenerate"));
    header += QStringLiteral("</small>");
    cursor.insertHtml(header);
    if (user && !message.imagePng.isEmpty()) {
        QImage image = QImage::fromData(message.imagePng, "PNG");
        document()->addResource(QTextDocument::ImageResource, imageUrl(index), image);
        cursor.insertBlock();
        QTextImageFormat format;
        format.setName(imageUrl(index).toString());
        format.setWidth(96);
        format.setHeight(96);
        format.setToolTip(message.imageCaption);
        cursor.insertImage(format);
        cursor.insertHtml(
            QStringLiteral(" <small style='color:#8a949e'>%1</small>")
                .arg((message.imageCaption.isEmpty() ? tr("attached view") : message.imageCaption)
                         .toHtmlEscaped()));
    }
}

void ChatTranscriptView::insertBody(QTextCursor &cursor, const chat::StoredMessage &message)
{
    cursor.insertBlock();
    insertMarkdown(cursor, message.text);
}

void ChatTranscriptView::insertFooter(QTextCursor &cursor, const chat::StoredMessage &message)
{
    QStringList notes;
    if (!message.error.isEmpty()) {
        notes << QStringLiteral("<span style='color:#e0a060'>%1</span>")
                     .arg(message.error.toHtmlEscaped());
    }
    if (message.tokensPerSecond > 0) {
        notes << tr("%1 tokens/s").arg(message.tokensPerSecond, 0, 'f', 1);
    }
    if (notes.isEmpty()) {
        return;
    }
    cursor.insertBlock();
    cursor.insertHtml(QStringLiteral("<small style='color:#8a949e'>%1</small>")
                          .arg(notes.join(QStringLiteral(" · "))));
}

void ChatTranscriptView::insertMarkdown(QTextCursor &cursor, const QString &markdown)
{
    if (markdown.isEmpty()) {
        return;
    }
    // Raw HTML in model output is shown as text, not interpreted.
    const auto features = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
        | QTextDocument::MarkdownNoHTML;
    QTextDocument parsed;
    parsed.setMarkdown(markdown, features);
    // Images an answer names become their address as text: a document asked to draw
    // `![x](file:///dev/zero)` reads the file itself (QTextDocument falls back to local files
    // whatever the view's loadResource() says).
    for (QTextBlock block = parsed.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat()) {
                continue;
            }
            const QString name = fragment.charFormat().toImageFormat().name();
            QTextCursor image(&parsed);
            image.setPosition(fragment.position());
            image.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            image.insertText(tr("[image not shown: %1]").arg(name), QTextCharFormat());
            it = block.begin(); // the block's fragments changed
        }
    }
    cursor.insertFragment(QTextDocumentFragment(&parsed));
}

} // namespace oncoview::ui
