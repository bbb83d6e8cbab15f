// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dicomwebclient.h"

// Qt
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QUuid>

// Local
#include "ui/pacs/dicomjson.h"
#include "ui/pacs/dicomwebretrieval_p.h"

namespace oncoview::ui {

namespace {

const QByteArray kDicomJson = "application/dicom+json";

QString dicomDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

} // namespace

DicomWebClient::DicomWebClient(PacsServer server, QObject *parent)
    : PacsClient(parent)
    , m_server(std::move(server))
    , m_network(new QNetworkAccessManager(this))
{
    m_writer.setMaxThreadCount(1); // instances land in the order they came
    // Credentials must never follow a redirect to another host.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_server.caCertificates.isEmpty()) {
        const auto authorities = QSslCertificate::fromPath(m_server.caCertificates, QSsl::Pem);
        if (!authorities.isEmpty()) {
            m_tls = QSslConfiguration::defaultConfiguration();
            m_tls->addCaCertificates(authorities);
        }
    }
    // Noted for the message only: an untrusted certificate always fails the request.
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *, const QList<QSslError> &errors) {
                if (!errors.isEmpty()) {
                    m_sslProblem = errors.front().errorString();
                }
            });
}

DicomWebClient::~DicomWebClient()
{
    cancel();
    m_writer.waitForDone(); // its results are posted to this object
}

QUrl DicomWebClient::endpoint(const QString &path) const
{
    QUrl url = m_server.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    return url;
}

QNetworkRequest DicomWebClient::request(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setTransferTimeout(m_server.timeoutMs);
    if (m_tls) {
        request.setSslConfiguration(*m_tls);
    }
    if (m_server.auth == PacsServer::Auth::Basic) {
        request.setRawHeader(
            "Authorization",
            "Basic " + (m_server.user + QLatin1Char(':') + m_server.secret).toUtf8().toBase64());
    } else if (m_server.auth == PacsServer::Auth::Bearer) {
        request.setRawHeader("Authorization", "Bearer " + m_server.secret.toUtf8());
    }
    return request;
}

QUrl DicomWebClient::studySearchUrl(const StudyQuery &query) const
{
    QUrl url = endpoint(QStringLiteral("/studies"));
    QUrlQuery q;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            q.addQueryItem(QLatin1String(key), value.trimmed());
        }
    };
    add("PatientName", query.patientName);
    add("PatientID", query.patientId);
    add("AccessionNumber", query.accessionNumber);
    add("StudyDescription", query.studyDescription);
    add("ModalitiesInStudy", query.modality);
    if (query.from.isValid() || query.to.isValid()) {
        add("StudyDate", dicomDate(query.from) + QLatin1Char('-') + dicomDate(query.to));
    }
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    if (query.fuzzy && !query.patientName.trimmed().isEmpty()) {
        q.addQueryItem(QStringLiteral("fuzzymatching"), QStringLiteral("true"));
    }
    for (const char *field : {"00081030", "00080061", "00201206", "00201208"}) {
        q.addQueryItem(QStringLiteral("includefield"), QLatin1String(field));
    }
    url.setQuery(q);
    return url;
}

void DicomWebClient::getJson(const QUrl &url,
                             const std::function<QString(const QByteArray &)> &onAnswer)
{
    cancel();
    m_reply = m_network->get(request(url, kDicomJson));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, onAnswer] {
        reply->deleteLater();
        m_reply.clear();
        QString problem = problemOf(reply);
        if (problem.isEmpty()) {
            problem = onAnswer(reply->readAll());
        }
        if (!problem.isEmpty()) {
            Q_EMIT failed(problem);
        }
    });
}

void DicomWebClient::searchStudies(const StudyQuery &query)
{
    getJson(studySearchUrl(query), [this](const QByteArray &json) {
        QString error;
        const QList<StudyMatch> studies = studiesFromDicomJson(json, &error);
        if (error.isEmpty()) {
            Q_EMIT studiesFound(studies);
        }
        return error;
    });
}

