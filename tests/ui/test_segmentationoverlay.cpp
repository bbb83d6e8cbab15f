// SPDX-License-Identifier: Apache-2.0
// The real breast study's DICOM SEG shows as a label overlay over the DCE in all three slice
// views, and choosing the SEG in the series panel shows it over that series, not alone.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

// Local
#include "tests/support/prerequisite.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/seriesbrowser.h"
#include "viewers/mri/io/demostudywriter.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"

using oncoview::mri::MprOrientation;

TEST_CASE("a study's DICOM SEG is overlaid on the series it segments", "[gui][seg]")
{
    const QString study = QDir(QStringLiteral(ONCOVIEW_SHARED_DATA))
                              .filePath(QStringLiteral("dicom/breast_dce_ucsf_br06"));
    if (!QFileInfo(study).isDir()) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped");
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

TEST_CASE("a parametric map chosen in the series panel shows as a heatmap over its series",
          "[gui][seg]")
{
    const std::filesystem::path shared(ONCOVIEW_SHARED_DATA);
    const auto study = shared / "dicom/breast_dce_ucsf_br06";
    if (!std::filesystem::exists(study / "mask/1-1.dcm")) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped");
        return;
    }
    QTemporaryDir dir;
    const std::filesystem::path root(dir.path().toStdString());
    std::filesystem::copy(study / "image_dce_3dfgre_orig", root / "dce");
    std::filesystem::copy(study / "mask", root / "mask");
    // Names the DCE only through the SEG's instances (no Referenced Series Sequence).
    oncoview::mri::writeParametricMapFromSegmentation(study / "mask/1-1.dcm", root / "ktrans.dcm",
                                                      2.5);
    oncoview::ui::InferenceService inference;
    oncoview::ui::MainWindow window(&inference);
    window.show();
    window.openStudy(dir.path());
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    const oncoview::mri::MprView *axial = window.mriViewer()->mprView(MprOrientation::Axial);
    // By default the segmentation.
    REQUIRE(axial->hasOverlay());
    CHECK(axial->overlay().colormap == oncoview::mri::OverlayColormap::Labels);
    // The map, chosen: a heatmap of its quantity in its unit, over the DCE.
    auto *browser = window.findChild<oncoview::ui::SeriesBrowser *>();
    REQUIRE(browser);
    int mapIndex = -1;
    for (size_t i = 0; i < window.study().series.size(); ++i) {
        if (window.study().series[i]->info.role == "parametric-map") {
            mapIndex = int(i);
        }
    }
    REQUIRE(mapIndex >= 0);
    Q_EMIT browser->seriesActivated(mapIndex);
    QTest::qWait(50);
    CHECK(window.mriViewer()->title().startsWith(QStringLiteral("Sagittal-IR_3DFGRE")));
    REQUIRE(axial->hasOverlay());
    CHECK(axial->overlay().colormap == oncoview::mri::OverlayColormap::Jet);
    CHECK(axial->overlay().unit == QStringLiteral("/min"));
    CHECK(axial->overlay().name.contains(QStringLiteral("KTRANS")));
    // For a person to look at: build/release/tests/ui/parametric-map.png.
    window.grab().save(QDir(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR))
                           .filePath(QStringLiteral("parametric-map.png")));
}
