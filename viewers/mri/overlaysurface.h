// SPDX-License-Identifier: Apache-2.0
#pragma once

// A heatmap overlay in the 3D view: the surface of the region the slice views show
// (|value| >= threshold), one surface for positive values and, for signed colormaps, one for
// negative values, each in its colormap's colour. The view draws them in a layer above the
// volume rendering: an explanation map lies inside the body, where the rendered skin and
// glands would hide it, and two GPU ray casters (a map volume beside the image volume) do not
// blend in one renderer.

#include "viewers/mri/overlaylayer.h"

#include <array>
#include <optional>
#include <vector>

#include <vtkSmartPointer.h>

class vtkActor;

namespace oncoview::mri {

struct OverlaySurface
{
    vtkSmartPointer<vtkActor> actor; // placed in LPS by its user matrix
    double level = 0; // the iso-value (threshold, or -threshold for evidence against)
    Rgba colour {};
};

// The layer's surfaces (none for label maps or a map with nothing above its threshold).
// GUI thread (VTK objects); a map of a few million voxels takes well under a second.
std::vector<OverlaySurface> overlaySurfaces(const OverlayLayer &layer);

// LPS bounding box {xmin, xmax, ymin, ymax, zmin, zmax} of a surface; nullopt when empty.
std::optional<std::array<double, 6>> surfaceBoundsLps(const OverlaySurface &surface);

} // namespace oncoview::mri
