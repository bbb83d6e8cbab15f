// SPDX-License-Identifier: Apache-2.0
// The TIFF reader against OpenSlide on the same files (pixels within 2 per channel), on
// OME-TIFFs written here (SubIFD and plain-IFD pyramids, LZW/deflate/JPEG), and on broken files.
#include "ometiffwriter.h"
#include "slidetestutil.h"

#include "viewers/slide/demoslidewriter.h"
#include "viewers/slide/openslidesource.h"
#include "viewers/slide/slideopener.h"
#include "viewers/slide/tiff/tiffslidesource.h"
#include "viewers/slide/tilegrid.h"

// Qt
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <thread>

using namespace oncoview::slide;
using oncoview::slide::test::haveSharedData;
using oncoview::slide::test::sharedData;

namespace {

// Largest difference of any channel (alpha included) between two same-sized images.
int maxChannelDiff(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull()) {
        return 256;
    }
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            worst = std::max(
                {worst, std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                 std::abs(qBlue(p[x]) - qBlue(q[x])), std::abs(qAlpha(p[x]) - qAlpha(q[x]))});
        }
    }
    return worst;
}

bool opaque(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(p[x]) != 255) {
                return false;
            }
        }
    }
    return true;
}

struct Comparison
{
    int worst = 0; // largest channel difference over the compared regions
    int compared = 0;
    // Levels narrower or shorter than one file tile, not JPEG: OpenSlide 3.4.1 on libtiff 4.5
    // returns uninitialised memory there (libtiff "adapts" the RGBA raster, OpenSlide ignores
    // it), seen as non-opaque pixels inside the slide; only this reader's result is checked.
    int levelsOpenSlideMisreads = 0;
};

// Reads the same regions with both readers: every tile of every level whose downsample is a
// whole number, as the viewer's grid cuts them; the first tile of the other levels; unaligned
// regions at level 0 and across the right/bottom edges.
//
// Why not every tile of every level: at a level whose downsample is not whole (2.00034 in a
// 2220 x 2967 pyramid), integer level-0 coordinates fall between that level's pixels, and
// OpenSlide 3.4.1 paints the tiles at that sub-pixel offset through cairo, i.e. resamples
// them; this reader rounds to the nearest level pixel and copies pixels as stored.
Comparison compareWithOpenSlide(const QString &path)
{
    const auto ours = TiffSlideSource::open(path, nullptr);
    const auto reference = OpenSlideSource::open(path, nullptr);
    REQUIRE(ours);
    REQUIRE(reference);
    REQUIRE(ours->levelCount() == reference->levelCount());
    Comparison result;
    const auto compare = [&](int level, qint64 x0, qint64 y0, int width, int height) {
        QString error;
        const QImage a = ours->readRegion(level, x0, y0, width, height, &error);
        INFO(error.toStdString());
        REQUIRE(!a.isNull());
        const QImage b = reference->readRegion(level, x0, y0, width, height);
        result.worst = std::max(result.worst, maxChannelDiff(a, b));
        ++result.compared;
    };
    const TileGrid grid(*ours);
    for (int level = 0; level < ours->levelCount(); ++level) {
        CHECK(ours->levelSize(level) == reference->levelSize(level));
        const double downsample = ours->levelDownsample(level);
        CHECK(downsample == Approx(reference->levelDownsample(level)));
        const bool whole = std::abs(downsample - std::round(downsample)) < 1e-9;
        const QSize size = ours->levelSize(level);
        const QSize tile = ours->levelTileSizeHint(level);
        if ((size.width() < tile.width() || size.height() < tile.height())
            && !opaque(reference->readRegion(level, 0, 0, size.width(), size.height()))) {
            CHECK(opaque(ours->readRegion(level, 0, 0, size.width(), size.height())));
            ++result.levelsOpenSlideMisreads;
            continue;
        }
        for (int row = 0; row < (whole ? grid.rows(level) : 1); ++row) {
            for (int column = 0; column < (whole ? grid.columns(level) : 1); ++column) {
                const TileKey key {level, column, row};
                const QRect r = grid.levelRect(key);
                const QRectF l0 = grid.level0Rect(key);
                compare(level, qint64(l0.x()), qint64(l0.y()), r.width(), r.height());
            }
        }
    }
    const QSize size = ours->levelSize(0);
    compare(0, 13, 7, 301, 199);
    compare(0, size.width() - 90, size.height() - 70, 200, 150);
    return result;
}

} // namespace

