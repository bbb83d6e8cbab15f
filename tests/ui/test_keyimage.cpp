// SPDX-License-Identifier: Apache-2.0
// File > Send View to PACS as Key Image, on the demo study and a real Orthanc.
#include <catch2/catch.hpp>

// Qt
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/demoassets.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/pacs/dicomwebclient.h"

using namespace oncoview;

TEST_CASE("The view goes to the archive as a key image in its study", "[gui][demo][pacs]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    if (!testing::OrthancServer::installed()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc (orthanc, orthanc-dicomweb) is not installed");
        return;
    }
    testing::OrthancServer orthanc;
    REQUIRE(orthanc.start().isEmpty());
    const ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QSignalSpy sent(&window, &ui::MainWindow::keyImageSent);
    window.sendKeyImage(false); // nothing open: said so, nothing sent
    REQUIRE(sent.count() == 1);
    CHECK(sent.front().front().toString().contains(QStringLiteral("MRI view")));

    window.openStudy(demo.study());
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    window.sendKeyImage(false);
    REQUIRE(sent.count() == 2);
    CHECK(sent.back().front().toString().contains(QStringLiteral("Open from PACS")));

    QSettings().setValue(QStringLiteral("pacs/dicomWebUrl"), orthanc.dicomWebRoot());
    window.sendKeyImage(false);
    REQUIRE(QTest::qWaitFor([&] { return sent.count() == 3; }, 30000));
    INFO(sent.back().front().toString().toStdString());
    CHECK(sent.back().front().toString().isEmpty());

    // The archive now holds one series in the demo study: the key image.
    ui::PacsServer server;
    server.baseUrl = QUrl(orthanc.dicomWebRoot());
    ui::DicomWebClient client(server);
    QSignalSpy listed(&client, &ui::DicomWebClient::seriesFound);
    client.searchSeries(QString::fromStdString(window.study().series.front()->info.studyUid));
    REQUIRE(listed.wait(20000));
    const auto series = listed.front().front().value<QList<ui::SeriesMatch>>();
    REQUIRE(series.size() == 1);
    CHECK(series.front().modality == QStringLiteral("OT"));
    CHECK(series.front().instanceCount == 1);
    QSettings().remove(QStringLiteral("pacs"));
}
