// SPDX-License-Identifier: Apache-2.0
#pragma once

// Which instances will make each phase of a series, told from the header values an archive
// lists (QIDO-RS or C-FIND at image level) before the files arrive, so a retrieval can show
// the first phase as soon as its instances are in. The split is the scanner's own
// (seriesgeometry.h), so the phase shown early is the phase the whole series will show.
// Plain C++, any thread.

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace oncoview::mri {

struct ListedInstance
{
    std::string sopInstanceUid;
    // DICOM values as text by tag ((group << 16) | element), several values joined by '\'.
    std::map<uint32_t, std::string> values;
};

// The attributes the split reads ((group << 16) | element): what to ask the archive to list
// for each instance. Image Type, Acquisition Time, Content Time, Series Description, Sequence
// Name, Trigger Time, Protocol Name, Diffusion b-value, Acquisition Number, Instance Number,
// Image Position and Orientation (Patient), Temporal Position Identifier, Number of Frames,
// Rows, Columns, Pixel Spacing. (Here, not in the .cpp: the QIDO-RS reader's fuzz target
// needs the list without the scanner.)
inline constexpr std::array<uint32_t, 17> kPhaseLayoutTags
    = {0x00080008, 0x00080032, 0x00080033, 0x0008103e, 0x00180024, 0x00181060,
       0x00181030, 0x00189087, 0x00200012, 0x00200013, 0x00200032, 0x00200037,
       0x00200100, 0x00280008, 0x00280010, 0x00280011, 0x00280030};

// SOP Instance UIDs per phase, in the order the viewer numbers the phases. Empty when the
// listing cannot tell: fewer than two phases, an instance without a position or with several
// frames, or instances of more than one grid (the scanner would make several series of them).
std::vector<std::vector<std::string>> phaseLayout(const std::vector<ListedInstance> &instances);

} // namespace oncoview::mri
