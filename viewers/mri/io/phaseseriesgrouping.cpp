// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/phaseseriesgrouping.h"

#include "viewers/mri/io/vec3.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <string>

namespace oncoview::mri {

namespace {

bool isCandidate(const SeriesInfo &info)
{
    return info.format == "dicom" && info.phases == 1 && !info.derived
        && (info.role == "dce" || info.role == "other") && info.phaseFiles.size() == 1;
}

// Series that may be phases of one acquisition share this key: grid to 1/100 mm and 1/10000 in
// direction cosines (phases of one acquisition are written from the same planning).
std::string gridKey(const SeriesInfo &info)
{
    std::ostringstream key;
    key << info.studyUid << '|' << info.sequenceName;
    for (size_t axis = 0; axis < 3; ++axis) {
        key << '|' << info.size[axis] << ':' << std::lround(info.spacing[axis] * 100) << ':'
            << std::lround(info.origin[axis] * 100);
    }
    for (double cosine : info.direction) {
        key << ':' << std::lround(cosine * 10000);
    }
    return key.str();
}

std::string commonPrefix(const std::vector<const SeriesInfo *> &members)
{
    std::string prefix = members.front()->description;
    for (const SeriesInfo *member : members) {
        size_t n = 0;
        while (n < prefix.size() && n < member->description.size()
               && prefix[n] == member->description[n]) {
            ++n;
        }
        prefix.resize(n);
    }
    while (!prefix.empty()
           && (prefix.back() == ' ' || prefix.back() == '_' || prefix.back() == '-'
               || prefix.back() == '/' || prefix.back() == '(')) {
        prefix.pop_back();
    }
    return prefix;
}

SeriesInfo merged(std::vector<const SeriesInfo *> members)
{
    const bool timed = std::all_of(members.begin(), members.end(), [](const SeriesInfo *m) {
        return m->acquisitionSeconds.has_value();
    });
    std::stable_sort(
        members.begin(), members.end(), [timed](const SeriesInfo *a, const SeriesInfo *b) {
            if (timed && *a->acquisitionSeconds != *b->acquisitionSeconds) {
                return *a->acquisitionSeconds < *b->acquisitionSeconds;
            }
            return std::atof(a->seriesNumber.c_str()) < std::atof(b->seriesNumber.c_str());
        });
    SeriesInfo info = *members.front();
    info.uid = members.front()->uid + "+" + std::to_string(members.size()) + "-phases";
    const std::string prefix = commonPrefix(members);
    info.description = (prefix.size() >= 3 ? prefix : members.front()->description) + " (dynamic, "
        + std::to_string(members.size()) + " series)";
    info.role = "dce";
    info.phases = int(members.size());
    info.phaseFiles.clear();
    info.phaseLabels.clear();
    info.phaseSeconds.clear();
    info.warnings.clear();
    std::string numbers;
    for (const SeriesInfo *member : members) {
        info.phaseFiles.push_back(member->phaseFiles.front());
        info.rawPixels.insert(member->rawPixels.begin(), member->rawPixels.end());
        info.phaseLabels.push_back(member->description.empty() ? "series " + member->seriesNumber
                                                               : member->description);
        if (timed) {
            info.phaseSeconds.push_back(*member->acquisitionSeconds
                                        - *members.front()->acquisitionSeconds);
        }
        info.groupedFrom.push_back(member->uid);
        numbers += (numbers.empty() ? "" : ", ") + member->seriesNumber;
        for (const std::string &warning : member->warnings) {
            info.warnings.push_back("series " + member->seriesNumber + ": " + warning);
        }
    }
    info.warnings.push_back("read as one dynamic series of " + std::to_string(members.size())
                            + " phases from series " + numbers
                            + " (same geometry and sequence), ordered by "
                            + (timed ? "acquisition time" : "series number: no times given"));
    return info;
}

// The key ordering single-volume files of one series in time, and its name; nothing when the
// files do not all carry one that tells them apart.
std::optional<std::pair<std::string, std::vector<double>>>
timeKey(const std::vector<const SeriesInfo *> &members)
{
    const std::pair<const char *, std::optional<double> SeriesInfo::*> keys[] = {
        {"TemporalPositionIdentifier", &SeriesInfo::temporalPosition},
        {"AcquisitionNumber", &SeriesInfo::acquisitionNumber},
        {"acquisition time", &SeriesInfo::acquisitionSeconds},
    };
    for (const auto &[name, field] : keys) {
        std::vector<double> values;
        for (const SeriesInfo *member : members) {
            if (!(member->*field)) {
                break;
            }
            values.push_back(*(member->*field));
        }
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (values.size() == members.size()
            && std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()) {
            return std::make_pair(std::string(name), values);
        }
    }
    return std::nullopt;
}

SeriesInfo mergedVolumes(std::vector<const SeriesInfo *> members)
{
    const auto key = timeKey(members);
    std::vector<size_t> order(members.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    if (key) {
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return key->second[a] < key->second[b]; });
    }
    SeriesInfo info = *members[order.front()];
    info.phases = int(members.size());
    info.phaseFiles.clear();
    info.phaseFrames.clear();
    info.phaseLabels.clear();
    info.phaseSeconds.clear();
    const bool timed = std::all_of(members.begin(), members.end(), [](const SeriesInfo *m) {
        return m->acquisitionSeconds.has_value();
    });
    for (size_t i : order) {
        const SeriesInfo &member = *members[i];
        info.phaseFiles.push_back(member.phaseFiles.front());
        info.rawPixels.insert(member.rawPixels.begin(), member.rawPixels.end());
        info.phaseFrames.push_back(member.phaseFrames.front());
        info.phaseLabels.push_back(key ? key->first + " " + geometry::fmt(key->second[i], 10)
                                       : "file " + std::to_string(info.phaseLabels.size() + 1));
        if (timed) {
            info.phaseSeconds.push_back(*member.acquisitionSeconds
                                        - *members[order.front()]->acquisitionSeconds);
        }
    }
    if (timed && !std::is_sorted(info.phaseSeconds.begin(), info.phaseSeconds.end())) {
        info.phaseSeconds.clear(); // times that run backwards are not phase times
    }
    if (info.role == "other") {
        info.role = "dce"; // several volumes of one series over time
    }
    info.warnings.push_back(
        "one volume per file: " + std::to_string(members.size())
        + " files of this series read as its phases, ordered by "
        + (key ? key->first : std::string("file name (no tag tells them apart)")));
    return info;
}

// Replaces each group of `series` (indices, by key) that `accept` takes by what `merge` makes
// of its members, listed where its first member was; other series keep their places.
template<typename Accept, typename Merge>
void replaceGroups(std::vector<SeriesInfo> &series,
                   const std::map<std::string, std::vector<size_t>> &groups, Accept accept,
                   Merge merge)
{
    std::vector<bool> absorbed(series.size(), false);
    std::vector<std::pair<size_t, SeriesInfo>> replacements;
    for (const auto &[key, indices] : groups) {
        if (indices.size() < 2 || !accept(indices)) {
            continue;
        }
        std::vector<const SeriesInfo *> members;
        for (size_t i : indices) {
            members.push_back(&series[i]);
            absorbed[i] = true;
        }
        replacements.emplace_back(indices.front(), merge(members));
    }
    if (replacements.empty()) {
        return;
    }
    std::vector<SeriesInfo> result;
    for (size_t i = 0; i < series.size(); ++i) {
        for (auto &[at, info] : replacements) {
            if (at == i) {
                result.push_back(std::move(info));
            }
        }
        if (!absorbed[i]) {
            result.push_back(std::move(series[i]));
        }
    }
    series = std::move(result);
}

} // namespace

