// SPDX-License-Identifier: Apache-2.0
#include "slidetestutil.h"

#include "tests/sweep/corruptions.h"
#include "viewers/slide/openslidesource.h"
#include "viewers/slide/slideopener.h"

#include <catch2/catch.hpp>

#include <thread>

// Qt
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace oncoview::slide;
using oncoview::slide::test::haveSharedData;
using oncoview::slide::test::sharedData;

TEST_CASE("the real Aperio slide opens with its metadata", "[slide][openslide][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    QString error;
    const auto source
        = OpenSlideSource::open(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), &error);
    REQUIRE(source);
    CHECK(error.isEmpty());
    CHECK(source->vendor() == QStringLiteral("aperio"));
    REQUIRE(source->levelCount() == 1);
    CHECK(source->levelSize(0) == QSize(2220, 2967));
    CHECK(source->levelTileSizeHint(0) == QSize(240, 240));
    REQUIRE(source->micronsPerPixel());
    CHECK(source->micronsPerPixel()->width() == Approx(0.499).epsilon(0.001));
    REQUIRE(source->objectivePower());
    CHECK(*source->objectivePower() == Approx(20.0));
    CHECK(source->associatedImageNames().contains(QStringLiteral("label")));
    CHECK(source->associatedImageNames().contains(QStringLiteral("macro")));
    const QImage label = source->associatedImage(QStringLiteral("label"));
    CHECK(label.size() == QSize(387, 463));
    CHECK(source->associatedImage(QStringLiteral("nonexistent"), &error).isNull());
    CHECK(error.contains(QStringLiteral("nonexistent")));

    const QImage region = source->readRegion(0, 1000, 1000, 300, 200);
    REQUIRE(region.size() == QSize(300, 200));
    CHECK(region.format() == QImage::Format_ARGB32_Premultiplied);
    CHECK(qAlpha(region.pixel(10, 10)) == 255);
    // Outside the slide OpenSlide gives transparent pixels, not an error.
    const QImage outside = source->readRegion(0, 2200, 2950, 64, 64);
    REQUIRE(!outside.isNull());
    CHECK(qAlpha(outside.pixel(60, 60)) == 0);
}

TEST_CASE("mpp of a generic TIFF pyramid comes from its resolution tags",
          "[slide][openslide][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source = OpenSlideSource::open(
        sharedData(QStringLiteral("wsi/CMU-1-Small-Region_pyramid_jpeg.tif")), nullptr);
    REQUIRE(source);
    CHECK(source->vendor() == QStringLiteral("generic-tiff"));
    CHECK(source->levelCount() == 5);
    CHECK(source->levelSize(4) == QSize(138, 185));
    CHECK(source->levelDownsample(2) == Approx(4.002).epsilon(0.001));
    CHECK(!source->properties().contains(QStringLiteral("openslide.mpp-x")));
    REQUIRE(source->micronsPerPixel());
    CHECK(source->micronsPerPixel()->width() == Approx(0.499).epsilon(0.002));
    CHECK(source->micronsPerPixel()->height() == Approx(0.499).epsilon(0.002));
    CHECK(!source->objectivePower());
    CHECK(source->bestLevelForDownsample(4.0) == 2);
    CHECK(source->bestLevelForDownsample(3.9) == 1);
    CHECK(source->bestLevelForDownsample(100.0) == 4);
}

TEST_CASE("mpp derivation rules", "[slide][openslide]")
{
    using Props = QMap<QString, QString>;
    const auto mpp = &OpenSlideSource::micronsPerPixelFromProperties;
    CHECK(mpp(Props {{"openslide.mpp-x", "0.25"}, {"openslide.mpp-y", "0.26"}})->height()
          == Approx(0.26));
    CHECK(mpp(Props {{"tiff.XResolution", "25400"},
                     {"tiff.YResolution", "25400"},
                     {"tiff.ResolutionUnit", "inch"}})
              ->width()
          == Approx(1.0));
    // 72 dpi is a default, not a calibration; no unit means no physical size.
    CHECK(!mpp(Props {{"tiff.XResolution", "28.35"},
                      {"tiff.YResolution", "28.35"},
                      {"tiff.ResolutionUnit", "centimeter"}}));
    CHECK(!mpp(Props {{"tiff.XResolution", "40000"}, {"tiff.YResolution", "40000"}}));
}

