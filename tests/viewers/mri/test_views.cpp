// SPDX-License-Identifier: Apache-2.0
// MRI views: MPR geometry, window/level presets, and (where OpenGL works: run under xvfb-run with
// QT_QPA_PLATFORM=xcb) real rendering of the 2x2 viewer with a linked cursor.
#include <catch2/catch.hpp>

#include "viewers/mri/mprcursor.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/volumeview3d.h"
#include "viewers/mri/vtkglwidget.h"
#include "viewtestutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QWheelEvent>

#include <vtkGenericOpenGLRenderWindow.h>

#include "tests/support/prerequisite.h"
#include <cmath>
#include <functional>
#include <random>
#include <set>

using namespace oncoview::mri;
using oncoview::mri::test::click;
using oncoview::mri::test::openGlWorks;
using oncoview::mri::test::waitFor;

namespace {

// A noisy, slowly varying background with a bright sphere off-centre, so every slice differs.
std::shared_ptr<Volume> sphereVolume(const std::array<double, 9> &direction
                                     = {1, 0, 0, 0, 1, 0, 0, 0, 1})
{
    auto v = std::make_shared<Volume>();
    v->size = {72, 64, 40};
    v->spacing = {0.9, 0.9, 1.5};
    v->origin = {-30, -25, -28};
    v->direction = direction;
    v->voxels.resize(v->voxelCount());
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.f, 15.f);
    for (int z = 0; z < v->size[2]; ++z) {
        for (int y = 0; y < v->size[1]; ++y) {
            for (int x = 0; x < v->size[0]; ++x) {
                const double dx = x - 45.0, dy = (y - 24.0) * 1.0, dz = (z - 22.0) * 1.5 / 0.9;
                const bool inSphere = dx * dx + dy * dy + dz * dz < 12.0 * 12.0;
                v->at(x, y, z) = (inSphere ? 900.f : 150.f + 3.f * float(x + y + z)) + noise(rng);
            }
        }
    }
    return v;
}

int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2) {
            colours.insert(rgb.pixel(x, y));
        }
    }
    return int(colours.size());
}

// Share of sampled pixels whose grey value differs by more than 24 levels.
double changedFraction(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    int changed = 0, total = 0;
    for (int y = 0; y < a.height(); y += 2) {
        for (int x = 0; x < a.width(); x += 2) {
            changed += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 24;
            ++total;
        }
    }
    return double(changed) / total;
}

int greyAt(MprView *view, const QImage &image, const std::array<double, 3> &lps)
{
    const QPointF p = view->lpsToWidget(lps) * image.devicePixelRatio();
    INFO("pixel " << p.x() << "," << p.y() << " of " << image.width() << "x" << image.height());
    REQUIRE(image.rect().contains(p.toPoint()));
    return qGray(image.pixel(int(p.x()), int(p.y())));
}

// Shows a viewer with the volume and waits until all four views drew it; false if GL is absent.
bool showAndRender(MriViewer &viewer, std::shared_ptr<const Volume> volume)
{
    if (!openGlWorks()) {
        ONCOVIEW_SKIP_OR_FAIL("No OpenGL context on platform '"
                              << QGuiApplication::platformName().toStdString()
                              << "': skipped (run under xvfb-run with xcb)");
        return false;
    }
    viewer.resize(900, 760);
    viewer.show();
    viewer.setVolume(std::move(volume), QStringLiteral("synthetic sphere"));
    REQUIRE(waitFor([&viewer] { return viewer.hasRendered(); }));
    return true;
}

} // namespace

