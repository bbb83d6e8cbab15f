// SPDX-License-Identifier: Apache-2.0
#include "ui/mri/segmentationoverlay.h"

#include "viewers/mri/io/segmentation.h"

// Qt
#include <QCoreApplication>

namespace oncoview::ui {

namespace {

const mri::SegmentationInfo *segmentationOf(const mri::Series &series)
{
    return series.info.segmentation.get();
}

} // namespace

int seriesToShowFor(const LoadedStudy &study, int index)
{
    if (index < 0 || size_t(index) >= study.series.size()) {
        return index;
    }
    const mri::SegmentationInfo *seg = segmentationOf(*study.series[size_t(index)]);
    if (!seg || seg->referencedSeriesUid.empty()) {
        return index;
    }
    for (size_t i = 0; i < study.series.size(); ++i) {
        if (study.series[i]->info.uid == seg->referencedSeriesUid) {
            return int(i);
        }
    }
    return index;
}

std::optional<mri::OverlayLayer> segmentationOverlay(const LoadedStudy &study,
                                                     const mri::Series &shown)
{
    for (const auto &candidate : study.series) {
        const mri::SegmentationInfo *seg = segmentationOf(*candidate);
        // A SEG shown alone is itself the image: no overlay of it on itself.
        if (!seg || seg->referencedSeriesUid != shown.info.uid || candidate->phases.empty()) {
            continue;
        }
        mri::OverlayLayer layer;
        // Short: the legend sits in a corner of each view; the segments are listed under it.
        layer.name = QCoreApplication::translate("oncoview::ui::SegmentationOverlay",
                                                 "Segmentation (DICOM SEG)");
        layer.volume = std::shared_ptr<const mri::Volume>(candidate, &candidate->phases.front());
        layer.colormap = mri::OverlayColormap::Labels;
        layer.opacity = 0.45;
        layer.threshold = 1; // label 0 is outside every segment
        for (const mri::Segment &segment : seg->segments) {
            layer.labels.push_back({segment.number, QString::fromStdString(segment.label),
                                    QColor(segment.rgb[0], segment.rgb[1], segment.rgb[2])});
        }
        return layer;
    }
    return std::nullopt;
}

} // namespace oncoview::ui
