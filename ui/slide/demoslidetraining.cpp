// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/demoslidetraining.h"

// Local
#include "viewers/slide/demotissue.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace oncoview::ui {

namespace {

namespace demo = inference::demo;

struct PatchPools
{
    std::vector<slide::DemoPoint> tumour;
    std::vector<slide::DemoPoint> normal;
};

// Random tissue patch corners, sorted by whether the patch centre lies in a tumour.
PatchPools samplePatchCorners(const slide::DemoTissue &tissue, int width, int height, double side,
                              size_t wanted, std::mt19937_64 &random)
{
    std::uniform_real_distribution<double> xs(0.0, width - side), ys(0.0, height - side);
    PatchPools pools;
    for (int tries = 0;
         tries < 400000 && (pools.tumour.size() < wanted || pools.normal.size() < 2 * wanted);
         ++tries) {
        const slide::DemoPoint corner {xs(random), ys(random)};
        const double cx = corner.x + side / 2, cy = corner.y + side / 2;
        if (!tissue.isTissue(cx, cy)) {
            continue;
        }
        auto &pool = tissue.isTumour(cx, cy) ? pools.tumour : pools.normal;
        if (pool.size() < (&pool == &pools.tumour ? wanted : 2 * wanted)) {
            pool.push_back(corner);
        }
    }
    if (pools.tumour.empty() || pools.normal.empty()) {
        throw std::runtime_error("demo slide training: the synthetic tissue has no tumour");
    }
    return pools;
}

void renderPatch(const slide::DemoTissue &tissue, const slide::DemoPoint &corner, double downsample,
                 float *chw)
{
    constexpr int size = int(demo::kMilPatchSize);
    std::vector<uint8_t> rgb(size_t(size * size * 3));
    tissue.render(downsample, corner.x, corner.y, size, size, rgb.data());
    for (int i = 0; i < size * size; ++i) {
        for (int c = 0; c < 3; ++c) {
            chw[c * size * size + i] = float(rgb[size_t(3 * i + c)]) / 255.0f;
        }
    }
}

} // namespace

std::vector<demo::MilBag> demoSlideTrainingBags(int bagCount, uint64_t seed,
                                                const std::atomic<bool> *cancel)
{
    constexpr int width = 40000, height = 30000;
    const double downsample = kDemoMilMicronsPerPixel / kDemoSlideMicronsPerPixel;
    const double side = downsample * double(demo::kMilPatchSize);
    const slide::DemoTissue tissue(width, height, seed);
    std::mt19937_64 random(seed);
    const PatchPools pools
        = samplePatchCorners(tissue, width, height, side, size_t(bagCount) * 2, random);
    std::uniform_int_distribution<int> sizes(8, 16), tumours(1, 4);
    std::uniform_int_distribution<size_t> pickTumour(0, pools.tumour.size() - 1),
        pickNormal(0, pools.normal.size() - 1);
    const int64_t perPatch = 3 * demo::kMilPatchSize * demo::kMilPatchSize;
    std::vector<demo::MilBag> bags;
    for (int b = 0; b < bagCount; ++b) {
        if (cancel && cancel->load()) {
            throw std::runtime_error("demo preparation cancelled");
        }
        demo::MilBag bag;
        bag.label = b % 2;
        bag.tumourFlags.assign(size_t(sizes(random)), 0);
        if (bag.label) {
            std::fill_n(bag.tumourFlags.begin(), tumours(random), 1);
            std::shuffle(bag.tumourFlags.begin(), bag.tumourFlags.end(), random);
        }
        const int64_t count = int64_t(bag.tumourFlags.size());
        bag.patches.shape = {count, 3, demo::kMilPatchSize, demo::kMilPatchSize};
        bag.patches.data.resize(size_t(count * perPatch));
        for (int64_t i = 0; i < count; ++i) {
            const slide::DemoPoint corner = bag.tumourFlags[size_t(i)]
                ? pools.tumour[pickTumour(random)]
                : pools.normal[pickNormal(random)];
            renderPatch(tissue, corner, downsample, bag.patches.data.data() + i * perPatch);
        }
        bags.push_back(std::move(bag));
    }
    return bags;
}

} // namespace oncoview::ui
