// SPDX-License-Identifier: Apache-2.0
#pragma once

// What one channel of a volume input holds, as a manifest names it: a phase of the series
// ("pre", "last", or its index, 0 being pre-contrast) or the difference of two phases
// ("1-pre", "last-pre"): the subtraction images that breast DCE models such as MOME are trained
// on (enhancement stands out, fat and the bias field cancel).

#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference {

struct ChannelSpec
{
    static constexpr int kLast = -1;
    int phase = 0; // index into the series' phases; kLast is the last one
    std::optional<int> minusPhase; // subtracted phase, for subtraction channels

    // The phase index for a series of `phaseCount` phases.
    static int resolve(int phase, int phaseCount)
    {
        return phase == kLast ? phaseCount - 1 : phase;
    }
};

// "pre", "last", "3", "1-pre", "last-0"; nothing for anything else.
std::optional<ChannelSpec> parseChannelSpec(const std::string &text);

// How many phases a series needs to fill every channel.
int phasesNeeded(const std::vector<ChannelSpec> &channels);

} // namespace oncoview::inference
