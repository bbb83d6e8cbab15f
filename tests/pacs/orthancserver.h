// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace oncoview::testing {

// A real Orthanc (Debian's orthanc and orthanc-dicomweb) on 127.0.0.1, with a throw-away
// configuration and storage, started for a test and stopped with it.
class OrthancServer
{
public:
    // `user`/`password`: HTTP authentication on (else off).
    explicit OrthancServer(const QString &user = {}, const QString &password = {});
    ~OrthancServer();

    // Starts it and waits until it answers; "" or why not (not installed, did not start).
    QString start();
    QString restRoot() const; // http://127.0.0.1:PORT
    QString dicomWebRoot() const { return restRoot() + QStringLiteral("/dicom-web"); }
    // DIMSE: Orthanc's AE title is ORTHANC, on 127.0.0.1:dicomPort().
    quint16 dicomPort() const { return m_dicomPort; }
    // Before start(): an AE title Orthanc knows (C-FIND/C-GET/C-MOVE are refused to others),
    // and where it sends a C-MOVE for it.
    void addModality(const QString &aeTitle, quint16 port);
    // Stores every regular file under `folder` through the REST API, in path order; the number
    // stored.
    int upload(const QString &folder);
    void stop();

    static bool installed();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_user;
    QString m_password;
    quint16 m_port = 0;
    quint16 m_dicomPort = 0;
    QList<QPair<QString, quint16>> m_modalities;
};

// A free TCP port on 127.0.0.1 (bound and released).
quint16 freeLocalPort();

} // namespace oncoview::testing
