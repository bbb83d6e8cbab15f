// SPDX-License-Identifier: Apache-2.0
#pragma once

// Turns the frames of one multi-frame DICOM file into series: frames of one stack and
// orientation make one series; within it, frames at the same place are told apart by temporal
// position, other dimension indices, b-value or acquisition time into phases, and each phase's
// frames are sorted along the slice normal. Slice spacing comes from the frame positions;
// irregular spacing and missing geometry become warnings.

#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/enhancedframes.h"
#include "viewers/mri/io/volume.h"

#include <filesystem>
#include <vector>

namespace oncoview::mri {

// Pure geometry step (no file access): header describes the file (UIDs, size, description),
// frames its frames. Returns at least one series of format "dicom-multiframe" with phaseFrames
// filled. Any thread.
std::vector<SeriesInfo> buildEnhancedSeries(const DicomHeader &header,
                                            const EnhancedHeader &frames);

// readEnhancedHeader + buildEnhancedSeries for a scanned multi-frame file. Throws LoadError.
std::vector<SeriesInfo> readMultiFrameSeries(const DicomHeader &header);

} // namespace oncoview::mri
