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
{
    m_pending.append("\r\n"); // the first boundary may open the body: one rule for every boundary
}

bool MultipartReader::fail(const QString &why)
{
    m_error = why;
    m_state = State::Done;
    m_pending.clear();
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
    m_pending.append(bytes);
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
            const qsizetype at = m_pending.indexOf(m_delimiter, m_scanFrom);
            if (at < 0) {
                if (m_pending.size() > kMaxPartBytes) {
                    return fail(tr("A part of the answer is larger than 2 GiB."));
                }
                m_scanFrom = std::max<qsizetype>(0, m_pending.size() - m_delimiter.size() + 1);
                return true; // more bytes needed
            }
            // The two bytes after the delimiter say whether another part follows.
            const qsizetype after = at + m_delimiter.size();
            if (m_pending.size() < after + 2) {
                m_scanFrom = at;
                return true;
            }
            if (m_state == State::Body) {
                Part part {m_contentType, m_pending.take(at)};
                ++m_parts;
                m_onPart(std::move(part));
            } else {
                m_pending.drop(at);
            }
            const QByteArray next = m_pending.copy(m_delimiter.size(), 2);
            m_pending.drop(m_delimiter.size() + 2);
            m_scanFrom = 0;
            if (next == "--") {
                m_state = State::Done;
                m_complete = true;
                m_pending.clear();
                return true;
            }
            if (next != "\r\n") {
                return fail(tr("The answer is not a valid multipart body (a boundary is not "
                               "followed by a line end)."));
            }
            m_state = State::Headers;
            m_contentType.clear();
            break;
        }
        case State::Headers: {
            if (m_pending.copy(0, 2) == "\r\n") { // a part without headers
                m_pending.drop(2);
                m_scanFrom = 0;
                m_state = State::Body;
                break;
            }
            // As for the delimiter: the bytes already searched are not searched again.
            const qsizetype end = m_pending.indexOf("\r\n\r\n", m_scanFrom);
            if (end < 0) {
                if (m_pending.size() > 64 * 1024) {
                    return fail(tr("The headers of a part of the answer are too long."));
                }
                m_scanFrom = std::max<qsizetype>(0, m_pending.size() - 3);
                return true;
            }
            for (const QByteArray &line : m_pending.copy(0, end).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-type") {
                    m_contentType = line.mid(colon + 1).trimmed();
                }
            }
            // The body starts after the blank line; the CRLF that ends it is the delimiter's.
            m_pending.drop(end + 4);
            m_scanFrom = 0;
            m_state = State::Body;
            break;
        }
        case State::Done:
            return true;
        }
    }
}

} // namespace oncoview::ui
