// SPDX-License-Identifier: Apache-2.0
#include "slidetestutil.h"
#include "viewers/slide/tileloader.h"

// Qt
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <thread>

using namespace oncoview::slide;
using oncoview::slide::test::FakeSource;

namespace {

// Spins the event loop until `done` or 5 s.
template<typename F> bool waitFor(F done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return done();
}

std::vector<std::pair<int, int>> columnsRows(const FakeSource &source, const TileGrid &grid)
{
    std::vector<std::pair<int, int>> out;
    for (const auto &read : source.log()) {
        const int span = grid.tileSize(read.level) * (1 << read.level);
        out.emplace_back(int(read.x0 / span), int(read.y0 / span));
    }
    return out;
}

} // namespace

TEST_CASE("the loader serves the newest request first and drops tiles the view left",
          "[slide][loader]")
{
    auto source = std::make_shared<FakeSource>(QSize(4096, 4096), 3);
    auto cache = std::make_shared<TileCache>();
    source->setOpen(false);
    TileLoader loader(source, cache, 1);
    loader.schedule({{0, 0, 0}, {0, 1, 0}, {0, 2, 0}, {0, 3, 0}, {0, 4, 0}});
    REQUIRE(waitFor([&] { return source->log().size() == 1; })); // the worker holds {0,0,0}
    loader.schedule({{0, 0, 5}, {0, 1, 5}, {0, 2, 5}});
    source->setOpen(true);
    REQUIRE(waitFor([&] { return cache->contains({0, 2, 5}) && loader.queuedCount() == 0; }));
    const std::vector<std::pair<int, int>> expected {{0, 0}, {0, 5}, {1, 5}, {2, 5}};
    CHECK(columnsRows(*source, loader.grid()) == expected);
    CHECK(!cache->contains({0, 1, 0})); // dropped: the view had moved on
    CHECK(cache->contains({0, 0, 0})); // already in flight: finished and kept
}

TEST_CASE("request answers from the cache at once and signals later", "[slide][loader]")
{
    auto source = std::make_shared<FakeSource>(QSize(2048, 2048), 2);
    auto cache = std::make_shared<TileCache>();
    TileLoader loader(source, cache, 2);
    QSignalSpy ready(&loader, &TileLoader::tilesReady);
    const QRectF area(0, 0, 600, 300);
    const TileLoader::Answer first = loader.request(0, area);
    CHECK(first.cached.empty());
    CHECK(first.missing.size() == 6); // 3 x 2 tiles of 256
    REQUIRE(waitFor([&] {
        return std::all_of(first.missing.begin(), first.missing.end(),
                           [&](const TileKey &k) { return loader.isResolved(k); });
    }));
    REQUIRE(waitFor([&] { return ready.count() > 0; }));
    const TileLoader::Answer second = loader.request(0, area);
    CHECK(second.missing.empty());
    REQUIRE(second.cached.size() == 6);
    const auto &[key, image] = second.cached.front();
    const QRect r = loader.grid().levelRect(key);
    CHECK(image.size() == r.size());
    CHECK(image.pixelColor(0, 0) == FakeSource::colourFor(0, r.x(), r.y()));
    // Prefetch: the coarser level under the view follows the visible tiles.
    REQUIRE(waitFor([&] { return cache->contains({1, 0, 0}); }));
}

TEST_CASE("preloaded tiles go ahead of view requests and stay queued", "[slide][loader]")
{
    auto source = std::make_shared<FakeSource>(QSize(4096, 4096), 3);
    auto cache = std::make_shared<TileCache>();
    source->setOpen(false);
    TileLoader loader(source, cache, 1);
    loader.schedule({{0, 7, 7}});
    REQUIRE(waitFor([&] { return source->log().size() == 1; }));
    loader.schedule({{0, 8, 8}});
    loader.preload({{2, 0, 0}, {2, 1, 0}});
    loader.schedule({{0, 9, 9}}); // replaces the view queue, not the preload
    source->setOpen(true);
    REQUIRE(waitFor([&] { return cache->contains({0, 9, 9}); }));
    const auto log = source->log();
    REQUIRE(log.size() == 4);
    CHECK(log[1].level == 2);
    CHECK(log[2].level == 2);
    CHECK(log[3].level == 0);
    CHECK(!cache->contains({0, 8, 8}));
}

TEST_CASE("failed tiles are reported once and never retried", "[slide][loader]")
{
    auto source = std::make_shared<FakeSource>(QSize(2048, 2048), 1);
    source->setFailAll(true);
    auto cache = std::make_shared<TileCache>();
    TileLoader loader(source, cache, 2);
    QSignalSpy failed(&loader, &TileLoader::readFailed);
    const std::vector<TileKey> keys {{0, 0, 0}, {0, 1, 0}, {0, 2, 0}, {0, 3, 0}};
    loader.schedule(keys);
    REQUIRE(waitFor([&] {
        return std::all_of(keys.begin(), keys.end(),
                           [&](const TileKey &k) { return loader.hasFailed(k); })
            && failed.count() > 0;
    }));
    loader.schedule(keys);
    loader.schedule(keys);
    QCoreApplication::processEvents();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QCoreApplication::processEvents();
    CHECK(source->log().size() == keys.size());
    CHECK(failed.count() == 1);
    CHECK(failed.front().front().toString() == QStringLiteral("synthetic read error"));
    CHECK(loader.isResolved({0, 0, 0}));
}
