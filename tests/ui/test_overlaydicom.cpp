// SPDX-License-Identifier: Apache-2.0
// File > Save Overlay as DICOM and Send Overlay to PACS on the real breast study: its
// segmentation overlay becomes a DICOM SEG and a parametric map a DICOM Parametric Map that read
// back onto the same voxels in patient space, referencing the DCE series; sent over DIMSE, the
// archive files the SEG in the study.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/pacs/dimseclient.h"
#include "ui/pacs/pacsserverform.h"
#include "ui/pacs/pacsservers.h"
#include "ui/seriesbrowser.h"
#include "viewers/mri/io/demostudywriter.h"
#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/segmentation.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"

using namespace oncoview;
using mri::MprOrientation;

namespace {

// Each voxel of `written` (read back from the file) has the value the shown overlay has at the
// same point in patient space; `nonZero` counts the written voxels that are not 0.
void checkSameInPatientSpace(const mri::Volume &written, const mri::Volume &shown, int *nonZero)
{
    *nonZero = 0;
    int differ = 0;
    for (int z = 0; z < written.size[2]; ++z) {
        for (int y = 0; y < written.size[1]; ++y) {
            for (int x = 0; x < written.size[0]; ++x) {
                const auto p = written.indexToLps(x, y, z);
                const auto i = shown.lpsToIndex(p);
                const int sx = int(std::lround(i[0])), sy = int(std::lround(i[1])),
                          sz = int(std::lround(i[2]));
                const float expected = shown.contains(sx, sy, sz) ? shown.at(sx, sy, sz) : 0.0f;
                const float value = written.at(x, y, z);
                *nonZero += value != 0.0f;
                differ += std::abs(value - expected) > 1e-4f;
            }
        }
    }
    CHECK(differ == 0);
}

int count(const mri::Volume &volume)
{
    return int(std::count_if(volume.voxels.begin(), volume.voxels.end(),
                             [](float v) { return v != 0.0f; }));
}

} // namespace

TEST_CASE("An overlay is saved and sent as a DICOM SEG or Parametric Map on its series",
          "[gui][seg][pacs]")
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
    mri::writeParametricMapFromSegmentation(study / "mask/1-1.dcm", root / "ktrans.dcm", 2.5);
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.show();

    QSignalSpy stored(&window, &ui::MainWindow::overlayStored);
    window.saveOverlayDicom(dir.filePath(QStringLiteral("none.dcm"))); // nothing open
    REQUIRE(stored.count() == 1);
    CHECK(stored.back().front().toString().contains(QStringLiteral("Show an overlay")));

    window.openStudy(dir.path());
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    const mri::MprView *axial = window.mriViewer()->mprView(MprOrientation::Axial);
    REQUIRE(axial->hasOverlay());
    REQUIRE(axial->overlay().colormap == mri::OverlayColormap::Labels);
    const QString dceUid = QString::fromStdString(window.study().series.front()->info.uid);

    // The segmentation shown, as a new SEG.
    const QString segFile = dir.filePath(QStringLiteral("out/seg.dcm"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    window.saveOverlayDicom(segFile);
    REQUIRE(QTest::qWaitFor([&] { return stored.count() == 2; }, 30000));
    INFO(stored.back().front().toString().toStdString());
    REQUIRE(stored.back().front().toString().isEmpty());
    const mri::SegmentationInfo seg = mri::readSegmentationInfo(segFile.toStdString());
    CHECK(seg.type == "BINARY");
    REQUIRE(seg.segments.size() == 1);
    CHECK(seg.segments.front().label == "Breast");
    CHECK(QString::fromStdString(seg.referencedSeriesUid) == dceUid);
    const mri::Volume labels = mri::loadSegmentationLabels(seg);
    int written = 0;
    checkSameInPatientSpace(labels, *axial->overlay().volume, &written);
    CHECK(written == count(*axial->overlay().volume));
    CHECK(written > 1000);

    // The parametric map chosen: a Parametric Map of the same values.
    auto *browser = window.findChild<ui::SeriesBrowser *>();
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
    REQUIRE(axial->overlay().colormap == mri::OverlayColormap::Jet);
    const QString mapFile = dir.filePath(QStringLiteral("out/map.dcm"));
    window.saveOverlayDicom(mapFile);
    REQUIRE(QTest::qWaitFor([&] { return stored.count() == 3; }, 30000));
    REQUIRE(stored.back().front().toString().isEmpty());
    const mri::ParametricMapInfo map = mri::readParametricMapInfo(mapFile.toStdString());
    CHECK(map.quantity == "KTRANS");
    CHECK(QString::fromStdString(map.referencedSeriesUid) == dceUid);
    const mri::Volume values = mri::loadParametricMap(map);
    int mapped = 0;
    checkSameInPatientSpace(values, *axial->overlay().volume, &mapped);
    CHECK(mapped == count(*axial->overlay().volume));

    // The written objects open in OncoView itself over the DCE, as any other study's.
    QDir().rename(dir.filePath(QStringLiteral("out")), dir.filePath(QStringLiteral("dce/out")));
    const ui::LoadedStudy reread = ui::readStudy(dir.filePath(QStringLiteral("dce")));
    CHECK(std::count_if(reread.series.begin(), reread.series.end(),
                        [](const auto &s) {
                            return s->info.role == "segmentation"
                                || s->info.role == "parametric-map";
                        })
          == 2);

    if (!testing::OrthancServer::installed()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc is not installed: sending is not checked");
        return;
    }
    testing::OrthancServer orthanc;
    orthanc.addModality(QStringLiteral("ONCOVIEW"), testing::freeLocalPort());
    REQUIRE(orthanc.start().isEmpty());
    ui::PacsServer archive;
    archive.name = QStringLiteral("Test Orthanc");
    archive.protocol = ui::PacsServer::Protocol::Dimse;
    archive.host = QStringLiteral("127.0.0.1");
    archive.port = orthanc.dicomPort();
    archive.calledAe = QStringLiteral("ORTHANC");
    ui::pacsservers::remember(archive); // as Open from PACS does once the archive answered
    Q_EMIT browser->seriesActivated(0); // the DCE with its segmentation again
    QTest::qWait(50);
    window.sendOverlay(false);
    REQUIRE(QTest::qWaitFor([&] { return stored.count() == 4; }, 30000));
    INFO(stored.back().front().toString().toStdString());
    CHECK(stored.back().front().toString().isEmpty());
    ui::DimseClient client(ui::PacsServerForm::savedServer());
    QSignalSpy listed(&client, &ui::PacsClient::seriesFound);
    client.searchSeries(QString::fromStdString(window.study().series.front()->info.studyUid));
    REQUIRE(listed.wait(20000));
    const auto series = listed.front().front().value<QList<ui::SeriesMatch>>();
    REQUIRE(series.size() == 1);
    CHECK(series.front().modality == QStringLiteral("SEG"));
    QSettings().remove(QStringLiteral("pacs"));
}
