// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dicomwebclient.h"

// Qt
#include <QDir>
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
#include "ui/pacs/cachedinstances.h"
#include "ui/pacs/dicomjson.h"
#include "ui/pacs/instancefile.h"
#include "ui/pacs/multipartreader.h"

namespace oncoview::ui {

namespace {

const QByteArray kDicomJson = "application/dicom+json";
// WADO-RS: the instances as stored (no transcoding on the server), else as the server likes.
const QByteArray kAnySyntax = R"(multipart/related; type="application/dicom"; transfer-syntax=*)";
const QByteArray kDefaultSyntax = R"(multipart/related; type="application/dicom")";

QString dicomDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

} // namespace

struct DicomWebClient::Retrieval
{
    QString studyUid;
    QString seriesUid;
    QString folder;
    std::unique_ptr<MultipartReader> reader;
    int instances = 0;
    qint64 bytes = 0;
    QString error; // writing failed, or the body was malformed
    bool retriedWithDefaultSyntax = false;
    int queued = 0; // instances handed to the writer
    int written = 0; // and back from it
    bool networkDone = false;
    QString networkError;
    // Resuming a retrieval cut short: the instances still to fetch one by one, those the folder
    // already held, and the number its files go on from.
    QStringList pending;
    int alreadyPresent = 0;
    int numberBase = 0;
};

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

void DicomWebClient::retrieveSeries(const QString &studyUid, const QString &seriesUid,
                                    const QString &folder, const QStringList & /*first*/)
{
    cancel();
    m_retrieval = std::make_unique<Retrieval>();
    m_retrieval->studyUid = studyUid;
    m_retrieval->seriesUid = seriesUid;
    m_retrieval->folder = folder;
    if (!QDir().mkpath(folder)) {
        const QString message = tr("Cannot create the folder %1.").arg(folder);
        m_retrieval.reset();
        Q_EMIT failed(message);
        return;
    }
    // What the folder holds from before is read off the GUI thread (a header per file).
    const quint64 generation = m_generation;
    m_writer.start([this, folder, generation] {
        const QSet<QString> present = cachedInstances(folder);
        const int lastNumber = lastInstanceNumber(folder);
        QMetaObject::invokeMethod(
            this,
            [this, generation, present, lastNumber] {
                if (generation == m_generation && m_retrieval) {
                    resumeRetrieve(present, lastNumber);
                }
            },
            Qt::QueuedConnection);
    });
}

void DicomWebClient::resumeRetrieve(const QSet<QString> &present, int lastNumber)
{
    if (present.isEmpty()) {
        startRetrieve(true);
        return;
    }
    const QString studyUid = m_retrieval->studyUid;
    const QString seriesUid = m_retrieval->seriesUid;
    // A folder left by a retrieval cut short: the archive's list of the series' instances
    // tells which are missing, and only those are fetched.
    m_retrieval->alreadyPresent = int(present.size());
    m_retrieval->numberBase = lastNumber;
    const QUrl url = instancesUrl(studyUid, seriesUid, {QStringLiteral("00080018")});
    // getJson cancels what runs, this retrieval too: it is set aside meanwhile.
    auto retrieval = std::move(m_retrieval);
    // (getJson's cancel() counts one more generation: the answer belongs to that one.)
    getJson(url, [this, present, generation = m_generation + 1](const QByteArray &json) {
        QString error;
        const QStringList listed = instancesFromDicomJson(json, &error);
        if (!error.isEmpty() || generation != m_generation || !m_retrieval) {
            return error;
        }
        for (const QString &uid : listed) {
            if (!present.contains(uid)) {
                m_retrieval->pending << uid;
            }
        }
        m_retrieval->networkDone = m_retrieval->pending.isEmpty();
        m_retrieval->networkDone ? finishWhenWritten() : startRetrieve(true);
        return QString();
    });
    m_retrieval = std::move(retrieval);
}

void DicomWebClient::startRetrieve(bool anyTransferSyntax)
{
    QString path = QStringLiteral("/studies/%1/series/%2")
                       .arg(m_retrieval->studyUid, m_retrieval->seriesUid);
    if (!m_retrieval->pending.isEmpty()) {
        path += QStringLiteral("/instances/") + m_retrieval->pending.front();
    }
    const QUrl url = endpoint(path);
    m_retrieval->reader.reset();
    m_reply = m_network->get(request(url, anyTransferSyntax ? kAnySyntax : kDefaultSyntax));
    connect(m_reply, &QNetworkReply::readyRead, this, &DicomWebClient::onRetrieveData);
    connect(m_reply, &QNetworkReply::finished, this, &DicomWebClient::onRetrieveFinished);
}

void DicomWebClient::onRetrieveData()
{
    Retrieval &r = *m_retrieval;
    QNetworkReply *reply = m_reply;
    if (!reply || !r.error.isEmpty()
        || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        return; // an error answer is read whole when it finishes
    }
    if (!r.reader) {
        const QByteArray boundary = MultipartReader::boundaryOf(
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (boundary.isEmpty()) {
            r.error = tr("The PACS did not answer with a multipart series.");
            reply->abort();
            return;
        }
        r.reader = std::make_unique<MultipartReader>(
            boundary, [this](MultipartReader::Part &&part) { queueWrite(std::move(part.body)); });
    }
    if (!r.reader->feed(reply->readAll())) {
        r.error = r.reader->error();
    }
    if (!r.error.isEmpty()) {
        reply->abort();
    }
}

void DicomWebClient::onRetrieveFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_retrieval) {
        return;
    }
    if (reply->bytesAvailable() > 0) {
        onRetrieveData(); // the last bytes, when readyRead did not hand them on
    }
    reply->deleteLater();
    m_reply.clear();
    Retrieval &r = *m_retrieval;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A server that cannot send the stored syntax as is: ask again in its own choice.
    if ((status == 406 || status == 400) && !r.retriedWithDefaultSyntax && r.instances == 0) {
        r.retriedWithDefaultSyntax = true;
        startRetrieve(false);
        return;
    }
    r.networkError = r.error.isEmpty() ? problemOf(reply) : r.error;
    if (r.networkError.isEmpty() && r.reader && r.reader->isComplete() && r.pending.size() > 1) {
        r.pending.removeFirst();
        startRetrieve(true);
        return;
    }
    if (r.networkError.isEmpty() && !(r.reader && r.reader->isComplete())) {
        r.networkError = tr("The PACS ended the series early, after %n instance(s).", nullptr,
                            r.reader ? r.reader->partsRead() : 0);
    }
    r.networkDone = true;
    finishWhenWritten();
}

