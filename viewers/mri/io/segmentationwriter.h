// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes a label volume as a BINARY DICOM Segmentation (PS3.3 A.51) for the archive: one
// segment per label value present, frames on the volume's own grid (oblique included) placed
// by their positions in the source series' Frame of Reference, so Slicer and OHIF overlay it.
#include "viewers/mri/io/derivedsource.h"
#include "viewers/mri/io/volume.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::mri {

enum class SegmentAlgorithm { Automatic, Semiautomatic, Manual };

// Baseline codes (CID 7150 / 7151) for a segment with no more specific meaning.
inline const CodedConcept kTissueCategory {"85756007", "SCT", "Tissue"};
inline const CodedConcept kLesionType {"52988006", "SCT", "Lesion"};

struct SegmentDescription
{
    int labelValue = 1; // the voxel value in the label volume
    std::string label; // Segment Label, e.g. "Enhancing lesion"
    std::string description; // optional
    std::array<int, 3> rgb {255, 0, 0}; // recommended display colour, stored as CIELab
    SegmentAlgorithm algorithm = SegmentAlgorithm::Automatic;
    std::string algorithmName = "OncoView"; // required unless Manual
    CodedConcept category = kTissueCategory;
    CodedConcept type = kLesionType;
};

struct SegmentationToWrite
{
    DerivedSource source; // derivedSourceOf() for a loaded series
    DerivedContent content;
    // Label values without a description get "Label N" and the default codes below.
    std::vector<SegmentDescription> segments;
    SegmentAlgorithm defaultAlgorithm = SegmentAlgorithm::Automatic;
    CodedConcept defaultCategory = kTissueCategory;
    CodedConcept defaultType = kLesionType;
};

// Writes `labels` (integer values 1..N, 0 background; any grid whose slices are stacked along
// its planes' normal) as a BINARY SEG. Segment numbers follow the label values present in
// ascending order (so values 1..N read back unchanged); only frames holding their segment are
// written. Returns the new SOP Instance UID; throws LoadError naming `file` (nothing written).
std::string writeSegmentation(const Volume &labels, const SegmentationToWrite &what,
                              const std::filesystem::path &file);

// sRGB 0..255 -> DICOM CIELab (PS3.3 C.10.7.1.1, each 0..65535); dicomLabToRgb's inverse.
std::array<uint16_t, 3> rgbToDicomLab(const std::array<int, 3> &rgb);

} // namespace oncoview::mri
