// SPDX-License-Identifier: Apache-2.0
#pragma once

// A structural check of a DICOM file before GDCM parses it. Debian's GDCM is built with
// assertions, and a file cut short inside its header (a copy interrupted early) makes
// gdcm::Reader abort() the whole process instead of returning an error. This walk reads only
// element headers: tags, VRs and lengths of the file meta group and of the data set (explicit
// or implicit VR, little or big endian, nested sequences and encapsulated pixel fragments),
// and checks that every declared length fits in the file. No values are interpreted.

#include <filesystem>
#include <string>

namespace oncoview::mri {

// Empty when every element header up to and including Pixel Data lies whole inside the file
// (native Pixel Data may be short: the scanner reports that with the expected size); else one
// sentence naming the first element that does not fit. Deflated data sets are not walked.
std::string dicomStructureProblem(const std::filesystem::path &file);

} // namespace oncoview::mri
