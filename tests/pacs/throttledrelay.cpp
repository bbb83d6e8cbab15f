// SPDX-License-Identifier: Apache-2.0
#include "throttledrelay.h"

// Qt
#include <QSslServer>

namespace oncoview::testing {

namespace {
constexpr int kTickMs = 10;
} // namespace

ThrottledRelay::ThrottledRelay(quint16 targetPort, qint64 bytesPerSecond,
                               const QSslConfiguration &tls)
    : m_targetPort(targetPort)
    , m_bytesPerTick(std::max<qint64>(1, bytesPerSecond * kTickMs / 1000))
{
    if (tls.localCertificate().isNull()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(tls);
        m_server = std::move(server);
    }
    m_server->listen(QHostAddress::LocalHost, 0);
    // A TLS client shows up once its handshake is done (a refused one never does).
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ThrottledRelay::accept);
    connect(&m_tick, &QTimer::timeout, this, &ThrottledRelay::pass);
    m_tick.start(kTickMs);
}

void ThrottledRelay::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto *pipe = new Pipe;
        pipe->client = client;
        pipe->upstream = new QTcpSocket(this);
        // No Nagle on either side (upstream once connected: set before, it did not hold): a
        // router passes a small message (a DIMSE response) on at once, while the relay under
        // Nagle held each back until the last was acknowledged, about 40 ms per instance of a
        // C-GET (27 s instead of 4 s for 640 instances at 10 MB/s).
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_pipes << pipe;
        // What the client sends goes through as it comes, once the server is connected.
        const auto forward = [pipe] {
            if (pipe->client && pipe->upstream
                && pipe->upstream->state() == QAbstractSocket::ConnectedState) {
                pipe->upstream->write(pipe->client->readAll());
            }
        };
        connect(client, &QTcpSocket::readyRead, this, forward);
        connect(pipe->upstream, &QTcpSocket::connected, this, [pipe, forward] {
            pipe->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            forward();
        });
        // At once while the tick's budget lasts: a small message (a DIMSE response) is not held
        // back until the next tick, as a router would not hold it.
        connect(pipe->upstream, &QTcpSocket::readyRead, this, [pipe] {
            pipe->toClient += pipe->upstream->readAll();
            drain(pipe);
        });
        connect(pipe->upstream, &QTcpSocket::disconnected, this,
                [pipe] { pipe->upstreamClosed = true; });
        connect(client, &QTcpSocket::disconnected, this, [pipe] {
            if (pipe->upstream) {
                pipe->upstream->disconnectFromHost();
            }
        });
        pipe->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void ThrottledRelay::drain(Pipe *pipe)
{
    if (pipe->client && !pipe->toClient.isEmpty() && pipe->budget > 0) {
        const qint64 n = std::min<qint64>(pipe->budget, pipe->toClient.size());
        pipe->client->write(pipe->toClient.left(n));
        pipe->toClient.remove(0, n);
        pipe->budget -= n;
    }
}

void ThrottledRelay::pass()
{
    for (auto it = m_pipes.begin(); it != m_pipes.end();) {
        Pipe *pipe = *it;
        pipe->budget = m_bytesPerTick; // what was not used in the last tick is not saved up
        drain(pipe);
        // The server closed and everything it sent has been passed on: close the client too.
        if (!pipe->client || (pipe->upstreamClosed && pipe->toClient.isEmpty())) {
            // The sockets say nothing more to this relay, so the pipe can go now; the client's
            // goes once what was written to it has left (deleting it sooner would drop that).
            if (pipe->client) {
                pipe->client->disconnect(this);
                connect(pipe->client, &QAbstractSocket::disconnected, pipe->client,
                        &QObject::deleteLater);
                pipe->client->disconnectFromHost();
            }
            if (pipe->upstream) {
                pipe->upstream->disconnect(this);
                pipe->upstream->deleteLater();
            }
            delete pipe;
            it = m_pipes.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace oncoview::testing
