// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/markdownblocks.h"

namespace oncoview::chat {

namespace {

// "```" or "~~~" (3+) after at most 3 spaces: returns the fence character and run length.
bool isFence(QStringView line, QChar *fenceChar, qsizetype *length)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == QLatin1Char(' ')) {
        ++i;
    }
    if (i >= line.size() || (line[i] != QLatin1Char('`') && line[i] != QLatin1Char('~'))) {
        return false;
    }
    const QChar c = line[i];
    qsizetype run = 0;
    while (i + run < line.size() && line[i + run] == c) {
        ++run;
    }
    if (run < 3) {
        return false;
    }
    *fenceChar = c;
    *length = run;
    return true;
}

} // namespace

qsizetype stableMarkdownPrefix(QStringView text)
{
    qsizetype stable = 0;
    qsizetype lineStart = 0;
    bool inFence = false;
    QChar openChar;
    qsizetype openLength = 0;
    while (true) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), lineStart);
        if (newline < 0) {
            break; // an unfinished line is never stable
        }
        const QStringView line = text.mid(lineStart, newline - lineStart);
        QChar fenceChar;
        qsizetype fenceLength = 0;
        if (isFence(line, &fenceChar, &fenceLength)) {
            if (!inFence) {
                inFence = true;
                openChar = fenceChar;
                openLength = fenceLength;
            } else if (fenceChar == openChar && fenceLength >= openLength
                       && line.trimmed().size() == fenceLength) {
                inFence = false;
                stable = newline + 1; // a closed code block is complete
            }
        } else if (!inFence && line.trimmed().isEmpty()) {
            stable = newline + 1;
        }
        lineStart = newline + 1;
    }
    return stable;
}

QString StreamingMarkdown::takeSettled()
{
    // Only the unsettled tail can change its verdict; scanning from m_settled is valid because
    // a settled prefix always ends outside a fence.
    const qsizetype more = stableMarkdownPrefix(QStringView(m_text).mid(m_settled));
    if (more == 0) {
        return {};
    }
    const QString settled = m_text.mid(m_settled, more);
    m_settled += more;
    return settled;
}

void StreamingMarkdown::clear()
{
    m_text.clear();
    m_settled = 0;
}

} // namespace oncoview::chat
