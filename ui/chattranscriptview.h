// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QTextBrowser>
#include <QTimer>

// Local
#include "ui/chat/conversationstore.h"
#include "ui/chat/markdownblocks.h"

#include <vector>

namespace oncoview::ui {

// The conversation as rendered Markdown in one QTextBrowser. A streamed answer is drawn
// incrementally: settled Markdown blocks are inserted once, only the unfinished last block is
// re-rendered, and at most once per ~40 ms — never the whole conversation per token, which
// costs O(n²) and stalls the GUI on long answers. Each message carries Copy / Edit /
// Regenerate links (anchors "chat:<action>:<index>").
class ChatTranscriptView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ChatTranscriptView(QWidget *parent = nullptr);

    void setMessages(const std::vector<chat::StoredMessage> &messages);
    void appendMessage(const chat::StoredMessage &message, int index);
    // The last message is an answer being streamed: add text to it.
    void appendDelta(const QString &text);
    // The last message is complete: render it whole once, with its footer.
    void finishLast(const chat::StoredMessage &message, int index);
    // Renders pending streamed text now (tests, and before finishLast).
    void flushPending();

    // Number of times the streamed tail was re-rendered (tests and the benchmark check that
    // updates are batched).
    int tailRenderCount() const { return m_tailRenders; }
    static constexpr int kFlushIntervalMs = 40;

    // Nothing is loaded for the transcript: an answer's Markdown may name any file or URL
    // (`![x](file:///dev/zero)` would read forever), so only the images the view added itself
    // (the user's attachments, served by the document) are shown.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void copyRequested(int index);
    void editRequested(int index);
    void regenerateRequested();

private:
    void insertHeader(QTextCursor &cursor, const chat::StoredMessage &message, int index,
                      bool last);
    void insertBody(QTextCursor &cursor, const chat::StoredMessage &message);
    void insertFooter(QTextCursor &cursor, const chat::StoredMessage &message);
    void insertMarkdown(QTextCursor &cursor, const QString &markdown);
    void scrollToEndIfFollowing(bool wasAtEnd);
    bool isAtEnd() const;

    std::vector<chat::StoredMessage> m_messages;
    chat::StreamingMarkdown m_stream;
    int m_streamStart = -1; // document position where the streamed answer's body begins
    int m_tailStart = -1; // where its unsettled tail begins
    bool m_dirty = false;
    int m_tailRenders = 0;
    QTimer m_flushTimer;
};

} // namespace oncoview::ui