TEST_CASE("the TIFF reader gives OpenSlide's pixels on the shared slides", "[slide][tiff][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    for (const char *file :
         {"wsi/CMU-1-Small-Region.svs", "wsi/CMU-1-Small-Region_pyramid_jpeg.tif",
          "wsi/openslide-fixtures/boxes.tiff"}) {
        INFO(file);
        const Comparison c = compareWithOpenSlide(sharedData(QString::fromLatin1(file)));
        CHECK(c.worst <= 2);
        CHECK(c.compared >= 4);
        const bool boxes = QString::fromLatin1(file).contains(QLatin1String("boxes"));
        CHECK(c.levelsOpenSlideMisreads == (boxes ? 2 : 0));
    }
}

TEST_CASE("the TIFF reader gives OpenSlide's pixels and metadata on a YCbCr Aperio pyramid",
          "[slide][tiff]")
{
    QTemporaryDir dir;
    DemoSlideOptions options;
    options.width = 3000;
    options.height = 2000;
    const QString path = dir.filePath(QStringLiteral("demo.svs"));
    std::string error;
    REQUIRE(writeDemoSlide(path.toStdString(), &error, options));
    const Comparison c = compareWithOpenSlide(path);
    CHECK(c.worst <= 2);
    CHECK(c.levelsOpenSlideMisreads == 0);

    const auto ours = TiffSlideSource::open(path, nullptr);
    const auto reference = OpenSlideSource::open(path, nullptr);
    CHECK(ours->vendor() == reference->vendor());
    CHECK(ours->associatedImageNames() == reference->associatedImageNames());
    REQUIRE(ours->micronsPerPixel());
    CHECK(ours->micronsPerPixel()->width() == Approx(reference->micronsPerPixel()->width()));
    CHECK(ours->objectivePower() == reference->objectivePower());
    for (const QString &name : ours->associatedImageNames()) {
        INFO(name.toStdString());
        CHECK(maxChannelDiff(ours->associatedImage(name), reference->associatedImage(name)) <= 2);
    }
}

TEST_CASE("OME-TIFF pyramids open with their levels, pixels and pixel size", "[slide][tiff]")
{
    QTemporaryDir dir;
    using oncoview::slide::test::omeTestPixel;
    using oncoview::slide::test::OmeTiffOptions;
    struct Case
    {
        const char *name;
        uint16_t compression;
        bool subIfds;
        double tolerance; // mean absolute difference per channel
    };
    for (const Case &c : {Case {"subifd-lzw", 5, true, 0.0}, Case {"ifd-deflate", 8, false, 0.0},
                          Case {"subifd-jpeg", 7, true, 3.0}}) {
        INFO(c.name);
        OmeTiffOptions options;
        options.compression = c.compression;
        options.subIfds = c.subIfds;
        const QString path = dir.filePath(QString::fromLatin1(c.name) + ".ome.tif");
        QString error;
        REQUIRE(oncoview::slide::test::writeOmeTiff(path, options, &error));
        const auto source = openSlide(path, &error);
        REQUIRE(source);
        CHECK(source->vendor() == QStringLiteral("ome-tiff"));
        REQUIRE(source->levelCount() == 3);
        CHECK(source->levelSize(2) == QSize(250, 175));
        CHECK(source->levelDownsample(1) == Approx(2.0));
        REQUIRE(source->micronsPerPixel());
        CHECK(source->micronsPerPixel()->width() == Approx(0.25));
        for (int level = 0; level < 3; ++level) {
            const QSize size = source->levelSize(level);
            const double ds = source->levelDownsample(level);
            // A region across tile seams, read at level coordinates (37, 41).
            const QImage region = source->readRegion(level, qint64(37 * ds), qint64(41 * ds),
                                                     size.width() - 37, size.height() - 41);
            REQUIRE(!region.isNull());
            QImage expected(region.size(), QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < expected.height(); ++y) {
                for (int x = 0; x < expected.width(); ++x) {
                    expected.setPixel(x, y, omeTestPixel(level, x + 37, y + 41));
                }
            }
            if (c.tolerance == 0.0) {
                CHECK(maxChannelDiff(region, expected) == 0);
            } else {
                CHECK(oncoview::slide::test::meanAbsDiff(region, expected) < c.tolerance);
            }
        }
    }
}

TEST_CASE("the real OME-TIFF, which OpenSlide 3.4.1 refuses, opens in colour",
          "[slide][tiff][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const QString path = sharedData(QStringLiteral("wsi/OS-1-detail.ome.tif"));
    CHECK(!OpenSlideSource::open(path, nullptr));
    QString error;
    const auto source = openSlide(path, &error);
    REQUIRE(source);
    CHECK(source->vendor() == QStringLiteral("ome-tiff"));
    CHECK(source->levelSize(0) == QSize(1101, 1101));
    REQUIRE(source->micronsPerPixel());
    CHECK(source->micronsPerPixel()->width() == Approx(0.2271).epsilon(0.001));
    const QImage image = source->readRegion(0, 0, 0, 1101, 1101, &error);
    REQUIRE(!image.isNull());
    // H&E: stained tissue is pink-purple, red above green. A YCbCr stream decoded as RGB
    // (the JFIF marker ignored) would come out green.
    double red = 0;
    double green = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            red += qRed(image.pixel(x, y));
            green += qGreen(image.pixel(x, y));
        }
    }
    CHECK(red > green * 1.1);
}