void groupEnhancedVolumes(std::vector<SeriesInfo> &series)
{
    std::map<std::string, std::vector<size_t>> byUidAndGrid;
    for (size_t i = 0; i < series.size(); ++i) {
        const SeriesInfo &info = series[i];
        if (info.format == "dicom-multiframe" && info.phases == 1 && info.phaseFrames.size() == 1
            && info.phaseFiles.size() == 1) {
            byUidAndGrid[info.uid + "|" + gridKey(info)].push_back(i);
        }
    }
    replaceGroups(
        series, byUidAndGrid, [](const std::vector<size_t> &) { return true; }, mergedVolumes);
}

void groupPhaseSeries(std::vector<SeriesInfo> &series)
{
    std::map<std::string, std::vector<size_t>> byGrid;
    for (size_t i = 0; i < series.size(); ++i) {
        if (isCandidate(series[i])) {
            byGrid[gridKey(series[i])].push_back(i);
        }
    }
    // Two plain series on one grid may be a repeat scan; three or more, or two that read as
    // DCE, are a dynamic acquisition.
    const auto dynamic = [&](const std::vector<size_t> &indices) {
        return indices.size() > 2 || std::all_of(indices.begin(), indices.end(), [&](size_t i) {
                   return series[i].role == "dce";
               });
    };
    replaceGroups(series, byGrid, dynamic, merged);
}

} // namespace oncoview::mri
