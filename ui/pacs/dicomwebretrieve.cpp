// SPDX-License-Identifier: Apache-2.0
// DicomWebClient: WADO-RS retrieval of a series into a folder as it streams, resumed where a
// retrieval cut short left off, each instance written on the writer thread.
#include "ui/pacs/dicomwebclient.h"

// Qt
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

// Local
#include "ui/pacs/cachedinstances.h"
#include "ui/pacs/dicomjson.h"
#include "ui/pacs/dicomwebretrieval_p.h"
#include "ui/pacs/instancefile.h"

namespace oncoview::ui {

namespace {

// WADO-RS: the instances as stored (no transcoding on the server), else as the server likes.
const QByteArray kAnySyntax = R"(multipart/related; type="application/dicom"; transfer-syntax=*)";
const QByteArray kDefaultSyntax = R"(multipart/related; type="application/dicom")";

} // namespace

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

} // namespace oncoview::ui
