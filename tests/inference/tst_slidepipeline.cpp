// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/analysiserror.h"
#include "inference/analysis/slidepipeline.h"
#include "inference/job.h"
#include "inference/modelpackage.h"
#include "inference/packagesignature.h"

#include "demofixtures.h"
#include "syntheticslide.h"
#include "tinymodels.h"

#include <catch2/catch.hpp>

using namespace oncoview::inference;
using namespace oncoview::inference::analysis;

namespace {

SlideAnalysisOptions options(const std::filesystem::path &cache)
{
    SlideAnalysisOptions o;
    o.cacheDirectory = cache;
    o.batchSize = 8;
    o.readerThreads = 2;
    return o;
}

const auto never = [] { return false; };
const auto quiet = [](const SlideProgress &) {};

size_t filesIn(const std::filesystem::path &dir)
{
    std::error_code ec;
    size_t count = 0;
    for (auto it = std::filesystem::directory_iterator(dir, ec);
         !ec && it != std::filesystem::directory_iterator(); ++it) {
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("A slide analysis finds tissue, attends to tumour and reuses cached features",
          "[analysis][slide]")
{
    const PackageLoad load = loadPackage(testing::demoMilPackage());
    INFO(load.error);
    REQUIRE(load);
    const std::string sha = packageSha256(testing::demoMilPackage());
    REQUIRE(sha.size() == 64);
    const testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), 0.5, 77);
    const auto cache = testing::makeTempDir("feature-cache");

    std::vector<SlideProgress> reports;
    const SlideAnalysisResult first = analyzeSlide(
        *load.package, sha, slide, options(cache),
        [&](const SlideProgress &p) { reports.push_back(p); }, never);
    CHECK_FALSE(first.cacheHit);
    // 7 tissue columns x 5 tissue rows; glass is never a patch.
    CHECK(first.grid.patches.size() == 35);
    CHECK(first.grid.level == 1);
    CHECK(first.grid.readSize == 64);
    REQUIRE(first.attention.size() == first.grid.patches.size());
    // ABMIL has no attention layers to roll out: no map and no complaint.
    CHECK(first.rollout.empty());
    CHECK(first.rolloutError.empty());
    REQUIRE(first.probabilities.size() == 2);
    CHECK(first.probabilities[0].second + first.probabilities[1].second == Approx(1.0));
    CHECK(first.probabilities[1].second > 0.5); // a tumour is on the slide
    // The four tumour cells take the four highest attention weights.
    for (const RankedPatch &patch : first.topPatches(4)) {
        CHECK(slide.isTumourCell(patch.location.column, patch.location.row));
    }
    REQUIRE_FALSE(reports.empty());
    CHECK(reports.back().stage == "aggregate");
    CHECK(filesIn(cache) == 1);

    const int readsBefore = slide.readCount();
    const SlideAnalysisResult second
        = analyzeSlide(*load.package, sha, slide, options(cache), quiet, never);
    CHECK(second.cacheHit);
    CHECK(slide.readCount() == readsBefore); // nothing read again
    CHECK(second.attention == first.attention);
    CHECK(second.probabilities == first.probabilities);
    CHECK(second.grid.patches.size() == first.grid.patches.size());

    // Another package identity (or slide version) never reuses those features.
    const SlideAnalysisResult other
        = analyzeSlide(*load.package, std::string(64, '0'), slide, options(cache), quiet, never);
    CHECK_FALSE(other.cacheHit);
}

TEST_CASE("A cancelled slide analysis stops and leaves no cache entry", "[analysis][slide]")
{
    const PackageLoad load = loadPackage(testing::demoMilPackage());
    REQUIRE(load);
    const testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), 0.5, 78);
    const auto cache = testing::makeTempDir("feature-cache-cancel");
    bool cancelled = false;
    CHECK_THROWS_AS(
        analyzeSlide(
            *load.package, "sha", slide, options(cache),
            [&](const SlideProgress &p) { cancelled = cancelled || p.stage == "patches"; },
            [&] { return cancelled; }),
        JobCancelled);
    CHECK(cancelled);
    CHECK(filesIn(cache) == 0);
}

TEST_CASE("Slide analysis errors say what is wrong", "[analysis][slide]")
{
    const PackageLoad mil = loadPackage(testing::demoMilPackage());
    REQUIRE(mil);
    const auto cache = testing::makeTempDir("feature-cache-errors");
    const auto kindOf
        = [&](const ModelPackage &package, const SlideAccess &slide, SlideAnalysisOptions o) {
              try {
                  analyzeSlide(package, "sha", slide, o, quiet, never);
              } catch (const AnalysisError &error) {
                  return std::make_pair(error.kind(), std::string(error.what()));
              }
              return std::make_pair(AnalysisError::Kind::UnreadableInput, std::string("no error"));
          };

    SECTION("no microns per pixel: refused until the user gives it")
    {
        const testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), std::nullopt, 79);
        const auto [kind, message] = kindOf(*mil.package, slide, options(cache));
        CHECK(kind == AnalysisError::Kind::MissingInput);
        CHECK_THAT(message, Catch::Contains("micrometres"));
        SlideAnalysisOptions withMpp = options(cache);
        withMpp.micronsPerPixel = 0.5;
        const SlideAnalysisResult result
            = analyzeSlide(*mil.package, "sha", slide, withMpp, quiet, never);
        CHECK(result.micronsPerPixelFromUser);
        CHECK(result.grid.patches.size() == 35);
    }
    SECTION("a read failure midway")
    {
        testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), 0.5, 80);
        slide.failAfter(3); // the tissue read and two strips succeed, then reads fail
        const auto [kind, message] = kindOf(*mil.package, slide, options({}));
        CHECK(kind == AnalysisError::Kind::UnreadableInput);
        CHECK_THAT(message, Catch::Contains("simulated read failure"));
    }
    SECTION("a package that is not a slide model")
    {
        const PackageLoad mome = loadPackage(testing::quickMomePackage());
        REQUIRE(mome);
        const testing::SyntheticSlide slide(8, 6, testing::tumourBlockCells(), 0.5, 81);
        const auto [kind, message] = kindOf(*mome.package, slide, options(cache));
        CHECK(kind == AnalysisError::Kind::RefusedPackage);
        CHECK_THAT(message, Catch::Contains("not a slide"));
    }
    SECTION("glass only")
    {
        const testing::SyntheticSlide slide(4, 4, std::vector<int>(16, -1), 0.5, 82);
        const auto [kind, message] = kindOf(*mil.package, slide, options(cache));
        CHECK(kind == AnalysisError::Kind::MissingInput);
        CHECK_THAT(message, Catch::Contains("no tissue"));
    }
}