void DicomWebClient::testConnection()
{
    StudyQuery one;
    one.limit = 1;
    getJson(studySearchUrl(one), [this](const QByteArray &json) {
        QString error;
        studiesFromDicomJson(json, &error);
        if (error.isEmpty()) {
            Q_EMIT connectionTested();
        }
        return error;
    });
}

void DicomWebClient::searchSeries(const QString &studyUid)
{
    QUrl url = endpoint(QStringLiteral("/studies/%1/series").arg(studyUid));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("includefield"), QStringLiteral("00201209"));
    url.setQuery(q);
    getJson(url, [this](const QByteArray &json) {
        QString error;
        const QList<SeriesMatch> series = seriesFromDicomJson(json, &error);
        if (error.isEmpty()) {
            Q_EMIT seriesFound(series);
        }
        return error;
    });
}

QUrl DicomWebClient::instancesUrl(const QString &studyUid, const QString &seriesUid,
                                  const QStringList &fields) const
{
    QUrl url = endpoint(QStringLiteral("/studies/%1/series/%2/instances").arg(studyUid, seriesUid));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("includefield"), fields.join(QLatin1Char(',')));
    url.setQuery(q);
    return url;
}

void DicomWebClient::findInstances(const QString &studyUid, const QString &seriesUid)
{
    QStringList fields;
    for (const uint32_t tag : mri::kPhaseLayoutTags) {
        fields << QStringLiteral("%1").arg(tag, 8, 16, QLatin1Char('0')).toUpper();
    }
    getJson(instancesUrl(studyUid, seriesUid, fields), [this](const QByteArray &json) {
        QString error;
        const std::vector<mri::ListedInstance> instances
            = listedInstancesFromDicomJson(json, &error);
        if (error.isEmpty()) {
            Q_EMIT instancesFound(instances);
        }
        return error;
    });
}

void DicomWebClient::storeInstances(const QStringList &files)
{
    cancel();
    const QByteArray boundary = "oncoview-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray body;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const QString message = tr("Cannot read %1: %2").arg(path, file.errorString());
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
            return;
        }
        body += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n" + file.readAll()
            + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    QNetworkRequest post = request(endpoint(QStringLiteral("/studies")), kDicomJson);
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArray(R"(multipart/related; type="application/dicom"; boundary=)")
                       + boundary);
    m_reply = m_network->post(post, body);
    QNetworkReply *reply = m_reply;
    const int count = int(files.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, count] {
        reply->deleteLater();
        m_reply.clear();
        if (const QString problem = problemOf(reply); !problem.isEmpty()) {
            Q_EMIT failed(problem);
            return;
        }
        // PS3.18 10.5.3: instances the archive did not keep are listed in FailedSOPSequence.
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int refused = int(answer.value(QStringLiteral("00081198"))
                                    .toObject()
                                    .value(QStringLiteral("Value"))
                                    .toArray()
                                    .size());
        if (refused > 0) {
            Q_EMIT failed(
                tr("The PACS refused %1 of the %n instance(s) sent.", nullptr, count).arg(refused));
            return;
        }
        Q_EMIT stored(count);
    });
}

void DicomWebClient::cancel()
{
    ++m_generation;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_retrieval.reset();
}

QString DicomWebClient::problemOf(QNetworkReply *reply) const
{
    const QString where = m_server.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        return tr("The PACS at %1 refused the credentials (HTTP %2): check the user name and "
                  "password or token.")
            .arg(where)
            .arg(status);
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        return tr("Cannot reach the PACS at %1: the connection was refused (is the server "
                  "running, and is the port right?).")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return tr("Cannot reach the PACS at %1: the host name is not known.").arg(where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The PACS at %1 did not answer in time.").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The PACS at %1 has a certificate that cannot be trusted (%2). If your "
                  "hospital signs its servers' certificates itself, give its certificate "
                  "authority in the archive's settings.")
            .arg(where, m_sslProblem.isEmpty() ? reply->errorString() : m_sslProblem);
    default:
        if (status == 0) {
            return tr("Cannot reach the PACS at %1: %2").arg(where, reply->errorString());
        }
        break;
    }
    if (status != 200 && status != 204) {
        return tr("The PACS at %1 answered HTTP %2 %3.")
            .arg(where)
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    return {};
}

} // namespace oncoview::ui
