// SPDX-License-Identifier: Apache-2.0
// Per-breast crops, mirroring and channel names: how a per-breast MRI package sees a study.
#include "inference/analysis/mripreparation.h"
#include "inference/channelspec.h"

#include <catch2/catch.hpp>

using namespace oncoview::inference;
using namespace oncoview::inference::analysis;

TEST_CASE("Channel names are phases or differences of two phases", "[mriprep]")
{
    const auto last = parseChannelSpec("last-pre");
    REQUIRE(last);
    CHECK(last->phase == ChannelSpec::kLast);
    CHECK(last->minusPhase == 0);
    CHECK(ChannelSpec::resolve(last->phase, 5) == 4);
    const auto second = parseChannelSpec("2");
    REQUIRE(second);
    CHECK(second->phase == 2);
    CHECK_FALSE(second->minusPhase);
    for (const char *bad : {"", "-", "1-", "-pre", "post", "1-1", "pre-0", "1--2", "12345"}) {
        INFO(bad);
        CHECK_FALSE(parseChannelSpec(bad));
    }
    // "4-pre" needs five phases; "last" alone any one; "last-1" at least two.
    CHECK(phasesNeeded({*parseChannelSpec("4-pre"), *parseChannelSpec("1")}) == 5);
    CHECK(phasesNeeded({*parseChannelSpec("last")}) == 1);
    CHECK(phasesNeeded({*parseChannelSpec("last-1")}) == 2);
}

TEST_CASE("Each breast's crop is centred on its half of the body", "[mriprep]")
{
    BreastRegion region;
    region.bodyMinLps = {-160, -100, -60}; // 320 mm wide, the anterior skin at y = -100
    region.bodyMaxLps = {160, 120, 60};
    const std::array<double, 3> extent {100, 120, 96};
    const auto both = breastCropCentre(region, extent);
    const auto left = breastCropCentre(region, extent, BreastSide::Left);
    const auto right = breastCropCentre(region, extent, BreastSide::Right);
    CHECK(both[0] == Approx(0));
    CHECK(left[0] == Approx(80)); // the patient's left is +L in LPS
    CHECK(right[0] == Approx(-80));
    // Front to back and head to feet the same for both sides: behind the nipples, mid body.
    CHECK(left[1] == Approx(-40));
    CHECK(right[1] == Approx(left[1]));
    CHECK(right[2] == Approx(0));
}

TEST_CASE("Mirroring flips only the left-right axis", "[mriprep]")
{
    Tensor t;
    t.shape = {1, 2, 3};
    t.data = {1, 2, 3, 4, 5, 6};
    mirrorLeftRight(t);
    CHECK(t.data == std::vector<float> {3, 2, 1, 6, 5, 4});
    CHECK(t.shape == std::vector<int64_t> {1, 2, 3});
}
