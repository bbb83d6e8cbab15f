// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/windowlevel.h"

namespace oncoview::mri {

QString windowPresetName(WindowPreset preset)
{
    switch (preset) {
    case WindowPreset::Auto:
        return QStringLiteral("Auto (0.5-99.5%)");
    case WindowPreset::FullRange:
        return QStringLiteral("Full range");
    case WindowPreset::HighContrast:
        return QStringLiteral("High contrast (5-95%)");
    case WindowPreset::Enhancement:
        return QStringLiteral("Enhancement (50-99.9%)");
    }
    return {};
}

const std::vector<WindowPreset> &allWindowPresets()
{
    static const std::vector<WindowPreset> presets {WindowPreset::Auto, WindowPreset::FullRange,
                                                    WindowPreset::HighContrast,
                                                    WindowPreset::Enhancement};
    return presets;
}

} // namespace oncoview::mri
