// SPDX-License-Identifier: Apache-2.0
// File > Open from PACS on a slow archive (a real Orthanc behind a relay at a hospital network's
// pace): the window shows the DCE's first phase while the rest arrives, then the whole series.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QStatusBar>
#include <QTest>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "throttledrelay.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/pacs/pacsdialog.h"

using namespace oncoview;

TEST_CASE("A slow archive's DCE shows its first phase in the window while the rest arrives",
          "[gui][pacs][shared]")
{
    const QString dce
        = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06/image_dce_3dfgre_orig");
    if (!testing::OrthancServer::installed() || !QDir(dce).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc or the shared DCE series is missing");
        return;
    }
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    testing::OrthancServer orthanc;
    REQUIRE(orthanc.start().isEmpty());
    REQUIRE(orthanc.upload(dce) == 180);
    // 24 MB at 6 MB/s: about four seconds for the series.
    testing::ThrottledRelay relay(quint16(QUrl(orthanc.restRoot()).port()), 6'000'000);

    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::PacsDialog *dialog = window.openPacs();
    ui::PacsServer server;
    server.name = QStringLiteral("slow");
    server.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(relay.port()));
    dialog->setServer(server);
    dialog->search();
    REQUIRE(QTest::qWaitFor([&] { return dialog->studyCount() == 1; }, 20000));
    dialog->selectStudy(0);
    REQUIRE(QTest::qWaitFor([&] { return dialog->seriesCount() == 1; }, 20000));
    dialog->openSeries(0);

    const auto phasesShown = [&] {
        return window.study().series.empty() ? 0
                                             : int(window.study().series.front()->phases.size());
    };
    REQUIRE(QTest::qWaitFor([&] { return phasesShown() > 0; }, 60000));
    // The first phase, alone, while the dialog still counts images coming in.
    CHECK(phasesShown() == 1);
    CHECK(window.study().series.front()->info.size[2] == 60);
    CHECK(dialog->status().contains(QStringLiteral("shown meanwhile")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("phase 1 of 3")));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 60000));
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/pacs-first-phase.png"));

    // Then the whole series replaces it.
    const bool whole = QTest::qWaitFor([&] { return phasesShown() == 3; }, 60000);
    INFO(dialog->status().toStdString()
         << " / " << window.statusBar()->currentMessage().toStdString());
    REQUIRE(whole);
    CHECK(window.study().series.front()->info.size[2] == 60);
    QDir(window.study().path).removeRecursively();
    delete dialog;
}
