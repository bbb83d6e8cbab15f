// SPDX-License-Identifier: Apache-2.0
// bench_slide: the slide view on a scripted pan/zoom path at 1920x1080, per slide:
//  - first_full_view_ms: setSource until every visible tile of the fitted view is drawn, from
//    an empty tile cache and a fresh OpenSlide handle (the file itself may be in the OS page
//    cache: the first slide is read once before timing). Goal <= 150 ms.
//  - frame_ms_p50 / frame_ms_p95: one scripted frame (zoomTo + a synchronous repaint of the
//    whole 1920x1080 widget) with a warm cache, i.e. after the path was walked once with every
//    frame fully loaded. Goal p95 <= 16.7 ms.
//  - tile_throughput: tiles/s of TileLoader (2 workers, cache inserts included) on the reader
//    the app picks (slideopener: OncoView's TIFF reader for SVS and tiled TIFF) against raw
//    openslide_read_region of the same tiles on 2 threads, each side on a fresh handle, best of
//    --rounds alternating rounds. Goal ratio >= 2.0 on JPEG-tiled slides (the TIFF reader's
//    direct libjpeg-turbo decode), >= 0.9 where OpenSlide reads (ONCOVIEW_SLIDE_READER=openslide).
//  - peak_rss_mb against the cache budget, and the cache's own peak.
// Run: bench_slide [--demo PATH] [--slide PATH]... [--budget-mb N] [--rounds N]
// Without --demo it writes the 40000x30000 demo slide to $TMPDIR/oncoview-bench/ once.
#include "benchjson.h"
#include "viewers/slide/demoslidewriter.h"
#include "viewers/slide/slideopener.h"
#include "viewers/slide/slideview.h"
#include "viewers/slide/tilecache.h"
#include "viewers/slide/tilegrid.h"
#include "viewers/slide/tileloader.h"

// Qt
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <openslide.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <thread>

using namespace oncoview;
using bench::Baseline;
using bench::printMetric;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

double nowMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 1);
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

// CPU time of the calling (GUI) thread: its own work, whatever else the machine runs.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Frame
{
    double downsample;
    QPointF center;
};

// Fit -> zoom in towards level 0 about a tissue-ish point (the centre), pan right and down at
// level 0 and at 4x, then zoom back out: what a pathologist does when scanning a region.
std::vector<Frame> scriptedPath(const slide::SlideSource &source)
{
    const QSize size = source.levelSize(0);
    const double fit = std::max(double(size.width()) / kWidth, double(size.height()) / kHeight);
    const QPointF centre(size.width() / 2.0, size.height() / 2.0);
    std::vector<Frame> path;
    const int zoomFrames = 60;
    for (int i = 0; i <= zoomFrames; ++i) {
        path.push_back({fit * std::pow(1.0 / fit, double(i) / zoomFrames), centre});
    }
    QPointF c = centre;
    for (int i = 0; i < 120; ++i) { // 12 px per frame: a steady drag
        c += QPointF(12, i < 60 ? 0 : 6);
        path.push_back({1.0, c});
    }
    for (int i = 0; i <= 30; ++i) {
        path.push_back({std::pow(4.0, double(i) / 30), c});
    }
    for (int i = 0; i < 120; ++i) {
        c += QPointF(-48, -12);
        path.push_back({4.0, c});
    }
    for (int i = 0; i <= zoomFrames; ++i) {
        path.push_back({4.0 * std::pow(fit / 4.0, double(i) / zoomFrames), c});
    }
    return path;
}

double loaderTilesPerSecond(const QString &path, const std::vector<slide::TileKey> &keys,
                            int threads);

