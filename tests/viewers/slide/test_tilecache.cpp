// SPDX-License-Identifier: Apache-2.0
#include "slidetestutil.h"
#include "viewers/slide/scalebar.h"
#include "viewers/slide/tilecache.h"
#include "viewers/slide/tilegrid.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace oncoview::slide;

namespace {

QImage tile(int side = 64)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::red);
    return image;
}

const qint64 kTileBytes = 64 * 64 * 4;

} // namespace

TEST_CASE("the tile cache evicts least recently used tiles beyond its budget", "[slide][cache]")
{
    TileCache cache(3 * kTileBytes);
    cache.insert({0, 0, 0}, tile());
    cache.insert({0, 1, 0}, tile());
    cache.insert({0, 2, 0}, tile());
    CHECK(cache.count() == 3);
    // Touch the oldest: the second becomes the least recently used and goes first.
    CHECK(!cache.find({0, 0, 0}).isNull());
    cache.insert({0, 3, 0}, tile());
    CHECK(cache.contains({0, 0, 0}));
    CHECK(!cache.contains({0, 1, 0}));
    CHECK(cache.contains({0, 2, 0}));
    CHECK(cache.contains({0, 3, 0}));
    CHECK(cache.evictableBytes() == 3 * kTileBytes);
    const std::vector<TileKey> expected {{0, 3, 0}, {0, 0, 0}, {0, 2, 0}};
    CHECK(cache.lruOrder() == expected);
    // contains() does not refresh: {0,2,0} is still the next victim.
    CHECK(cache.contains({0, 2, 0}));
    cache.insert({0, 4, 0}, tile());
    CHECK(!cache.contains({0, 2, 0}));
    // Replacing a tile does not double count it.
    cache.insert({0, 4, 0}, tile());
    CHECK(cache.evictableBytes() == 3 * kTileBytes);
}

TEST_CASE("the coarsest level stays pinned outside the budget", "[slide][cache]")
{
    TileCache cache(2 * kTileBytes);
    cache.insert({5, 0, 0}, tile()); // inserted before pinning: moves to the pinned set
    cache.setPinnedLevel(5);
    cache.insert({5, 1, 0}, tile());
    for (int i = 0; i < 10; ++i) {
        cache.insert({0, i, 0}, tile());
    }
    CHECK(cache.contains({5, 0, 0}));
    CHECK(cache.contains({5, 1, 0}));
    CHECK(cache.count() == 4);
    CHECK(cache.evictableBytes() == 2 * kTileBytes);
    CHECK(cache.totalBytes() == 4 * kTileBytes);
    // Unpinning hands those tiles to the LRU, which then enforces the budget.
    cache.setPinnedLevel(-1);
    CHECK(cache.evictableBytes() <= 2 * kTileBytes);
    cache.setBudget(0);
    CHECK(cache.count() == 1); // the most recent tile is kept even over budget
}

TEST_CASE("the tile cache survives concurrent writers and readers", "[slide][cache]")
{
    TileCache cache(50 * kTileBytes);
    cache.setPinnedLevel(9);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&cache, t] {
            for (int i = 0; i < 2000; ++i) {
                cache.insert({t % 2 == 0 ? 0 : 9, i % 300, t}, tile(32));
                cache.find({0, (i * 7) % 300, (t + 2) % 4});
            }
        });
    }
    for (auto &thread : threads) {
        thread.join();
    }
    CHECK(cache.evictableBytes() <= 50 * kTileBytes);
    CHECK(cache.count() >= 50);
}

TEST_CASE("the tile grid maps tiles to level-0 rectangles", "[slide][grid]")
{
    const oncoview::slide::test::FakeSource source(QSize(1000, 600), 3, 64);
    const TileGrid grid(source);
    CHECK(grid.tileSize(0) == 256); // 64-pixel file tiles are read four at a time
    CHECK(grid.columns(0) == 4);
    CHECK(grid.rows(0) == 3);
    CHECK(grid.levelRect({0, 3, 2}) == QRect(768, 512, 232, 88));
    CHECK(grid.level0Rect({1, 1, 1}) == QRectF(512, 512, 488, 88));
    const auto keys = grid.tilesIn(0, QRectF(300, 300, 10, 10));
    REQUIRE(keys.size() == 1);
    CHECK(keys.front() == TileKey {0, 1, 1});
    const auto all = grid.tilesIn(0, QRectF(0, 0, 1000, 600));
    CHECK(all.size() == 12);
    // Nearest to the centre first.
    CHECK((all.front() == TileKey {0, 1, 1} || all.front() == TileKey {0, 2, 1}));
    CHECK(grid.tilesIn(0, QRectF(-500, -500, 100, 100)).empty());
}

TEST_CASE("the scale bar picks round lengths", "[slide][scalebar]")
{
    const ScaleBar a = chooseScaleBar(0.5, 160); // 80 um fits -> 50 um
    CHECK(a.micrometres == Approx(50));
    CHECK(a.pixels == Approx(100));
    CHECK(a.label == QStringLiteral("50 µm"));
    const ScaleBar b = chooseScaleBar(16.0, 160); // 2560 um fits -> 2 mm
    CHECK(b.label == QStringLiteral("2 mm"));
    CHECK(b.pixels <= 160);
    CHECK(chooseScaleBar(0.0).pixels == 0);
    // Without a calibration the bar counts slide pixels and says so.
    const ScaleBar px = choosePixelScaleBar(4.0, 160); // 640 px fits -> 500 px
    CHECK(px.pixels == Approx(125.0));
    CHECK(px.label.contains(QStringLiteral("500 px")));
    CHECK(px.label.contains(QStringLiteral("no µm/px")));
}
