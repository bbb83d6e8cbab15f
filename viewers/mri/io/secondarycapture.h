// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/studyidentity.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::mri {

// A key image for the archive: a view as the reader saw it (overlays burnt in), stored as a
// DICOM Secondary Capture Image in the study it shows, so any viewer lists it with the study.
struct KeyImage
{
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb; // width * height * 3, rows top to bottom
    std::string studyUid; // the study the image belongs to
    StudyIdentity identity; // patient and study attributes copied from the study
    std::string seriesUid; // empty: a new series
    std::string seriesDescription = "OncoView key images";
    int instanceNumber = 1;
    std::string derivation; // what the image shows, e.g. "Axial MPR, DCE phase 2"
};

// Writes `image` as a Secondary Capture Image (RGB, explicit VR little endian, UTF-8 text,
// BurnedInAnnotation YES); the new SOP Instance UID, or throws LoadError naming the file.
std::string writeSecondaryCapture(const KeyImage &image, const std::filesystem::path &file);

} // namespace oncoview::mri
