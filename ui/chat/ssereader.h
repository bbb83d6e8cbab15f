// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QString>

// Local
#include "ui/chat/chattypes.h"
#include "ui/chat/stoptokenfilter.h"

#include <vector>

namespace oncoview::chat {

// What one OpenAI chat-completion stream says, in order.
struct SseEvent
{
    enum class Kind {
        Delta, // text: answer text (stop tokens removed)
        Finish, // text: finish_reason ("stop", "length", "stop-token"...)
        Usage, // usage: token counts (the include_usage chunk)
        Error, // text: the server's or the stream's error message
        Done, // [DONE]: the stream is complete
    };
    Kind kind = Kind::Delta;
    QString text;
    ChatUsage usage;
};

// What a stream may send before it is cut off: a server that never ends a line or an event,
// or streams forever, must not grow the client's memory without bound.
struct SseLimits
{
    qsizetype maxLineBytes = qsizetype(4) << 20; // one unterminated line
    qsizetype maxEventBytes = qsizetype(8) << 20; // the data lines of one event
    qint64 maxStreamBytes = qint64(256) << 20; // the whole answer
};

// Incremental parser of an OpenAI-compatible `text/event-stream` (chat.completion.chunk).
// Network chunks may split anywhere — inside a line, a JSON object or a UTF-8 sequence — so
// bytes are buffered and only complete lines are decoded. Follows the SSE rules: `data:` lines
// accumulate until a blank line dispatches the event; lines starting with `:` are comments
// (keep-alives); CRLF, CR and LF all end lines; `event: error` marks an error payload.
// Tolerates the variants servers send: the usage chunk with `choices` empty, null or absent,
// `{"error":{...}}` (or a bare string) mid-stream, `delta.content` null.
class SseReader
{
public:
    explicit SseReader(QStringList stopTokens = defaultStopTokens(), SseLimits limits = {});

    // Parses what is complete so far; the rest waits for the next chunk. Bytes already scanned
    // for a line end are not scanned again. A limit exceeded gives one Error event, after
    // which the reader ignores the rest of the stream.
    std::vector<SseEvent> feed(const QByteArray &bytes);
    // End of the byte stream: dispatches a last event without its blank line, and reports an
    // Error when the stream stopped before `data: [DONE]` (a broken or truncated stream).
    std::vector<SseEvent> finish();

    bool done() const { return m_done; }
    // A leaked stop token ended the answer; the rest of the stream carries no answer text.
    bool stoppedByToken() const { return m_filter.stopped(); }
    void reset();

private:
    void processLine(QByteArray line, std::vector<SseEvent> &out);
    void dispatch(std::vector<SseEvent> &out);
    void parseJson(const QByteArray &payload, bool isErrorEvent, std::vector<SseEvent> &out);
    void emitText(const QString &text, std::vector<SseEvent> &out);
    void flushHeld(std::vector<SseEvent> &out);
    void overLimit(const QString &what, std::vector<SseEvent> &out);

    QByteArray m_buffer; // bytes after the last complete line
    QByteArray m_data; // data lines of the event being read
    QByteArray m_eventType;
    bool m_hasData = false;
    bool m_done = false;
    bool m_finishReported = false;
    bool m_lastWasCr = false; // a CR ended the previous chunk: a following LF belongs to it
    StopTokenFilter m_filter;
    SseLimits m_limits;
    qsizetype m_scanned = 0; // bytes of m_buffer known to hold no line end
    qint64 m_total = 0;
    bool m_overLimit = false;
};

} // namespace oncoview::chat
