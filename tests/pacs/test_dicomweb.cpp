// SPDX-License-Identifier: Apache-2.0
// DICOMweb against a real Orthanc holding the shared breast study: search, series, retrieval
// with the pixels compared to the files; and the ways a server fails.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Local
#include "orthancserver.h"
#include "samepixels.h"
#include "tests/support/prerequisite.h"
#include "ui/pacs/dicomwebclient.h"
#include "ui/studyloader.h"

using namespace oncoview;
using oncoview::testing::OrthancServer;

namespace {

const QString kStudy = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06");

ui::PacsServer serverAt(const QString &dicomWeb)
{
    ui::PacsServer server;
    server.name = QStringLiteral("test");
    server.baseUrl = QUrl(dicomWeb);
    server.timeoutMs = 15000;
    return server;
}

QList<ui::StudyMatch> search(ui::DicomWebClient &client, const ui::StudyQuery &query,
                             QString *failure = nullptr)
{
    QSignalSpy found(&client, &ui::DicomWebClient::studiesFound);
    QSignalSpy failed(&client, &ui::DicomWebClient::failed);
    client.searchStudies(query);
    REQUIRE(QTest::qWaitFor([&] { return found.count() + failed.count() > 0; }, 20000));
    if (failure) {
        *failure = failed.isEmpty() ? QString() : failed.front().front().toString();
    }
    return found.isEmpty() ? QList<ui::StudyMatch> {}
                           : found.front().front().value<QList<ui::StudyMatch>>();
}

// A server that answers every request with `response` and closes: garbage, on purpose.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (socket->readAll().contains("\r\n\r\n")) {
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(serverPort());
    }

private:
    QByteArray m_response;
};

} // namespace

TEST_CASE("The breast study in Orthanc is found, listed and retrieved with the same pixels",
          "[pacs][shared]")
{
    if (!OrthancServer::installed() || !QDir(kStudy).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc (orthanc, orthanc-dicomweb) or the shared study is missing");
        return;
    }
    OrthancServer orthanc;
    const QString problem = orthanc.start();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    CHECK(orthanc.upload(kStudy) == 301); // every DICOM file (not the LICENSE)

    ui::DicomWebClient client(serverAt(orthanc.dicomWebRoot()));
    ui::StudyQuery query;
    query.patientId = QStringLiteral("UCSF-BR-06");
    const QList<ui::StudyMatch> studies = search(client, query);
    REQUIRE(studies.size() == 1);
    const ui::StudyMatch study = studies.front();
    CHECK(study.patientName == QStringLiteral("06^Breast-MRI-NACT-Pilot"));
    CHECK(study.studyDate == QStringLiteral("19910808"));
    CHECK(study.seriesCount == 4);
    CHECK(study.instanceCount == 301);
    ui::StudyQuery byName;
    byName.patientName = QStringLiteral("*NACT*");
    CHECK(search(client, byName).size() == 1);
    byName.offset = 1; // the next page: nothing more
    CHECK(search(client, byName).isEmpty());
    ui::StudyQuery nobody;
    nobody.patientId = QStringLiteral("NOBODY");
    CHECK(search(client, nobody).isEmpty());

    QSignalSpy listed(&client, &ui::DicomWebClient::seriesFound);
    client.searchSeries(study.studyUid);
    REQUIRE(listed.wait(20000));
    const auto series = listed.front().front().value<QList<ui::SeriesMatch>>();
    REQUIRE(series.size() == 4);
    const auto dce = std::find_if(series.begin(), series.end(),
                                  [](const ui::SeriesMatch &s) { return s.instanceCount == 180; });
    REQUIRE(dce != series.end());

    QTemporaryDir cache;
    QSignalSpy stored(&client, &ui::DicomWebClient::instanceStored);
    QSignalSpy retrieved(&client, &ui::DicomWebClient::retrieved);
    QSignalSpy failed(&client, &ui::DicomWebClient::failed);
    client.retrieveSeries(study.studyUid, dce->seriesUid, cache.filePath(QStringLiteral("dce")));
    REQUIRE(QTest::qWaitFor([&] { return retrieved.count() + failed.count() > 0; }, 60000));
    INFO((failed.isEmpty() ? QString() : failed.front().front().toString()).toStdString());
    REQUIRE(retrieved.count() == 1);
    CHECK(retrieved.front().at(1).toInt() == 180);
    CHECK(stored.count() == 180);
    QDirIterator partials(cache.path(), {QStringLiteral("*.partial")}, QDir::Files,
                          QDirIterator::Subdirectories);
    CHECK_FALSE(partials.hasNext());

    // Read like a folder from disk: the same series, phases and voxels as the originals.
    testing::checkSamePixels(cache.filePath(QStringLiteral("dce")),
                             kStudy + QStringLiteral("/image_dce_3dfgre_orig"));

    // Cut short (30 instances gone, a half file left): completed with only what is missing.
    const QString folder = cache.filePath(QStringLiteral("dce"));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files);
    REQUIRE(files.size() == 180);
    for (int i = 0; i < 30; ++i) {
        QFile::remove(QDir(folder).filePath(files[i * 6]));
    }
    QFile half(QDir(folder).filePath(QStringLiteral("00999.dcm.partial")));
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write("DICM half");
    half.close();
    QSignalSpy resumedParts(&client, &ui::DicomWebClient::instanceStored);
    QSignalSpy resumed(&client, &ui::DicomWebClient::retrieved);
    client.retrieveSeries(study.studyUid, dce->seriesUid, folder);
    REQUIRE(QTest::qWaitFor([&] { return resumed.count() + failed.count() > 0; }, 60000));
    INFO((failed.isEmpty() ? QString() : failed.front().front().toString()).toStdString());
    REQUIRE(resumed.count() == 1);
    CHECK(resumed.front().at(1).toInt() == 180);
    CHECK(resumedParts.count() == 30);
    CHECK(QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files).size() == 180);
    CHECK(QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    testing::checkSamePixels(folder, kStudy + QStringLiteral("/image_dce_3dfgre_orig"));
}

