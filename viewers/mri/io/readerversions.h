// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace oncoview::mri {

// "ITK 5.2.1, GDCM 3.0.21": the libraries that read studies, for About and crash reports.
std::string readerLibraryVersions();

} // namespace oncoview::mri
