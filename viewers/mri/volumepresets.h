// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/intensitystats.h"

#include <QString>

#include <vector>

class vtkGPUVolumeRayCastMapper;
class vtkVolumeProperty;

namespace oncoview::mri {

// Volume rendering looks for breast MRI. MR intensities have no unit, so every transfer function
// is defined on fractions of the scan's 99.5th percentile (IntensityStats), like the window/level
// presets.
enum class VolumePreset {
    MrDefault, // Slicer's "MR-Default": soft tissue in flesh tones, shaded
    Mip, // maximum intensity projection, greyscale: the radiologist's 3D overview of enhancement
    DceSubtraction, // post - pre: background transparent, enhancing tissue hot (red-yellow)
    T2SoftTissue, // T2: fluid bright, soft tissue translucent, bluish-white
};

QString volumePresetName(VolumePreset preset);
const std::vector<VolumePreset> &allVolumePresets();

// Sets colour, opacity, shading and the blend mode (composite or MIP) for preset. minSpacingMm is
// the smallest voxel spacing (opacity is per voxel step, so thin and thick slices look alike).
// GUI thread (VTK objects).
void applyVolumePreset(VolumePreset preset, const IntensityStats &stats, double minSpacingMm,
                       vtkVolumeProperty *property, vtkGPUVolumeRayCastMapper *mapper);

} // namespace oncoview::mri
