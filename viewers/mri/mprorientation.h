// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>

#include <array>

namespace oncoview::mri {

enum class MprOrientation { Axial, Coronal, Sagittal };

// Screen axes of an MPR view in LPS patient space (+x patient left, +y posterior, +z superior),
// radiological convention: axial seen from the feet, coronal from the front, sagittal from the
// patient's left. right = normal x up.
struct MprAxes
{
    std::array<double, 3> normal; // into the screen
    std::array<double, 3> up;
    std::array<double, 3> right;
};

MprAxes mprAxes(MprOrientation orientation);
QString mprOrientationName(MprOrientation orientation);
// Axial red, coronal green, sagittal yellow (Slicer's colours); crosshair lines use the colour
// of the plane they show.
QColor mprOrientationColor(MprOrientation orientation);
// The view whose plane is perpendicular to the (nearly axis-aligned) direction.
MprOrientation mprOrientationWithNormal(const std::array<double, 3> &direction);
// Patient-side letter (L/R/P/A/S/I) a direction points to, by its largest component.
QString lpsDirectionLetter(const std::array<double, 3> &direction);

} // namespace oncoview::mri
