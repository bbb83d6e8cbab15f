// SPDX-License-Identifier: Apache-2.0
#pragma once

// Values of a GDCM data set as plain C++ (text, numbers, sequence items), shared by the readers
// of enhanced multi-frame and segmentation headers. Internal to oncoview_mri_io.
#include <gdcmDataSet.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::mri::gdcmvalues {

// The element's bytes, or null when absent or empty.
const gdcm::ByteValue *bytes(const gdcm::DataSet &ds, const gdcm::Tag &tag);
// Text with DICOM padding (spaces, NULs) trimmed at both ends.
std::string text(const gdcm::DataSet &ds, const gdcm::Tag &tag);
// Backslash-separated decimal strings (DS/IS); empty when any component is not a number.
std::vector<double> numbers(const gdcm::DataSet &ds, const gdcm::Tag &tag);
// The first FD (8-byte) value, when finite.
std::optional<double> float64(const gdcm::DataSet &ds, const gdcm::Tag &tag);
// US values (GDCM hands binary values over in little-endian order whatever the file's syntax).
std::vector<uint16_t> unsignedShorts(const gdcm::DataSet &ds, const gdcm::Tag &tag);
// The items of a sequence, copied: GetValueAsSQ may build the sequence on the fly (implicit VR
// or UN encoding), so references into it would not outlive the call.
std::vector<gdcm::DataSet> items(const gdcm::DataSet &ds, const gdcm::Tag &tag);
std::optional<gdcm::DataSet> firstItem(const gdcm::DataSet &ds, const gdcm::Tag &tag);

} // namespace oncoview::mri::gdcmvalues
