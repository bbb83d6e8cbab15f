// SPDX-License-Identifier: Apache-2.0
#pragma once

// The fast way to a classic DICOM slice's pixels: for uncompressed little-endian files the scan
// already knows where the Pixel Data value starts, how long it is and how to rescale it, so
// loading is one pread and a conversion instead of a second full parse through ITK/GDCM.
// Everything else (compressed, big-endian, colour, odd bit depths) keeps the ITK path.
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/volume.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace oncoview::mri {

// Sets h.pixelValueOffset/Length from the Pixel Data element found near `at`, where the header
// read stopped (GDCM leaves the stream at the element's tag or just past its header). Leaves
// them 0 when the element is not there or is encapsulated.
void locatePixelValue(const std::filesystem::path &file, size_t at, size_t size, DicomHeader &h);

// Where `h`'s pixels lie when they can be read raw: uncompressed little-endian, one frame,
// one sample, 8/16/32 bits (signed data only with every bit stored). nullopt otherwise.
std::optional<RawPixels> rawPixelsOf(const DicomHeader &h);

// Reads `voxels` values into `dest` as modality values (slope, intercept). False, with nothing
// promised about `dest`, when the file is not as scanned (size changed, short read): the
// caller then decodes through ITK. Any thread.
bool readRawPixels(const std::string &file, const RawPixels &raw, size_t voxels, float *dest);

} // namespace oncoview::mri
