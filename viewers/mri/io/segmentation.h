// SPDX-License-Identifier: Apache-2.0
#pragma once

// DICOM Segmentation objects (SEG, PS3.3 A.51): which series a SEG segments, its segments, and
// its frames turned into one label volume (value = segment number) in patient space, so the
// views overlay it on the series it references whatever the two grids are.
#include "viewers/mri/io/volume.h"

#include <array>
#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::mri {

inline constexpr const char *kSegmentationStorageUid = "1.2.840.10008.5.1.4.1.1.66.4";

struct Segment
{
    int number = 0; // Segment Number (0062,0004), the label value in the label volume
    std::string label; // Segment Label (0062,0005)
    std::array<int, 3> rgb {}; // Recommended Display CIELab Value as sRGB, else a palette colour
};

struct SegmentationInfo
{
    std::string file;
    std::string type; // Segmentation Type: "BINARY" or "FRACTIONAL"
    double maximumFractionalValue = 255; // FRACTIONAL: the stored value meaning "all inside"
    std::vector<Segment> segments;
    std::vector<int> frameSegments; // per frame in file order: Referenced Segment Number
    // Referenced Series Sequence (0008,1115), else resolved by the scanner from the instances.
    std::string referencedSeriesUid;
    // Source Image / Derivation Image Sequences: the instances the SEG was drawn on.
    std::vector<std::string> referencedInstanceUids;
};

// Reads the SEG module of `file` (header only). Throws LoadError. Any thread.
SegmentationInfo readSegmentationInfo(const std::filesystem::path &file);

// Decodes the SEG's frames (1-bit BINARY or 8/16-bit FRACTIONAL, any transfer syntax GDCM
// decodes) and places each on a grid spanning every frame position: a voxel takes the number
// of the segment covering it (FRACTIONAL: at least half the maximum value), 0 elsewhere; a
// later segment wins where two overlap. Throws LoadError. Any thread.
Volume loadSegmentationLabels(const SegmentationInfo &info,
                              const std::atomic<bool> *cancel = nullptr);

// DICOM CIELab (PS3.3 C.10.7.1.1, each 0..65535) -> sRGB 0..255.
std::array<int, 3> dicomLabToRgb(const std::array<uint16_t, 3> &lab);

} // namespace oncoview::mri