TEST_CASE("small generic TIFF fixture opens with 4 levels", "[slide][openslide][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source = OpenSlideSource::open(
        sharedData(QStringLiteral("wsi/openslide-fixtures/boxes.tiff")), nullptr);
    REQUIRE(source);
    CHECK(source->levelCount() == 4);
    CHECK(source->levelSize(0) == QSize(300, 250));
    CHECK(!source->micronsPerPixel()); // its resolution is the 72 dpi default
    CHECK(!source->readRegion(3, 0, 0, 37, 31).isNull());
}

TEST_CASE("unsupported and corrupt files give a clear error", "[slide][openslide][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const std::pair<const char *, const char *> cases[] = {
        {"wsi/broken.svs", "unsupported or corrupt"},
        {"wsi/openslide-fixtures/unopenable.tiff", "Unsupported TIFF compression"},
        {"wsi/OS-1-detail.ome.tif", "OME-TIFF"},
        {"wsi/openslide-fixtures/boxes_0.dcm", "DICOM"},
        {"wsi/openslide-fixtures/boxes_1.dcm", "DICOM"},
        {"wsi/does-not-exist.svs", "no such file"},
        {"wsi", "not a file"},
    };
    for (const auto &[file, expected] : cases) {
        QString error;
        const auto source = OpenSlideSource::open(sharedData(QString::fromLatin1(file)), &error);
        INFO(file << " -> " << error.toStdString());
        CHECK(!source);
        CHECK(error.contains(QString::fromLatin1(expected)));
    }
}

TEST_CASE("an unreadable slide opens, fails reads with one report and no retry storm",
          "[slide][openslide][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    QString error;
    const auto opened = OpenSlideSource::open(
        sharedData(QStringLiteral("wsi/openslide-fixtures/unreadable.svs")), &error);
    REQUIRE(opened);
    auto *source = dynamic_cast<OpenSlideSource *>(opened.get());
    REQUIRE(source);
    // Two threads hammer the poisoned slide; every read fails cleanly.
    std::vector<std::thread> threads;
    std::atomic<int> failures {0};
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20; ++i) {
                QString why;
                if (source->readRegion(0, 0, 0, 16, 16, &why).isNull() && !why.isEmpty()) {
                    ++failures;
                }
            }
        });
    }
    for (auto &thread : threads) {
        thread.join();
    }
    CHECK(failures == 40);
    CHECK(source->firstReadError().contains(QStringLiteral("Bogus marker length")));
    // Reopening stops after a few consecutive failures; later reads fail fast with the cause.
    CHECK(source->readErrorCount() >= OpenSlideSource::kMaxConsecutiveFailures);
    CHECK(source->readErrorCount() < 40);
    QString later;
    CHECK(source->readRegion(0, 0, 0, 16, 16, &later).isNull());
    CHECK(later.contains(QStringLiteral("Bogus marker length")));
}

TEST_CASE("invalid region requests are refused without poisoning the handle",
          "[slide][openslide][shared]")
{
    if (!haveSharedData()) {
        return;
    }
    const auto source
        = OpenSlideSource::open(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs")), nullptr);
    REQUIRE(source);
    QString error;
    // OpenSlide would enter its sticky error state on a negative size; refuse before it sees it.
    CHECK(source->readRegion(3, 0, 0, 10, 10, &error).isNull());
    CHECK(source->readRegion(0, 0, 0, -5, 10, &error).isNull());
    CHECK(!error.isEmpty());
    CHECK(!source->readRegion(0, 0, 0, 10, 10).isNull());
}

TEST_CASE("A slide whose tiles claim 65520 px is refused by both readers, not decoded",
          "[slide][hardening]")
{
    if (!haveSharedData()) {
        return;
    }
    // Found by the bad-input sweep: decoding one such tile took gigabytes and never finished.
    QFile in(sharedData(QStringLiteral("wsi/openslide-fixtures/boxes.tiff")));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray huge
        = oncoview::sweep::withHugeSizes(QStringLiteral("boxes.tiff"), in.readAll());
    REQUIRE_FALSE(huge.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge-tiles.tiff"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(huge);
    out.close();
    QElapsedTimer clock;
    clock.start();
    for (const auto reader : {SlideReader::Automatic, SlideReader::OpenSlideOnly}) {
        QString error;
        CHECK_FALSE(openSlide(path, &error, reader));
        CHECK(error.contains(QStringLiteral("larger than OncoView decodes")));
    }
    CHECK(clock.elapsed() < 5000);
}
