// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// Local
#include "ui/pacs/bytespans.h"

namespace oncoview::ui {

// Reads a multipart/related body (RFC 2387, as WADO-RS sends a series) as it arrives, in pieces
// of any size: each part's headers and bytes are handed on as soon as the next boundary is
// seen, so the first instance of a series is on disk while the rest is still coming. Memory
// holds one part at most, and a part's body is handed on as the spans of the buffers fed in:
// the parser never copies the bulk of a series. Pure logic; any thread.
class MultipartReader
{
public:
    struct Part
    {
        QByteArray contentType;
        ByteSpans body;
    };
    using PartHandler = std::function<void(Part &&part)>;

    // The boundary from the response's Content-Type ("multipart/related; type=...;
    // boundary=XYZ"); empty when it names none.
    static QByteArray boundaryOf(const QByteArray &contentType);

    MultipartReader(QByteArray boundary, PartHandler onPart);

    // Feeds the next bytes; false once the body is malformed (error() says how).
    bool feed(const QByteArray &bytes);
    // True when the closing boundary ("--XYZ--") was read: the body is complete.
    bool isComplete() const { return m_complete; }
    QString error() const { return m_error; }
    int partsRead() const { return m_parts; }

    // Parts larger than this are refused (a series instance is far smaller).
    static constexpr qint64 kMaxPartBytes = qint64(2) << 30;

private:
    bool parse();
    bool fail(const QString &why);

    QByteArray m_delimiter; // "\r\n--" + boundary
    PartHandler m_onPart;
    SpanQueue m_pending; // received, not yet consumed
    qsizetype m_scanFrom = 0; // the delimiter does not start before this in m_pending
    enum class State { Preamble, Headers, Body, Done } m_state = State::Preamble;
    QByteArray m_contentType;
    bool m_complete = false;
    QString m_error;
    int m_parts = 0;
};

} // namespace oncoview::ui
