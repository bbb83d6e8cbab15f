// SPDX-License-Identifier: Apache-2.0
#pragma once

// Which instances will make each phase of a series, told from the header values an archive
// lists (QIDO-RS or C-FIND at image level) before the files arrive, so a retrieval can show
// the first phase as soon as its instances are in. The split is the scanner's own
// (seriesgeometry.h), so the phase shown early is the phase the whole series will show.
// Plain C++, any thread.

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

// The attributes the split reads: what to ask the archive to list for each instance.
const std::vector<uint32_t> &phaseLayoutTags();

// SOP Instance UIDs per phase, in the order the viewer numbers the phases. Empty when the
// listing cannot tell: fewer than two phases, an instance without a position or with several
// frames, or instances of more than one grid (the scanner would make several series of them).
std::vector<std::vector<std::string>> phaseLayout(const std::vector<ListedInstance> &instances);

} // namespace oncoview::mri
