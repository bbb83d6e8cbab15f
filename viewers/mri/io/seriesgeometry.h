// SPDX-License-Identifier: Apache-2.0
#pragma once

// Turns the headers of one DICOM series (same UID, size and orientation) into SeriesInfo
// geometry: slice order along the normal, slice spacing, phase split and honest warnings.

#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/volume.h"

#include <vector>

namespace oncoview::mri {

// Fills size, spacing, origin, direction, phases, phaseFiles, phaseLabels, bValues and
// warnings of info. headers must be non-empty single-frame images. Any thread.
void buildSeriesGeometry(std::vector<DicomHeader> headers, SeriesInfo &info);

// "dce", "t2", "dwi", "adc" or "other" from the description, protocol, sequence and image type.
std::string guessRole(const DicomHeader &first, int phases, bool bValuesVary);

} // namespace oncoview::mri