void DicomWebClient::queueWrite(ByteSpans body)
{
    Retrieval &r = *m_retrieval;
    if (!r.error.isEmpty()) {
        return;
    }
    // Files are written on their own thread while the next instances arrive, never as a half
    // file under a .dcm name (writeWholeFile).
    ++r.queued;
    const QString name = QStringLiteral("%1/%2.dcm")
                             .arg(r.folder)
                             .arg(r.numberBase + r.queued, 5, 10, QLatin1Char('0'));
    const quint64 generation = m_generation;
    m_writer.start([this, generation, name, body = std::move(body)] {
        const QString error = writeWholeFile(name, body);
        const qint64 size = body.size();
        QMetaObject::invokeMethod(
            this,
            [this, generation, name, size, error] { onPartWritten(generation, name, size, error); },
            Qt::QueuedConnection);
    });
}

void DicomWebClient::onPartWritten(quint64 generation, const QString &name, qint64 size,
                                   const QString &error)
{
    if (generation != m_generation || !m_retrieval) {
        return; // a retrieval cancelled meanwhile
    }
    Retrieval &r = *m_retrieval;
    ++r.written;
    if (!error.isEmpty()) {
        if (r.error.isEmpty()) {
            r.error = error;
        }
        if (m_reply) {
            m_reply->abort();
        }
    } else {
        ++r.instances;
        r.bytes += size;
        Q_EMIT instanceStored(name, r.instances, r.bytes);
    }
    finishWhenWritten();
}

void DicomWebClient::finishWhenWritten()
{
    Retrieval &r = *m_retrieval;
    if (!r.networkDone || r.written < r.queued) {
        return;
    }
    const QString error = r.error.isEmpty() ? r.networkError : r.error;
    const QString folder = r.folder;
    const int instances = r.alreadyPresent + r.instances;
    m_retrieval.reset();
    error.isEmpty() ? Q_EMIT retrieved(folder, instances) : Q_EMIT failed(error);
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
