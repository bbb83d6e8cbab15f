// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
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
    // Stores every regular file under `folder` through the REST API; the number stored.
    int upload(const QString &folder);
    void stop();

    static bool installed();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_user;
    QString m_password;
    quint16 m_port = 0;
};

// A free TCP port on 127.0.0.1 (bound and released).
quint16 freeLocalPort();

} // namespace oncoview::testing
