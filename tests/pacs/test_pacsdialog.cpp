// SPDX-License-Identifier: Apache-2.0
// File > Open from PACS on a real Orthanc: search, choose, retrieve into the cache, open; the
// second time from the cache, without a download.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "ui/pacs/pacsdialog.h"
#include "ui/pacs/pacsserverform.h"
#include "ui/studyloader.h"

using namespace oncoview;
using oncoview::testing::OrthancServer;

TEST_CASE("Open from PACS finds the study, retrieves a series once and opens it",
          "[pacs][shared][gui]")
{
    const QString study = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06");
    if (!OrthancServer::installed() || !QDir(study).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc (orthanc, orthanc-dicomweb) or the shared study is missing");
        return;
    }
    OrthancServer orthanc;
    REQUIRE(orthanc.start().isEmpty());
    REQUIRE(orthanc.upload(study + QStringLiteral("/image_dce_pe1")) == 60);

    ui::PacsDialog dialog;
    ui::PacsServer server;
    server.baseUrl
        = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(testing::freeLocalPort()));
    dialog.setServer(server);
    dialog.testConnection(); // nothing there
    REQUIRE(QTest::qWaitFor([&] { return dialog.status().contains(QStringLiteral("refused")); },
                            20000));
    server.baseUrl = QUrl(orthanc.dicomWebRoot());
    dialog.setServer(server);
    dialog.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return dialog.status().contains(QStringLiteral("answers")); },
                            20000));
    ui::StudyQuery query;
    query.patientName = QStringLiteral("06*");
    dialog.setQuery(query);
    dialog.search();
    REQUIRE(QTest::qWaitFor([&] { return dialog.studyCount() == 1; }, 20000));
    dialog.selectStudy(0);
    REQUIRE(QTest::qWaitFor([&] { return dialog.seriesCount() == 1; }, 20000));

    dialog.show();
    dialog.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/pacs-dialog.png"));
    QSignalSpy ready(&dialog, &ui::PacsDialog::seriesReady);
    dialog.openSeries(0);
    REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 60000));
    const QString folder = ready.front().front().toString();
    CHECK(folder.contains(QStringLiteral("pacs-cache")));
    const ui::LoadedStudy loaded = ui::readStudy(folder);
    REQUIRE(loaded.series.size() == 1);
    CHECK(loaded.series.front()->info.size[2] == 60);

    // The second time: from the cache at once, even with the server gone.
    orthanc.stop();
    dialog.openSeries(0);
    REQUIRE(ready.count() == 2);
    CHECK(ready.back().front().toString() == folder);
    CHECK(dialog.status().contains(QStringLiteral("cache")));
    QDir(folder).removeRecursively();
}

TEST_CASE("Open from PACS over DIMSE: the form checks AE titles, Test echoes, C-MOVE opens",
          "[pacs][dimse][shared][gui]")
{
    const QString study = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06");
    if (!OrthancServer::installed() || !QDir(study).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc or the shared study is missing");
        return;
    }
    const quint16 storePort = testing::freeLocalPort();
    OrthancServer orthanc;
    orthanc.addModality(QStringLiteral("ONCOVIEW"), storePort);
    REQUIRE(orthanc.start().isEmpty());
    REQUIRE(orthanc.upload(study + QStringLiteral("/image_dce_pe1")) == 60);

    ui::PacsDialog dialog;
    ui::PacsServer server;
    server.protocol = ui::PacsServer::Protocol::Dimse;
    server.host = QStringLiteral("127.0.0.1");
    server.port = orthanc.dicomPort();
    server.calledAe = QStringLiteral("ORTHANC\\X"); // a backslash: not an AE title
    dialog.setServer(server);
    dialog.testConnection();
    CHECK(dialog.status().contains(QStringLiteral("AE titles")));
    server.calledAe = QStringLiteral("ORTHANC");
    server.retrieve = ui::PacsServer::Retrieve::Move;
    server.storePort = storePort;
    dialog.setServer(server);
    dialog.testConnection();
    REQUIRE(QTest::qWaitFor([&] { return dialog.status().contains(QStringLiteral("answers")); },
                            20000));
    // What answered is kept for the next time, and for sending results back.
    const ui::PacsServer saved = ui::PacsServerForm::savedServer();
    CHECK(saved.protocol == ui::PacsServer::Protocol::Dimse);
    CHECK(saved.port == orthanc.dicomPort());
    CHECK(saved.retrieve == ui::PacsServer::Retrieve::Move);
    CHECK(saved.storePort == storePort);

    ui::StudyQuery query;
    query.patientId = QStringLiteral("UCSF-BR-06");
    dialog.setQuery(query);
    dialog.search();
    REQUIRE(QTest::qWaitFor([&] { return dialog.studyCount() == 1; }, 20000));
    dialog.selectStudy(0);
    REQUIRE(QTest::qWaitFor([&] { return dialog.seriesCount() == 1; }, 20000));
    dialog.show();
    dialog.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/pacs-dialog-dimse.png"));
    QSignalSpy ready(&dialog, &ui::PacsDialog::seriesReady);
    dialog.openSeries(0);
    REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 60000));
    INFO(dialog.status().toStdString());
    CHECK(dialog.status().contains(QStringLiteral("60")));
    const QString folder = ready.front().front().toString();
    const ui::LoadedStudy loaded = ui::readStudy(folder);
    REQUIRE(loaded.series.size() == 1);
    CHECK(loaded.series.front()->info.size[2] == 60);
    QDir(folder).removeRecursively();
    QSettings().remove(QStringLiteral("pacs"));
}
