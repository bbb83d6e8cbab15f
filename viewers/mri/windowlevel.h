// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <vector>

namespace oncoview::mri {

struct WindowLevel
{
    double window = 1;
    double level = 0;
};

// MR intensities carry no physical unit (unlike CT Hounsfield units), so presets are defined
// on the volume's own intensity distribution rather than as fixed numbers.
enum class WindowPreset {
    Auto, // 0.5 - 99.5 percentile
    FullRange, // min - max
    HighContrast, // 5 - 95 percentile
    Enhancement, // 50 - 99.9 percentile: bright (enhancing) tissue stands out
};

QString windowPresetName(WindowPreset preset);
const std::vector<WindowPreset> &allWindowPresets();

} // namespace oncoview::mri
