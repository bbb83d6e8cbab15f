// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes a float volume (a heatmap: enhancement %, saliency, Ktrans) as a DICOM Parametric Map
// (PS3.3 A.75) with 32-bit Float Pixel Data and a Real World Value Mapping naming its quantity
// and UCUM unit, on the volume's own grid in the source series' Frame of Reference.
#include "viewers/mri/io/derivedsource.h"
#include "viewers/mri/io/volume.h"

#include <filesystem>
#include <string>

namespace oncoview::mri {

struct ParametricMapToWrite
{
    DerivedSource source; // derivedSourceOf() for a loaded series
    DerivedContent content;
    std::string quantity = "ENHANCEMENT"; // LUT Label (SH, 16 characters at most)
    std::string quantityExplanation; // LUT Explanation, e.g. "Percent enhancement, phase 2"
    // Measurement Units Code, UCUM: {"%", "UCUM", "%"}, {"1", "UCUM", "no units"}, {"/min", ...}
    CodedConcept unit {"%", "UCUM", "%"};
    // Frame Anatomy (mandatory): the region and its laterality, "R", "L", "B" or "U".
    CodedConcept anatomy {"76752008", "SCT", "Breast"};
    std::string laterality = "B";
    // Image Type value 4 (Derived Pixel Contrast); empty: the quantity as a code string.
    std::string derivedPixelContrast;
};

// Writes every slice of `values` as a frame (stored exactly: the mapping has slope 1,
// intercept 0). Returns the new SOP Instance UID; throws LoadError naming `file` (nothing
// written) when the grid cannot be written or the file cannot be saved.
std::string writeParametricMap(const Volume &values, const ParametricMapToWrite &what,
                               const std::filesystem::path &file);

} // namespace oncoview::mri