TEST_CASE("broken TIFF slides give clear errors from the TIFF reader, never a crash",
          "[slide][tiff][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    QString error;
    // Opens (the header is fine) but its first tile is a corrupt JPEG stream.
    const auto unreadable
        = openSlide(sharedData(QStringLiteral("wsi/openslide-fixtures/unreadable.svs")), &error);
    REQUIRE(unreadable);
    CHECK(unreadable->readRegion(0, 0, 0, 16, 16, &error).isNull());
    CHECK(error.contains(QStringLiteral("JPEG")));
    CHECK(!openSlide(sharedData(QStringLiteral("wsi/openslide-fixtures/unopenable.tiff")), &error));
    CHECK(error.contains(QStringLiteral("compression")));

    // A slide replaced or cut short while it is open (a copy still running, a network share):
    // tiles past the new end fail with a message, the earlier ones still read.
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.svs"));
    REQUIRE(QFile::copy(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), cut));
    const auto source = openSlide(cut, &error);
    REQUIRE(source);
    REQUIRE(QFile::resize(cut, QFileInfo(cut).size() / 3));
    int failed = 0;
    int read = 0;
    for (int y = 0; y < source->levelSize(0).height(); y += 480) {
        for (int x = 0; x < source->levelSize(0).width(); x += 480) {
            const bool ok = !source->readRegion(0, x, y, 480, 480, &error).isNull();
            (ok ? read : failed) += 1;
        }
    }
    CHECK(read >= 1);
    CHECK(failed >= 1);
    CHECK(error.contains(QStringLiteral("ended early")));
}

TEST_CASE("the TIFF reader serves concurrent readers", "[slide][tiff][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source = TiffSlideSource::open(
        sharedData(QStringLiteral("wsi/openslide-fixtures/boxes.tiff")), nullptr);
    REQUIRE(source);
    const QImage expected = source->readRegion(0, 0, 0, 300, 250);
    std::atomic<int> mismatches {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                mismatches += source->readRegion(0, 0, 0, 300, 250) == expected ? 0 : 1;
            }
        });
    }
    for (auto &thread : threads) {
        thread.join();
    }
    CHECK(mismatches == 0);
}

TEST_CASE("JPEG levels are read reduced with the scaled IDCT, and the grid uses it",
          "[slide][tiff][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source
        = TiffSlideSource::open(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), nullptr);
    REQUIRE(source);
    CHECK(source->maxNativeReduction(0) == 8);
    // Aligned with the file's 240-pixel tiles, across the slide's right edge (2220 wide).
    for (const int reduction : {2, 4, 8}) {
        INFO(reduction);
        QString error;
        const QImage reduced = source->readRegionReduced(0, 1920, 480, 480, 480, reduction, &error);
        REQUIRE(!reduced.isNull());
        CHECK(reduced.size() == QSize(480 / reduction, 480 / reduction));
        // What a full decode scaled down shows, within JPEG scaling differences; transparent
        // right of the slide's edge (1920 + 300 = 2220).
        const QImage full
            = source->readRegion(0, 1920, 480, 480, 480)
                  .scaled(reduced.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QRect inside(0, 0, 300 / reduction - 1, 480 / reduction);
        CHECK(oncoview::slide::test::meanAbsDiff(reduced.copy(inside), full.copy(inside)) < 6.0);
        CHECK(qAlpha(reduced.pixel(reduced.width() - 1, 0)) == 0);
    }
    // A region that starts inside a file tile takes the general path: same size, same picture.
    const QImage unaligned = source->readRegionReduced(0, 100, 100, 400, 400, 2);
    CHECK(unaligned.size() == QSize(200, 200));

    // The viewer's grid: the slide's only level, then 1/2, 1/4, 1/8 of it.
    const TileGrid grid(*source);
    REQUIRE(grid.levelCount() == 4);
    CHECK(grid.reduction(2) == 4);
    CHECK(grid.sourceLevel(3) == 0);
    CHECK(grid.levelSize(1) == QSize(1110, 1484));
    CHECK(grid.tileSize(1) == 480); // covers 2 x 2 grid tiles (4 x 4 file tiles) of level 0
    CHECK(grid.bestLevelForDownsample(3.0) == 1);
    CHECK(grid.bestLevelForDownsample(100.0) == 3);
    // OpenSlide decodes no level reduced: its grid is the pyramid.
    const auto openslide
        = OpenSlideSource::open(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), nullptr);
    CHECK(TileGrid(*openslide).levelCount() == 1);
}
