// SPDX-License-Identifier: Apache-2.0
// bench_pacs: the shared 640-file Bruker DCE series (16 slices x 40 dynamics) retrieved from a
// real Orthanc over loopback through OncoView's DICOMweb client (WADO-RS, streamed into the
// cache), against curl fetching the same WADO-RS series in the same run. Goals: the whole series
// within 1.2x curl, the first image within a third of the whole. The same series by DIMSE C-GET
// and C-MOVE is timed too, against our WADO-RS client (informative). Through a relay at a
// hospital network's pace (10 MB/s), the time until the first of the 40 phases can be shown,
// against the whole series through the same relay (goal: within a third of it).
//   bench_pacs [--runs N] [--wado-only]   (--wado-only: the loopback WADO-RS runs alone, for
//   profiling the client)
#include "benchjson.h"

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

// Local
#include "orthancserver.h"
#include "throttledrelay.h"
#include "ui/pacs/dicomwebclient.h"
#include "ui/pacs/dimseclient.h"
#include "ui/pacs/firstphasewatcher.h"

#include <cstdio>
#include <memory>

using namespace oncoview;

namespace {

const QString kSeries
    = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/bruker_9.4T_mouse_DCE/DCE_16sl_x_40dyn");

struct ClientRun
{
    double firstMs = 0;
    double wholeMs = 0;
    int instances = 0;
    qint64 bytes = 0;
};

template<typename Signal> void waitFor(ui::PacsClient &client, Signal signal)
{
    QEventLoop loop;
    QObject::connect(&client, signal, &loop, &QEventLoop::quit);
    QObject::connect(&client, &ui::PacsClient::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "bench_pacs: %s\n", message.toLocal8Bit().constData());
        std::exit(1);
    });
    loop.exec();
}

// Where the loopback runs write, curl and our client alike: a RAM file system when there is
// one. This machine's disk (ext4 without a journal) skips every inode freed in the last
// minutes when it allocates one, one by one, for each new file: after any run of a test or
// of this benchmark deleted thousands of files, creating 640 took 60-200 ms instead of 15. A
// desktop's journalled ext4, XFS or APFS does not do that; tmpfs is as fast as a clean disk
// here (15 ms for 640 files). The same series written to the disk is timed too
// (whole_series_disk_ms, informative).
QString scratchRoot()
{
    const QString ram = QStringLiteral("/dev/shm");
    return QFileInfo(ram).isDir() && QFileInfo(ram).isWritable() ? ram : QDir::tempPath();
}

// Every run's files are kept until the benchmark ends. Deleting the last run's 640 files just
// before the next run writes its own made the disk skip each recently freed inode (above).
QString freshFolder(bool onDisk = false)
{
    static QTemporaryDir ram(scratchRoot() + QStringLiteral("/bench_pacs-XXXXXX"));
    static QTemporaryDir disk;
    static int runs = 0;
    return (onDisk ? disk : ram).filePath(QStringLiteral("run-%1").arg(++runs));
}

ClientRun retrieveWithClient(ui::PacsClient &client, const QString &study, const QString &series,
                             bool onDisk = false)
{
    ClientRun run;
    QElapsedTimer clock;
    QObject connection;
    QObject::connect(&client, &ui::PacsClient::instanceStored, &connection,
                     [&](const QString &, int instances, qint64 bytes) {
                         if (instances == 1) {
                             run.firstMs = double(clock.nsecsElapsed()) / 1e6;
                         }
                         run.instances = instances;
                         run.bytes = bytes;
                     });
    clock.start();
    client.retrieveSeries(study, series, freshFolder(onDisk));
    waitFor(client, &ui::PacsClient::retrieved);
    run.wholeMs = double(clock.nsecsElapsed()) / 1e6;
    return run;
}