TEST_CASE("A PACS that is down, refuses the credentials or sends garbage is said so", "[pacs]")
{
    // Nothing listens there.
    ui::DicomWebClient down(
        serverAt(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(testing::freeLocalPort())));
    QString failure;
    CHECK(search(down, {}, &failure).isEmpty());
    CHECK(failure.contains(QStringLiteral("refused")));

    CannedServer garbage("HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n"
                         "Content-Length: 8\r\n\r\nnot json");
    ui::DicomWebClient confused(serverAt(garbage.url()));
    CHECK(search(confused, {}, &failure).isEmpty());
    CHECK(failure.contains(QStringLiteral("not DICOM JSON")));

    // A series cut short: two boundaries, then the connection closes.
    CannedServer cut("HTTP/1.1 200 OK\r\nContent-Type: multipart/related; "
                     "type=\"application/dicom\"; boundary=xx\r\n\r\n--xx\r\n\r\nDICM\r\n--xx\r\n"
                     "\r\nhalf an insta");
    ui::DicomWebClient shortened(serverAt(cut.url()));
    QTemporaryDir cache;
    QSignalSpy failed(&shortened, &ui::DicomWebClient::failed);
    shortened.retrieveSeries(QStringLiteral("1.2"), QStringLiteral("1.2.3"), cache.path());
    REQUIRE(failed.wait(20000));
    CHECK(failed.front().front().toString().contains(QStringLiteral("ended the series early")));
    CHECK(QDir(cache.path()).entryList({QStringLiteral("*.dcm")}, QDir::Files).size() == 1);
    CHECK(QDir(cache.path()).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());

    if (!OrthancServer::installed()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc is not installed: the credential check is not run");
        return;
    }
    OrthancServer guarded(QStringLiteral("alice"), QStringLiteral("secret"));
    REQUIRE(guarded.start().isEmpty());
    ui::PacsServer wrong = serverAt(guarded.dicomWebRoot());
    wrong.auth = ui::PacsServer::Auth::Basic;
    wrong.user = QStringLiteral("alice");
    wrong.secret = QStringLiteral("guess");
    ui::DicomWebClient refused(wrong);
    CHECK(search(refused, {}, &failure).isEmpty());
    CHECK(failure.contains(QStringLiteral("refused the credentials")));
    ui::PacsServer right = wrong;
    right.secret = QStringLiteral("secret");
    ui::DicomWebClient allowed(right);
    search(allowed, {}, &failure);
    CHECK(failure.isEmpty());
}
