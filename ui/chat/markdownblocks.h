// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::chat {

// Length of the leading part of `text` made of complete Markdown blocks: up to the last blank
// line outside a code fence, or the end of a closed fence. Text after it may still change
// meaning as tokens arrive (an open list item, an unclosed ``` block), text before it cannot.
qsizetype stableMarkdownPrefix(QStringView text);

// A streamed answer split into settled blocks and the block still being written, so a view
// renders each settled block once and re-renders only the short tail — never the whole answer
// per token (which is O(n²) and stalls the GUI on long answers).
class StreamingMarkdown
{
public:
    void append(const QString &delta) { m_text += delta; }
    // Blocks that became complete since the last call (empty if none); they leave the tail.
    QString takeSettled();
    // The unfinished last block.
    QStringView tail() const { return QStringView(m_text).mid(m_settled); }
    // Everything, e.g. for the final render and the store.
    const QString &text() const { return m_text; }
    void clear();

private:
    QString m_text;
    qsizetype m_settled = 0;
};

} // namespace oncoview::chat
