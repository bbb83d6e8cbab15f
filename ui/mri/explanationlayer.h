// SPDX-License-Identifier: Apache-2.0
#pragma once

// How an explanation map is drawn over the MRI views: colormap by sign (perceptually uniform
// inferno for maps >= 0, cool-warm for signed attributions), a percentile threshold, opacity,
// an outline-only mode, and a legend that says what the numbers are.

// Qt
#include <QString>

// Local
#include "ui/analysis/mriexplainer.h"
#include "viewers/mri/overlaylayer.h"

#include <array>
#include <memory>
#include <optional>

namespace oncoview::ui {

struct MapDisplay
{
    int percentile = 90; // voxels below this percentile of |value| (non-zero ones) hidden
    double opacity = 0.6;
    bool outline = false; // only the border of the shown region
};

// Value at `percentile` (0-100) of the non-zero magnitudes; 0 for an all-zero volume.
double magnitudePercentile(const mri::Volume &volume, int percentile);
// The voxels at or above the threshold that touch one below it (6-neighbours); others 0.
std::shared_ptr<mri::Volume> outlineOf(const mri::Volume &volume, double threshold, bool magnitude);

// "integrated gradients → malignant", the legend's title (its note says what the numbers are).
QString mapLegendTitle(const MriMapResult &result);
// The layer for the MPR views; invalid when the result has no patient-space volume.
mri::OverlayLayer explanationLayer(const MriMapResult &result, const MapDisplay &display);
// LPS mm of the map's largest value (the strongest evidence for the class).
std::optional<std::array<double, 3>> mapMaximumLps(const MriMapResult &result);

} // namespace oncoview::ui
