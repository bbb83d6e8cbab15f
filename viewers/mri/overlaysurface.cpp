// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/overlaysurface.h"

#include "viewers/mri/vtkvolumeconvert.h"

#include <algorithm>
#include <cmath>

#include <vtkActor.h>
#include <vtkFlyingEdges3D.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>

namespace oncoview::mri {

namespace {
// The colour of a surface: the colormap halfway between the threshold and the end of the
// range, i.e. what the slice views show inside the region.
Rgba surfaceColour(const OverlayLayer &layer, double level)
{
    const auto [lo, hi] = layer.colourRange();
    const double end = level < 0 ? lo : hi;
    // A range that ends short of the threshold: the colour at the threshold (its top colour).
    const double inside
        = level < 0 ? std::min(level, (level + end) / 2) : std::max(level, (level + end) / 2);
    return overlayRgba(layer, inside);
}

OverlaySurface surfaceAt(const OverlayLayer &layer, const VtkVolumeImage &image, double level)
{
    auto contour = vtkSmartPointer<vtkFlyingEdges3D>::New();
    contour->SetInputData(image.image);
    contour->SetValue(0, level);
    contour->ComputeNormalsOn();
    contour->ComputeScalarsOff();
    contour->Update();
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(contour->GetOutput());
    mapper->ScalarVisibilityOff();
    OverlaySurface surface;
    surface.level = level;
    surface.colour = surfaceColour(layer, level);
    surface.actor = vtkSmartPointer<vtkActor>::New();
    surface.actor->SetMapper(mapper);
    surface.actor->SetUserMatrix(image.indexToLps);
    vtkProperty *property = surface.actor->GetProperty();
    property->SetColor(surface.colour[0] / 255.0, surface.colour[1] / 255.0,
                       surface.colour[2] / 255.0);
    // Opaque: the view composites its layers into a framebuffer that the widget shows as is,
    // and a translucent layer leaves alpha below 1 there (the window shows through).
    property->SetOpacity(1.0);
    property->SetAmbient(0.25);
    property->SetDiffuse(0.75);
    property->SetSpecular(0.1);
    return surface;
}
} // namespace

std::vector<OverlaySurface> overlaySurfaces(const OverlayLayer &layer)
{
    std::vector<OverlaySurface> surfaces;
    if (!layer.isValid() || layer.colormap == OverlayColormap::Labels
        || !volumeProblem(*layer.volume).isEmpty()) {
        return surfaces;
    }
    const VtkVolumeImage image = makeVtkImage(layer.volume);
    const auto [lo, hi] = layer.volume->range();
    // A threshold of 0 would wrap the whole grid; the slice views hide 0 as well.
    const double level = std::max(layer.threshold, 1e-12);
    std::vector<double> levels;
    if (hi >= level) {
        levels.push_back(level);
    }
    if (layer.colormap == OverlayColormap::Diverging && lo <= -level) {
        levels.push_back(-level);
    }
    for (const double l : levels) {
        OverlaySurface surface = surfaceAt(layer, image, l);
        if (surfaceBoundsLps(surface)) {
            surfaces.push_back(std::move(surface));
        }
    }
    return surfaces;
}

std::optional<std::array<double, 6>> surfaceBoundsLps(const OverlaySurface &surface)
{
    auto *polyData = vtkPolyData::SafeDownCast(surface.actor->GetMapper()->GetInput());
    if (!polyData || polyData->GetNumberOfPoints() == 0) {
        return std::nullopt;
    }
    // The actor's bounds include its user matrix: LPS.
    const double *b = surface.actor->GetBounds();
    return std::array<double, 6> {b[0], b[1], b[2], b[3], b[4], b[5]};
}

} // namespace oncoview::mri