TEST_CASE("MPR views follow the radiological convention", "[views]")
{
    MprCursor cursor;
    const auto volume = sphereVolume();
    cursor.setGeometry(*volume);
    cursor.setPosition(volume->indexToLps(36, 32, 20));
    const auto centre = cursor.position();
    const auto shifted = [&centre](double dx, double dy, double dz) {
        return std::array<double, 3> {centre[0] + dx, centre[1] + dy, centre[2] + dz};
    };
    MprView axial(MprOrientation::Axial, &cursor);
    MprView coronal(MprOrientation::Coronal, &cursor);
    MprView sagittal(MprOrientation::Sagittal, &cursor);
    for (MprView *view : {&axial, &coronal, &sagittal}) {
        view->resize(400, 300);
        view->setImage(makeVtkImage(volume), WindowLevel {800, 400});
    }
    // Axial: patient's left (+x) on screen right, anterior (-y) up.
    CHECK(axial.lpsToWidget(shifted(10, 0, 0)).x() > axial.lpsToWidget(centre).x());
    CHECK(axial.lpsToWidget(shifted(0, -10, 0)).y() < axial.lpsToWidget(centre).y());
    // Coronal: left on screen right, superior up.
    CHECK(coronal.lpsToWidget(shifted(10, 0, 0)).x() > coronal.lpsToWidget(centre).x());
    CHECK(coronal.lpsToWidget(shifted(0, 0, 10)).y() < coronal.lpsToWidget(centre).y());
    // Sagittal: anterior on screen left, superior up.
    CHECK(sagittal.lpsToWidget(shifted(0, -10, 0)).x() < sagittal.lpsToWidget(centre).x());
    CHECK(sagittal.lpsToWidget(shifted(0, 0, 10)).y() < sagittal.lpsToWidget(centre).y());

    // Pixels and millimetres round-trip on the view's plane; square pixels (aspect kept).
    const QPointF p(123, 77);
    const QPointF back = axial.lpsToWidget(axial.widgetToLps(p));
    CHECK(back.x() == Approx(p.x()).margin(1e-6));
    CHECK(back.y() == Approx(p.y()).margin(1e-6));
    const double along = axial.lpsToWidget(shifted(10, 0, 0)).x() - axial.lpsToWidget(centre).x();
    const double down = axial.lpsToWidget(shifted(0, 10, 0)).y() - axial.lpsToWidget(centre).y();
    CHECK(along == Approx(down));

    // Stepping a slice moves the cursor one voxel along the view normal, clamped at the ends.
    CHECK(axial.sliceIndex() == 20);
    CHECK(axial.sliceCount() == 40);
    axial.stepSlices(3);
    CHECK(axial.sliceIndex() == 23);
    CHECK(cursor.position()[2] == Approx(centre[2] + 4.5));
    sagittal.stepSlices(-1000);
    CHECK(sagittal.sliceIndex() == 0);
    CHECK(coronal.sliceIndex() == 32);
}

TEST_CASE("Window/level presets come from the intensity distribution", "[views]")
{
    Volume v;
    v.size = {100, 10, 10};
    v.voxels.resize(v.voxelCount());
    for (size_t i = 0; i < v.voxels.size(); ++i) {
        v.voxels[i] = float(i % 1000); // uniform 0..999
    }
    v.voxels[5] = 1e6f; // one hot voxel: full range sees it, percentiles do not
    const IntensityStats stats(v);
    const WindowLevel automatic = stats.preset(WindowPreset::Auto);
    CHECK(automatic.window == Approx(990).margin(3));
    CHECK(automatic.level == Approx(500).margin(3));
    CHECK(stats.preset(WindowPreset::FullRange).window == Approx(1e6));
    CHECK(stats.preset(WindowPreset::HighContrast).window == Approx(900).margin(3));
    CHECK(IntensityStats(Volume {}).isEmpty());
}

TEST_CASE("A volume that cannot be shown is rejected with a reason", "[views]")
{
    MriViewer viewer;
    QString reason;
    QObject::connect(&viewer, &MriViewer::volumeRejected,
                     [&reason](const QString &why) { reason = why; });
    auto broken = sphereVolume();
    broken->voxels.resize(10);
    viewer.setVolume(broken, QStringLiteral("broken"));
    CHECK(viewer.volume() == nullptr);
    CHECK(reason.contains(QStringLiteral("voxels")));
    auto flat = sphereVolume();
    flat->direction = {1, 0, 0, 1, 0, 0, 0, 0, 1};
    viewer.setVolume(flat, QStringLiteral("flat"));
    CHECK(reason.contains(QStringLiteral("orthonormal")));
}

