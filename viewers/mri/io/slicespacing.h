// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/vec3.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace oncoview::mri::geometry {

// The spacing of slices at sorted positions `along` their normal (mm, at least two): the
// median gap. Uneven gaps add a warning saying so and how many slices seem missing ("slice" or
// "frame" names them in it); geometry is never silently wrong. Shared by the classic and the
// enhanced multi-frame readers.
inline double medianSliceSpacing(const std::vector<double> &along, const std::string &what,
                                 std::vector<std::string> &warnings)
{
    std::vector<double> gaps;
    for (size_t i = 1; i < along.size(); ++i) {
        gaps.push_back(along[i] - along[i - 1]);
    }
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
    if (*hi - *lo > 0.01 * median + 1e-3) {
        const long expected = std::lround((along.back() - along.front()) / median) + 1;
        std::string w = "irregular " + what + " spacing: gaps from " + fmt(*lo) + " to " + fmt(*hi)
            + " mm (median " + fmt(median) + " mm used)";
        if (expected > long(along.size())) {
            w += "; about " + std::to_string(expected - long(along.size())) + " slice(s) missing";
        }
        warnings.push_back(w);
    }
    return median;
}

} // namespace oncoview::mri::geometry
