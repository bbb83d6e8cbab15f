// SPDX-License-Identifier: Apache-2.0
#pragma once

// DCE stored the common way on many scanners: one series per phase ("pre", "1st pass", …,
// same geometry). Read as separate series, the DCE layout and the kinetics would see one phase;
// grouped, they get every phase, ordered by acquisition time. Internal to the scanner; any
// thread.

#include "viewers/mri/io/volume.h"

#include <vector>

namespace oncoview::mri {

// Replaces each set of single-phase DICOM series that are phases of one dynamic acquisition by
// one series with a phase per member: same study, same grid (size, spacing, origin,
// orientation), same sequence name, none a derived map, none T2/DWI/ADC by its description;
// at least three of them, or two that both read as DCE. Phases follow acquisition (else
// content) time, else series number with a warning. The grouped series lists its members in
// `groupedFrom` and says what was done in its warnings.
void groupPhaseSeries(std::vector<SeriesInfo> &series);

// Enhanced MR stored one volume per file (modern Siemens breast DCE): files of one series
// (same Series Instance UID and grid), each a single volume, become one series with a phase per
// file, ordered by Temporal Position, else Acquisition Number, else acquisition/content time.
void groupEnhancedVolumes(std::vector<SeriesInfo> &series);

} // namespace oncoview::mri
