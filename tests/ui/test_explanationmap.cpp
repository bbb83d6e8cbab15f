// SPDX-License-Identifier: Apache-2.0
// The explanation map of an MRI result in the real window: computed after the result on the
// same inputs, drawn in patient space in every plane, described, exported, handed to the chat.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "inference/xai/attribution.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/analysis/explanationcomparison.h"
#include "ui/analysis/mriexplainer.h"
#include "ui/analysis/xaicontrols.h"
#include "ui/chatdock.h"
#include "ui/explanationsdock.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/mri/explanationlayer.h"
#include "ui/mrianalysis.h"
#include "viewers/mri/io/niftiloader.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/overlaysurface.h"
#include "viewers/mri/volumeview3d.h"

#include <vtkRenderer.h>

#include "tests/support/prerequisite.h"
#include <cmath>

using namespace oncoview;
using namespace oncoview::ui;

namespace {

const QString kDemo = QStringLiteral(ONCOVIEW_TEST_DEMO_DIR);

// A map on a 32 x 32 x 16 crop (6 mm voxels) centred at `centre`, hot in one 2 x 2 x 2 block
// on the crop's low-x side (the patient's right): asymmetric in every axis.
MriSideMap asymmetricMap(const std::array<double, 3> &centre, bool mirrored)
{
    MriSideMap side;
    inference::analysis::PatientGrid grid;
    grid.centreLps = centre;
    grid.spacingMm = {6, 6, 6};
    grid.dhw = {16, 32, 32};
    side.grid = grid;
    side.mirrored = mirrored;
    side.map.dhw = grid.dhw;
    side.map.values.assign(16 * 32 * 32, 0.0f);
    // Weak evidence on the first slice, far from the hot block, so the percentile threshold
    // sits below the block's value.
    std::fill(side.map.values.begin(), side.map.values.begin() + 32 * 32, 0.1f);
    for (int z = 10; z < 12; ++z) {
        for (int y = 20; y < 22; ++y) {
            for (int x = 4; x < 6; ++x) {
                side.map.values[size_t((z * 32 + y) * 32 + x)] = 1.0f;
            }
        }
    }
    return side;
}

// The window at a size that shows all four MRI views, with the demo MRI package chosen.
void showWithDemoPackage(MainWindow &window)
{
    window.mriAnalysis()->setModelPackage(kDemo + QStringLiteral("/models/mome-demo"));
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

// The 3D view: the surface of the map's shown region encloses the hot spot and not its
// left-right mirror, and it is drawn where the hot spot projects.
void checkSurfaceIn3D(MainWindow &window, const MriMapResult &result,
                      const std::array<double, 3> &hot, const std::array<double, 3> &opposite)
{
    mri::VolumeView3D *view3d = window.mriViewer()->volumeView();
    const auto projected = [&] {
        view3d->repaint();
        QTest::qWait(50);
        const QImage image = view3d->grabFramebuffer();
        vtkRenderer *renderer = view3d->renderer();
        renderer->SetWorldPoint(hot[0], hot[1], hot[2], 1.0);
        renderer->WorldToDisplay();
        double display[3];
        renderer->GetDisplayPoint(display);
        return image.pixel(int(display[0]), image.height() - 1 - int(display[1]));
    };
    window.mriViewer()->clearOverlay();
    const QRgb without = projected();
    // Only the hot block above the threshold (the weak first slice wraps the whole crop).
    mri::OverlayLayer layer = explanationLayer(result, MapDisplay {});
    layer.threshold = 0.5;
    window.mriViewer()->setOverlay(layer);
    REQUIRE(view3d->overlaySurfaces().size() == 1);
    const auto bounds = mri::surfaceBoundsLps(view3d->overlaySurfaces().front());
    REQUIRE(bounds);
    const auto inside = [&](const std::array<double, 3> &p) {
        for (size_t a = 0; a < 3; ++a) {
            if (p[a] < (*bounds)[2 * a] || p[a] > (*bounds)[2 * a + 1]) {
                return false;
            }
        }
        return true;
    };
    CHECK(inside(hot));
    CHECK_FALSE(inside(opposite));
    const QRgb with = projected();
    INFO("3D pixel without " << std::hex << without << " with " << with);
    // The block's colour is inferno's pale-yellow top (lit): bright red and green, and far from
    // the rendered tissue that was there before.
    CHECK(qRed(with) > 200);
    CHECK(qGreen(with) > 180);
    CHECK(std::abs(qRed(with) - qRed(without)) + std::abs(qGreen(with) - qGreen(without))
              + std::abs(qBlue(with) - qBlue(without))
          > 100);
}
// Side by side: the same result explained by occlusion beside integrated gradients, both panes
// in the plane of the shared cursor, each named and with its checks' verdict.
void checkSideBySide(MainWindow &window, const std::shared_ptr<const MriMapResult> &left)
{
    Q_EMIT window.explanations()->mapControls()->compareRequested();
    ExplanationComparison *comparison = window.explanationComparison();
    REQUIRE(comparison);
    REQUIRE(QTest::qWaitForWindowExposed(comparison));
    REQUIRE(QTest::qWaitFor([&] { return comparison->right() != nullptr; }, 300000));
    CHECK(comparison->left() == left);
    CHECK(comparison->right()->method == inference::xai::Method::Occlusion);
    CHECK(comparison->right()->sides.front().map.label == left->sides.front().map.label);
    CHECK(comparison->pane(0)->overlay().name.contains(QStringLiteral("integrated gradients")));
    CHECK(comparison->pane(1)->overlay().name.contains(QStringLiteral("occlusion")));
    INFO(comparison->caption(1).toStdString());
    CHECK(comparison->caption(1).contains(QStringLiteral("occlusion")));
    CHECK(comparison->caption(1).contains(QStringLiteral("check")));
    // Linked through the main cursor: scrolling a pane moves the main views and the other pane.
    mri::MprView *axial = window.mriViewer()->mprView(mri::MprOrientation::Axial);
    const int slice = axial->sliceIndex();
    CHECK(comparison->pane(0)->sliceIndex() == slice);
    CHECK(comparison->pane(1)->sliceIndex() == slice);
    const int step = slice > 2 ? -2 : 2;
    comparison->pane(1)->stepSlices(step);
    CHECK(axial->sliceIndex() == slice + step);
    CHECK(comparison->pane(0)->sliceIndex() == slice + step);
    comparison->pane(1)->stepSlices(-step);
    QTest::qWait(300);
    comparison->grab().save(QDir(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR))
                                .filePath(QStringLiteral("explanation-side-by-side.png")));
    comparison->close();
}

} // namespace

