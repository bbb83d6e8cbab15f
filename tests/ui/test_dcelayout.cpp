// SPDX-License-Identifier: Apache-2.0
// The breast DCE layout in the real main window on the demo study: six panels, one cursor in
// patient space, kinetic curve at the lesion, phase selection and cine, MIP, motion correction.
#include <catch2/catch.hpp>

// Qt
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QSignalSpy>
#include <QTest>

// Local
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/io/breastphantom.h"
#include "viewers/mri/kineticcurvewidget.h"
#include "viewers/mri/mprcursor.h"

#include <cmath>

using namespace oncoview;
using Panel = mri::DceLayout::Panel;

using oncoview::mri::test::click;

namespace {

// ensureDemoStudy writes breastPhantom(PhantomParams{}, seed 1): its findings are the truth.
mri::PhantomFinding demoFinding(bool malignant)
{
    static const auto findings = mri::breastPhantom(mri::PhantomParams {}, 1).findings;
    for (const auto &f : findings) {
        if (f.malignant == malignant) {
            return f;
        }
    }
    throw std::logic_error("demo phantom lacks a finding");
}

bool waitReady(mri::DceLayout *layout)
{
    return QTest::qWaitFor([layout] { return layout->isReady(); }, 120000);
}

QRgb pixelAt(mri::MprView *view, const std::array<double, 3> &lps)
{
    view->repaint();
    const QImage image = view->grabFramebuffer();
    const QPointF p = view->lpsToWidget(lps) * image.devicePixelRatio();
    REQUIRE(image.rect().contains(p.toPoint()));
    return image.pixel(p.toPoint());
}

} // namespace

