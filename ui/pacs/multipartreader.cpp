// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/multipartreader.h"

// Qt
#include <QCoreApplication>

#include <algorithm>

namespace oncoview::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

} // namespace

QByteArray MultipartReader::boundaryOf(const QByteArray &contentType)
{
    for (QByteArray parameter : contentType.split(';')) {
        parameter = parameter.trimmed();
        if (parameter.toLower().startsWith("boundary=")) {
            QByteArray value = parameter.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            // RFC 2046: 1 to 70 characters.
            return value.size() <= 70 ? value : QByteArray();
        }
    }
    return {};
}

MultipartReader::MultipartReader(QByteArray boundary, PartHandler onPart)
    : m_delimiter("\r\n--" + boundary)
    , m_onPart(std::move(onPart))
    , m_buffer("\r\n") // the first boundary may open the body: one rule for every boundary
{
}

bool MultipartReader::fail(const QString &why)
{
    m_error = why;
    m_state = State::Done;
    m_buffer.clear();
    m_pos = 0;
    return false;
}

bool MultipartReader::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty()) {
        return false;
    }
    if (m_state == State::Done) {
        return true; // the epilogue is ignored
    }
    // Consumed bytes are dropped only when they are most of the buffer: dropping them after
    // every part would move the rest of a large read once per part.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_scanFrom = std::max<qsizetype>(0, m_scanFrom - m_pos);
        m_pos = 0;
    }
    m_buffer += bytes;
    return parse();
}

bool MultipartReader::parse()
{
    while (true) {
        switch (m_state) {
        case State::Preamble:
        case State::Body: {
            // Only the new bytes (and a delimiter's length before them) can hold the
            // delimiter: a large instance arriving in small pieces is scanned once.
            const qsizetype at = m_buffer.indexOf(m_delimiter, std::max(m_pos, m_scanFrom));
            if (at < 0) {
                if (m_buffer.size() - m_pos > kMaxPartBytes) {
                    return fail(tr("A part of the answer is larger than 2 GiB."));
                }
                m_scanFrom = std::max(m_pos, m_buffer.size() - m_delimiter.size() + 1);
                return true; // more bytes needed
            }
            // The two bytes after the delimiter say whether another part follows.
            const qsizetype after = at + m_delimiter.size();
            if (m_buffer.size() < after + 2) {
                return true;
            }
            if (m_state == State::Body) {
                Part part {m_contentType, m_buffer.mid(m_pos, at - m_pos)};
                ++m_parts;
                m_onPart(std::move(part));
            }
            const char *next = m_buffer.constData() + after;
            m_pos = after + 2;
            m_scanFrom = m_pos;
            if (next[0] == '-' && next[1] == '-') {
                m_state = State::Done;
                m_complete = true;
                m_buffer.clear();
                m_pos = 0;
                return true;
            }
            if (next[0] != '\r' || next[1] != '\n') {
                return fail(tr("The answer is not a valid multipart body (a boundary is not "
                               "followed by a line end)."));
            }
            m_state = State::Headers;
            m_contentType.clear();
            break;
        }
        case State::Headers: {
            if (m_buffer.size() - m_pos >= 2 && m_buffer.at(m_pos) == '\r'
                && m_buffer.at(m_pos + 1) == '\n') { // a part without headers
                m_pos += 2;
                m_scanFrom = m_pos;
                m_state = State::Body;
                break;
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > 64 * 1024) {
                    return fail(tr("The headers of a part of the answer are too long."));
                }
                return true;
            }
            for (const QByteArray &line : m_buffer.mid(m_pos, end - m_pos).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-type") {
                    m_contentType = line.mid(colon + 1).trimmed();
                }
            }
            // The body starts after the blank line; the CRLF that ends it is the delimiter's.
            m_pos = end + 4;
            m_scanFrom = m_pos;
            m_state = State::Body;
            break;
        }
        case State::Done:
            return true;
        }
    }
}

} // namespace oncoview::ui
