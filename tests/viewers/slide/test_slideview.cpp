// SPDX-License-Identifier: Apache-2.0
#include "slidetestutil.h"
#include "viewers/slide/openslidesource.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include <thread>

using namespace oncoview::slide;
using oncoview::slide::test::FakeSource;
using oncoview::slide::test::haveSharedData;
using oncoview::slide::test::meanAbsDiff;
using oncoview::slide::test::sharedData;

namespace {

template<typename F> bool waitFor(F done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return done();
}

// Waits until a smooth zoom has settled.
void settle(SlideView &view)
{
    double last = -1;
    waitFor([&] {
        const bool still = view.currentDownsample() == last;
        last = view.currentDownsample();
        QApplication::processEvents();
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        return still;
    });
}

QImage grabView(SlideView &view)
{
    return view.grab().toImage();
}

} // namespace

TEST_CASE("the view draws the same pixels as OpenSlide's read_region", "[slide][view][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source
        = OpenSlideSource::open(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), nullptr);
    REQUIRE(source);
    SlideView view;
    view.resize(400, 300);
    view.show();
    QSignalSpy loaded(&view, &SlideView::fullyLoaded);
    view.setSource(source);
    // isFullyLoaded() may turn true a moment before the queued notification arrives.
    REQUIRE(waitFor([&] { return view.isFullyLoaded() && loaded.count() >= 1; }));
    // Fitted on open: the whole slide is visible.
    CHECK(view.currentDownsample() == Approx(2967.0 / 300.0));

    view.zoomTo(1.0, QPointF(1200, 1500));
    CHECK(view.visibleLevel0Rect() == QRectF(1000, 1350, 400, 300));
    REQUIRE(waitFor([&] { return view.isFullyLoaded(); }));
    const QRect inner(10, 10, 230, 220); // clear of the scale bar and the minimap
    const QImage shown = grabView(view).copy(inner);
    const QImage truth
        = source->readRegion(0, 1000 + inner.x(), 1350 + inner.y(), inner.width(), inner.height());
    CHECK(meanAbsDiff(shown, truth) < 1.0);

    // Zoomed out 2x: OpenSlide's pixels, smoothly downscaled.
    // Compared once the view has settled: while it moves, tiles are scaled without smoothing.
    view.zoomTo(2.0, QPointF(1110, 1500));
    REQUIRE(waitFor([&] { return view.isFullyLoaded() && view.isSettled(); }));
    const QImage half = grabView(view).copy(inner);
    const QRectF area = view.visibleLevel0Rect();
    const QImage full
        = source->readRegion(0, qint64(area.x()) + 2 * inner.x(), qint64(area.y()) + 2 * inner.y(),
                             2 * inner.width(), 2 * inner.height());
    const QImage scaled
        = full.scaled(inner.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    CHECK(meanAbsDiff(half, scaled) < 6.0);
}

TEST_CASE("missing tiles are drawn from a coarser cached level until they arrive", "[slide][view]")
{
    auto source = std::make_shared<FakeSource>(QSize(4096, 3072), 3);
    SlideView view;
    view.resize(400, 300);
    view.show();
    view.setSource(source);
    REQUIRE(waitFor([&] { return view.isFullyLoaded(); }));
    CHECK(view.wantedLevel() == 2);

    source->setOpen(false); // level-0 reads now hang in the workers
    view.zoomTo(1.0, QPointF(2000, 1500));
    CHECK(!view.isFullyLoaded());
    const QImage waiting = grabView(view);
    // The centre shows a coarser tile covering (2000, 1500): level 1's tile (3, 2) when the
    // prefetch already brought it, else level 2's tile (1, 1), which is always there (pinned).
    const QColor centre = waiting.pixelColor(200, 150);
    INFO("centre colour " << centre.name().toStdString());
    CHECK((centre == FakeSource::colourFor(1, 1536, 1024)
           || centre == FakeSource::colourFor(2, 1024, 1024)));

    QSignalSpy loaded(&view, &SlideView::fullyLoaded);
    source->setOpen(true);
    REQUIRE(waitFor([&] { return loaded.count() == 1; }));
    const QImage done = grabView(view);
    CHECK(done.pixelColor(200, 150) == FakeSource::colourFor(0, 1792, 1280)); // tile (7, 5)
    // A click on the minimap (top right, 180 x 135 for this 4:3 slide) centres the view there.
    const QPointF onMap(400 - 12 - 180 + 45, 12 + 135 / 2.0);
    QMouseEvent click(QEvent::MouseButtonPress, onMap, view.mapToGlobal(onMap), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &click);
    CHECK(view.currentCenter().x() == Approx(1024).margin(30));
    CHECK(view.currentCenter().y() == Approx(1536).margin(30));
    CHECK(view.currentDownsample() == Approx(1.0));
    // The dark frame around the slide: zoom out past the fit.
    view.zoomTo(30.0, QPointF(2048, 1536));
    CHECK(grabView(view).pixelColor(2, 150) == QColor(0x1e, 0x1e, 0x1e));
}

