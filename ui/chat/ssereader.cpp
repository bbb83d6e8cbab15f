// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/ssereader.h"

// Qt
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace oncoview::chat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::chat::SseReader", text);
}

// The message of an error value: {"message": ...}, a bare string, or the JSON itself.
QString errorMessage(const QJsonValue &error)
{
    if (error.isString()) {
        return error.toString();
    }
    const QJsonObject object = error.toObject();
    QString message = object.value(QLatin1String("message")).toString();
    if (message.isEmpty()) {
        message = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return message;
}

} // namespace

SseReader::SseReader(QStringList stopTokens, SseLimits limits)
    : m_filter(std::move(stopTokens))
    , m_limits(limits)
{
}

void SseReader::overLimit(const QString &what, std::vector<SseEvent> &out)
{
    m_overLimit = true;
    m_buffer.clear();
    m_data.clear();
    m_scanned = 0;
    out.push_back({SseEvent::Kind::Error,
                   tr("The server sent %1; the answer was stopped there.").arg(what),
                   {}});
}

void SseReader::reset()
{
    m_buffer.clear();
    m_data.clear();
    m_eventType.clear();
    m_hasData = m_done = m_finishReported = m_lastWasCr = m_overLimit = false;
    m_scanned = 0;
    m_total = 0;
    m_filter.reset();
}

std::vector<SseEvent> SseReader::feed(const QByteArray &bytes)
{
    std::vector<SseEvent> out;
    if (bytes.isEmpty() || m_overLimit) {
        return out;
    }
    m_total += bytes.size();
    if (m_total > m_limits.maxStreamBytes) {
        overLimit(tr("more than %1 MB").arg(m_limits.maxStreamBytes >> 20), out);
        return out;
    }
    m_buffer += bytes;
    qsizetype start = 0;
    if (m_lastWasCr && m_buffer.startsWith('\n')) {
        start = 1; // the LF of a CRLF split across chunks
    }
    m_lastWasCr = false;
    for (qsizetype i = std::max(start, m_scanned); i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r') {
            continue;
        }
        QByteArray line = m_buffer.mid(start, i - start);
        if (c == '\r') {
            if (i + 1 < m_buffer.size()) {
                if (m_buffer.at(i + 1) == '\n') {
                    ++i;
                }
            } else {
                m_lastWasCr = true;
            }
        }
        start = i + 1;
        processLine(std::move(line), out);
        if (m_overLimit) {
            return out;
        }
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > m_limits.maxLineBytes) {
        overLimit(tr("a line longer than %1 MB").arg(m_limits.maxLineBytes >> 20), out);
    }
    return out;
}

std::vector<SseEvent> SseReader::finish()
{
    std::vector<SseEvent> out;
    if (m_overLimit) {
        return out; // said once, when the limit was passed
    }
    if (!m_buffer.isEmpty()) {
        processLine(m_buffer, out);
        m_buffer.clear();
    }
    dispatch(out);
    if (!m_done) {
        flushHeld(out);
        if (!m_filter.stopped()) {
            out.push_back({SseEvent::Kind::Error,
                           tr("The answer stream ended before the server said it was complete "
                              "(no [DONE]): the connection was cut or the server stopped "
                              "mid-answer."),
                           {}});
        }
    }
    return out;
}

void SseReader::processLine(QByteArray line, std::vector<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':')) {
        return; // comment: keep-alive
    }
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' ')) {
        value.remove(0, 1);
    }
    if (field == "data") {
        if (m_hasData) {
            m_data += '\n';
        }
        m_data += value;
        m_hasData = true;
        if (m_data.size() > m_limits.maxEventBytes) {
            overLimit(tr("an event longer than %1 MB").arg(m_limits.maxEventBytes >> 20), out);
        }
    } else if (field == "event") {
        m_eventType = value;
    }
    // id:, retry: and unknown fields mean nothing for a chat completion.
}

void SseReader::dispatch(std::vector<SseEvent> &out)
{
    const bool hadData = m_hasData;
    const QByteArray payload = m_data.trimmed();
    const bool isError = m_eventType == "error";
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    if (!hadData || m_done) {
        return;
    }
    if (payload == "[DONE]") {
        flushHeld(out);
        m_done = true;
        out.push_back({SseEvent::Kind::Done, {}, {}});
        return;
    }
    parseJson(payload, isError, out);
}

void SseReader::parseJson(const QByteArray &payload, bool isErrorEvent, std::vector<SseEvent> &out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (isErrorEvent) {
            out.push_back({SseEvent::Kind::Error, QString::fromUtf8(payload), {}});
            return;
        }
        out.push_back({SseEvent::Kind::Error,
                       tr("The server sent a malformed stream chunk (%1): %2")
                           .arg(parseError.errorString(), QString::fromUtf8(payload.left(200))),
                       {}});
        return;
    }
    const QJsonObject chunk = document.object();
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (isErrorEvent || (!error.isUndefined() && !error.isNull())) {
        out.push_back({SseEvent::Kind::Error,
                       errorMessage(error.isUndefined() ? QJsonValue(chunk) : error),
                       {}});
        return;
    }
    // choices may be [], null or absent in the usage chunk.
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QLatin1String("index")).toInt(0) != 0) {
            continue; // n > 1 is never requested
        }
        const QJsonValue content
            = choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content"));
        if (content.isString()) {
            emitText(content.toString(), out);
        }
        const QJsonValue reason = choice.value(QLatin1String("finish_reason"));
        if (reason.isString() && !m_finishReported) {
            // No content follows a finish_reason: what the filter held back was answer text.
            flushHeld(out);
            if (!m_finishReported) {
                m_finishReported = true;
                out.push_back({SseEvent::Kind::Finish, reason.toString(), {}});
            }
        }
    }
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        SseEvent event {SseEvent::Kind::Usage, {}, {}};
        event.usage.promptTokens = counts.value(QLatin1String("prompt_tokens")).toInt(-1);
        event.usage.completionTokens = counts.value(QLatin1String("completion_tokens")).toInt(-1);
        out.push_back(event);
    }
}

void SseReader::flushHeld(std::vector<SseEvent> &out)
{
    // Held-back text already passed the stop-token check: it goes out as it is.
    const QString held = m_filter.flush();
    if (!held.isEmpty()) {
        out.push_back({SseEvent::Kind::Delta, held, {}});
    }
}

void SseReader::emitText(const QString &text, std::vector<SseEvent> &out)
{
    const bool wasStopped = m_filter.stopped();
    const QString clean = text.isEmpty() ? QString() : m_filter.push(text);
    if (!clean.isEmpty()) {
        out.push_back({SseEvent::Kind::Delta, clean, {}});
    }
    if (!wasStopped && m_filter.stopped() && !m_finishReported) {
        m_finishReported = true;
        out.push_back({SseEvent::Kind::Finish, QStringLiteral("stop-token"), {}});
    }
}

} // namespace oncoview::chat
