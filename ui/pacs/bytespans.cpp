// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/bytespans.h"

#include <algorithm>
#include <cstring>

namespace oncoview::ui {

namespace {

qsizetype find(const char *haystack, qsizetype length, const QByteArray &pattern)
{
    const void *at = memmem(haystack, size_t(length), pattern.constData(), size_t(pattern.size()));
    return at ? static_cast<const char *>(at) - haystack : -1;
}

} // namespace

void ByteSpans::append(ByteSpan span)
{
    if (span.size > 0) {
        m_size += span.size;
        m_spans.append(std::move(span));
    }
}

QByteArray ByteSpans::joined() const
{
    QByteArray bytes;
    bytes.reserve(m_size);
    for (const ByteSpan &span : m_spans) {
        bytes.append(span.data(), span.size);
    }
    return bytes;
}

void SpanQueue::append(const QByteArray &buffer)
{
    if (!buffer.isEmpty()) {
        m_spans.push_back({buffer, 0, buffer.size()});
        m_size += buffer.size();
    }
}

void SpanQueue::clear()
{
    m_spans.clear();
    m_size = 0;
}

std::pair<size_t, qsizetype> SpanQueue::locate(qsizetype position) const
{
    // From the nearer end: searches mostly start among the bytes that came last.
    if (position < m_size / 2) {
        size_t index = 0;
        qsizetype start = 0;
        while (index + 1 < m_spans.size() && start + m_spans[index].size <= position) {
            start += m_spans[index].size;
            ++index;
        }
        return {index, start};
    }
    size_t index = m_spans.size();
    qsizetype start = m_size;
    while (index > 0 && start > position) {
        --index;
        start -= m_spans[index].size;
    }
    return {index, start};
}

qsizetype SpanQueue::indexOf(const QByteArray &pattern, qsizetype from) const
{
    const qsizetype length = pattern.size();
    if (length == 0 || from < 0 || from + length > m_size) {
        return -1;
    }
    auto [index, start] = locate(from);
    for (; index < m_spans.size(); ++index) {
        const ByteSpan &span = m_spans[index];
        const qsizetype end = start + span.size;
        // Wholly inside this span: found here first, as it ends before any straddling one.
        const qsizetype begin = std::max(from, start);
        if (const qsizetype at = find(span.data() + (begin - start), end - begin, pattern);
            at >= 0) {
            return begin + at;
        }
        // Starting in this span's last bytes and running on into the next spans.
        const qsizetype tail = std::max(begin, end - (length - 1));
        if (tail < end && end < m_size) {
            const QByteArray seam = copy(tail, std::min(m_size - tail, (end - tail) + length));
            if (const qsizetype at = find(seam.constData(), seam.size(), pattern);
                at >= 0 && at < end - tail) {
                return tail + at;
            }
        }
        start = end;
    }
    return -1;
}

QByteArray SpanQueue::copy(qsizetype position, qsizetype count) const
{
    QByteArray bytes;
    count = std::min(count, m_size - position);
    if (position < 0 || count <= 0) {
        return bytes;
    }
    bytes.reserve(count);
    auto [index, start] = locate(position);
    for (; index < m_spans.size() && bytes.size() < count; ++index) {
        const ByteSpan &span = m_spans[index];
        const qsizetype begin = std::max(position, start);
        const qsizetype n = std::min(start + span.size, position + count) - begin;
        bytes.append(span.data() + (begin - start), n);
        start += span.size;
    }
    return bytes;
}

ByteSpans SpanQueue::take(qsizetype count)
{
    ByteSpans taken;
    count = std::min(count, m_size);
    while (count > 0) {
        ByteSpan &front = m_spans.front();
        if (front.size <= count) {
            count -= front.size;
            m_size -= front.size;
            taken.append(std::move(front));
            m_spans.pop_front();
        } else {
            taken.append({front.buffer, front.offset, count});
            front.offset += count;
            front.size -= count;
            m_size -= count;
            count = 0;
        }
    }
    return taken;
}

void SpanQueue::drop(qsizetype count)
{
    count = std::min(count, m_size);
    while (count > 0) {
        ByteSpan &front = m_spans.front();
        const qsizetype n = std::min(count, front.size);
        front.offset += n;
        front.size -= n;
        m_size -= n;
        count -= n;
        if (front.size == 0) {
            m_spans.pop_front();
        }
    }
}

} // namespace oncoview::ui
