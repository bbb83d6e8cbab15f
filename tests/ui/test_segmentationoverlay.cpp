// SPDX-License-Identifier: Apache-2.0
// The real breast study's DICOM SEG shows as a label overlay over the DCE in all three slice
// views, and choosing the SEG in the series panel shows it over that series, not alone.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFileInfo>
#include <QTest>

// Local
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/seriesbrowser.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"

using oncoview::mri::MprOrientation;

TEST_CASE("a study's DICOM SEG is overlaid on the series it segments", "[gui][seg]")
{
    const QString study = QDir(QStringLiteral(ONCOVIEW_SHARED_DATA))
                              .filePath(QStringLiteral("dicom/breast_dce_ucsf_br06"));
    if (!QFileInfo(study).isDir()) {
        WARN("shared test data missing, test skipped");
        return;
    }
    oncoview::ui::InferenceService inference;
    oncoview::ui::MainWindow window(&inference);
    window.show();
    window.openStudy(study);
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    const auto checkOverlay = [&] {
        for (const MprOrientation o :
             {MprOrientation::Axial, MprOrientation::Coronal, MprOrientation::Sagittal}) {
            const oncoview::mri::MprView *view = window.mriViewer()->mprView(o);
            REQUIRE(view->hasOverlay());
            REQUIRE(view->overlay().labels.size() == 1);
            CHECK(view->overlay().labels.front().name == QStringLiteral("Breast"));
        }
    };
    CHECK(window.mriViewer()->title().startsWith(QStringLiteral("Sagittal-IR_3DFGRE")));
    checkOverlay();

    // Choosing the SEG (the last series) shows the DCE with the SEG over it.
    auto *browser = window.findChild<oncoview::ui::SeriesBrowser *>();
    REQUIRE(browser);
    Q_EMIT browser->seriesActivated(3);
    QTest::qWait(50);
    CHECK(window.mriViewer()->title().startsWith(QStringLiteral("Sagittal-IR_3DFGRE")));
    CHECK(!window.mriViewer()->title().contains(QStringLiteral("SEG")));
    checkOverlay();
    // Another series of the study has no segmentation: no overlay.
    Q_EMIT browser->seriesActivated(1);
    QTest::qWait(50);
    CHECK(!window.mriViewer()->mprView(MprOrientation::Axial)->hasOverlay());
}
