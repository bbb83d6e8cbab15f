// SPDX-License-Identifier: Apache-2.0
// The slide view's glide after a drag and its magnification presets.
#include "slidetestutil.h"
#include "viewers/slide/paninertia.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTest>

#include <catch2/catch.hpp>

using namespace oncoview::slide;
using oncoview::slide::test::FakeSource;

TEST_CASE("a fast drag glides on and slows down; a drag that stopped does not", "[slide][nav]")
{
    PanInertia inertia;
    inertia.reset();
    for (int i = 0; i <= 5; ++i) {
        inertia.track(QPointF(10.0 * i, 0), 10.0 * i); // 1 px/ms to the right
    }
    REQUIRE(inertia.release(52.0));
    CHECK(inertia.velocity().x() == Approx(1.0));
    QPointF delta;
    REQUIRE(inertia.advance(16.0, &delta));
    CHECK(delta.x() > 14.0); // ~16 px in the first frame
    CHECK(delta.x() < 16.0);
    double travelled = delta.x();
    int frames = 1;
    while (inertia.advance(16.0, &delta) && frames < 1000) {
        travelled += delta.x();
        ++frames;
    }
    // v0 * T = 300 px in all (minus the tail below the stop speed), and it does stop.
    CHECK(travelled == Approx(300.0).margin(10.0));
    CHECK(frames < 200);

    // The same drag, but the hand rested 200 ms before letting go: no glide.
    PanInertia rested;
    for (int i = 0; i <= 5; ++i) {
        rested.track(QPointF(10.0 * i, 0), 10.0 * i);
    }
    CHECK_FALSE(rested.release(250.0));
    // A slow drag does not glide either.
    PanInertia slow;
    slow.track({0, 0}, 0);
    slow.track({5, 0}, 50);
    CHECK_FALSE(slow.release(50));
}

TEST_CASE("the slide view glides after a flick and stops when grabbed", "[slide][nav][view]")
{
    auto source = std::make_shared<FakeSource>(QSize(4096, 3072), 3);
    SlideView view;
    view.resize(400, 300);
    view.show();
    view.setSource(source);
    view.zoomTo(1.0, QPointF(2000, 1500));
    const QPointF start(200, 150);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, start.toPoint());
    for (int i = 1; i <= 4; ++i) {
        QTest::qWait(10);
        QTest::mouseMove(&view, (start - QPointF(20.0 * i, 0)).toPoint());
    }
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, (start - QPointF(80, 0)).toPoint());
    const double afterDrag = view.currentCenter().x();
    CHECK(afterDrag == Approx(2080).margin(1)); // dragged 80 px left at 1:1
    REQUIRE(view.isGliding());
    QTest::qWait(150);
    CHECK(view.currentCenter().x() > afterDrag + 20); // it kept going the same way
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    CHECK_FALSE(view.isGliding());
    const double grabbed = view.currentCenter().x();
    QTest::qWait(100);
    CHECK(view.currentCenter().x() == Approx(grabbed));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
}

TEST_CASE("magnification presets follow the objective power", "[slide][nav][view]")
{
    auto source = std::make_shared<FakeSource>(QSize(4096, 3072), 3); // a 20x slide
    SlideView view;
    view.resize(400, 300);
    view.show();
    view.setSource(source);
    REQUIRE(view.setMagnification(20));
    CHECK(view.currentDownsample() == Approx(1.0));
    CHECK(view.magnification() == Approx(20.0));
    QTest::keyClick(&view, Qt::Key_4); // 10x
    CHECK(view.currentDownsample() == Approx(2.0));
    QTest::keyClick(&view, Qt::Key_3); // 5x
    CHECK(view.magnification() == Approx(5.0));
    CHECK(view.currentDownsample() == Approx(4.0));
}