TEST_CASE("MriViewer draws all four views", "[views]")
{
    MriViewer viewer;
    if (!showAndRender(viewer, sphereVolume())) {
        return;
    }
    for (QOpenGLWidget *view :
         {static_cast<QOpenGLWidget *>(viewer.mprView(MprOrientation::Axial)),
          static_cast<QOpenGLWidget *>(viewer.mprView(MprOrientation::Coronal)),
          static_cast<QOpenGLWidget *>(viewer.mprView(MprOrientation::Sagittal)),
          static_cast<QOpenGLWidget *>(viewer.volumeView())}) {
        const QImage image = view->grabFramebuffer();
        INFO("view " << view->metaObject()->className());
        REQUIRE_FALSE(image.isNull());
        CHECK(distinctColours(image) > 50);
    }
    // The slice shows the sphere bright at the cursor's row through it, background darker.
    MprView *axial = viewer.mprView(MprOrientation::Axial);
    const auto volume = viewer.volume();
    viewer.setCursorLps(volume->indexToLps(45, 24, 2));
    const QImage farSlice = axial->grabFramebuffer();
    viewer.setCursorLps(volume->indexToLps(45, 24, 22));
    const QImage through = axial->grabFramebuffer();
    CHECK(changedFraction(farSlice, through) > 0.02);
    CHECK(greyAt(axial, through, volume->indexToLps(49, 24, 22)) > 200);
    CHECK(greyAt(axial, through, volume->indexToLps(10, 50, 22)) < 120);
}

