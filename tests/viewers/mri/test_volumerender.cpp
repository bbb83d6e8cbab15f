// SPDX-License-Identifier: Apache-2.0
// 3D view: presets, coarse frames while dragging and the still frame once idle. Rendering needs
// OpenGL (xvfb-run with xcb); without it the GL parts skip themselves.
#include <catch2/catch.hpp>

#include "viewers/mri/io/breastphantom.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/volumeview3d.h"
#include "viewtestutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>

#include "tests/support/prerequisite.h"
#include <cmath>
#include <functional>

using namespace oncoview::mri;
using oncoview::mri::test::openGlWorks;
using oncoview::mri::test::waitFor;

namespace {

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

double changedFraction(const QImage &a, const QImage &b)
{
    int changed = 0, total = 0;
    for (int y = 0; y < a.height(); y += 3) {
        for (int x = 0; x < a.width(); x += 3) {
            changed += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 24;
            ++total;
        }
    }
    return double(changed) / std::max(1, total);
}

} // namespace

TEST_CASE("Volume rendering presets are listed and cycled", "[views][vr]")
{
    VolumeView3D view;
    int changed = 0;
    QObject::connect(&view, &VolumeView3D::presetChanged, [&changed] { ++changed; });
    CHECK(allVolumePresets().size() == 4);
    for (const VolumePreset preset : allVolumePresets()) {
        CHECK_FALSE(volumePresetName(preset).isEmpty());
    }
    CHECK(view.preset() == VolumePreset::MrDefault);
    QKeyEvent p(QEvent::KeyPress, Qt::Key_P, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &p);
    CHECK(view.preset() == VolumePreset::Mip);
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendEvent(&view, &p);
    }
    CHECK(view.preset() == VolumePreset::MrDefault); // wrapped around
    CHECK(changed == 4);
}

TEST_CASE("The 3D view drags coarse and draws the still frame once idle", "[views][vr]")
{
    if (!openGlWorks()) {
        ONCOVIEW_SKIP_OR_FAIL("No OpenGL: skipped (run under xvfb-run)");
        return;
    }
    PhantomParams params;
    const PhantomStudy study = breastPhantom(params, 3);
    MriViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    viewer.setVolume(std::make_shared<const Volume>(study.dce.back()), QStringLiteral("phantom"));
    waitFor([&viewer] { return viewer.hasRendered(); });
    REQUIRE(viewer.hasRendered());
    VolumeView3D *view = viewer.volumeView();
    view->setStillDelayMs(100);
    // An impossible frame rate drives the interactive rays to their coarsest.
    view->setInteractiveUpdateRate(1000);
    const QImage composite = view->grabFramebuffer();

    const QPointF start(view->width() / 2.0, view->height() / 2.0);
    mouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton);
    for (int i = 1; i <= 6; ++i) {
        mouse(view, QEvent::MouseMove, start + QPointF(4 * i, 0), Qt::LeftButton);
        view->repaint();
    }
    CHECK(view->isInteracting());
    CHECK(view->interactiveImageSampleDistance() > 1.5);
    mouse(view, QEvent::MouseButtonRelease, start + QPointF(24, 0), Qt::NoButton);
    // Not yet still: the still frame waits for the idle delay, then comes by itself.
    CHECK(view->isInteracting());
    const quint64 frames = view->frameCount();
    waitFor([view, frames] { return !view->isInteracting() && view->frameCount() > frames; });
    CHECK_FALSE(view->isInteracting());
    CHECK(view->frameCount() > frames);
    if (view->isSoftwareRenderer()) {
        // The still frame fits its budget by spreading rays, never beyond 3 px per ray.
        CHECK(view->stillFrameBudgetMs() > 0);
        CHECK(view->stillImageSampleDistance() <= 3);
    }
    // No budget: one ray per pixel.
    view->setStillFrameBudgetMs(0);
    CHECK(view->stillImageSampleDistance() == 1);

    // MIP looks different from the composite rendering of the same volume.
    view->setPreset(VolumePreset::Mip);
    view->rotate(-24, 0);
    const QImage mip = view->grabFramebuffer();
    CHECK(changedFraction(composite, mip) > 0.05);
}
