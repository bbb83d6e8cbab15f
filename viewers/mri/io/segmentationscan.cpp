#include "viewers/mri/io/segmentationscan.h"

#include "viewers/mri/io/segmentation.h"

#include <algorithm>
#include <set>

namespace oncoview::mri {

void describeSegmentation(SeriesInfo &series)
{
    if (series.phaseFiles.empty() || series.phaseFiles.front().empty()) {
        return;
    }
    auto info = std::make_shared<SegmentationInfo>(
        readSegmentationInfo(series.phaseFiles.front().front()));
    std::string names;
    for (const Segment &segment : info->segments) {
        names += (names.empty() ? "" : ", ") + segment.label;
    }
    series.role = "segmentation";
    series.description
        = (series.description.empty() ? std::string("Segmentation") : series.description) + " ("
        + info->type + " SEG: " + names + ")";
    series.segmentation = std::move(info);
}

void resolveSegmentationReferences(std::vector<SeriesInfo> &series,
                                   const std::map<std::string, std::string> &fileBySopInstance)
{
    for (SeriesInfo &seg : series) {
        if (!seg.segmentation) {
            continue;
        }
        auto info = std::make_shared<SegmentationInfo>(*seg.segmentation);
        if (info->referencedSeriesUid.empty()) {
            std::set<std::string> files;
            for (const std::string &uid : info->referencedInstanceUids) {
                if (const auto it = fileBySopInstance.find(uid); it != fileBySopInstance.end()) {
                    files.insert(it->second);
                }
            }
            for (const SeriesInfo &candidate : series) {
                const bool holds = std::any_of(
                    candidate.phaseFiles.begin(), candidate.phaseFiles.end(),
                    [&](const std::vector<std::string> &phase) {
                        return std::any_of(phase.begin(), phase.end(), [&](const std::string &f) {
                            return files.count(f) > 0;
                        });
                    });
                if (!candidate.segmentation && holds) {
                    info->referencedSeriesUid = candidate.uid;
                    break;
                }
            }
        }
        const bool present = !info->referencedSeriesUid.empty()
            && std::any_of(series.begin(), series.end(),
                           [&](const SeriesInfo &s) { return s.uid == info->referencedSeriesUid; });
        if (!present) {
            seg.warnings.push_back("the series this segmentation was drawn on is not in this folder"
                                   + (info->referencedSeriesUid.empty() ? std::string()
                                                                        : " (Series Instance UID "
                                              + info->referencedSeriesUid + ")")
                                   + "; it is shown alone, on its own grid");
        }
        seg.segmentation = std::move(info);
    }
}

std::vector<const SeriesInfo *> segmentationsOf(const std::vector<SeriesInfo> &series,
                                                const std::string &uid)
{
    std::vector<const SeriesInfo *> out;
    for (const SeriesInfo &s : series) {
        if (s.segmentation && !uid.empty() && s.segmentation->referencedSeriesUid == uid) {
            out.push_back(&s);
        }
    }
    return out;
}

} // namespace oncoview::mri
