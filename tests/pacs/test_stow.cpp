// SPDX-License-Identifier: Apache-2.0
// Results back to the archive: a key image written as a DICOM Secondary Capture in the real
// breast study, stored in Orthanc with STOW-RS, found with the study, retrieved, and read back
// with GDCM's and DCMTK's own tools, pixel for pixel.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "tests/support/runtool.h"
#include "ui/pacs/dicomwebclient.h"
#include "ui/studyloader.h"
#include "viewers/mri/io/secondarycapture.h"

using namespace oncoview;
using oncoview::testing::OrthancServer;

TEST_CASE("A key image goes back to the study in the archive and reads back pixel for pixel",
          "[pacs][shared]")
{
    const QString study = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06");
    if (!OrthancServer::installed() || !QDir(study).exists()
        || QStandardPaths::findExecutable(QStringLiteral("gdcmraw")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("dcmdump")).isEmpty()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc, gdcmraw, dcmdump or the shared study is missing");
        return;
    }
    const ui::LoadedStudy loaded = ui::readStudy(study + QStringLiteral("/image_dce_pe1"));
    REQUIRE(!loaded.series.empty());
    const mri::SeriesInfo &source = loaded.series.front()->info;

    mri::KeyImage key;
    key.width = 64;
    key.height = 48;
    for (int y = 0; y < key.height; ++y) {
        for (int x = 0; x < key.width; ++x) {
            key.rgb.insert(key.rgb.end(), {uint8_t(x * 4), uint8_t(y * 5), uint8_t(200)});
        }
    }
    key.studyUid = source.studyUid;
    key.identity = source.identity;
    key.derivation = "Sagittal MPR of " + source.description;
    QTemporaryDir dir;
    const QString written = dir.filePath(QStringLiteral("key.dcm"));
    const std::string sopUid = mri::writeSecondaryCapture(key, written.toStdString());
    CHECK(!sopUid.empty());

    OrthancServer orthanc;
    REQUIRE(orthanc.start().isEmpty());
    REQUIRE(orthanc.upload(study + QStringLiteral("/image_dce_pe1")) == 60);
    ui::PacsServer server;
    server.baseUrl = QUrl(orthanc.dicomWebRoot());
    ui::DicomWebClient client(server);
    QSignalSpy stored(&client, &ui::DicomWebClient::stored);
    QSignalSpy failed(&client, &ui::DicomWebClient::failed);
    client.storeInstances({written});
    REQUIRE(QTest::qWaitFor([&] { return stored.count() + failed.count() > 0; }, 20000));
    INFO((failed.isEmpty() ? QString() : failed.front().front().toString()).toStdString());
    REQUIRE(stored.count() == 1);

    // The study now lists the key image's series beside the scanner's.
    QSignalSpy listed(&client, &ui::DicomWebClient::seriesFound);
    client.searchSeries(QString::fromStdString(source.studyUid));
    REQUIRE(listed.wait(20000));
    const auto series = listed.front().front().value<QList<ui::SeriesMatch>>();
    REQUIRE(series.size() == 2);
    const auto keySeries = std::find_if(series.begin(), series.end(), [](const auto &s) {
        return s.modality == QStringLiteral("OT");
    });
    REQUIRE(keySeries != series.end());
    CHECK(keySeries->description == QStringLiteral("OncoView key images"));

    QSignalSpy retrieved(&client, &ui::DicomWebClient::retrieved);
    client.retrieveSeries(QString::fromStdString(source.studyUid), keySeries->seriesUid,
                          dir.filePath(QStringLiteral("back")));
    REQUIRE(retrieved.wait(20000));
    const QString back = dir.filePath(QStringLiteral("back/00001.dcm"));
    REQUIRE(QFile::exists(back));

    // DCMTK reads it as a Secondary Capture of this patient and study.
    const QString dump = testing::runTool(QStringLiteral("dcmdump"), {back});
    CHECK(dump.contains(QStringLiteral("=SecondaryCaptureImageStorage")));
    CHECK(dump.contains(QStringLiteral("[06^Breast-MRI-NACT-Pilot]")));
    CHECK(dump.contains(QString::fromStdString(source.studyUid)));
    CHECK(dump.contains(QStringLiteral("(0028,0301) CS [YES]")));
    // GDCM's raw pixels are the image's, byte for byte.
    const QString raw = dir.filePath(QStringLiteral("pixels.raw"));
    testing::runTool(QStringLiteral("gdcmraw"),
                     {QStringLiteral("-i"), back, QStringLiteral("-o"), raw});
    QFile pixels(raw);
    REQUIRE(pixels.open(QIODevice::ReadOnly));
    const QByteArray bytes = pixels.readAll();
    CHECK(bytes
          == QByteArray(reinterpret_cast<const char *>(key.rgb.data()), qsizetype(key.rgb.size())));
}
