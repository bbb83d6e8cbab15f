// SPDX-License-Identifier: Apache-2.0
#pragma once

// The few places a map points at, for the textual explanation: connected regions of the
// strongest positive evidence, with their size and which input (sequence) carries it.
#include "inference/xai/attribution.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace oncoview::inference::xai {

struct MapRegion
{
    std::array<int64_t, 3> peak {0, 0, 0}; // voxel (z, y, x) of the region's largest value
    std::array<double, 3> centroid {0, 0, 0}; // value-weighted, voxel coordinates (z, y, x)
    std::array<int64_t, 3> low {0, 0, 0}, high {0, 0, 0}; // bounding box, inclusive
    int64_t voxels = 0;
    double peakValue = 0.0;
    double share = 0.0; // of the map's total positive evidence
    // Input -> share of the region's positive per-input evidence (sums to 1 when any).
    std::map<std::string, double> inputShares;
};

// Regions of voxels at or above the map's `percentile` of positive values (6-connected),
// strongest (summed value) first, at most `count`. Empty when the map has no positive value.
std::vector<MapRegion> topRegions(const AttributionMap &map, double percentile = 0.95,
                                  int count = 3);

// Voxel (z, y, x) of the map's maximum.
std::array<int64_t, 3> peakVoxel(const AttributionMap &map);

} // namespace oncoview::inference::xai
