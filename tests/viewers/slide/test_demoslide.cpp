// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/demoslidewriter.h"
#include "viewers/slide/openslidesource.h"

// Qt
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace oncoview::slide;

namespace {

struct Colour
{
    double r = 0, g = 0, b = 0;
    double luminance() const { return 0.299 * r + 0.587 * g + 0.114 * b; }
};

// Mean colour of a level-0 square read back through OpenSlide at `level`.
Colour meanAt(const SlideSource &source, int level, DemoPoint p, int side)
{
    const double ds = source.levelDownsample(level);
    const QImage image = source.readRegion(level, qint64(p.x - side * ds / 2),
                                           qint64(p.y - side * ds / 2), side, side);
    Colour c;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb v = image.pixel(x, y);
            c.r += qRed(v), c.g += qGreen(v), c.b += qBlue(v);
        }
    }
    const double n = double(image.width()) * image.height();
    return {c.r / n, c.g / n, c.b / n};
}

DemoPoint centreOf(const std::vector<DemoPoint> &polygon)
{
    DemoPoint c;
    for (const DemoPoint &p : polygon) {
        c.x += p.x / double(polygon.size());
        c.y += p.y / double(polygon.size());
    }
    return c;
}

} // namespace

TEST_CASE("a small demo slide opens as an Aperio pyramid with mpp 0.25", "[slide][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.svs"));
    DemoSlideOptions options;
    options.width = 4096;
    options.height = 3072;
    double lastProgress = -1;
    options.progress = [&](double f) { lastProgress = f; };
    std::string error;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(writeDemoSlide(path.toStdString(), &error, options));
    WARN("4096 x 3072 demo slide: " << timer.elapsed() << " ms, " << QFileInfo(path).size() / 1024
                                    << " KiB");
    CHECK(lastProgress == 1.0);
    CHECK(QFileInfo(path).size() < 4 * 1024 * 1024); // JPEG, and glass tiles are tiny

    QString why;
    const auto source = OpenSlideSource::open(path, &why);
    REQUIRE(source);
    CHECK(source->vendor() == QStringLiteral("aperio"));
    REQUIRE(source->levelCount() == 4); // 4096, 2048, 1024, 512
    CHECK(source->levelSize(0) == QSize(4096, 3072));
    CHECK(source->levelSize(3) == QSize(512, 384));
    CHECK(source->levelDownsample(3) == Approx(8.0));
    CHECK(source->levelTileSizeHint(0) == QSize(256, 256));
    REQUIRE(source->micronsPerPixel());
    CHECK(source->micronsPerPixel()->width() == Approx(0.25));
    CHECK(*source->objectivePower() == Approx(40.0));
    CHECK(source->properties().value(QStringLiteral("tiff.XResolution")).toDouble()
          == Approx(40000.0));
    CHECK(source->associatedImageNames().contains(QStringLiteral("label")));
    CHECK(source->associatedImageNames().contains(QStringLiteral("macro")));
    CHECK(source->associatedImage(QStringLiteral("macro")).width() == 1280);
}

TEST_CASE("demo tumour regions are darker and more purple than stroma and glass", "[slide][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.svs"));
    DemoSlideOptions options;
    options.width = 4096;
    options.height = 3072;
    options.associatedImages = false;
    std::string error;
    REQUIRE(writeDemoSlide(path.toStdString(), &error, options));
    const auto source = OpenSlideSource::open(path, nullptr);
    REQUIRE(source);
    const DemoTissue tissue(options.width, options.height, options.seed);
    const auto outlines = demoTumourOutlines(options);
    REQUIRE(outlines.size() >= 3);
    CHECK(tissue.tumours().size() == outlines.size());
    for (int level : {0, 2}) {
        for (size_t i = 0; i < outlines.size(); ++i) {
            const DemoPoint tumourCentre = centreOf(outlines[i]);
            REQUIRE(tissue.isTumour(tumourCentre.x, tumourCentre.y));
            // Stroma: inside the same tissue piece, outside every tumour.
            const DemoBlob &tumour = tissue.tumours()[i];
            DemoPoint stroma {tumour.centre.x + tumour.boundingRadius() * 1.4, tumour.centre.y};
            if (!tissue.isTissue(stroma.x, stroma.y) || tissue.isTumour(stroma.x, stroma.y)) {
                stroma = {tumour.centre.x - tumour.boundingRadius() * 1.4, tumour.centre.y};
            }
            REQUIRE(tissue.isTissue(stroma.x, stroma.y));
            REQUIRE(!tissue.isTumour(stroma.x, stroma.y));
            const int side = level == 0 ? 48 : 12;
            const Colour t = meanAt(*source, level, tumourCentre, side);
            const Colour s = meanAt(*source, level, stroma, side);
            INFO("level " << level << " tumour " << i << ": tumour " << t.r << "," << t.g << ","
                          << t.b << " stroma " << s.r << "," << s.g << "," << s.b);
            CHECK(t.luminance() < s.luminance() - 15);
            CHECK(t.b / t.r > s.b / s.r); // more purple (blue against red)
        }
    }
    // Glass: the corner is background, near white.
    const Colour glass = meanAt(*source, 0, {40, 40}, 32);
    CHECK(glass.luminance() > 235);
}

TEST_CASE("demo slide options are validated and cancellation stops the writer", "[slide][demo]")
{
    QTemporaryDir dir;
    std::string error;
    DemoSlideOptions bad;
    bad.tileSize = 100;
    CHECK(!writeDemoSlide(dir.filePath(QStringLiteral("bad.svs")).toStdString(), &error, bad));
    CHECK(error.find("invalid") != std::string::npos);
    CHECK(!writeDemoSlide("/nonexistent-dir/x.svs", &error, {}));
    CHECK(error.find("cannot create") != std::string::npos);
    std::atomic<bool> cancel {true};
    DemoSlideOptions options;
    options.cancel = &cancel;
    CHECK(!writeDemoSlide(dir.filePath(QStringLiteral("cancelled.svs")).toStdString(), &error,
                          options));
    CHECK(error == "cancelled");
}

TEST_CASE("the full-size demo slide is written in under a minute", "[slide][demo][slow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.svs"));
    std::string error;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(writeDemoSlide(path.toStdString(), &error));
    const double seconds = timer.elapsed() / 1000.0;
    WARN("40000 x 30000 demo slide: " << seconds << " s, " << QFileInfo(path).size() / (1024 * 1024)
                                      << " MiB");
    const auto source = OpenSlideSource::open(path, nullptr);
    REQUIRE(source);
    CHECK(source->levelSize(0) == QSize(40000, 30000));
    CHECK(source->levelCount() == 7);
}
