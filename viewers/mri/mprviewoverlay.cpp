// SPDX-License-Identifier: Apache-2.0
// MprView's overlay layer and MIP slab: the parts that turn an OverlayLayer into a VTK lookup
// table and set the reslice mapper's slab (kept apart from navigation and painting in
// mprview.cpp).
#include "viewers/mri/mprview.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSlice.h>
#include <vtkLookupTable.h>
#include <vtkMatrix4x4.h>

namespace oncoview::mri {

void MprView::setOverlay(const OverlayLayer &layer)
{
    if (!layer.isValid() || !volumeProblem(*layer.volume).isEmpty()) {
        clearOverlay();
        return;
    }
    m_overlay = layer;
    m_overlayImage = makeVtkImage(layer.volume);
    // The table samples overlayRgba() so the view draws exactly what the legend and tests say.
    auto lut = vtkSmartPointer<vtkLookupTable>::New();
    double lo = 0, hi = 1;
    int entries = 256;
    if (layer.colormap == OverlayColormap::Labels) {
        int maxLabel = 0;
        for (const OverlayLabel &l : layer.labels) {
            maxLabel = std::max(maxLabel, l.value);
        }
        entries = maxLabel + 1;
        lo = -0.5; // one entry per integer label
        hi = maxLabel + 0.5;
    } else {
        std::tie(lo, hi) = layer.colourRange();
        lo = std::min(lo, layer.threshold);
        hi = std::max(hi, lo + 1e-6);
    }
    lut->SetNumberOfTableValues(entries);
    lut->SetTableRange(lo, hi);
    for (int e = 0; e < entries; ++e) {
        const double value = lo + (hi - lo) * (e + 0.5) / entries;
        const Rgba c = overlayRgba(layer, value);
        lut->SetTableValue(e, c[0] / 255.0, c[1] / 255.0, c[2] / 255.0, c[3] / 255.0);
    }
    lut->UseBelowRangeColorOn(); // below the range (and the threshold): not drawn
    lut->SetBelowRangeColor(0, 0, 0, 0);
    if (layer.colormap == OverlayColormap::Labels) {
        lut->UseAboveRangeColorOn();
        lut->SetAboveRangeColor(0, 0, 0, 0);
    }
    lut->Build();
    vtkImageProperty *property = m_overlaySlice->GetProperty();
    property->SetLookupTable(lut);
    property->UseLookupTableScalarRangeOn();
    // Interpolating labels would invent classes between two labels.
    if (layer.colormap == OverlayColormap::Labels) {
        property->SetInterpolationTypeToNearest();
    } else {
        property->SetInterpolationTypeToLinear();
    }
    property->SetOpacity(std::clamp(layer.opacity, 0.0, 1.0));
    m_overlayMapper->SetInputData(m_overlayImage.image);
    m_overlaySlice->SetUserMatrix(m_overlayImage.indexToLps);
    m_overlaySlice->VisibilityOn();
    update();
}

void MprView::clearOverlay()
{
    m_overlaySlice->VisibilityOff();
    m_overlayMapper->RemoveAllInputConnections(0);
    m_overlay = {};
    m_overlayImage = {};
    update();
}

void MprView::setOverlayOpacity(double opacity)
{
    m_overlay.opacity = std::clamp(opacity, 0.0, 1.0);
    m_overlaySlice->GetProperty()->SetOpacity(m_overlay.opacity);
    update();
}

void MprView::setMipSlab(double slabMm)
{
    m_mipSlabMm = std::max(0.0, slabMm);
    updateSlab();
    update();
}

void MprView::updateSlab()
{
    double thickness = m_mipSlabMm;
    if (std::isinf(thickness) && hasImage()) {
        // Twice the volume's diagonal covers it wherever the cursor plane lies.
        const auto &v = *m_image.volume;
        double diagonal2 = 0;
        for (int a = 0; a < 3; ++a) {
            diagonal2 += std::pow(v.size[a] * v.spacing[a], 2);
        }
        thickness = 2 * std::sqrt(diagonal2);
    } else if (std::isinf(thickness)) {
        thickness = 0;
    }
    m_mapper->SetSlabThickness(thickness);
    m_mapper->SetSlabTypeToMax();
    m_mapper->SetSlabSampleFactor(2);
}

void MprView::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

void MprView::setOverlayLayersVisible(bool visible)
{
    m_overlaySlice->SetVisibility(visible && m_overlay.isValid());
}

} // namespace oncoview::mri
