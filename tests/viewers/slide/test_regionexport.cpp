// SPDX-License-Identifier: Apache-2.0
// Slide region export: the region read at a chosen resolution, written as a TIFF that keeps
// its pixel size (read back by OpenSlide) or a PNG; refused when too large; cancellable.
#include <catch2/catch.hpp>

// Qt
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

// Local
#include "tests/viewers/slide/slidetestutil.h"
#include "viewers/slide/export/regionrender.h"
#include "viewers/slide/export/regionwriter.h"
#include "viewers/slide/openslidesource.h"

using namespace oncoview::slide;

namespace {

// The real Aperio slide of the shared data; null (skipped or failed as CI wants) without it.
std::shared_ptr<SlideSource> smallRegion()
{
    if (!test::haveSharedData()) {
        return nullptr;
    }
    QString error;
    auto source = OpenSlideSource::open(
        test::sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), &error);
    INFO(error.toStdString());
    REQUIRE(source);
    return source;
}

} // namespace

TEST_CASE("A region at level-0 resolution is the slide's own pixels", "[export]")
{
    const auto source = smallRegion();
    if (!source) {
        return;
    }
    QString error;
    const QRectF area(600, 900, 700, 500);
    const QImage region = renderSlideRegion(*source, {area, 1.0}, &error);
    REQUIRE_FALSE(region.isNull());
    CHECK(region.size() == QSize(700, 500));
    const QImage direct = source->readRegion(0, 600, 900, 700, 500, &error);
    CHECK(test::meanAbsDiff(region, direct) < 0.5);

    // Half the resolution: the same area, smoothly reduced (not every other pixel).
    const QImage half = renderSlideRegion(*source, {area, 2.0}, &error);
    CHECK(half.size() == QSize(350, 250));
    CHECK(test::meanAbsDiff(
              half, direct.scaled(350, 250, Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
          < 4.0);
    // Larger than any chunk: seams between chunks do not show.
    const QImage whole = renderSlideRegion(
        *source, {QRectF(QPointF(0, 0), QSizeF(source->levelSize(0))), 1.0}, &error);
    REQUIRE_FALSE(whole.isNull());
    CHECK(test::meanAbsDiff(whole.copy(2040, 2040, 16, 16),
                            source->readRegion(0, 2040, 2040, 16, 16, &error))
          < 0.5);
}

TEST_CASE("A region TIFF keeps its pixels and pixel size; a PNG its pixel size", "[export]")
{
    const auto source = smallRegion();
    if (!source) {
        return;
    }
    QString error;
    const double slideMpp = source->micronsPerPixel().value().width();
    QTemporaryDir dir;
    const RegionRequest request {QRectF(100, 200, 1000, 600), 2.0};
    RegionMetadata metadata {slideMpp * 2.0, QStringLiteral("test region")};
    const QString tiff = dir.filePath(QStringLiteral("region.tif"));
    std::vector<double> steps;
    REQUIRE(exportSlideRegion(*source, request, metadata, tiff, [&](double done) {
                steps.push_back(done);
            }).isEmpty());
    CHECK(steps.back() == 1.0);
    CHECK_FALSE(QFile::exists(tiff + QStringLiteral(".part")));
    const auto reopened = OpenSlideSource::open(tiff, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(reopened->levelSize(0) == QSize(500, 300));
    REQUIRE(reopened->micronsPerPixel());
    CHECK(reopened->micronsPerPixel()->width() == Approx(slideMpp * 2.0).epsilon(1e-4));
    const QImage expected = renderSlideRegion(*source, request, &error);
    CHECK(test::meanAbsDiff(reopened->readRegion(0, 0, 0, 500, 300, &error), expected) < 0.01);

    const QString png = dir.filePath(QStringLiteral("region.png"));
    REQUIRE(exportSlideRegion(*source, request, metadata, png).isEmpty());
    QImageReader reader(png);
    const QImage read = reader.read();
    CHECK(read.size() == QSize(500, 300));
    CHECK(read.dotsPerMeterX() == qRound(1e6 / (slideMpp * 2.0)));

    // Errors name the reason; nothing half-written is left.
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/region.tif"));
    const QString message = exportSlideRegion(*source, request, metadata, bad);
    CHECK(message.contains(bad));
    CHECK(exportSlideRegion(*source, request, metadata, dir.filePath(QStringLiteral("r.bmp")))
              .contains(QStringLiteral(".tif")));
}

TEST_CASE("A region too large is refused before reading; a cancelled one writes nothing",
          "[export]")
{
    test::FakeSource source(QSize(200000, 150000), 6);
    QString error;
    const QImage huge = renderSlideRegion(source, {QRectF(0, 0, 200000, 150000), 1.0}, &error);
    CHECK(huge.isNull());
    CHECK(error.contains(QStringLiteral("16384")));
    CHECK(regionOutputSize({QRectF(0, 0, 200000, 150000), 16.0}) == QSize(12500, 9375));

    QTemporaryDir dir;
    std::atomic<bool> cancel {true};
    const QString path = dir.filePath(QStringLiteral("cancelled.tif"));
    CHECK(exportSlideRegion(source, {QRectF(0, 0, 4096, 4096), 1.0}, {}, path, {}, &cancel)
              .isEmpty());
    CHECK_FALSE(QFile::exists(path));
}
