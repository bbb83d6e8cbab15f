// SPDX-License-Identifier: Apache-2.0
// The first phase of a DCE series shown while the rest arrives: the archive's listing (QIDO-RS
// and C-FIND at image level, from a real Orthanc) splits the phases exactly as the scanner
// splits the files, and a retrieval slowed to a hospital network's pace hands the first phase
// to the window as soon as its instances are in, before the series is whole.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>
#include <tuple>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "throttledrelay.h"
#include "ui/pacs/cachedinstances.h"
#include "ui/pacs/dicomwebclient.h"
#include "ui/pacs/dimseclient.h"
#include "ui/pacs/pacsdialog.h"
#include "ui/studyloader.h"
#include "viewers/mri/io/phaselayout.h"
#include "viewers/mri/io/studyscanner.h"

using namespace oncoview;
using oncoview::testing::OrthancServer;

namespace {

const QString kBreastDce
    = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06/image_dce_3dfgre_orig");
const QString kMouseDce
    = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/bruker_9.4T_mouse_DCE/DCE_16sl_x_40dyn");

ui::PacsServer dicomWebAt(const QString &root)
{
    ui::PacsServer server;
    server.name = QStringLiteral("web");
    server.baseUrl = QUrl(root);
    server.timeoutMs = 15000;
    return server;
}

ui::PacsServer dimseAt(quint16 port)
{
    ui::PacsServer server;
    server.name = QStringLiteral("dimse");
    server.protocol = ui::PacsServer::Protocol::Dimse;
    server.host = QStringLiteral("127.0.0.1");
    server.port = port;
    server.calledAe = QStringLiteral("ORTHANC");
    server.timeoutMs = 15000;
    return server;
}

// The scanner's own phases of a folder, as SOP Instance UIDs.
std::vector<std::vector<std::string>> scannedPhases(const QString &folder, std::string *studyUid,
                                                    std::string *seriesUid)
{
    const mri::StudyScan scan = mri::scanStudy(folder.toStdString());
    REQUIRE(scan.series.size() == 1);
    *studyUid = scan.series.front().studyUid;
    *seriesUid = scan.series.front().uid;
    std::vector<std::vector<std::string>> phases;
    for (const auto &files : scan.series.front().phaseFiles) {
        phases.emplace_back();
        for (const std::string &file : files) {
            phases.back().push_back(
                ui::sopInstanceUidOf(QString::fromStdString(file)).toStdString());
        }
    }
    return phases;
}

} // namespace

TEST_CASE("The archive's listing splits a DCE into the phases the scanner finds in its files",
          "[pacs][dimse][shared][long]")
{
    if (!OrthancServer::installed() || !QDir(kBreastDce).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc or the shared DCE series are missing");
        return;
    }
    OrthancServer orthanc;
    orthanc.addModality(QStringLiteral("ONCOVIEW"), testing::freeLocalPort());
    REQUIRE(orthanc.start().isEmpty());
    // GE's breast DCE (phases told apart by Content Time only) and Bruker's (by Acquisition
    // Number, 40 of them).
    // And the scanner's single-phase map (percent enhancement): nothing to show early.
    const QString singlePhase
        = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06/image_dce_pe1");
    for (const auto &[folder, count, phases] :
         {std::tuple {kBreastDce, 180, 3}, std::tuple {kMouseDce, 640, 40},
          std::tuple {singlePhase, 60, 1}}) {
        INFO(folder.toStdString());
        REQUIRE(orthanc.upload(folder) == count);
        std::string studyUid, seriesUid;
        const auto expected = scannedPhases(folder, &studyUid, &seriesUid);
        REQUIRE(int(expected.size()) == phases);
        for (const ui::PacsServer &server :
             {dicomWebAt(orthanc.dicomWebRoot()), dimseAt(orthanc.dicomPort())}) {
            INFO(server.displayName().toStdString());
            std::unique_ptr<ui::PacsClient> client(ui::PacsClient::create(server, nullptr));
            QSignalSpy found(client.get(), &ui::PacsClient::instancesFound);
            QSignalSpy failed(client.get(), &ui::PacsClient::failed);
            client->findInstances(QString::fromStdString(studyUid),
                                  QString::fromStdString(seriesUid));
            REQUIRE(QTest::qWaitFor([&] { return found.count() + failed.count() > 0; }, 60000));
            REQUIRE(failed.isEmpty());
            const auto listed = found.front().front().value<std::vector<mri::ListedInstance>>();
            CHECK(int(listed.size()) == count);
            const auto layout = mri::phaseLayout(listed);
            if (phases > 1) {
                CHECK(layout == expected);
            } else {
                CHECK(layout.empty());
            }
        }
    }
}