TEST_CASE("A map's hot spot lands at one patient coordinate in every plane", "[gui][xai]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    InferenceService inference;
    MainWindow window(&inference);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openStudy(kDemo + QStringLiteral("/study"));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 180000));
    const mri::Volume &base = *window.mriViewer()->volume();
    const auto centre = base.indexToLps((base.size[0] - 1) / 2.0, (base.size[1] - 1) / 2.0,
                                        (base.size[2] - 1) / 2.0);
    for (const bool mirrored : {false, true}) {
        CAPTURE(mirrored);
        MriMapResult result;
        result.sides.push_back(asymmetricMap(centre, mirrored));
        result.volume = mapInPatientSpace(result.sides);
        REQUIRE(result.volume);
        // Voxel (x 4.5, y 20.5, z 10.5) of the crop, flipped in x when the model saw it mirrored.
        const double x = mirrored ? 31 - 4.5 : 4.5;
        const std::array<double, 3> hot {centre[0] + (x - 15.5) * 6, centre[1] + (20.5 - 15.5) * 6,
                                         centre[2] + (10.5 - 7.5) * 6};
        const std::array<double, 3> opposite {2 * centre[0] - hot[0], hot[1], hot[2]};
        MapDisplay display;
        display.opacity = 1.0;
        display.percentile = 50;
        window.mriViewer()->setOverlay(explanationLayer(result, display));
        window.mriViewer()->setCursorLps(hot);
        for (const auto orientation : {mri::MprOrientation::Axial, mri::MprOrientation::Coronal,
                                       mri::MprOrientation::Sagittal}) {
            mri::MprView *view = window.mriViewer()->mprView(orientation);
            view->repaint();
            QTest::qWait(50);
            const QImage image = view->grabFramebuffer();
            const auto pixel = [&](const std::array<double, 3> &lps) {
                return image.pixel((view->lpsToWidget(lps) * image.devicePixelRatio()).toPoint());
            };
            const QRgb atHot = pixel(hot);
            INFO("view " << int(orientation) << " hot " << std::hex << atHot);
            // Inferno's top is pale yellow: far from the grey of the image.
            CHECK(qRed(atHot) > 200);
            CHECK(qRed(atHot) - qBlue(atHot) > 60);
            if (orientation
                != mri::MprOrientation::Sagittal) { // the mirror lies in another sagittal plane
                const QRgb atOpposite = pixel(opposite);
                INFO("opposite " << std::hex << atOpposite);
                CHECK(std::abs(qRed(atOpposite) - qBlue(atOpposite)) < 12);
            }
        }
        checkSurfaceIn3D(window, result, hot, opposite);
    }
}