TEST_CASE("Moving the cursor in one view re-slices the others", "[views]")
{
    MriViewer viewer;
    const auto volume = sphereVolume();
    if (!showAndRender(viewer, volume)) {
        return;
    }
    MprView *axial = viewer.mprView(MprOrientation::Axial);
    MprView *coronal = viewer.mprView(MprOrientation::Coronal);
    MprView *sagittal = viewer.mprView(MprOrientation::Sagittal);
    // Start on a slice far from the sphere, then click on the sphere's centre in the axial view.
    viewer.setCursorLps(volume->indexToLps(10, 55, 22));
    QCoreApplication::processEvents();
    const QImage coronalBefore = coronal->grabFramebuffer();
    const QImage sagittalBefore = sagittal->grabFramebuffer();
    const int coronalSlice = coronal->sliceIndex();

    viewer.setCrosshairMode(true);
    const auto target = volume->indexToLps(45, 24, 22);
    click(axial, axial->lpsToWidget(target));
    const auto cursor = viewer.cursorLps();
    CHECK(cursor[0] == Approx(target[0]).margin(0.5));
    CHECK(cursor[1] == Approx(target[1]).margin(0.5));
    CHECK(coronal->sliceIndex() != coronalSlice);
    CHECK(coronal->sliceIndex() == 24);
    CHECK(sagittal->sliceIndex() == 45);
    const QImage coronalAfter = coronal->grabFramebuffer();
    const QImage sagittalAfter = sagittal->grabFramebuffer();
    CHECK(changedFraction(coronalBefore, coronalAfter) > 0.05);
    CHECK(changedFraction(sagittalBefore, sagittalAfter) > 0.05);
    CHECK(greyAt(coronal, coronalAfter, volume->indexToLps(47, 24, 22)) > 200);

    // The wheel in the axial view steps the shared cursor one slice up.
    const double zBefore = viewer.cursorLps()[2];
    const QPointF centre(axial->width() / 2.0, axial->height() / 2.0);
    QWheelEvent wheel(centre, axial->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(axial, &wheel);
    CHECK(viewer.cursorLps()[2] == Approx(zBefore + 1.5));

    // Bound to zoom (Edit > Preferences), the wheel zooms and leaves the slice; Ctrl+wheel
    // then moves through the slices.
    MprView::MouseBindings zoomingWheel;
    zoomingWheel.wheelZooms = true;
    axial->setMouseBindings(zoomingWheel);
    const double zoomBefore = axial->zoom();
    QCoreApplication::sendEvent(axial, &wheel);
    CHECK(axial->zoom() == Approx(zoomBefore * 1.1));
    CHECK(viewer.cursorLps()[2] == Approx(zBefore + 1.5));
    QWheelEvent ctrlWheel(centre, axial->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(axial, &ctrlWheel);
    CHECK(viewer.cursorLps()[2] == Approx(zBefore + 3.0));
    CHECK(axial->zoom() == Approx(zoomBefore * 1.1));

    // The right button bound to window and level: a drag changes the window, not the zoom.
    MprView::MouseBindings rightLevels;
    rightLevels.right = MprView::DragAction::WindowLevel;
    axial->setMouseBindings(rightLevels);
    const WindowLevel wlBefore = axial->windowLevel();
    const QPointF right = centre + QPointF(40, 0);
    QMouseEvent press(QEvent::MouseButtonPress, centre, axial->mapToGlobal(centre), Qt::RightButton,
                      Qt::RightButton, Qt::NoModifier);
    QMouseEvent move(QEvent::MouseMove, right, axial->mapToGlobal(right), Qt::NoButton,
                     Qt::RightButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, right, axial->mapToGlobal(right),
                        Qt::RightButton, Qt::NoButton, Qt::NoModifier);
    for (QMouseEvent *event : {&press, &move, &release}) {
        QCoreApplication::sendEvent(axial, event);
    }
    CHECK(axial->windowLevel().window > wlBefore.window);
    CHECK(axial->zoom() == Approx(zoomBefore * 1.1));
}

TEST_CASE("Oblique direction cosines place the voxels in patient space", "[views]")
{
    // i runs towards posterior (+y), j towards patient right (-x): a 90 degree in-plane turn.
    MriViewer viewer;
    const auto volume = sphereVolume({0, -1, 0, 1, 0, 0, 0, 0, 1});
    if (!showAndRender(viewer, volume)) {
        return;
    }
    MprView *axial = viewer.mprView(MprOrientation::Axial);
    const auto sphereCentre = volume->indexToLps(45, 24, 22);
    viewer.setCursorLps(sphereCentre);
    // grabFramebuffer() renders the current state.
    const QImage image = axial->grabFramebuffer();
    CHECK(greyAt(axial, image, volume->indexToLps(49, 24, 22)) > 200);
    // With the direction ignored, this point would lie outside the drawn scan (black), and the
    // point below (same voxel row, far from the sphere) would not be background.
    CHECK(greyAt(axial, image, volume->indexToLps(10, 55, 22)) < 160);
    CHECK(greyAt(axial, image, volume->indexToLps(10, 55, 22)) > 20);
}

TEST_CASE("The 3D view renders the volume and drops quality while dragging", "[views]")
{
    MriViewer viewer;
    if (!showAndRender(viewer, sphereVolume())) {
        return;
    }
    VolumeView3D *view = viewer.volumeView();
    const QImage front = view->grabFramebuffer();
    view->setInteracting(true);
    CHECK(view->renderWindow()->GetDesiredUpdateRate() == Approx(view->interactiveUpdateRate()));
    view->rotate(view->width() / 2.0, 0);
    const QImage turned = view->grabFramebuffer();
    view->setInteracting(false);
    CHECK(view->renderWindow()->GetDesiredUpdateRate() < 0.01);
    CHECK(changedFraction(front, turned) > 0.01);
}

TEST_CASE("A view parallel to the slices shows the acquired slice nearest the cursor, opaque",
          "[views]")
{
    if (!openGlWorks()) {
        ONCOVIEW_SKIP_OR_FAIL("no OpenGL: skipped (run under xvfb-run)");
        return;
    }
    // Each axial slice one flat grey: slice k holds 100 k.
    auto volume = std::make_shared<Volume>();
    volume->size = {40, 40, 8};
    volume->spacing = {1, 1, 3};
    volume->origin = {-20, -20, -10};
    volume->voxels.resize(volume->voxelCount());
    for (int z = 0; z < volume->size[2]; ++z) {
        for (int y = 0; y < volume->size[1]; ++y) {
            for (int x = 0; x < volume->size[0]; ++x) {
                volume->at(x, y, z) = float(100 * z);
            }
        }
    }
    MprCursor cursor;
    cursor.setGeometry(*volume);
    MprView axial(MprOrientation::Axial, &cursor);
    axial.resize(300, 300);
    axial.show();
    axial.setImage(makeVtkImage(volume), WindowLevel {700, 350}); // 0..700 -> black..white
    const auto greyWithCursorAt = [&](double k) {
        cursor.setPosition(volume->indexToLps(20, 20, k));
        const quint64 frames = axial.frameCount();
        REQUIRE(waitFor([&] { return axial.frameCount() > frames; }));
        const QImage image = axial.grabFramebuffer();
        // Opaque everywhere, inside and outside the image: nothing behind shows through.
        CHECK(qAlpha(image.pixel(2, 2)) == 255);
        CHECK(qAlpha(image.pixel(image.width() / 2, image.height() / 2)) == 255);
        return greyAt(&axial, image, volume->indexToLps(10, 10, k));
    };
    // 2.4 slices in: slice 2 (200 -> grey 73), not a blend of slices 2 and 3 (240 -> 87).
    CHECK(std::abs(greyWithCursorAt(2.4) - 73) <= 3);
    CHECK(std::abs(greyWithCursorAt(2.6) - 109) <= 3); // slice 3 (300)
    CHECK(axial.sliceIndex() == 3);
}
