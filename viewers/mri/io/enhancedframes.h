// SPDX-License-Identifier: Apache-2.0
#pragma once

// Per-frame attributes of a multi-frame DICOM file, read from its Shared (5200,9229) and
// Per-frame (5200,9230) Functional Groups (PS3.3 C.7.6.16), or from the top level of a
// "classic" multi-frame file that has no functional groups. Internal to viewers/mri.

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::mri {

struct EnhancedFrame
{
    int index = 0; // 0-based frame number in Pixel Data
    // Plane Position: per frame only (a classic file's top-level position is frame 0's).
    std::optional<std::array<double, 3>> position;
    std::optional<std::array<double, 6>> orientation; // Plane Orientation
    std::optional<std::array<double, 2>> pixelSpacing; // row spacing (y), column spacing (x)
    std::optional<double> sliceThickness, spacingBetweenSlices;
    double slope = 1.0, intercept = 0.0; // Pixel Value Transformation
    // Frame Content
    std::string stackId;
    std::optional<double> inStackPosition, temporalPositionIndex;
    std::optional<double> temporalOffsetSeconds; // Temporal Position Time Offset (0020,930D)
    std::optional<double> acquisitionSeconds; // Frame Acquisition DateTime, seconds (any epoch)
    // Dimension Index Values minus the components that only say where the frame lies (Stack ID,
    // In-Stack Position, Image Position): what is left tells volumes at one place apart.
    std::vector<double> otherDimensionIndices;
    std::optional<double> bValue; // MR Diffusion (0018,9117)
    std::optional<std::array<double, 3>> gradientDirection; // its Diffusion Gradient Orientation
    std::string frameType; // last value of Frame Type (0008,9007), e.g. "M", "FIELD_MAP"
};

struct EnhancedHeader
{
    std::vector<EnhancedFrame> frames; // NumberOfFrames entries, in file order
    bool hasFunctionalGroups = false;
    std::vector<std::string> warnings;
};

// Reads the tags up to Pixel Data and describes every frame. Throws LoadError. Any thread.
EnhancedHeader readEnhancedHeader(const std::filesystem::path &file, int numberOfFrames);

// DICOM DT "YYYYMMDDHHMMSS.FFFFFF" -> seconds since 1970-01-01 (time zone ignored);
// nullopt when malformed.
std::optional<double> dicomDateTimeSeconds(const std::string &dt);

} // namespace oncoview::mri