TEST_CASE("the DCE layout links six panels in patient space and types the demo lesion",
          "[gui][dce]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.resize(1900, 1060);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setMriLayout(ui::MainWindow::MriLayout::Dce);
    window.openDemo(QStringLiteral(ONCOVIEW_TEST_DEMO_DIR));
    const bool ready = QTest::qWaitFor([&] { return window.allViewsReady(); }, 240000);
    INFO("still pending: " << window.pendingViewsDescription().toStdString());
    REQUIRE(ready);
    mri::DceLayout *dce = window.dceLayout();
    REQUIRE(dce->isVisible());
    REQUIRE(waitReady(dce));
    for (int p = 0; p < mri::DceLayout::kPanelCount; ++p) {
        INFO("panel " << p);
        CHECK(dce->panel(Panel(p))->hasImage());
    }

    // Put the cursor on the lesion's slice away from it, then click the lesion in the T2 panel
    // (a different grid from DCE): every panel then slices through the same patient point.
    const auto lesion = demoFinding(true);
    dce->cursor()->setPosition(
        {lesion.centreLps[0] + 30, lesion.centreLps[1] + 20, lesion.centreLps[2]});
    mri::MprView *t2 = dce->panel(Panel::T2);
    click(t2, t2->lpsToWidget(lesion.centreLps));
    const auto cursor = dce->cursor()->position();
    CHECK(cursor[0] == Approx(lesion.centreLps[0]).margin(1.0));
    CHECK(cursor[1] == Approx(lesion.centreLps[1]).margin(1.0));
    for (int p = 0; p < mri::DceLayout::kPanelCount; ++p) {
        mri::MprView *view = dce->panel(Panel(p));
        const mri::Volume *v = view->volume();
        REQUIRE(v);
        // The slice shown is the one through the cursor's position in mm, in that series' grid.
        const auto idx = v->lpsToIndex(cursor);
        INFO("panel " << p << " slice " << view->sliceIndex() << " continuous " << idx[2]);
        CHECK(std::abs(view->sliceIndex() - idx[2]) <= 0.5 + 1e-6);
        const auto sliceCentre = v->indexToLps(idx[0], idx[1], view->sliceIndex());
        CHECK(std::abs(sliceCentre[2] - cursor[2]) <= v->spacing[2] / 2 + 1e-6);
        // And the cursor is drawn at the lesion in every panel.
        const QPointF at = view->lpsToWidget(lesion.centreLps);
        const QPointF crosshair = view->lpsToWidget(cursor);
        CHECK(std::hypot(at.x() - crosshair.x(), at.y() - crosshair.y()) < 6);
    }

    // The kinetic curve at the lesion: rapid, wash-out; most of the ROI typed wash-out.
    REQUIRE(waitReady(dce));
    mri::KineticCurveWidget *curve = dce->curveWidget();
    REQUIRE(curve->hasCurve());
    CHECK(curve->analysis().initial == mri::InitialPhase::Rapid);
    CHECK(curve->analysis().label == mri::CurveType::Washout);
    // The kinetic map colours the lesion red on the subtraction panel.
    const QRgb red = pixelAt(dce->panel(Panel::Subtraction), lesion.centreLps);
    INFO("subtraction pixel at lesion " << std::hex << red);
    // Red at 55 % opacity over the bright enhancing lesion: a strong red cast.
    CHECK(qRed(red) > 150);
    CHECK(qRed(red) > qBlue(red) + 60);
    CHECK(qRed(red) > qGreen(red) + 60);
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/dce-layout.png"));

    // The benign structure: persistent curve.
    const auto benign = demoFinding(false);
    dce->cursor()->setPosition(benign.centreLps);
    CHECK(curve->analysis().shape == mri::CurveType::Persistent);

    // "Go to strongest enhancement" lands in the malignant lesion, the demo's strongest.
    REQUIRE(dce->goToStrongestEnhancement());
    const auto hot = dce->cursor()->position();
    CHECK(std::hypot(hot[0] - lesion.centreLps[0], hot[1] - lesion.centreLps[1],
                     hot[2] - lesion.centreLps[2])
          < lesion.radiusMm);
    CHECK(curve->analysis().label == mri::CurveType::Washout);

    // Sagittal: all six panels turn through the same cursor; the map still colours the lesion.
    dce->setOrientation(mri::MprOrientation::Sagittal);
    for (int p = 0; p < mri::DceLayout::kPanelCount; ++p) {
        CHECK(dce->panel(Panel(p))->orientation() == mri::MprOrientation::Sagittal);
    }
    REQUIRE(waitReady(dce));
    const QRgb sagittalRed = pixelAt(dce->panel(Panel::Subtraction), hot);
    INFO("sagittal subtraction pixel at the hot spot " << std::hex << sagittalRed);
    CHECK(qRed(sagittalRed) > qBlue(sagittalRed) + 60);
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/dce-layout-sagittal.png"));
    dce->setOrientation(mri::MprOrientation::Axial);
    CHECK(dce->orientation() == mri::MprOrientation::Axial);

    // Phase selection and cine.
    dce->setPostPhase(3);
    CHECK(dce->postPhase() == 3);
    CHECK(dce->panel(Panel::Subtraction)->volume()
          == dce->session()->phases()->subtractions[3].get());
    dce->setCinePlaying(true);
    QTest::qWait(1400);
    CHECK(dce->postPhase() != 3);
    dce->setCinePlaying(false);
    CHECK_FALSE(dce->isCinePlaying());

    // Full MIP shows the lesion from a slice 20 mm away; the plain subtraction does not.
    dce->setKineticMapVisible(false);
    dce->setPostPhase(1);
    dce->cursor()->setPosition(
        {lesion.centreLps[0], lesion.centreLps[1], lesion.centreLps[2] + 20});
    mri::MprView *sub = dce->panel(Panel::Subtraction);
    const int plain = qGray(pixelAt(sub, lesion.centreLps));
    dce->setSubtractionMip(mri::DceLayout::kFullMip);
    const int mip = qGray(pixelAt(sub, lesion.centreLps));
    INFO("plain " << plain << " full MIP " << mip);
    CHECK(mip > plain + 60);
    dce->setSubtractionMip(10);
    CHECK(sub->mipSlab() == 10);
    dce->setSubtractionMip(0);

    // Motion correction runs in the background, then the panels show corrected phases; the
    // demo has no motion, so the transforms stay near identity and the lesion stays wash-out.
    dce->cursor()->setPosition(lesion.centreLps);
    mri::DceSession *session = dce->session();
    session->setMotionCorrection(true);
    CHECK(session->isBusy());
    REQUIRE(QTest::qWaitFor([session] { return !session->isBusy(); }, 300000));
    REQUIRE(session->phases());
    CHECK(session->phases()->motionCorrected);
    for (const auto &t : session->phases()->transforms) {
        CHECK(std::hypot(t.translationMm[0], t.translationMm[1], t.translationMm[2]) < 1.0);
    }
    REQUIRE(waitReady(dce));
    CHECK(curve->analysis().label == mri::CurveType::Washout);
    // Back to uncorrected is instant (cached); cancelling a fresh run drops back too.
    session->setMotionCorrection(false);
    CHECK_FALSE(session->isBusy());
    window.setMriLayout(ui::MainWindow::MriLayout::Mpr);
    CHECK_FALSE(dce->isVisible());
}