void benchView(const QString &name, const QString &path, qint64 budget)
{
    const std::string bench = "bench_slide." + name.toStdString();
    QString error;
    auto source = slide::openSlide(path, &error);
    if (!source) {
        std::fprintf(stderr, "bench_slide: cannot open %s: %s\n", qPrintable(path),
                     qPrintable(error));
        return;
    }
    slide::SlideView view;
    view.setCacheBudget(budget);
    view.resize(kWidth, kHeight);
    view.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    // A real event loop (it sleeps until an event comes), as in the application.
    QEventLoop loop;
    QObject::connect(&view, &slide::SlideView::fullyLoaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    view.setSource(source);
    if (!view.isFullyLoaded()) {
        loop.exec();
    }
    const bool loaded = view.isFullyLoaded();
    view.repaint(); // the complete view on screen
    const double firstView = nowMs(timer);
    const double firstViewCpu = threadCpuMs() - cpuStart;
    printMetric(bench, "first_full_view_ms", loaded ? firstView : NAN, "ms",
                Baseline {150.0, "value<=150"});
    printMetric(bench, "first_full_view_gui_cpu_ms", firstViewCpu, "ms");
    if (qEnvironmentVariableIsSet("BENCH_SLIDE_TRACE")) {
        const slide::TileGrid grid(*source);
        const auto keys = grid.tilesIn(view.wantedLevel(), view.visibleLevel0Rect());
        std::fprintf(stderr, "first view: level %d, %zu tiles; the loader alone: %.1f tiles/s\n",
                     view.wantedLevel(), keys.size(), loaderTilesPerSecond(path, keys, 2));
    }
    timer.restart();
    view.zoomTo(1.0,
                QPointF(source->levelSize(0).width() / 2.0, source->levelSize(0).height() / 2.0));
    const bool level0Loaded = waitUntil([&] { return view.isFullyLoaded(); }, 20000);
    printMetric(bench, "first_level0_view_ms", level0Loaded ? nowMs(timer) : NAN, "ms");

    // Walk the path once, letting every frame load (fills the cache), then time it.
    const std::vector<Frame> frames = scriptedPath(*source);
    for (const Frame &f : frames) {
        view.zoomTo(f.downsample, f.center);
        waitUntil([&] { return view.isFullyLoaded(); }, 10000);
    }
    std::vector<double> times;
    std::vector<double> cpuTimes;
    int incomplete = 0;
    for (int round = 0; round < 2; ++round) {
        for (const Frame &f : frames) {
            QApplication::processEvents();
            timer.restart();
            const double cpu = threadCpuMs();
            view.zoomTo(f.downsample, f.center);
            view.repaint();
            times.push_back(nowMs(timer));
            cpuTimes.push_back(threadCpuMs() - cpu);
            if (qEnvironmentVariableIsSet("BENCH_SLIDE_TRACE") && times.back() > 16.7) {
                std::fprintf(stderr, "slow frame %zu: downsample %.3f level %d: %.1f ms\n",
                             size_t(&f - frames.data()), f.downsample, view.wantedLevel(),
                             times.back());
            }
            incomplete += view.isFullyLoaded() ? 0 : 1;
        }
    }
    printMetric(bench, "frame_ms_p50", bench::quantile(times, 0.5), "ms");
    printMetric(bench, "frame_ms_p95", bench::quantile(times, 0.95), "ms",
                Baseline {16.7, "value<=16.7"});
    printMetric(bench, "frame_ms_max", bench::quantile(times, 1.0), "ms");
    printMetric(bench, "frame_gui_cpu_ms_p95", bench::quantile(cpuTimes, 0.95), "ms");
    // The smooth repaint once the view stands still (one per settle, not per frame).
    std::vector<double> settled;
    for (int i = 0; i < 20; ++i) {
        const Frame &f = frames[size_t(i) * frames.size() / 20];
        view.zoomTo(f.downsample, f.center);
        waitUntil([&] { return view.isSettled(); }, 2000);
        timer.restart();
        view.repaint();
        settled.push_back(nowMs(timer));
    }
    printMetric(bench, "settled_repaint_ms_p95", bench::quantile(settled, 0.95), "ms");
    printMetric(bench, "frames_not_warm", incomplete, "frames");
    printMetric(bench, "frames", double(times.size()), "frames");
}

// Reads `keys` with openslide_read_region on `threads` threads from one fresh handle, each tile
// into memory of its own.
double rawTilesPerSecond(const QString &path, const slide::TileGrid &grid,
                         const std::vector<slide::TileKey> &keys, int threads)
{
    openslide_t *osr = openslide_open(QFile::encodeName(path).constData());
    if (!osr) {
        return NAN;
    }
    std::atomic<size_t> next {0};
    std::vector<uint32_t *> tiles(keys.size(), nullptr);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (size_t i = next++; i < keys.size(); i = next++) {
                const QRect r = grid.levelRect(keys[i]);
                const QRectF l0 = grid.level0Rect(keys[i]);
                // Each tile in its own buffer, kept until the end, as any viewer that shows or
                // caches the tiles must: reading them all into one reused buffer would measure
                // a reader that throws every tile away.
                tiles[i] = static_cast<uint32_t *>(
                    std::malloc(size_t(r.width()) * size_t(r.height()) * sizeof(uint32_t)));
                openslide_read_region(osr, tiles[i], int64_t(l0.x()), int64_t(l0.y()),
                                      keys[i].level, r.width(), r.height());
            }
        });
    }
    for (auto &w : workers) {
        w.join();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (uint32_t *tile : tiles) {
        std::free(tile);
    }
    openslide_close(osr);
    return double(keys.size()) / seconds;
}

double loaderTilesPerSecond(const QString &path, const std::vector<slide::TileKey> &keys,
                            int threads)
{
    auto source = slide::openSlide(path, nullptr);
    auto cache = std::make_shared<slide::TileCache>(qint64(4) << 30);
    slide::TileLoader loader(source, cache, threads);
    QElapsedTimer timer;
    timer.start();
    loader.schedule(keys);
    // Sleep between checks rather than spin: on a 2-core machine a polling main thread would
    // take CPU from the workers that the raw side's joining main thread leaves to them.
    while (!std::all_of(keys.begin(), keys.end(),
                        [&](const slide::TileKey &k) { return loader.isResolved(k); })) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return double(keys.size()) / (double(timer.nsecsElapsed()) / 1e9);
}

