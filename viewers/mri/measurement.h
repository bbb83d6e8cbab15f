// SPDX-License-Identifier: Apache-2.0
#pragma once

// Measurements made on an MPR slice, in patient (LPS) space so they stay true whatever the zoom,
// pan or screen size: a distance between two points, and an ellipse ROI with the intensity
// statistics of the voxels inside it (viewers/mri/roistats). Plain values; the statistics
// functions run on any thread.

#include "viewers/mri/dce/roistats.h"
#include "viewers/mri/io/volume.h"
#include "viewers/mri/mprorientation.h"

#include <QString>

#include <array>

namespace oncoview::mri {

enum class MeasureKind { Distance, Ellipse };

struct Measurement
{
    MeasureKind kind = MeasureKind::Distance;
    MprOrientation orientation = MprOrientation::Axial; // the view plane it was drawn on
    // Distance: the two end points. Ellipse: the centre (a) and a corner of its bounding box (b);
    // the ellipse's axes run along the view's screen axes. Both on the slice plane.
    std::array<double, 3> a {};
    std::array<double, 3> b {};
    RoiStats stats; // ellipse only
    const Volume *statsVolume = nullptr; // the volume stats were taken on (identity only)
    QString error; // why stats could not be computed (e.g. the ellipse left the volume)
};

// Length of a distance measurement in mm.
double measurementLengthMm(const Measurement &m);

// Semi-axes (mm) of an ellipse measurement along the view's right and up axes.
std::array<double, 2> ellipseSemiAxesMm(const Measurement &m);

// Statistics of the voxels of volume whose centres lie inside the ellipse, on the volume slice
// nearest the ellipse's centre. The ellipse's screen axes are mapped to the volume's in-plane
// index axes (MPR planes run along the scan's axes for the series we show). Throws
// std::invalid_argument for an ellipse outside the volume or of zero size.
RoiStats ellipseStats(const Volume &volume, const Measurement &ellipse);

// Computes m.stats for volume (or sets m.error); no-op for distances or when already done.
void updateMeasurementStats(Measurement &m, const Volume &volume);

// The label drawn next to a measurement: "23.4 mm" (or "2.34 cm"), or mean/sd/min/max/area
// lines.
QString measurementLabel(const Measurement &m);

// Lengths and areas on the MRI in centimetres instead of millimetres (Edit > Preferences):
// for every view of the process; stored measurements stay in mm. GUI thread.
void setMeasurementCentimetres(bool centimetres);
bool measurementCentimetres();

} // namespace oncoview::mri
