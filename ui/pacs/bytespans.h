// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QList>

#include <deque>
#include <utility>

namespace oncoview::ui {

// A run of bytes inside a buffer the network handed over. The buffer is shared (Qt's implicit
// sharing), never copied: a 34 MB series passes from the socket to the files it is written to
// without the parser copying it.
struct ByteSpan
{
    QByteArray buffer;
    qsizetype offset = 0;
    qsizetype size = 0;

    const char *data() const { return buffer.constData() + offset; }
};

// Bytes made of spans, in order: one instance's body as it arrived.
class ByteSpans
{
public:
    const QList<ByteSpan> &spans() const { return m_spans; }
    qsizetype size() const { return m_size; }
    void append(ByteSpan span);
    // The bytes in one buffer: a copy, for the few places (tests) that want one.
    QByteArray joined() const;

private:
    QList<ByteSpan> m_spans;
    qsizetype m_size = 0;
};

// The bytes received and not yet consumed, as the spans of the buffers they came in. Positions
// are counted from the first unconsumed byte. Searching and taking never copy the bulk; only
// the few bytes where a pattern straddles two buffers are gathered.
class SpanQueue
{
public:
    void append(const QByteArray &buffer);
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear();

    // The first occurrence of `pattern` starting at or after `from`; -1 when none.
    qsizetype indexOf(const QByteArray &pattern, qsizetype from) const;
    // `count` bytes from `position`, copied (for short reads: part headers, line ends).
    QByteArray copy(qsizetype position, qsizetype count) const;
    // Removes the first `count` bytes and returns them, sharing the buffers.
    ByteSpans take(qsizetype count);
    void drop(qsizetype count);

private:
    // The span holding `position` and where that span starts.
    std::pair<size_t, qsizetype> locate(qsizetype position) const;

    std::deque<ByteSpan> m_spans;
    qsizetype m_size = 0;
};

} // namespace oncoview::ui
