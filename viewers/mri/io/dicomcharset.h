// SPDX-License-Identifier: Apache-2.0
#pragma once

// DICOM text in the character set its Specific Character Set (0008,0005) names, as UTF-8 for
// everything OncoView shows: series descriptions in GB18030/GBK (mainland China), Big5-era
// files, Latin-1 (Europe) or ISO 2022 Japanese and Korean would otherwise be garbled. Plain C++
// (iconv); any thread.

#include <string>

namespace oncoview::mri {

// `bytes` of a text attribute decoded from `specificCharacterSet` (the raw attribute value,
// possibly multi-valued with backslashes) into UTF-8. Empty or "ISO_IR 6" (ASCII) and
// "ISO_IR 192" (UTF-8) pass through. An unknown set or an undecodable byte keeps the text
// readable: invalid bytes become U+FFFD rather than the whole value being lost.
std::string dicomTextToUtf8(const std::string &bytes, const std::string &specificCharacterSet);

} // namespace oncoview::mri
