// SPDX-License-Identifier: Apache-2.0
#pragma once

// The slide attention map out of OncoView: as QuPath-compatible GeoJSON (one tile per patch,
// in level-0 pixels, with the attention as measurements) and as a PNG with a world file (one
// pixel per patch; the world file maps it onto level-0 pixel coordinates).

// Qt
#include <QByteArray>
#include <QImage>
#include <QString>

// Local
#include "inference/analysis/slidepipeline.h"
#include "viewers/slide/attentionheatmap.h"

#include <vector>

namespace oncoview::ui {

// Which per-patch map of a slide result: the aggregator's MIL attention, or attention rollout
// through its layers (packages that expose them).
enum class SlideMap { Attention, Rollout };

// The weights of `map`, one per grid patch (empty when the result has no such map).
const std::vector<float> &slideMapWeights(const inference::analysis::SlideAnalysisResult &result,
                                          SlideMap map);
// "Attention" or "Attention rollout": the GeoJSON measurement and the legend's name.
QString slideMapName(SlideMap map);

// The map as heatmap cells (grid column, row, weight), for the view and exports.
std::vector<slide::AttentionHeatmap::Cell>
attentionCells(const inference::analysis::SlideAnalysisResult &result,
               SlideMap map = SlideMap::Attention);

// A FeatureCollection of "tile" objects: a square Polygon per patch with measurements
// "Attention" (the weight, summing to 1 over the slide) and "Attention (relative)" (weight /
// the largest), classified as `className` when given. QuPath 0.5/0.6 import it as tiles.
QByteArray attentionGeoJson(const inference::analysis::SlideAnalysisResult &result,
                            const QString &className = {}, SlideMap map = SlideMap::Attention);

// columns x rows pixels: viridis of the relative attention, transparent where no patch is.
QImage attentionImage(const inference::analysis::SlideAnalysisResult &result,
                      SlideMap map = SlideMap::Attention);
// The six lines of an ESRI world file for attentionImage(): pixel size, no rotation, and the
// centre of the top-left pixel, all in level-0 slide pixels (y down).
QString attentionWorldFile(const inference::analysis::SlideAnalysisResult &result);

// Writes by extension: .geojson / .json as GeoJSON; .png as the image plus "<name>.pgw".
// Returns "" or one sentence saying what failed.
QString exportAttention(const inference::analysis::SlideAnalysisResult &result, const QString &path,
                        const QString &className = {}, SlideMap map = SlideMap::Attention);

} // namespace oncoview::ui