TEST_CASE("A DCE arriving at a hospital network's pace shows its first phase before the rest",
          "[pacs][dimse][shared][gui][long]")
{
    if (!OrthancServer::installed() || !QDir(kBreastDce).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc or the shared DCE series is missing");
        return;
    }
    OrthancServer orthanc;
    orthanc.addModality(QStringLiteral("ONCOVIEW"), testing::freeLocalPort());
    REQUIRE(orthanc.start().isEmpty());
    REQUIRE(orthanc.upload(kBreastDce) == 180);
    std::string studyUid, seriesUid;
    const auto phases = scannedPhases(kBreastDce, &studyUid, &seriesUid);
    const ui::LoadedStudy whole = ui::readStudy(kBreastDce);
    REQUIRE(whole.series.size() == 1);

    // 24 MB at 12 MB/s: about two seconds for the series.
    const qint64 rate = 12'000'000;
    testing::ThrottledRelay web(quint16(QUrl(orthanc.restRoot()).port()), rate);
    testing::ThrottledRelay dicom(orthanc.dicomPort(), rate);
    for (const ui::PacsServer &server :
         {dicomWebAt(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(web.port())),
          dimseAt(dicom.port())}) {
        INFO(server.displayName().toStdString());
        ui::PacsDialog dialog;
        dialog.setServer(server);
        dialog.search();
        REQUIRE(QTest::qWaitFor([&] { return dialog.studyCount() == 1; }, 20000));
        dialog.selectStudy(0);
        REQUIRE(QTest::qWaitFor([&] { return dialog.seriesCount() == 1; }, 20000));
        const QString folder = ui::PacsDialog::cacheFolder(QString::fromStdString(studyUid),
                                                           QString::fromStdString(seriesUid));
        QDir(folder).removeRecursively();

        QSignalSpy early(&dialog, &ui::PacsDialog::firstPhaseReady);
        QSignalSpy ready(&dialog, &ui::PacsDialog::seriesReady);
        QElapsedTimer clock;
        clock.start();
        dialog.openSeries(0);
        REQUIRE(QTest::qWaitFor([&] { return early.count() + ready.count() > 0; }, 60000));
        const qint64 firstPhaseMs = clock.elapsed();
        REQUIRE(early.count() == 1);
        REQUIRE(ready.isEmpty()); // shown while the rest is still on its way
        CHECK(dialog.status().contains(QStringLiteral("phase 1 of 3 shown")));
        REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 60000));
        const qint64 wholeMs = clock.elapsed();
        INFO("first phase after " << firstPhaseMs << " ms, whole series after " << wholeMs
                                  << " ms");
        // Orthanc sends a series over DICOMweb in the order it received it (here the files'
        // order, phase after phase); over C-GET in no particular order, so there the first
        // phase is asked for on its own before the rest (it was whole only near the end).
        CHECK(firstPhaseMs < wholeMs * 2 / 3);

        // The files handed on early are the first phase, read alone exactly as in the whole.
        CHECK(early.front().at(0).toString() == folder);
        CHECK(early.front().at(2).toInt() == 3);
        const QStringList files = early.front().at(1).toStringList();
        REQUIRE(files.size() == 60);
        std::set<std::string> uids;
        for (const QString &file : files) {
            uids.insert(ui::sopInstanceUidOf(file).toStdString());
        }
        CHECK(uids == std::set<std::string>(phases.front().begin(), phases.front().end()));
        const ui::LoadedStudy first = ui::readStudy(folder, {}, nullptr, files);
        REQUIRE(first.series.size() == 1);
        REQUIRE(first.series.front()->phases.size() == 1);
        CHECK(first.series.front()->phases.front().voxels
              == whole.series.front()->phases.front().voxels);
        QDir(folder).removeRecursively();
    }
}
