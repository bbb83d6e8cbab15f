// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/volume.h"

#include <atomic>

namespace oncoview::mri {

// Decodes the Pixel Data of a multi-frame DICOM series (every transfer syntax GDCM decodes) and
// assembles one float volume per phase from info.phaseFrames, applying each frame's own rescale.
// Throws LoadError naming the file. Any thread; progress counts phases, cancel (may be null) is
// polled per phase.
Series loadMultiFrameSeries(const SeriesInfo &info, const ProgressFn &progress = {},
                            const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::mri
