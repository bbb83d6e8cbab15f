// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/volumepresets.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>

#include <vtkColorTransferFunction.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkPiecewiseFunction.h>
#include <vtkVolumeProperty.h>

namespace oncoview::mri {

namespace {

struct TransferPoint
{
    double fraction; // of the 99.5th percentile intensity
    double opacity;
    double r, g, b;
};

// Slicer's "MR-Default", rescaled from its 0..220 tissue range to the scan's 0..p99.5.
constexpr TransferPoint mrDefault[] = {
    {0.00, 0.00, 0.00, 0.00, 0.00}, {0.09, 0.00, 0.17, 0.00, 0.00},  {0.18, 0.15, 0.40, 0.15, 0.08},
    {0.55, 0.30, 0.78, 0.61, 0.38}, {1.00, 0.375, 0.85, 0.84, 0.79}, {4.65, 0.50, 1.00, 1.00, 1.00},
};
// MIP shows the brightest voxel on each ray: a plain grey ramp, as on a scanner console.
constexpr TransferPoint mip[] = {
    {0.00, 0.00, 0.0, 0.0, 0.0},
    {0.05, 1.00, 0.0, 0.0, 0.0},
    {1.00, 1.00, 1.0, 1.0, 1.0},
    {4.00, 1.00, 1.0, 1.0, 1.0},
};
// Subtraction: most voxels are noise around 0 and must vanish; enhancing tissue (the top few
// percent) glows from red to yellow-white so a mass stands out against the vessels' thin lines.
constexpr TransferPoint dceSubtraction[] = {
    {0.00, 0.00, 0.0, 0.0, 0.0}, {0.30, 0.00, 0.5, 0.0, 0.0}, {0.50, 0.08, 0.9, 0.15, 0.0},
    {0.80, 0.35, 1.0, 0.6, 0.1}, {1.00, 0.60, 1.0, 0.9, 0.5}, {4.00, 0.80, 1.0, 1.0, 1.0},
};
// T2: fat and glandular tissue faint, fluid (cysts, oedema) bright and opaque.
constexpr TransferPoint t2SoftTissue[] = {
    {0.00, 0.00, 0.00, 0.00, 0.00}, {0.12, 0.00, 0.20, 0.22, 0.30}, {0.30, 0.04, 0.55, 0.60, 0.70},
    {0.60, 0.15, 0.80, 0.85, 0.90}, {1.00, 0.45, 0.95, 0.97, 1.00}, {4.00, 0.70, 1.00, 1.00, 1.00},
};

std::span<const TransferPoint> points(VolumePreset preset)
{
    switch (preset) {
    case VolumePreset::Mip:
        return mip;
    case VolumePreset::DceSubtraction:
        return dceSubtraction;
    case VolumePreset::T2SoftTissue:
        return t2SoftTissue;
    case VolumePreset::MrDefault:
        break;
    }
    return mrDefault;
}

} // namespace

QString volumePresetName(VolumePreset preset)
{
    switch (preset) {
    case VolumePreset::MrDefault:
        return QCoreApplication::translate("VolumePreset", "MR default");
    case VolumePreset::Mip:
        return QCoreApplication::translate("VolumePreset", "MIP");
    case VolumePreset::DceSubtraction:
        return QCoreApplication::translate("VolumePreset", "DCE subtraction");
    case VolumePreset::T2SoftTissue:
        return QCoreApplication::translate("VolumePreset", "T2 soft tissue");
    }
    return {};
}

const std::vector<VolumePreset> &allVolumePresets()
{
    static const std::vector<VolumePreset> all {VolumePreset::MrDefault, VolumePreset::Mip,
                                                VolumePreset::DceSubtraction,
                                                VolumePreset::T2SoftTissue};
    return all;
}

void applyVolumePreset(VolumePreset preset, const IntensityStats &stats, double minSpacingMm,
                       vtkVolumeProperty *property, vtkGPUVolumeRayCastMapper *mapper)
{
    const double top = std::max(stats.percentile(0.995), 1e-6);
    auto opacity = vtkSmartPointer<vtkPiecewiseFunction>::New();
    auto colour = vtkSmartPointer<vtkColorTransferFunction>::New();
    for (const auto &p : points(preset)) {
        opacity->AddPoint(p.fraction * top, p.opacity);
        colour->AddRGBPoint(p.fraction * top, p.r, p.g, p.b);
    }
    property->SetScalarOpacity(opacity);
    property->SetColor(colour);
    property->SetInterpolationTypeToLinear();
    const bool isMip = preset == VolumePreset::Mip;
    // Shading a MIP has no meaning (no surface); it would only darken it.
    property->SetShade(!isMip);
    property->SetAmbient(0.2);
    property->SetDiffuse(0.9);
    property->SetSpecular(preset == VolumePreset::T2SoftTissue ? 0.3 : 0.1);
    property->SetScalarOpacityUnitDistance(std::max(minSpacingMm, 1e-3));
    if (isMip) {
        mapper->SetBlendModeToMaximumIntensity();
    } else {
        mapper->SetBlendModeToComposite();
    }
}

} // namespace oncoview::mri