// The series through `server` (a slowed relay) while a FirstPhaseWatcher follows it: when the
// first phase could be shown, and when the whole series is in. As the PACS dialog does, a DIMSE
// retrieval waits for the listing and asks for the first phase before the rest; WADO-RS starts
// at once. `inArchiveOrder`: DIMSE too starts at once, in the archive's order (as before
// OncoView asked for the first phase first).
ClientRun retrieveFirstPhase(const ui::PacsServer &server, const QString &study,
                             const QString &series, int instances, bool inArchiveOrder = false)
{
    const QString path = freshFolder();
    std::unique_ptr<ui::PacsClient> client(ui::PacsClient::create(server, nullptr));
    const bool firstPhaseFirst
        = server.protocol == ui::PacsServer::Protocol::Dimse && !inArchiveOrder;
    ClientRun run;
    QElapsedTimer clock;
    clock.start();
    ui::FirstPhaseWatcher watcher(server, study, series, path, instances);
    if (firstPhaseFirst) {
        QObject::connect(
            &watcher, &ui::FirstPhaseWatcher::layoutKnown,
            [&](const QStringList &first) { client->retrieveSeries(study, series, path, first); });
    } else {
        client->retrieveSeries(study, series, path);
    }
    QObject::connect(client.get(), &ui::PacsClient::instanceStored, &watcher,
                     &ui::FirstPhaseWatcher::instanceLanded);
    QObject::connect(&watcher, &ui::FirstPhaseWatcher::firstPhaseReady,
                     [&] { run.firstMs = double(clock.nsecsElapsed()) / 1e6; });
    QObject::connect(client.get(), &ui::PacsClient::retrieved,
                     [&](const QString &, int count) { run.instances = count; });
    waitFor(*client, &ui::PacsClient::retrieved);
    run.wholeMs = double(clock.nsecsElapsed()) / 1e6;
    if (run.instances != instances || run.firstMs <= 0) {
        std::fprintf(stderr, "bench_pacs: %d of %d instances, first phase %s\n", run.instances,
                     instances, run.firstMs > 0 ? "shown" : "never shown");
        std::exit(1);
    }
    return run;
}

