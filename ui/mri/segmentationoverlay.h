// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/studyloader.h"
#include "viewers/mri/overlaylayer.h"

#include <optional>

namespace oncoview::ui {

// Where a segmentation opens: the index of the series it was drawn on when the study holds
// it (the SEG is then shown over it, as Slicer does), else `index` itself (a SEG alone, on its
// own grid, with the series panel saying why).
int seriesToShowFor(const LoadedStudy &study, int index);

// The label overlay of the study's segmentations of `shown` (the first one when several):
// one colour per segment from the SEG's recommended display colour, named in the legend.
std::optional<mri::OverlayLayer> segmentationOverlay(const LoadedStudy &study,
                                                     const mri::Series &shown);

} // namespace oncoview::ui
