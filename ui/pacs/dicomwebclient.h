// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QThreadPool>

// Local
#include "ui/pacs/bytespans.h"
#include "ui/pacs/pacsclient.h"

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace oncoview::ui {

class MultipartReader;

// A DICOMweb client: QIDO-RS study and series search, WADO-RS retrieval of a series into a
// folder as it streams (each instance named only once whole, writeWholeFile: a half-received
// file is never seen whole), with progress and cancel. One request at a time. Redirects stay
// on the same server, so credentials never go elsewhere; TLS certificates are verified. GUI
// thread.
class DicomWebClient : public PacsClient
{
    Q_OBJECT
public:
    explicit DicomWebClient(PacsServer server, QObject *parent = nullptr);
    ~DicomWebClient() override;

    const PacsServer &server() const override { return m_server; }
    // A one-study search: the archive answers DICOMweb to these credentials.
    void testConnection() override;
    void searchStudies(const StudyQuery &query) override;
    void searchSeries(const QString &studyUid) override;
    void findInstances(const QString &studyUid, const QString &seriesUid) override;
    using PacsClient::retrieveSeries;
    void retrieveSeries(const QString &studyUid, const QString &seriesUid, const QString &folder,
                        const QStringList &first) override;
    // STOW-RS: sends the DICOM files to the archive in one request.
    void storeInstances(const QStringList &files) override;
    void cancel() override;
    bool isBusy() const override { return !m_reply.isNull(); }

    // The QIDO-RS URL for a query (tests, the audit log).
    QUrl studySearchUrl(const StudyQuery &query) const;

private:
    QNetworkRequest request(const QUrl &url, const QByteArray &accept) const;
    // QIDO-RS: the series' instances, with these attributes.
    QUrl instancesUrl(const QString &studyUid, const QString &seriesUid,
                      const QStringList &fields) const;
    QUrl endpoint(const QString &path) const;
    // GETs DICOM JSON; `onAnswer` reads the body and says what is wrong with it ("" if fine).
    void getJson(const QUrl &url, const std::function<QString(const QByteArray &)> &onAnswer);
    QString problemOf(QNetworkReply *reply) const;
    // Fetches what `present` (the folder's instances from before, the last numbered
    // `lastNumber`) lacks, or the whole series.
    void resumeRetrieve(const QSet<QString> &present, int lastNumber);
    void startRetrieve(bool anyTransferSyntax);
    void onRetrieveData();
    void onRetrieveFinished();
    void queueWrite(ByteSpans body);
    void onPartWritten(quint64 generation, const QString &name, qint64 size, const QString &error);
    void finishWhenWritten();

    PacsServer m_server;
    QNetworkAccessManager *m_network;
    // PacsServer::caCertificates read once, with the system's: every request's TLS settings.
    std::optional<QSslConfiguration> m_tls;
    QString m_sslProblem; // why the last handshake failed, for the message
    QPointer<QNetworkReply> m_reply;
    // The retrieval in progress.
    struct Retrieval;
    std::unique_ptr<Retrieval> m_retrieval;
    QThreadPool m_writer; // one thread: writes the instances while the next arrive
    quint64 m_generation = 0; // a write answering an older retrieval is ignored
};

} // namespace oncoview::ui
