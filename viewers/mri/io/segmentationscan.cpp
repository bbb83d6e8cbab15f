// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/segmentationscan.h"

#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/segmentation.h"

#include <algorithm>
#include <set>

namespace oncoview::mri {

namespace {

const std::string kNone;

// Resolves `info`'s series from the instances it names when it names no series.
template<typename Info>
void resolve(Info &info, const std::vector<SeriesInfo> &series,
             const std::map<std::string, std::string> &fileBySopInstance)
{
    if (!info.referencedSeriesUid.empty()) {
        return;
    }
    std::set<std::string> files;
    for (const std::string &uid : info.referencedInstanceUids) {
        if (const auto it = fileBySopInstance.find(uid); it != fileBySopInstance.end()) {
            files.insert(it->second);
        }
    }
    for (const SeriesInfo &candidate : series) {
        const bool holds = std::any_of(
            candidate.phaseFiles.begin(), candidate.phaseFiles.end(),
            [&](const std::vector<std::string> &phase) {
                return std::any_of(phase.begin(), phase.end(),
                                   [&](const std::string &f) { return files.count(f) > 0; });
            });
        if (!candidate.segmentation && !candidate.parametricMap && holds) {
            info.referencedSeriesUid = candidate.uid;
            return;
        }
    }
}

void warnWhenMissing(SeriesInfo &derived, const std::vector<SeriesInfo> &series,
                     const std::string &uid, const char *what)
{
    const bool present = !uid.empty()
        && std::any_of(series.begin(), series.end(),
                       [&](const SeriesInfo &s) { return s.uid == uid; });
    if (!present) {
        derived.warnings.push_back(
            std::string("the series this ") + what + " was drawn on is not in this folder"
            + (uid.empty() ? std::string() : " (Series Instance UID " + uid + ")")
            + "; it is shown alone, on its own grid");
    }
}

std::string firstFile(const SeriesInfo &series)
{
    return series.phaseFiles.empty() || series.phaseFiles.front().empty()
        ? std::string()
        : series.phaseFiles.front().front();
}

} // namespace

void describeSegmentation(SeriesInfo &series)
{
    if (firstFile(series).empty()) {
        return;
    }
    auto info = std::make_shared<SegmentationInfo>(readSegmentationInfo(firstFile(series)));
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

void describeParametricMap(SeriesInfo &series)
{
    if (firstFile(series).empty()) {
        return;
    }
    auto info = std::make_shared<ParametricMapInfo>(readParametricMapInfo(firstFile(series)));
    series.role = "parametric-map";
    series.derived = true;
    std::string what = info->quantity.empty() ? std::string("parametric map") : info->quantity;
    if (!info->unit.empty()) {
        what += ", " + info->unit;
    }
    series.description
        = (series.description.empty() ? std::string("Parametric map") : series.description) + " ("
        + what + ")";
    series.parametricMap = std::move(info);
}

void resolveDerivedReferences(std::vector<SeriesInfo> &series,
                              const std::map<std::string, std::string> &fileBySopInstance)
{
    for (SeriesInfo &derived : series) {
        if (derived.segmentation) {
            auto info = std::make_shared<SegmentationInfo>(*derived.segmentation);
            resolve(*info, series, fileBySopInstance);
            warnWhenMissing(derived, series, info->referencedSeriesUid, "segmentation");
            derived.segmentation = std::move(info);
        } else if (derived.parametricMap) {
            auto info = std::make_shared<ParametricMapInfo>(*derived.parametricMap);
            resolve(*info, series, fileBySopInstance);
            warnWhenMissing(derived, series, info->referencedSeriesUid, "map");
            derived.parametricMap = std::move(info);
        }
    }
}

const std::string &sourceSeriesUid(const SeriesInfo &derived)
{
    return derived.segmentation ? derived.segmentation->referencedSeriesUid
        : derived.parametricMap ? derived.parametricMap->referencedSeriesUid
                                : kNone;
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