void benchThroughput(const QString &name, const QString &path, int rounds)
{
    const std::string bench = "bench_slide." + name.toStdString();
    auto source = slide::openSlide(path, nullptr);
    if (!source) {
        return;
    }
    const slide::TileGrid grid(*source);
    // Level-0 tiles of a centred 8x1080p-sized block (or the whole slide when smaller).
    const QSize size = source->levelSize(0);
    const QSizeF block(std::min<double>(size.width(), 4 * kWidth),
                       std::min<double>(size.height(), 2 * kHeight));
    const QRectF area(
        QPointF((size.width() - block.width()) / 2, (size.height() - block.height()) / 2), block);
    const std::vector<slide::TileKey> keys = grid.tilesIn(0, area);
    const int threads = qEnvironmentVariableIsSet("BENCH_SLIDE_THREADS")
        ? qEnvironmentVariableIntValue("BENCH_SLIDE_THREADS")
        : 2;
    rawTilesPerSecond(path, grid, keys, threads); // warm the page cache for both sides
    double raw = 0;
    double loader = 0;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which side goes first, so neither always inherits the other's warm state.
        if (round % 2 == 0) {
            raw = std::max(raw, rawTilesPerSecond(path, grid, keys, threads));
            loader = std::max(loader, loaderTilesPerSecond(path, keys, threads));
        } else {
            loader = std::max(loader, loaderTilesPerSecond(path, keys, threads));
            raw = std::max(raw, rawTilesPerSecond(path, grid, keys, threads));
        }
        if (qEnvironmentVariableIsSet("BENCH_SLIDE_TRACE")) {
            std::fprintf(stderr, "round %d: raw %.1f loader %.1f tiles/s\n", round, raw, loader);
        }
    }
    const bool tiffReader = source->properties().contains(QStringLiteral("oncoview.reader"));
    printMetric(bench, "tile_throughput", loader, "tiles/s",
                Baseline {raw, tiffReader ? "ratio>=2.0" : "ratio>=0.9"});
    printMetric(bench, "tiles_per_round", double(keys.size()), "tiles");
}

QString ensureDemoSlide()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("oncoview-bench"));
    const QString path = QDir(dir).filePath(QStringLiteral("demo-slide.svs"));
    if (QFileInfo::exists(path)) {
        return path;
    }
    QDir().mkpath(dir);
    std::fprintf(stderr, "bench_slide: writing the demo slide to %s (once)...\n", qPrintable(path));
    std::string error;
    const std::string partial = (path + QStringLiteral(".partial")).toStdString();
    if (!slide::writeDemoSlide(partial, &error)
        || !QFile::rename(QString::fromStdString(partial), path)) {
        std::fprintf(stderr, "bench_slide: cannot write the demo slide: %s\n", error.c_str());
        return {};
    }
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QString demo;
    QStringList slides;
    qint64 budgetMb = 512;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--demo")) {
            demo = args[i + 1];
        } else if (args[i] == QLatin1String("--slide")) {
            slides << args[i + 1];
        } else if (args[i] == QLatin1String("--budget-mb")) {
            budgetMb = args[i + 1].toLongLong();
        } else if (args[i] == QLatin1String("--rounds")) {
            rounds = std::max(1, args[i + 1].toInt());
        } else {
            std::fprintf(stderr,
                         "usage: bench_slide [--demo PATH] [--slide PATH]... "
                         "[--budget-mb N] [--rounds N]\n");
            return 2;
        }
    }
    if (demo.isEmpty()) {
        demo = ensureDemoSlide();
    }
    if (slides.isEmpty()) {
        // The full CMU-1.svs when the shared data has it, else the small region cut from it.
        const QDir wsi(QStringLiteral(ONCOVIEW_SHARED_DATA "/wsi"));
        for (const QString &candidate :
             {QStringLiteral("CMU-1.svs"), QStringLiteral("CMU-1-Small-Region.svs")}) {
            if (QFileInfo::exists(wsi.filePath(candidate))) {
                slides << wsi.filePath(candidate);
                break;
            }
        }
    }
    if (!demo.isEmpty()) {
        slides.prepend(demo);
    }
    const qint64 budget = budgetMb << 20;
    for (const QString &path : slides) {
        const QString name
            = path == demo ? QStringLiteral("demo") : QFileInfo(path).completeBaseName();
        benchView(name, path, budget);
        benchThroughput(name, path, rounds);
    }
    printMetric("bench_slide", "peak_rss_mb", bench::procStatusMib("VmHWM"), "MiB",
                Baseline {double(budgetMb), "cache budget; ratio is peak RSS / budget"});
    return 0;
}
