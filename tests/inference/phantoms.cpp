// SPDX-License-Identifier: Apache-2.0
#include "phantoms.h"

#include <array>
#include <random>

namespace oncoview::inference::testing {

namespace {

using namespace demo;

constexpr int64_t kVoxels = kMomeDepth * kMomeHeight * kMomeWidth;

Tensor canvas(int64_t channels)
{
    Tensor t;
    t.shape = {channels, kMomeDepth, kMomeHeight, kMomeWidth};
    t.data.assign(size_t(channels * kVoxels), 0.0f);
    return t;
}

// Fills channel `c` with tissue + noise and the lesion with `lesion` intensity.
void paint(Tensor &t, int64_t c, float tissue, float lesion, const std::array<float, 4> &sphere,
           std::mt19937_64 &random)
{
    std::normal_distribution<float> noise(0.0f, 0.08f);
    float *data = t.data.data() + c * kVoxels;
    for (int64_t z = 0; z < kMomeDepth; ++z) {
        for (int64_t y = 0; y < kMomeHeight; ++y) {
            for (int64_t x = 0; x < kMomeWidth; ++x) {
                // Voxels are 2x2x4 mm: z counts twice in the distance.
                const float dx = x - sphere[0], dy = y - sphere[1], dz = 2.0f * (z - sphere[2]);
                const bool inside = dx * dx + dy * dy + dz * dz <= sphere[3] * sphere[3];
                data[(z * kMomeHeight + y) * kMomeWidth + x]
                    = (inside ? lesion : tissue) + noise(random);
            }
        }
    }
}

} // namespace

std::vector<MriSample> makeMriPhantoms(int count, uint64_t seed,
                                       std::vector<std::array<float, 4>> *lesions)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<float> centreXY(10.0f, 22.0f), centreZ(5.0f, 11.0f);
    std::uniform_real_distribution<float> radius(3.5f, 7.0f), jitter(-0.15f, 0.15f);
    std::vector<MriSample> samples;
    for (int i = 0; i < count; ++i) {
        MriSample s;
        s.malignant = i % 2;
        const std::array<float, 4> sphere
            = {centreXY(random), centreXY(random), centreZ(random), radius(random)};
        s.pcr = sphere[3] < 5.25f ? 1 : 0;
        if (lesions) {
            lesions->push_back(sphere);
        }
        s.dce = canvas(kMomeDcePhases);
        s.t2 = canvas(1);
        s.dwi = canvas(kMomeDwiChannels);
        const float early = 2.2f + jitter(random);
        const float late
            = s.malignant ? early - 0.6f + jitter(random) : early + 0.4f + jitter(random);
        paint(s.dce, 0, 1.0f, 1.0f + jitter(random), sphere, random);
        paint(s.dce, 1, 1.2f, early, sphere, random);
        paint(s.dce, 2, 1.3f, late, sphere, random);
        paint(s.t2, 0, 1.0f, 1.4f + jitter(random), sphere, random);
        paint(s.dwi, 0, 1.0f, 1.2f + jitter(random), sphere, random);
        paint(s.dwi, 1, 0.5f, (s.malignant ? 1.0f : 0.7f) + jitter(random), sphere, random);
        samples.push_back(std::move(s));
    }
    return samples;
}

} // namespace oncoview::inference::testing
