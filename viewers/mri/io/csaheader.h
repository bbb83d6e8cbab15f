// SPDX-License-Identifier: Apache-2.0
#pragma once

// Siemens CSA headers ((0029,1010) image, (0029,1020) series): the private binary blocks where
// Siemens keeps what its classic DICOM has no tag for (NumberOfImagesInMosaic,
// SliceNormalVector, B_value, DiffusionGradientDirection). Both layouts are read: "SV10" (VB13
// and later) and the older one without a signature. Plain C++, any thread.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::mri {

using CsaHeader = std::map<std::string, std::vector<std::string>>;

// Element name -> its non-empty item values (text, trailing NULs and spaces removed). An
// empty map for data that is not a CSA header; never reads past `size`.
CsaHeader parseCsaHeader(const char *data, size_t size);

// The numbers of element `name` (empty when absent or not numeric).
std::vector<double> csaNumbers(const CsaHeader &header, const std::string &name);

} // namespace oncoview::mri
