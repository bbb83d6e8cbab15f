// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/studyloader.h"
#include "viewers/mri/overlaylayer.h"

#include <optional>

namespace oncoview::ui {

// Where a derived object (DICOM SEG or Parametric Map) opens: the index of the series it was
// made from when the study holds it (the object is then shown over it, as Slicer does), else
// `index` itself (the object alone, on its own grid, with the series panel saying why).
int seriesToShowFor(const LoadedStudy &study, int index);

// The overlay for the series at `shown`: the derived object at `chosen` when it was made from
// that series (the user picked it in the series panel), else the study's first segmentation
// of it, else its first parametric map. A SEG is a label map (a colour per segment from its
// recommended display colour, named in the legend); a map is a heatmap of its quantity in its
// unit. nullopt when nothing was made from that series.
std::optional<mri::OverlayLayer> derivedOverlay(const LoadedStudy &study, int shown, int chosen);

} // namespace oncoview::ui
