// SPDX-License-Identifier: Apache-2.0
#pragma once

// An overlay drawn over an MPR slice: a label map (kinetic curve types, a segmentation) or a
// heatmap (enhancement %, an explanation's saliency), with its colormap, opacity, threshold and
// legend. The colour rules live here, without VTK, so tests and the legend use exactly what the
// view draws (MprView builds its lookup table by sampling overlayRgba()).

#include "viewers/mri/dce/dcekinetics.h"
#include "viewers/mri/io/volume.h"

#include <QColor>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

class QPainter;
class QRectF;

namespace oncoview::mri {

enum class OverlayColormap : uint8_t {
    Labels, // each listed integer value its own colour; unlisted values transparent
    Hot, // black-red-yellow-white: saliency, enhancement
    Jet, // blue-cyan-yellow-red: broad-range quantitative maps (as scanners' consoles show them)
    Inferno, // perceptually uniform black-purple-orange-yellow: saliency >= 0
    // Perceptually even blue-grey-red (Moreland's cool-warm) for signed maps; the threshold
    // hides |value| below it, so evidence against a class shows as well as evidence for it.
    Diverging,
};

struct OverlayLabel
{
    int value = 0;
    QString name;
    QColor colour;
};

struct OverlayLayer
{
    QString name; // legend title, e.g. "Kinetic map" or "Grad-CAM (demo model)"
    // Any grid in LPS patient space: the view reslices it through the same plane as the base
    // image (different size, spacing or orientation are fine). Shared, never copied.
    std::shared_ptr<const Volume> volume;
    OverlayColormap colormap = OverlayColormap::Hot;
    double opacity = 0.5; // 0..1, multiplies every colour's alpha
    // Values below the threshold are transparent (heatmaps: hides weak saliency; labels: e.g.
    // threshold 1 hides label 0).
    double threshold = 0;
    // Heatmap colour range; maximum <= minimum means the volume's own range.
    double minimum = 0;
    double maximum = 0;
    QString unit; // shown in the legend ("%", "a.u.")
    // What the values are, as a DICOM code string ("KTRANS", "SALIENCY"): the quantity a
    // Parametric Map written from a heatmap says it holds; empty: made from the name.
    QString quantity;
    QString note; // a line under the colour bar, e.g. "relative attribution, not probability"
    std::vector<OverlayLabel> labels; // OverlayColormap::Labels only
    // The 3D view draws the shown region's surface too (heatmaps only: a label map such as
    // the kinetic map has too many small regions to read in 3D).
    bool showIn3D = false;

    bool isValid() const { return volume && !volume->voxels.empty(); }
    // {minimum, maximum}, or the volume's range when the layer leaves it open.
    std::pair<double, double> colourRange() const;
};

using Rgba = std::array<uint8_t, 4>;

// Colour of one overlay value (alpha 0: not drawn). Opacity is NOT applied here: the view
// applies it to the whole layer. Any thread.
Rgba overlayRgba(const OverlayLayer &layer, double value);

// Colour of a position t in [0, 1] along a continuous colormap (Labels: grey). Any thread.
Rgba colormapRgba(OverlayColormap colormap, double t);

// The overlay's volume on base's grid through patient space: nearest neighbour for label maps
// (interpolating labels invents classes), trilinear for heatmaps; 0 outside the overlay.
// For statistics on the base grid; the view itself reslices at render time. Worker thread for
// big volumes (cancel polled per slice).
Volume resampleOverlayToGrid(const OverlayLayer &layer, const Volume &base,
                             const std::atomic<bool> *cancel = nullptr);

// Legend in the bottom-right corner of area: label swatches with names, or a colour bar with
// the range, threshold and unit. GUI thread.
void paintOverlayLegend(QPainter &painter, const OverlayLayer &layer, const QRectF &area);

// The kinetic-map layer for a CurveType label volume (dcekinetics.h): persistent blue,
// plateau yellow, wash-out red, as breast CAD colours them; non-enhancing transparent.
// Colour of a curve type in the kinetic map, its legend and the curve plot (non-enhancing grey).
QColor curveTypeColour(CurveType type);
OverlayLayer kineticMapLayer(std::shared_ptr<const Volume> labels, double opacity = 0.55);

} // namespace oncoview::mri
