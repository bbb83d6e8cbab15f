// SPDX-License-Identifier: Apache-2.0
#include "inference/xai/regions.h"

#include <algorithm>
#include <cmath>

namespace oncoview::inference::xai {

namespace {

std::array<int64_t, 3> voxelOf(int64_t index, const std::array<int64_t, 3> &dhw)
{
    return {index / (dhw[1] * dhw[2]), (index / dhw[2]) % dhw[1], index % dhw[2]};
}

} // namespace

std::array<int64_t, 3> peakVoxel(const AttributionMap &map)
{
    if (map.values.empty()) {
        return {0, 0, 0};
    }
    const auto top = std::max_element(map.values.begin(), map.values.end());
    return voxelOf(int64_t(top - map.values.begin()), map.dhw);
}

std::vector<MapRegion> topRegions(const AttributionMap &map, double percentile, int count)
{
    const int64_t n = map.voxelCount();
    if (n <= 0 || int64_t(map.values.size()) != n) {
        return {};
    }
    std::vector<float> positive;
    double total = 0.0;
    for (const float v : map.values) {
        if (v > 0) {
            positive.push_back(v);
            total += v;
        }
    }
    if (positive.empty()) {
        return {};
    }
    const size_t rank = std::min(
        positive.size() - 1,
        size_t(std::floor(std::clamp(percentile, 0.0, 1.0) * double(positive.size() - 1))));
    std::nth_element(positive.begin(), positive.begin() + long(rank), positive.end());
    const float threshold = positive[rank];

    std::vector<int> label(size_t(n), 0);
    std::vector<MapRegion> regions;
    std::vector<double> sums;
    std::vector<int64_t> stack;
    const auto &dhw = map.dhw;
    for (int64_t start = 0; start < n; ++start) {
        if (label[size_t(start)] || !(map.values[size_t(start)] >= threshold)) {
            continue;
        }
        MapRegion region;
        region.low = region.high = voxelOf(start, dhw);
        double sum = 0.0;
        std::map<std::string, double> inputSums;
        const int id = int(regions.size()) + 1;
        label[size_t(start)] = id;
        stack.assign(1, start);
        while (!stack.empty()) {
            const int64_t at = stack.back();
            stack.pop_back();
            const auto v = voxelOf(at, dhw);
            const double value = map.values[size_t(at)];
            ++region.voxels;
            sum += value;
            for (size_t a = 0; a < 3; ++a) {
                region.centroid[a] += value * double(v[a]);
                region.low[a] = std::min(region.low[a], v[a]);
                region.high[a] = std::max(region.high[a], v[a]);
            }
            if (value > region.peakValue || region.voxels == 1) {
                region.peakValue = value;
                region.peak = v;
            }
            for (const auto &[input, values] : map.perInput) {
                if (size_t(at) < values.size() && values[size_t(at)] > 0) {
                    inputSums[input] += values[size_t(at)];
                }
            }
            const int64_t steps[3] = {dhw[1] * dhw[2], dhw[2], 1};
            for (size_t a = 0; a < 3; ++a) {
                for (const int64_t d : {-1, 1}) {
                    const int64_t c = v[a] + d;
                    if (c < 0 || c >= dhw[a]) {
                        continue;
                    }
                    const int64_t next = at + d * steps[a];
                    if (!label[size_t(next)] && map.values[size_t(next)] >= threshold) {
                        label[size_t(next)] = id;
                        stack.push_back(next);
                    }
                }
            }
        }
        for (double &c : region.centroid) {
            c /= sum;
        }
        region.share = sum / total;
        double inputTotal = 0.0;
        for (const auto &[input, value] : inputSums) {
            inputTotal += value;
        }
        for (const auto &[input, value] : inputSums) {
            region.inputShares[input] = inputTotal > 0 ? value / inputTotal : 0.0;
        }
        regions.push_back(region);
        sums.push_back(sum);
    }
    std::vector<size_t> order(regions.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return sums[a] > sums[b]; });
    std::vector<MapRegion> result;
    for (size_t i = 0; i < order.size() && int(result.size()) < count; ++i) {
        result.push_back(regions[order[i]]);
    }
    return result;
}

} // namespace oncoview::inference::xai
