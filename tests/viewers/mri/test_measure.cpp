// SPDX-License-Identifier: Apache-2.0
// Measurements in the MPR views: distance in mm and ellipse ROI statistics, driven through the
// MeasureTool with synthetic key and mouse events (no OpenGL needed: only the view's geometry).
#include <catch2/catch.hpp>

#include "tests/viewers/mri/rampvolume.h"
#include "viewers/mri/measuretool.h"
#include "viewers/mri/mprcursor.h"
#include "viewers/mri/mprview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

#include <cmath>
#include <memory>
#include <numbers>

using namespace oncoview::mri;
using oncoview::mri::test::rampVolume;

namespace {

void key(QWidget *w, int k)
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &press);
}

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

void drag(QWidget *w, QPointF from, QPointF to)
{
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    mouse(w, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    mouse(w, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

struct Fixture
{
    std::shared_ptr<Volume> volume = rampVolume();
    MprCursor cursor;
    MprView view {MprOrientation::Axial, &cursor};
    MeasureTool *tool = new MeasureTool(&view);

    Fixture()
    {
        cursor.setGeometry(*volume);
        cursor.setPosition(volume->indexToLps(40, 30, 6));
        view.resize(500, 400);
        view.setImage(makeVtkImage(volume), WindowLevel {80, 40});
    }
};

} // namespace

TEST_CASE("Ellipse statistics on a known volume", "[measure]")
{
    const auto volume = rampVolume();
    Measurement m;
    m.kind = MeasureKind::Ellipse;
    m.orientation = MprOrientation::Axial;
    m.a = volume->indexToLps(40, 30, 6);
    // Semi-axes 5 mm along x (10 columns) and 4 mm along y (5 rows).
    m.b = {m.a[0] + 5, m.a[1] + 4, m.a[2]};
    const auto semi = ellipseSemiAxesMm(m);
    CHECK(semi[0] == Approx(5));
    CHECK(semi[1] == Approx(4));
    const RoiStats s = ellipseStats(*volume, m);
    CHECK(s.mean == Approx(40).margin(1e-9)); // symmetric about column 40
    CHECK(s.min == 30);
    CHECK(s.max == 50);
    CHECK(s.sd > 2);
    CHECK(s.planeAxis == 2);
    // Voxel-centre area of an ellipse: pi a b within the staircase error of the border.
    CHECK(s.areaMm2 == Approx(std::numbers::pi * 5 * 4).epsilon(0.1));
    CHECK(s.areaMm2 == Approx(double(s.voxelCount) * 0.5 * 0.8));
    updateMeasurementStats(m, *volume);
    CHECK(m.error.isEmpty());
    CHECK(measurementLabel(m).contains(QStringLiteral("mean 40.0")));

    // An ellipse centred outside the scan reports why instead of numbers.
    Measurement outside = m;
    outside.statsVolume = nullptr; // stats are cached per volume: force a new computation
    outside.a = volume->indexToLps(40, 30, 200);
    outside.b = {outside.a[0] + 5, outside.a[1] + 4, outside.a[2]};
    updateMeasurementStats(outside, *volume);
    CHECK_FALSE(outside.error.isEmpty());
}

TEST_CASE("Distance tool measures millimetres in patient space", "[measure]")
{
    Fixture f;
    key(&f.view, Qt::Key_D);
    REQUIRE(f.tool->mode() == MeasureTool::Mode::Distance);
    // 12 columns (6 mm) right and 5 rows (4 mm) down the anisotropic grid: 7.211 mm.
    const auto p = f.volume->indexToLps(30, 20, 6);
    const auto q = f.volume->indexToLps(42, 25, 6);
    drag(&f.view, f.view.lpsToWidget(p), f.view.lpsToWidget(q));
    REQUIRE(f.tool->measurements().size() == 1);
    const Measurement m = f.tool->measurements().front();
    CHECK(m.kind == MeasureKind::Distance);
    CHECK(measurementLengthMm(m) == Approx(std::hypot(6.0, 4.0)).margin(1e-6));
    CHECK(measurementLabel(m) == QStringLiteral("7.2 mm"));
    // It does not depend on zoom: the same points measured zoomed in give the same length.
    QWheelEvent zoomIn(QPointF(10, 10), QPointF(10, 10), QPoint(), QPoint(0, 240), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&f.view, &zoomIn);
    REQUIRE(f.view.zoom() > 1.1);
    drag(&f.view, f.view.lpsToWidget(p), f.view.lpsToWidget(q));
    REQUIRE(f.tool->measurements().size() == 2);
    CHECK(measurementLengthMm(f.tool->measurements()[1]) == Approx(measurementLengthMm(m)));

    // Click, move, click also measures; Esc in between cancels instead.
    const QPointF a = f.view.lpsToWidget(f.volume->indexToLps(10, 10, 6));
    const QPointF b = f.view.lpsToWidget(f.volume->indexToLps(10, 50, 6)); // 40 rows = 32 mm
    mouse(&f.view, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    mouse(&f.view, QEvent::MouseButtonRelease, a, Qt::LeftButton, Qt::NoButton);
    key(&f.view, Qt::Key_Escape);
    CHECK(f.tool->measurements().size() == 2);
    CHECK(f.tool->mode() == MeasureTool::Mode::Distance); // first Esc only cancels the pending
    mouse(&f.view, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    mouse(&f.view, QEvent::MouseButtonRelease, a, Qt::LeftButton, Qt::NoButton);
    mouse(&f.view, QEvent::MouseMove, b, Qt::NoButton, Qt::NoButton);
    mouse(&f.view, QEvent::MouseButtonPress, b, Qt::LeftButton, Qt::LeftButton);
    mouse(&f.view, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
    REQUIRE(f.tool->measurements().size() == 3);
    CHECK(measurementLengthMm(f.tool->measurements()[2]) == Approx(32).margin(1e-6));

    // The measurement belongs to its slice; Delete removes one on the current slice.
    CHECK(f.tool->measurementAt(f.view.lpsToWidget(f.volume->indexToLps(10, 30, 6))) == 2);
    f.view.stepSlices(2);
    CHECK(f.tool->measurementAt(f.view.lpsToWidget(f.volume->indexToLps(10, 30, 6))) == -1);
    f.view.stepSlices(-2);
    key(&f.view, Qt::Key_Delete);
    CHECK(f.tool->measurements().size() == 2);
    key(&f.view, Qt::Key_Escape);
    CHECK(f.tool->mode() == MeasureTool::Mode::None);
    // Without a tool, a left-drag is window/level again, not a measurement.
    drag(&f.view, a, b);
    CHECK(f.tool->measurements().size() == 2);
}

TEST_CASE("Ellipse tool reports the statistics of the voxels inside", "[measure]")
{
    Fixture f;
    key(&f.view, Qt::Key_E);
    REQUIRE(f.tool->mode() == MeasureTool::Mode::Ellipse);
    const auto centre = f.volume->indexToLps(40, 30, 6);
    const std::array<double, 3> corner {centre[0] + 5, centre[1] + 4, centre[2]};
    drag(&f.view, f.view.lpsToWidget(centre), f.view.lpsToWidget(corner));
    REQUIRE(f.tool->measurements().size() == 1);
    const Measurement &m = f.tool->measurements().front();
    REQUIRE(m.kind == MeasureKind::Ellipse);
    CHECK(m.error.isEmpty());
    CHECK(m.stats.mean == Approx(40).margin(0.05));
    CHECK(m.stats.min == Approx(30).margin(1));
    CHECK(m.stats.max == Approx(50).margin(1));
    CHECK(m.stats.areaMm2 == Approx(std::numbers::pi * 20).epsilon(0.12));
    // A right-drag still zooms while the tool is active.
    const double zoom = f.view.zoom();
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(50, 50), QPointF(50, 50), Qt::RightButton,
                      Qt::RightButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&f.view, &press);
    QMouseEvent move(QEvent::MouseMove, QPointF(50, 20), QPointF(50, 20), Qt::NoButton,
                     Qt::RightButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&f.view, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(50, 20), QPointF(50, 20),
                        Qt::RightButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&f.view, &release);
    CHECK(f.view.zoom() > zoom);
    CHECK(f.tool->measurements().size() == 1);
}

TEST_CASE("A distance can be measured from the keyboard alone", "[measure][a11y]")
{
    Fixture f;
    // Shift+arrows move the cursor one in-plane voxel step (0.5 mm here) along the view's axes.
    const auto start = f.cursor.position();
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::ShiftModifier);
    QCoreApplication::sendEvent(&f.view, &right);
    CHECK(f.cursor.position()[0] == Approx(start[0] + 0.5));
    CHECK(f.cursor.position()[2] == Approx(start[2])); // stays on the slice

    // D, Enter at the cursor, 20 steps right, Enter: a 10 mm distance, no mouse involved.
    key(&f.view, Qt::Key_D);
    REQUIRE(f.tool->mode() == MeasureTool::Mode::Distance);
    key(&f.view, Qt::Key_Return);
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::sendEvent(&f.view, &right);
    }
    CHECK(f.tool->measurements().empty()); // the second end is not marked yet
    key(&f.view, Qt::Key_Return);
    REQUIRE(f.tool->measurements().size() == 1);
    CHECK(measurementLengthMm(f.tool->measurements().front()) == Approx(10.0));

    // Escape drops a measurement begun from the keyboard.
    key(&f.view, Qt::Key_Return);
    key(&f.view, Qt::Key_Escape);
    QCoreApplication::sendEvent(&f.view, &right);
    key(&f.view, Qt::Key_Escape); // leaves the tool
    CHECK(f.tool->measurements().size() == 1);
    CHECK(f.tool->mode() == MeasureTool::Mode::None);
}
