// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/slidesource.h"

namespace oncoview::slide {

int SlideSource::bestLevelForDownsample(double downsample) const
{
    int best = 0;
    for (int level = 1; level < levelCount(); ++level) {
        if (levelDownsample(level) <= downsample * 1.01) {
            best = level;
        }
    }
    return best;
}

} // namespace oncoview::slide
