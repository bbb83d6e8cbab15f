// SPDX-License-Identifier: Apache-2.0
#include "inference/preprocess.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace oncoview::inference;

namespace {

VolumeInput rampVolume(int nx, int ny, int nz)
{
    VolumeInput v;
    v.size = {nx, ny, nz};
    for (int z = 0; z < nz; ++z) {
        for (int y = 0; y < ny; ++y) {
            for (int x = 0; x < nx; ++x) {
                v.voxels.push_back(float(x + 10 * y + 100 * z));
            }
        }
    }
    return v;
}

} // namespace

TEST_CASE("Resampling to the same grid is the identity", "[preprocess]")
{
    const VolumeInput v = rampVolume(5, 4, 3);
    const Tensor t = preprocess::resampleTrilinear(v, {3, 4, 5});
    CHECK(t.shape == std::vector<int64_t> {3, 4, 5});
    CHECK(t.data == v.voxels);
}

TEST_CASE("Trilinear resampling interpolates a linear ramp exactly", "[preprocess]")
{
    const VolumeInput v = rampVolume(8, 8, 4);
    const Tensor t = preprocess::resampleTrilinear(v, {2, 4, 4});
    REQUIRE(t.shape == std::vector<int64_t> {2, 4, 4});
    // Output voxel (k, j, i) samples input position ((i+0.5)*2-0.5, (j+0.5)*2-0.5, (k+0.5)*2-0.5).
    for (int k = 0; k < 2; ++k) {
        for (int j = 0; j < 4; ++j) {
            for (int i = 0; i < 4; ++i) {
                const double expected = (2 * i + 0.5) + 10 * (2 * j + 0.5) + 100 * (2 * k + 0.5);
                CHECK(t.data[size_t((k * 4 + j) * 4 + i)] == Approx(expected));
            }
        }
    }
    // Upsampling clamps at the edges and stays within the input range.
    const Tensor up = preprocess::resampleTrilinear(v, {8, 16, 16});
    CHECK(up.data.front() == Approx(0.0));
    CHECK(up.data.back() == Approx(7 + 70 + 300));
}

TEST_CASE("Bad volumes give clear errors", "[preprocess]")
{
    VolumeInput v = rampVolume(4, 4, 4);
    v.voxels.pop_back();
    CHECK_THROWS_WITH(preprocess::resampleTrilinear(v, {2, 2, 2}), Catch::Contains("63 voxels"));
    CHECK_THROWS_AS(preprocess::resampleTrilinear(rampVolume(2, 2, 2), {0, 2, 2}),
                    std::invalid_argument);
}

TEST_CASE("Z-score and mean/std normalisation", "[preprocess]")
{
    Tensor t {{1, 2, 2}, {1, 2, 3, 4}};
    preprocess::normalize(t, {"zscore", {}, {}});
    double mean = 0, sq = 0;
    for (float v : t.data) {
        mean += v / 4.0;
        sq += v * v / 4.0;
    }
    CHECK(mean == Approx(0.0).margin(1e-6));
    CHECK(sq == Approx(1.0));

    Tensor constant {{3}, {5, 5, 5}};
    preprocess::normalize(constant, {"zscore", {}, {}});
    CHECK(constant.data == std::vector<float> {0, 0, 0});

    Tensor rgb {{1, 2, 1, 2}, {1, 1, 10, 20}};
    preprocess::normalize(rgb, {"meanstd", {1, 10}, {1, 5}}, 1);
    CHECK(rgb.data == std::vector<float> {0, 0, 0, 2});
    CHECK_THROWS_WITH(preprocess::normalize(rgb, {"meanstd", {1, 2, 3}, {1, 1, 1}}, 1),
                      Catch::Contains("3 means for 2 channels"));
}

TEST_CASE("prepareVolumes yields the manifest's declared shape", "[preprocess]")
{
    ManifestInput input;
    input.name = "dce";
    input.shape = {1, 2, 4, 6, 6};
    input.normalization.type = "zscore";
    const Tensor t
        = preprocess::prepareVolumes({rampVolume(12, 12, 8), rampVolume(12, 12, 8)}, input);
    CHECK(t.shape == input.shape);
    CHECK(t.isConsistent());
    CHECK_THROWS_WITH(preprocess::prepareVolumes({rampVolume(4, 4, 4)}, input),
                      Catch::Contains("needs 2 channel volumes"));
    input.shape = {1, 4};
    CHECK_THROWS_WITH(preprocess::prepareVolumes({rampVolume(4, 4, 4)}, input),
                      Catch::Contains("is not [batch, channels, D, H, W]"));
}
