// SPDX-License-Identifier: Apache-2.0
#pragma once

// The few DICOM attributes a folder scan needs, read without touching pixel data.
// Internal to viewers/mri (used by StudyScanner); plain C++ so it can run on any thread.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "viewers/mri/io/studyidentity.h"

namespace oncoview::mri {

struct DicomHeader
{
    std::string file;
    std::string seriesUid, studyUid, seriesNumber, description, modality, protocolName;
    std::string sequenceName, imageType, transferSyntax, sopClassUid, sopInstanceUid;
    StudyIdentity identity;
    int rows = 0, columns = 0, numberOfFrames = 1, samplesPerPixel = 1, bitsAllocated = 16;
    std::optional<std::array<double, 3>> position; // ImagePositionPatient
    std::optional<std::array<double, 6>> orientation; // ImageOrientationPatient
    std::optional<std::array<double, 2>> pixelSpacing; // row spacing (y), column spacing (x)
    std::optional<double> sliceThickness, spacingBetweenSlices;
    std::optional<double> temporalPosition, acquisitionNumber, triggerTime, acquisitionTime;
    std::optional<double> contentTime; // (0008,0033): the only time some GE DCE phases carry
    std::optional<double> instanceNumber, bValue;
    // Diffusion gradient direction as the vendor stores it (standard (0018,9089), Siemens
    // (0019,100E) or CSA, GE (0019,10BB-BD), Philips (2005,10B0-B2)); unit vector or zeros.
    std::optional<std::array<double, 3>> gradientDirection;
    // Siemens MOSAIC (ImageType MOSAIC): slices tiled in one image; 0 for ordinary images.
    int mosaicImages = 0;
    std::optional<std::array<double, 3>> sliceNormal; // Siemens CSA SliceNormalVector
    int bitsStored = 16, pixelRepresentation = 0; // 1: signed
    std::optional<double> rescaleSlope, rescaleIntercept;
    // Uncompressed data sets: where the Pixel Data value starts and how long it is (0: not
    // known), and the file's size then, so the loader can read the pixels without a re-parse.
    uint64_t pixelValueOffset = 0, pixelValueLength = 0, fileSize = 0;
    bool hasPixelData = false;
    bool encapsulated = false; // compressed transfer syntax: pixel bytes cannot be sized cheaply
    size_t bytesAfterHeader = 0; // file bytes from the Pixel Data tag to the end
};

// Result of a header read: a header, or the reason the file is not a usable image.
struct HeaderResult
{
    std::optional<DicomHeader> header;
    std::string error;
};

// Cheap test on the first bytes: 'DICM' at 128, or a plausible preamble-less data set start.
// Returns an empty string when the file may be DICOM, else the reason it is not.
std::string quickDicomCheck(const std::filesystem::path &file);

// Reads the tags up to (not including) Pixel Data. Never throws. Any thread.
HeaderResult readDicomHeader(const std::filesystem::path &file);

// A DS or IS value, multiple values split at '\\'; empty when any component is not a number.
std::vector<double> parseDicomNumbers(const std::string &value);
// DICOM TM "HHMMSS.FFFFFF" -> seconds since midnight.
std::optional<double> dicomTimeOfDay(const std::string &tm);

// ImageType (0008,0008) starting DERIVED: a scanner-computed map (subtraction, SER, PE, ADC).
bool isDerivedImageType(const std::string &imageType);

// Silences GDCM's stderr chatter about broken files (we report reasons ourselves).
void quietGdcm();

} // namespace oncoview::mri