TEST_CASE("a slide with OpenSlide bounds fits to its content, not the padded canvas",
          "[slide][view]")
{
    // An MRXS/NDPI-like canvas: 8192 x 6144 with the scanned area at (4096, 1024), 2048 x 1024.
    auto source = std::make_shared<FakeSource>(QSize(8192, 6144), 5);
    source->setProperties({{"openslide.bounds-x", "4096"},
                           {"openslide.bounds-y", "1024"},
                           {"openslide.bounds-width", "2048"},
                           {"openslide.bounds-height", "1024"}});
    CHECK(source->contentBounds() == QRectF(4096, 1024, 2048, 1024));
    SlideView view;
    view.resize(400, 300);
    view.show();
    view.setSource(source);
    CHECK(view.currentDownsample() == Approx(2048.0 / 400.0));
    CHECK(view.currentCenter() == QPointF(5120, 1536));
    CHECK(view.visibleLevel0Rect().contains(QRectF(4096, 1024, 2048, 1024).adjusted(1, 1, -1, -1)));

    // Bounds that make no sense (outside the canvas, or not numbers) are not believed.
    source->setProperties({{"openslide.bounds-x", "99999"},
                           {"openslide.bounds-y", "0"},
                           {"openslide.bounds-width", "10"},
                           {"openslide.bounds-height", "x"}});
    CHECK(source->contentBounds() == QRectF(0, 0, 8192, 6144));
}

TEST_CASE("wheel, drag and keys move the view", "[slide][view]")
{
    auto source = std::make_shared<FakeSource>(QSize(8192, 6144), 5);
    SlideView view;
    view.resize(400, 300);
    view.show();
    view.setSource(source);
    const double fit = view.currentDownsample();
    CHECK(fit == Approx(8192.0 / 400.0));

    // Wheel: zoom in about the cursor; the level-0 point under it stays under it.
    const QPointF cursor(100, 80);
    const QPointF anchor = view.mapToLevel0(cursor);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    settle(view);
    CHECK(view.currentDownsample() == Approx(fit / 1.5625).epsilon(0.01));
    const QPointF after = view.mapToLevel0(cursor);
    CHECK(after.x() == Approx(anchor.x()).margin(fit));
    CHECK(after.y() == Approx(anchor.y()).margin(fit));

    // Drag: the slide follows the mouse.
    const QPointF before = view.currentCenter();
    const double ds = view.currentDownsample();
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(200, 150),
                      view.mapToGlobal(QPointF(200, 150)), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QMouseEvent move(QEvent::MouseMove, QPointF(230, 140), view.mapToGlobal(QPointF(230, 140)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(230, 140),
                        view.mapToGlobal(QPointF(230, 140)), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    QApplication::sendEvent(&view, &move);
    QApplication::sendEvent(&view, &release);
    CHECK(view.currentCenter().x() == Approx(before.x() - 30 * ds));
    CHECK(view.currentCenter().y() == Approx(before.y() + 10 * ds));

    // Keys: + zooms in, arrows pan, Home fits again.
    QKeyEvent plus(QEvent::KeyPress, Qt::Key_Plus, Qt::NoModifier, QStringLiteral("+"));
    QApplication::sendEvent(&view, &plus);
    settle(view);
    CHECK(view.currentDownsample() == Approx(ds / 1.5).epsilon(0.01));
    const QPointF centre = view.currentCenter();
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(&view, &right);
    CHECK(view.currentCenter().x() > centre.x());
    QKeyEvent home(QEvent::KeyPress, Qt::Key_Home, Qt::NoModifier);
    QApplication::sendEvent(&view, &home);
    CHECK(view.currentDownsample() == Approx(fit));
    CHECK(view.currentCenter() == QPointF(4096, 3072));
    // Limits: no zooming past 4x level 0, nor far beyond the whole slide.
    view.zoomTo(0.01, QPointF(0, 0));
    CHECK(view.currentDownsample() == Approx(0.25));
    view.zoomTo(1000, QPointF(-5000, 99999));
    CHECK(view.currentDownsample() == Approx(2 * fit));
    CHECK(view.currentCenter() == QPointF(0, 6144));
}

TEST_CASE("an unreadable slide reports once and still completes", "[slide][view][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source = OpenSlideSource::open(
        sharedData(QStringLiteral("wsi/openslide-fixtures/unreadable.svs")), nullptr);
    REQUIRE(source);
    SlideView view;
    view.resize(300, 200);
    view.show();
    QSignalSpy errors(&view, &SlideView::readErrorOccurred);
    view.setSource(source);
    REQUIRE(waitFor([&] { return view.isFullyLoaded() && errors.count() > 0; }));
    view.zoomTo(0.5, QPointF(8, 8));
    REQUIRE(waitFor([&] { return view.isFullyLoaded(); }));
    QApplication::processEvents();
    CHECK(errors.count() == 1);
    CHECK(view.readError().contains(QStringLiteral("Bogus marker length")));
    CHECK(!grabView(view).isNull());
}

TEST_CASE("a view without a slide is empty and complete", "[slide][view]")
{
    SlideView view;
    view.resize(300, 200);
    CHECK(view.isFullyLoaded());
    CHECK(grabView(view).pixelColor(5, 5) == QColor(0x1e, 0x1e, 0x1e));
    view.setSource(std::make_shared<FakeSource>(QSize(1000, 1000), 1));
    view.setSource(nullptr);
    CHECK(view.isFullyLoaded());
}

TEST_CASE("the view draws a level at most 20% coarser than the screen", "[slide][view]")
{
    // Levels at downsample 1, 2, 4 (FakeSource halves each level).
    auto source = std::make_shared<FakeSource>(QSize(4096, 3072), 3);
    SlideView view;
    view.resize(400, 300);
    view.show();
    view.setSource(source);
    const auto levelAt = [&](double downsample) {
        view.zoomTo(downsample, QPointF(2048, 1536));
        return view.wantedLevel();
    };
    REQUIRE(view.devicePixelRatioF() == 1.0);
    CHECK(levelAt(1.0) == 0); // 1:1 is always level 0
    CHECK(levelAt(1.6) == 0); // level 1 would be 1.25x upscaled
    CHECK(levelAt(1.7) == 1); // level 1 at 1.18x upscale is taken
    CHECK(levelAt(2.0) == 1);
    CHECK(levelAt(3.2) == 1);
    CHECK(levelAt(3.4) == 2);
}