TEST_CASE("Each MRI result comes with a checked, described, exportable explanation map",
          "[gui][xai][long]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    InferenceService inference;
    MainWindow window(&inference);
    showWithDemoPackage(window);
    // Demo data with a demo package: the analysis runs on opening, and its map after it.
    window.openDemo(kDemo);
    REQUIRE(QTest::qWaitFor(
        [&] { return window.allViewsReady() && window.mriExplainer()->last() != nullptr; },
        300000));
    auto result = window.mriExplainer()->last();
    REQUIRE(result->volume);
    CHECK(result->method == inference::xai::Method::IntegratedGradients);
    // The class explained by default: the first output's last label.
    const auto target = window.explanations()->mapControls()->target();
    CHECK(target.output == "malignancy");
    CHECK(target.classIndex == 1);
    REQUIRE(result->sides.size() == 1);
    REQUIRE(result->sides.front().faithfulness.has_value());
    CHECK(window.mriViewer()->mprView(mri::MprOrientation::Axial)->hasOverlay());
    CHECK(window.mriViewer()
              ->mprView(mri::MprOrientation::Axial)
              ->overlay()
              .name.contains(QStringLiteral("malignant")));
    QString text = window.explanations()->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Region 1 at LPS")));
    CHECK(text.contains(QStringLiteral("by sequence")));
    CHECK(text.contains(QStringLiteral("Rank correlation")));
    CHECK(text.contains(QStringLiteral("not a diagnosis")));
    WARN(text.toStdString());

    // Jump to the maximum: the cursor goes to the map's strongest voxel.
    const auto peak = mapMaximumLps(*result);
    REQUIRE(peak);
    Q_EMIT window.explanations()->mapControls()->jumpToMaximumRequested();
    const auto cursor = window.mriViewer()->cursorLps();
    for (size_t a = 0; a < 3; ++a) {
        CHECK(std::abs(cursor[a] - (*peak)[a]) < 3.0); // within the base grid's voxel
    }
    QTest::qWait(300);
    window.grab().save(QDir(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR))
                           .filePath(QStringLiteral("explanation-map.png")));

    checkSideBySide(window, result);

    // Export: NIfTI that reads back onto the same voxels.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.nii.gz"));
    REQUIRE(window.exportExplanationMap(path).isEmpty());
    const mri::SeriesInfo info = mri::readNiftiInfo(path.toStdString());
    const mri::Series series = mri::loadNifti(info);
    REQUIRE(series.phases.size() == 1);
    const mri::Volume &back = series.phases.front();
    CHECK(back.size == result->volume->size);
    for (size_t a = 0; a < 3; ++a) {
        CHECK(back.origin[a] == Approx(result->volume->origin[a]).margin(1e-3));
        CHECK(back.spacing[a] == Approx(result->volume->spacing[a]));
    }
    REQUIRE(back.voxels.size() == result->volume->voxels.size());
    for (size_t i = 0; i < back.voxels.size(); i += 97) {
        REQUIRE(back.voxels[i] == result->volume->voxels[i]);
    }

    // Ask MedDr: the question with the evidence is drafted, not sent.
    window.askChatAboutExplanation();
    const QString draft = window.chat()->draft();
    CHECK(draft.contains(QStringLiteral("specialist breast-MRI model")));
    CHECK(draft.contains(QStringLiteral("Region 1 at LPS")));
    CHECK(draft.contains(QStringLiteral("Malignancy")));

    // Another method on the same inputs.
    XaiControls *controls = window.explanations()->mapControls();
    controls->setMethod(inference::xai::Method::Occlusion);
    // ... and for another class: the response to chemotherapy.
    inference::xai::Target pcr;
    pcr.output = "pcr";
    pcr.classIndex = 1;
    Q_EMIT controls->explainRequested(controls->method(), pcr);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !window.mriExplainer()->isBusy()
                && window.mriExplainer()->last()->method == inference::xai::Method::Occlusion;
        },
        300000));
    CHECK(window.mriExplainer()->last()->sides.front().map.output == "pcr");
    CHECK(window.mriExplainer()->last()->sides.front().map.label == "pCR");
    CHECK(window.explanations()->plainText().contains(QStringLiteral("evidence for “pCR” (pcr)")));
    WARN(window.explanations()->plainText().toStdString());
    CHECK(window.mriViewer()
              ->mprView(mri::MprOrientation::Axial)
              ->overlay()
              .name.contains(QStringLiteral("occlusion")));
}

