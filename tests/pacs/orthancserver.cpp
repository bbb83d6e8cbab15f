// SPDX-License-Identifier: Apache-2.0
#include "orthancserver.h"

// Qt
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <csignal>

#include <sys/prctl.h>

namespace oncoview::testing {

namespace {

const QString kOrthanc = QStringLiteral("/usr/sbin/Orthanc");
const QString kDicomWebPlugin = QStringLiteral("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");

// One blocking request (the fixture's own, not the code under test).
int request(const QString &method, const QString &url, const QByteArray &body, const QString &user,
            const QString &password)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    if (!user.isEmpty()) {
        request.setRawHeader("Authorization",
                             "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/dicom"));
    request.setTransferTimeout(20000);
    QNetworkReply *reply
        = method == QLatin1String("POST") ? network.post(request, body) : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

quint16 freeLocalPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool OrthancServer::installed()
{
    return QFileInfo(kOrthanc).isExecutable() && QFileInfo::exists(kDicomWebPlugin);
}

OrthancServer::OrthancServer(const QString &user, const QString &password)
    : m_user(user)
    , m_password(password)
{
}

OrthancServer::~OrthancServer()
{
    stop();
}

QString OrthancServer::restRoot() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString OrthancServer::start()
{
    if (!installed()) {
        return QStringLiteral("Orthanc and its DICOMweb plugin are not installed");
    }
    m_port = freeLocalPort();
    m_dicomPort = freeLocalPort();
    QJsonObject modalities;
    for (const auto &[aeTitle, port] : m_modalities) {
        modalities.insert(aeTitle, QJsonArray {aeTitle, QStringLiteral("127.0.0.1"), int(port)});
    }
    QJsonObject config {
        {QStringLiteral("Name"), QStringLiteral("OncoViewTest")},
        {QStringLiteral("StorageDirectory"), m_dir.filePath(QStringLiteral("storage"))},
        {QStringLiteral("IndexDirectory"), m_dir.filePath(QStringLiteral("storage"))},
        {QStringLiteral("HttpPort"), int(m_port)},
        {QStringLiteral("DicomPort"), int(m_dicomPort)},
        {QStringLiteral("DicomAet"), QStringLiteral("ORTHANC")},
        {QStringLiteral("DicomModalities"), modalities},
        {QStringLiteral("DicomScuTimeout"), 10},
        {QStringLiteral("RemoteAccessAllowed"), false},
        {QStringLiteral("AuthenticationEnabled"), !m_user.isEmpty()},
        {QStringLiteral("Plugins"), QJsonArray {kDicomWebPlugin}},
        {QStringLiteral("DicomWeb"),
         QJsonObject {{QStringLiteral("Enable"), true},
                      {QStringLiteral("Root"), QStringLiteral("/dicom-web/")},
                      {QStringLiteral("EnableWado"), true}}},
    };
    if (!m_user.isEmpty()) {
        config.insert(QStringLiteral("RegisteredUsers"), QJsonObject {{m_user, m_password}});
    }
    const QString configPath = m_dir.filePath(QStringLiteral("orthanc.json"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
        return QStringLiteral("cannot write the Orthanc configuration");
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("orthanc.log")));
    // Orthanc's DCMTK, like ours, leaves Nagle's algorithm on unless told: C-MOVE would wait
    // 40 ms an instance for delayed ACKs on loopback.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    m_process.setProcessEnvironment(environment);
    // A test process that crashes never runs the destructor: Orthanc then ends with it
    // instead of holding its ports and storage.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(kOrthanc, {configPath});
    if (!m_process.waitForStarted(10000)) {
        return QStringLiteral("Orthanc did not start: ") + m_process.errorString();
    }
    for (int attempt = 0; attempt < 150; ++attempt) {
        if (m_process.state() != QProcess::Running) {
            break;
        }
        const int status = request(QStringLiteral("GET"), restRoot() + QStringLiteral("/system"),
                                   {}, m_user, m_password);
        if (status == 200) {
            return {};
        }
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("orthanc.log")));
    log.open(QIODevice::ReadOnly);
    return QStringLiteral("Orthanc did not answer: ")
        + QString::fromUtf8(log.readAll().right(2000));
}

void OrthancServer::addModality(const QString &aeTitle, quint16 port)
{
    m_modalities.append({aeTitle, port});
}

int OrthancServer::upload(const QString &folder)
{
    // In name order, as a scanner sends a series: the archive keeps (and sends back) that order.
    QStringList paths;
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        paths << files.next();
    }
    paths.sort();
    int stored = 0;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)
            && request(QStringLiteral("POST"), restRoot() + QStringLiteral("/instances"),
                       file.readAll(), m_user, m_password)
                == 200) {
            ++stored;
        }
    }
    return stored;
}

void OrthancServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

} // namespace oncoview::testing
