// SPDX-License-Identifier: Apache-2.0
#include "ui/mri/derivedoverlay.h"

#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/segmentation.h"
#include "viewers/mri/io/segmentationscan.h"

// Qt
#include <QCoreApplication>

namespace oncoview::ui {

namespace {

std::shared_ptr<const mri::Volume> firstPhase(const std::shared_ptr<const mri::Series> &series)
{
    return std::shared_ptr<const mri::Volume>(series, &series->phases.front());
}

mri::OverlayLayer segmentationLayer(const std::shared_ptr<const mri::Series> &series)
{
    mri::OverlayLayer layer;
    // Short: the legend sits in a corner of each view; the segments are listed under it.
    layer.name
        = QCoreApplication::translate("oncoview::ui::DerivedOverlay", "Segmentation (DICOM SEG)");
    layer.volume = firstPhase(series);
    layer.colormap = mri::OverlayColormap::Labels;
    layer.opacity = 0.45;
    layer.threshold = 1; // label 0 is outside every segment
    for (const mri::Segment &segment : series->info.segmentation->segments) {
        layer.labels.push_back({segment.number, QString::fromStdString(segment.label),
                                QColor(segment.rgb[0], segment.rgb[1], segment.rgb[2])});
    }
    return layer;
}

mri::OverlayLayer mapLayer(const std::shared_ptr<const mri::Series> &series)
{
    const mri::ParametricMapInfo &map = *series->info.parametricMap;
    mri::OverlayLayer layer;
    layer.name = map.quantity.empty()
        ? QCoreApplication::translate("oncoview::ui::DerivedOverlay", "Parametric map")
        : QCoreApplication::translate("oncoview::ui::DerivedOverlay", "Parametric map: %1")
              .arg(QString::fromStdString(map.quantity));
    layer.volume = firstPhase(series);
    layer.colormap = mri::OverlayColormap::Jet;
    layer.opacity = 0.5;
    // Zero is "no value" outside the map's frames: a non-negative map starts its colours at 1 %
    // of its maximum, below which nothing is drawn (the table's lowest entry would otherwise
    // paint every 0 in its colour); a signed map keeps its whole range.
    const auto [low, high] = layer.volume->range();
    if (low >= 0 && high > 0) {
        layer.minimum = layer.threshold = 0.01 * double(high);
        layer.maximum = high;
    } else {
        layer.threshold = low;
    }
    layer.unit = QString::fromStdString(map.unit);
    layer.quantity = QString::fromStdString(map.quantity);
    return layer;
}

bool madeFrom(const mri::Series &derived, const std::string &uid)
{
    return !derived.phases.empty() && !uid.empty() && mri::sourceSeriesUid(derived.info) == uid;
}

} // namespace

int seriesToShowFor(const LoadedStudy &study, int index)
{
    if (index < 0 || size_t(index) >= study.series.size()) {
        return index;
    }
    const std::string &source = mri::sourceSeriesUid(study.series[size_t(index)]->info);
    for (size_t i = 0; !source.empty() && i < study.series.size(); ++i) {
        if (study.series[i]->info.uid == source) {
            return int(i);
        }
    }
    return index;
}

std::optional<mri::OverlayLayer> derivedOverlay(const LoadedStudy &study, int shown, int chosen)
{
    if (shown < 0 || size_t(shown) >= study.series.size()) {
        return std::nullopt;
    }
    const std::string &uid = study.series[size_t(shown)]->info.uid;
    const auto layerOf = [](const std::shared_ptr<const mri::Series> &s) {
        return s->info.segmentation ? segmentationLayer(s) : mapLayer(s);
    };
    if (chosen >= 0 && size_t(chosen) < study.series.size()
        && madeFrom(*study.series[size_t(chosen)], uid)) {
        return layerOf(study.series[size_t(chosen)]);
    }
    for (const bool segmentations : {true, false}) {
        for (const auto &candidate : study.series) {
            if (madeFrom(*candidate, uid) && bool(candidate->info.segmentation) == segmentations) {
                return layerOf(candidate);
            }
        }
    }
    return std::nullopt;
}

} // namespace oncoview::ui
