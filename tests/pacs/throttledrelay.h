// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace oncoview::testing {

// A TCP relay on 127.0.0.1 in front of a local server (HTTP or DIMSE) that passes what the
// server sends at a fixed rate: a loopback archive made as slow as one across a hospital's
// network, so what a client shows while a series arrives can be tested. Requests go through
// at once. With `tls` (a certificate and its key), it speaks HTTPS to the client and plain HTTP
// to the server: an archive behind a hospital's TLS front end. Lives on the thread that creates
// it, which must run its event loop.
class ThrottledRelay : public QObject
{
public:
    ThrottledRelay(quint16 targetPort, qint64 bytesPerSecond,
                   const QSslConfiguration &tls = QSslConfiguration());
    quint16 port() const { return m_server->serverPort(); }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray toClient; // read from the server, not yet passed on
        qint64 budget = 0; // bytes that may still go to the client in this tick
        bool upstreamClosed = false;
    };
    void accept();
    void pass();
    // Passes on what the pipe holds, as far as this tick's budget allows.
    static void drain(Pipe *pipe);

    std::unique_ptr<QTcpServer> m_server;
    QTimer m_tick;
    quint16 m_targetPort;
    qint64 m_bytesPerTick;
    QList<Pipe *> m_pipes;
};

} // namespace oncoview::testing
