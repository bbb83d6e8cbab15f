// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace oncoview::mri::geometry {

// The time of one slice of one phase, in seconds, from one time source (a DICOM tag).
using SliceTime = std::function<std::optional<double>(std::size_t position, int phase)>;

// Seconds of each phase after the first: the earliest time of its slices (a phase is acquired
// over its duration), from the first source in `sources` that gives every phase a time and
// times that increase with the phase. Empty when none does. Shared by the classic and the
// enhanced multi-frame readers.
inline std::vector<double> phaseStartSeconds(std::size_t positions, int phases,
                                             const std::vector<SliceTime> &sources)
{
    for (const SliceTime &timeOf : sources) {
        std::vector<double> times;
        for (int p = 0; p < phases; ++p) {
            std::optional<double> earliest;
            for (std::size_t pos = 0; pos < positions; ++pos) {
                if (const std::optional<double> t = timeOf(pos, p)) {
                    earliest = earliest ? std::min(*earliest, *t) : *t;
                }
            }
            if (!earliest || (!times.empty() && *earliest <= times.back())) {
                times.clear();
                break;
            }
            times.push_back(*earliest);
        }
        if (!times.empty()) {
            const double t0 = times.front();
            for (double &t : times) {
                t -= t0;
            }
            return times;
        }
    }
    return {};
}

} // namespace oncoview::mri::geometry
