#pragma once

// How a folder scan treats DICOM SEG objects: listed as segmentations of the series they
// reference (not as images of the patient), the reference resolved through the instances a
// SEG names when it has no Referenced Series Sequence (TCIA's SEGs often do not).
#include "viewers/mri/io/volume.h"

#include <map>
#include <string>
#include <vector>

namespace oncoview::mri {

// Marks `series` (read from a SEG file's frames) as a segmentation: role, segment list and a
// description naming the segments. Throws LoadError when the SEG module cannot be read.
void describeSegmentation(SeriesInfo &series);

// After a scan: points every segmentation at the series it segments (through
// `fileBySopInstance`, SOP Instance UID -> file, when the SEG names instances only) and warns,
// on the SEG, when that series is not among `series`.
void resolveSegmentationReferences(std::vector<SeriesInfo> &series,
                                   const std::map<std::string, std::string> &fileBySopInstance);

// The segmentations in `series` that reference the series with `uid`.
std::vector<const SeriesInfo *> segmentationsOf(const std::vector<SeriesInfo> &series,
                                                const std::string &uid);

} // namespace oncoview::mri
