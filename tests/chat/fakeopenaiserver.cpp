// SPDX-License-Identifier: Apache-2.0
#include "fakeopenaiserver.h"

// Qt
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace oncoview::testing {

namespace {

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    default:
        return "Error";
    }
}

QByteArray chunkEvent(const QJsonObject &chunk)
{
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject deltaChunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return {{"id", "chatcmpl-fake"},
            {"object", "chat.completion.chunk"},
            {"created", 1735000000},
            {"model", "meddr"},
            {"choices",
             QJsonArray {QJsonObject {{"index", 0}, {"delta", delta}, {"finish_reason", finish}}}}};
}

} // namespace

// One client connection: reads one request, answers it, closes.
class FakeConnection : public QObject
{
public:
    FakeConnection(QTcpSocket *socket, FakeOpenAiServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
    {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (m_answered) {
            return;
        }
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        ReceivedRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_answered = true;
        m_scenario = m_server->scenario();
        const QByteArray method = request.method;
        const QByteArray path = request.path;
        m_server->record(std::move(request));
        if (method == "POST" && path == "/v1/chat/completions") {
            QTimer::singleShot(m_scenario.firstByteDelayMs, this, [this] { answerChat(); });
        } else if (method == "GET" && path == "/v1/models") {
            QJsonArray data;
            for (const QString &model : std::as_const(m_scenario.models)) {
                data.append(QJsonObject {{"id", model}, {"object", "model"}});
            }
            answerJson(200, QJsonObject {{"object", "list"}, {"data", data}});
        } else if (method == "GET" && path == "/props" && m_scenario.propsVision >= 0) {
            answerJson(200,
                       QJsonObject {
                           {"modalities", QJsonObject {{"vision", m_scenario.propsVision == 1}}}});
        } else {
            answerJson(404,
                       QJsonObject {
                           {"error", QJsonObject {{"message", "File Not Found"}, {"code", 404}}}});
        }
    }

    void answerJson(int status, const QJsonObject &object)
    {
        answerRaw(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void answerRaw(int status, const QByteArray &body)
    {
        const QByteArray location = status / 100 == 3 && !m_scenario.location.isEmpty()
            ? "\r\nLocation: " + m_scenario.location
            : QByteArray();
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status)
                        + location + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    void answerChat()
    {
        if (m_scenario.status != 200) {
            answerRaw(m_scenario.status, m_scenario.errorBody);
            return;
        }
        m_socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        m_socket->flush();
        m_events.push_back(
            chunkEvent(deltaChunk(QJsonObject {{"role", "assistant"}, {"content", ""}})));
        for (const QString &piece : std::as_const(m_scenario.pieces)) {
            if (m_scenario.keepAlives) {
                m_events.push_back(": keep-alive\n\n");
            }
            m_events.push_back(chunkEvent(deltaChunk(QJsonObject {{"content", piece}})));
        }
        if (!m_scenario.midStreamError.isEmpty()) {
            m_events.push_back("data: " + m_scenario.midStreamError + "\n\n");
        } else {
            m_events.push_back(chunkEvent(deltaChunk(QJsonObject {}, m_scenario.finishReason)));
            if (m_scenario.sendUsage) {
                m_events.push_back(chunkEvent(QJsonObject {
                    {"id", "chatcmpl-fake"},
                    {"object", "chat.completion.chunk"},
                    {"choices", QJsonArray {}},
                    {"usage",
                     QJsonObject {{"prompt_tokens", 300},
                                  {"completion_tokens", int(m_scenario.pieces.size())},
                                  {"total_tokens", 300 + int(m_scenario.pieces.size())}}}}));
            }
            if (m_scenario.sendDone) {
                m_events.push_back("data: [DONE]\n\n");
            }
        }
        writeNext();
    }

    void writeChunk(const QByteArray &bytes)
    {
        m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    }

    void writeNext()
    {
        while (m_next < m_events.size()) {
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                return; // the client went away (Stop)
            }
            const QByteArray event = m_events[m_next];
            const bool isPiece = event.contains("\"content\":") && !event.contains("\"role\"");
            if (isPiece && m_scenario.dropAfterPieces >= 0
                && m_pieces >= m_scenario.dropAfterPieces) {
                m_socket->flush();
                m_socket->disconnectFromHost(); // no chunk terminator: a broken stream
                return;
            }
            if (isPiece && m_scenario.stallAfterPieces >= 0
                && m_pieces >= m_scenario.stallAfterPieces) {
                writeChunk(": keep-alive\n\n"); // bytes, but never the next event
                m_socket->flush();
                QTimer::singleShot(std::max(m_scenario.chunkDelayMs, 10), this,
                                   [this] { writeNext(); });
                return;
            }
            ++m_next;
            m_pieces += isPiece;
            if (m_scenario.endless && isPiece && m_next == 1 + size_t(m_scenario.pieces.size())) {
                m_next = 1; // back to the first piece: the answer never ends
            }
            if (m_scenario.fragmentBytes) {
                for (qsizetype at = 0; at < event.size();) {
                    const qsizetype size = std::min<qsizetype>(1 + (at % 3), event.size() - at);
                    writeChunk(event.mid(at, size));
                    m_socket->flush();
                    m_socket->waitForBytesWritten(5);
                    QThread::usleep(100);
                    at += size;
                }
            } else {
                writeChunk(event);
            }
            if (m_scenario.chunkDelayMs > 0 && m_next < m_events.size()) {
                m_socket->flush();
                QTimer::singleShot(m_scenario.chunkDelayMs, this, [this] { writeNext(); });
                return;
            }
        }
        m_socket->write("0\r\n\r\n");
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    FakeOpenAiServer *m_server;
    FakeScenario m_scenario;
    QByteArray m_buffer;
    bool m_answered = false;
    std::vector<QByteArray> m_events;
    size_t m_next = 0;
    int m_pieces = 0;
};

class FakeServerWorker : public QTcpServer
{
public:
    explicit FakeServerWorker(FakeOpenAiServer *server)
        : m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        new FakeConnection(socket, m_server);
    }

private:
    FakeOpenAiServer *m_server;
};

FakeOpenAiServer::FakeOpenAiServer()
{
    m_worker = new FakeServerWorker(this);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->listen(QHostAddress::LocalHost, 0);
            m_port = m_worker->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

FakeOpenAiServer::~FakeOpenAiServer()
{
    m_thread.quit();
    m_thread.wait();
    // The worker's last writes (record()) were made under m_mutex. Taking it orders them
    // before the members' destruction for ThreadSanitizer, which cannot see the
    // synchronisation inside QThread::wait() (Qt is not instrumented).
    const QMutexLocker lock(&m_mutex);
}

QString FakeOpenAiServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeOpenAiServer::setScenario(const FakeScenario &scenario)
{
    QMutexLocker lock(&m_mutex);
    m_scenario = scenario;
}

FakeScenario FakeOpenAiServer::scenario() const
{
    QMutexLocker lock(&m_mutex);
    return m_scenario;
}

std::vector<ReceivedRequest> FakeOpenAiServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QByteArray FakeOpenAiServer::lastChatBody() const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
        if (it->path == "/v1/chat/completions") {
            return it->body;
        }
    }
    return {};
}

void FakeOpenAiServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void FakeOpenAiServer::record(ReceivedRequest request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.push_back(std::move(request));
}

} // namespace oncoview::testing
