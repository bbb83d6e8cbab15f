// SPDX-License-Identifier: Apache-2.0
#pragma once

// DICOM Parametric Map objects (PS3.3 A.75): a quantity per voxel (Ktrans, ADC, a heatmap)
// in float, double or integer pixels with a Real World Value Mapping, placed on the series it
// was computed from. Read into one float volume in patient space, overlaid like a SEG.
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::mri {

inline constexpr const char *kParametricMapStorageUid = "1.2.840.10008.5.1.4.1.1.30";

struct ParametricMapInfo
{
    std::string file;
    std::string quantity; // LUT Label of the Real World Value Mapping, e.g. "KTRANS"
    std::string unit; // its Measurement Units Code Meaning (else Code Value), e.g. "/min"
    double slope = 1.0, intercept = 0.0; // Real World Value Mapping (integer pixel data)
    std::string referencedSeriesUid; // as for a SEG (derivedreference.h)
    std::vector<std::string> referencedInstanceUids;
};

// Reads the map's header (every frame's geometry comes with the load). Throws LoadError.
ParametricMapInfo readParametricMapInfo(const std::filesystem::path &file);

// Float Pixel Data (7FE0,0008), Double Float Pixel Data (7FE0,0009) or uncompressed integer
// Pixel Data with the mapping applied, each frame placed by its position on a grid spanning
// all of them (framegrid.h). Throws LoadError (compressed integer maps included). Any thread.
Volume loadParametricMap(const ParametricMapInfo &info, const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::mri