double retrieveWithCurl(const QString &url)
{
    const QString folder = freshFolder();
    QDir().mkpath(folder);
    QElapsedTimer clock;
    clock.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sf"), QStringLiteral("-o"), folder + QStringLiteral("/series.bin"),
                QStringLiteral("-H"),
                QStringLiteral("Accept: multipart/related; type=\"application/dicom\"; "
                               "transfer-syntax=*"),
                url});
    if (!curl.waitForFinished(120000) || curl.exitCode() != 0) {
        std::fprintf(stderr, "bench_pacs: curl failed\n");
        std::exit(1);
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

// Qt's HTTP stack alone: the same request read and dropped, nothing parsed or written. What
// the client adds on top of it is its own cost.
// `firstInstanceMs`: when the first instance's bytes and the boundary after it are in (about
// 54 KB), the earliest a client could write the first image: Orthanc's own latency.
double retrieveWithQtOnly(QNetworkAccessManager &network, const QString &url,
                          double *firstInstanceMs = nullptr)
{
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Accept",
                         R"(multipart/related; type="application/dicom"; transfer-syntax=*)");
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(request);
    qint64 bytes = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        bytes += reply->readAll().size();
        if (firstInstanceMs && *firstInstanceMs == 0 && bytes > 54'000) {
            *firstInstanceMs = double(clock.nsecsElapsed()) / 1e6;
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    bytes += reply->readAll().size();
    reply->deleteLater();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    int runs = 7;
    bool wadoOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[i + 1]));
        }
        wadoOnly = wadoOnly || QByteArray(argv[i]) == "--wado-only";
    }
    if (!testing::OrthancServer::installed() || !QDir(kSeries).exists()
        || QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        std::fprintf(stderr,
                     "bench_pacs: needs orthanc, orthanc-dicomweb, curl and the shared "
                     "breast study\n");
        return 2;
    }
    testing::OrthancServer orthanc;
    const quint16 storePort = testing::freeLocalPort();
    orthanc.addModality(QStringLiteral("ONCOVIEW"), storePort);
    if (const QString problem = orthanc.start(); !problem.isEmpty()) {
        std::fprintf(stderr, "bench_pacs: %s\n", problem.toLocal8Bit().constData());
        return 1;
    }
    const int uploaded = orthanc.upload(kSeries);

    ui::PacsServer server;
    server.baseUrl = QUrl(orthanc.dicomWebRoot());
    ui::DicomWebClient client(server);
    QString studyUid;
    QString seriesUid;
    QObject::connect(&client, &ui::DicomWebClient::studiesFound,
                     [&](const QList<ui::StudyMatch> &studies) {
                         studyUid = studies.isEmpty() ? QString() : studies.front().studyUid;
                     });
    QObject::connect(&client, &ui::DicomWebClient::seriesFound,
                     [&](const QList<ui::SeriesMatch> &series) {
                         seriesUid = series.isEmpty() ? QString() : series.front().seriesUid;
                     });
    client.searchStudies({});
    waitFor(client, &ui::DicomWebClient::studiesFound);
    client.searchSeries(studyUid);
    waitFor(client, &ui::DicomWebClient::seriesFound);
    const QString url = QStringLiteral("%1/studies/%2/series/%3")
                            .arg(orthanc.dicomWebRoot(), studyUid, seriesUid);

    // The same series over DIMSE, by C-GET and by C-MOVE to our storage SCP (informative).
    ui::PacsServer dimse;
    dimse.protocol = ui::PacsServer::Protocol::Dimse;
    dimse.host = QStringLiteral("127.0.0.1");
    dimse.port = orthanc.dicomPort();
    dimse.calledAe = QStringLiteral("ORTHANC");
    dimse.storePort = storePort;
    ui::DimseClient byGet(dimse);
    dimse.retrieve = ui::PacsServer::Retrieve::Move;
    ui::DimseClient byMove(dimse);

    // One of each first: Orthanc's own caches are warm for both.
    retrieveWithCurl(url);
    retrieveWithClient(client, studyUid, seriesUid);
    if (!wadoOnly) {
        retrieveWithClient(byGet, studyUid, seriesUid);
    }
    QNetworkAccessManager network;
    retrieveWithQtOnly(network, url);
    std::vector<double> qtMs;
    std::vector<double> qtFirstMs;
    std::vector<double> curlMs;
    std::vector<double> wholeMs;
    std::vector<double> firstMs;
    std::vector<double> diskMs;
    std::vector<double> getMs;
    std::vector<double> moveMs;
    ClientRun last;
    for (int i = 0; i < runs; ++i) { // interleaved: both see the same machine load
        curlMs.push_back(retrieveWithCurl(url));
        double firstBytes = 0;
        qtMs.push_back(retrieveWithQtOnly(network, url, &firstBytes));
        qtFirstMs.push_back(firstBytes);
        last = retrieveWithClient(client, studyUid, seriesUid);
        wholeMs.push_back(last.wholeMs);
        firstMs.push_back(last.firstMs);
        diskMs.push_back(retrieveWithClient(client, studyUid, seriesUid, true).wholeMs);
    }
    const double curl = bench::quantile(curlMs, 0.5);
    const double whole = bench::quantile(wholeMs, 0.5);
    const double first = bench::quantile(firstMs, 0.5);
    bench::printMetric("pacs", "instances", last.instances, "count",
                       bench::Baseline {double(uploaded), "ratio==1"});
    bench::printMetric("pacs", "series_megabytes", double(last.bytes) / 1e6, "MB");
    bench::printMetric("pacs", "whole_series_ms", whole, "ms",
                       bench::Baseline {curl,
                                        "ratio<=1.2 (curl, same WADO-RS request; both "
                                        "write to RAM when /dev/shm is there)"});
    bench::printMetric("pacs", "whole_series_disk_ms", bench::quantile(diskMs, 0.5), "ms",
                       bench::Baseline {curl,
                                        "informative: ours into the disk's temporary "
                                        "folder, curl into RAM (see scratchRoot)"});
    bench::printMetric("pacs", "qt_http_only_ms", bench::quantile(qtMs, 0.5), "ms",
                       bench::Baseline {curl, "informative: Qt's HTTP stack alone vs curl"});
    bench::printMetric("pacs", "first_image_ms", first, "ms",
                       bench::Baseline {whole, "ratio<=0.333 (of the whole series)"});
    bench::printMetric("pacs", "qt_http_first_instance_bytes_ms", bench::quantile(qtFirstMs, 0.5),
                       "ms",
                       bench::Baseline {first,
                                        "informative: when the first instance's bytes are "
                                        "in over Qt alone, vs our first image"});
    bench::printMetric("pacs", "throughput_mb_per_s", double(last.bytes) / 1e3 / whole, "MB/s");
    if (wadoOnly) {
        return 0;
    }
    // DIMSE after, not interleaved: its 1280 files a round would still be written back to
    // disk while the WADO-RS runs create theirs.
    for (int i = 0; i < runs; ++i) {
        getMs.push_back(retrieveWithClient(byGet, studyUid, seriesUid).wholeMs);
        moveMs.push_back(retrieveWithClient(byMove, studyUid, seriesUid).wholeMs);
    }
    // At a hospital network's pace: fewer runs, each takes seconds.
    testing::ThrottledRelay relay(quint16(QUrl(orthanc.restRoot()).port()), 10'000'000);
    ui::PacsServer slow = server;
    slow.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(relay.port()));
    std::vector<double> slowFirstPhaseMs;
    std::vector<double> slowWholeMs;
    // And over DIMSE (C-GET) at the same pace, where the first phase is asked for first.
    testing::ThrottledRelay dimseRelay(orthanc.dicomPort(), 10'000'000);
    ui::PacsServer slowDimse = dimse;
    slowDimse.retrieve = ui::PacsServer::Retrieve::Get;
    slowDimse.port = dimseRelay.port();
    std::vector<double> slowDimseFirstPhaseMs;
    std::vector<double> slowDimseWholeMs;
    std::vector<double> slowDimseUnorderedMs;
    for (int i = 0; i < std::min(runs, 3); ++i) {
        const ClientRun paced = retrieveFirstPhase(slow, studyUid, seriesUid, uploaded);
        slowFirstPhaseMs.push_back(paced.firstMs);
        slowWholeMs.push_back(paced.wholeMs);
        const ClientRun pacedDimse = retrieveFirstPhase(slowDimse, studyUid, seriesUid, uploaded);
        slowDimseFirstPhaseMs.push_back(pacedDimse.firstMs);
        slowDimseWholeMs.push_back(pacedDimse.wholeMs);
        slowDimseUnorderedMs.push_back(
            retrieveFirstPhase(slowDimse, studyUid, seriesUid, uploaded, true).firstMs);
    }
    const double slowWhole = bench::quantile(slowWholeMs, 0.5);
    bench::printMetric("pacs", "paced_whole_series_ms", slowWhole, "ms");
    bench::printMetric(
        "pacs", "paced_first_phase_ms", bench::quantile(slowFirstPhaseMs, 0.5), "ms",
        bench::Baseline {slowWhole, "ratio<=0.333 (of the whole series at 10 MB/s)"});
    const double slowDimseWhole = bench::quantile(slowDimseWholeMs, 0.5);
    bench::printMetric("pacs", "paced_dimse_whole_series_ms", slowDimseWhole, "ms");
    bench::printMetric(
        "pacs", "paced_dimse_first_phase_ms", bench::quantile(slowDimseFirstPhaseMs, 0.5), "ms",
        bench::Baseline {slowDimseWhole, "ratio<=0.333 (of the whole series by C-GET at 10 MB/s)"});
    bench::printMetric("pacs", "paced_dimse_first_phase_in_archive_order_ms",
                       bench::quantile(slowDimseUnorderedMs, 0.5), "ms",
                       bench::Baseline {slowDimseWhole,
                                        "informative: the first phase when the archive's C-GET "
                                        "order is kept"});
    bench::printMetric("pacs", "dimse_cget_whole_series_ms", bench::quantile(getMs, 0.5), "ms",
                       bench::Baseline {whole, "informative: DIMSE C-GET vs our WADO-RS"});
    bench::printMetric("pacs", "dimse_cmove_whole_series_ms", bench::quantile(moveMs, 0.5), "ms",
                       bench::Baseline {whole, "informative: DIMSE C-MOVE vs our WADO-RS"});
    return 0;
}