TEST_CASE("The map of a real sagittal breast DCE lies on the study in patient space",
          "[gui][xai][shared]")
{
    const QString study = QDir(QStringLiteral(ONCOVIEW_SHARED_DATA))
                              .filePath(QStringLiteral("dicom/breast_dce_ucsf_br06"));
    if (!QFileInfo(study).isDir() || !mri::test::openGlOrSkip()) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data or OpenGL missing, test skipped");
        return;
    }
    InferenceService inference;
    MainWindow window(&inference);
    showWithDemoPackage(window);
    window.openStudy(study);
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 180000));
    CHECK(window.mriExplainer()->last() == nullptr); // nothing runs on a patient's study unasked
    window.analyzeStudy();
    REQUIRE(QTest::qWaitFor(
        [&] { return window.allViewsReady() && window.mriExplainer()->last() != nullptr; },
        300000));
    const auto result = window.mriExplainer()->last();
    REQUIRE(result->volume);
    // The map's strongest voxel lies inside the study's volume (sagittal slices, oblique to
    // none of the map's axes: the views put both in patient space).
    const auto peak = mapMaximumLps(*result);
    REQUIRE(peak);
    const mri::Volume &base = *window.mriViewer()->volume();
    const auto index = base.lpsToIndex(*peak);
    for (size_t a = 0; a < 3; ++a) {
        CHECK(index[a] > -0.5);
        CHECK(index[a] < base.size[a] - 0.5);
    }
    const QString text = window.explanations()->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Region 1 at LPS")));
    Q_EMIT window.explanations()->mapControls()->jumpToMaximumRequested();
    QTest::qWait(300);
    window.grab().save(QDir(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR))
                           .filePath(QStringLiteral("explanation-map-br06.png")));
}
