// SPDX-License-Identifier: Apache-2.0
#pragma once

// How a folder scan treats derived DICOM objects, SEG and Parametric Map: listed as
// segmentations or maps of the series they reference (not as images of the patient), the
// reference resolved through the instances they name when they have no Referenced Series
// Sequence (TCIA's SEGs often do not).
#include "viewers/mri/io/volume.h"

#include <map>
#include <string>
#include <vector>

namespace oncoview::mri {

// Marks `series` (read from a SEG file's frames) as a segmentation: role, segment list and a
// description naming the segments. Throws LoadError when the SEG module cannot be read.
void describeSegmentation(SeriesInfo &series);
// The same for a Parametric Map: role "parametric-map", derived, quantity and unit named.
void describeParametricMap(SeriesInfo &series);

// After a scan: points every segmentation and map at the series it was made from (through
// `fileBySopInstance`, SOP Instance UID -> file, when the SEG names instances only) and warns,
// on the SEG, when that series is not among `series`.
void resolveDerivedReferences(std::vector<SeriesInfo> &series,
                              const std::map<std::string, std::string> &fileBySopInstance);

// The series `derived` (a SEG or a map) was made from: its referenced series UID, or "".
const std::string &sourceSeriesUid(const SeriesInfo &derived);

// The segmentations in `series` that reference the series with `uid`.
std::vector<const SeriesInfo *> segmentationsOf(const std::vector<SeriesInfo> &series,
                                                const std::string &uid);

} // namespace oncoview::mri
