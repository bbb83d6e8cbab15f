#include "viewers/mri/io/phaseseriesgrouping.h"

#include "viewers/mri/io/vec3.h"

#include <algorithm>
#include <cmath>
#include <map>
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

} // namespace

void groupPhaseSeries(std::vector<SeriesInfo> &series)
{
    std::map<std::string, std::vector<size_t>> byGrid;
    for (size_t i = 0; i < series.size(); ++i) {
        if (isCandidate(series[i])) {
            byGrid[gridKey(series[i])].push_back(i);
        }
    }
    std::vector<bool> absorbed(series.size(), false);
    std::vector<std::pair<size_t, SeriesInfo>> replacements;
    for (const auto &[key, indices] : byGrid) {
        const bool allDce = std::all_of(indices.begin(), indices.end(),
                                        [&](size_t i) { return series[i].role == "dce"; });
        // Two plain series on one grid may be a repeat scan; three or more, or two that read as
        // DCE, are a dynamic acquisition.
        if (indices.size() < 2 || (indices.size() == 2 && !allDce)) {
            continue;
        }
        std::vector<const SeriesInfo *> members;
        for (size_t i : indices) {
            members.push_back(&series[i]);
            absorbed[i] = true;
        }
        replacements.emplace_back(indices.front(), merged(members));
    }
    if (replacements.empty()) {
        return;
    }
    std::vector<SeriesInfo> result;
    for (size_t i = 0; i < series.size(); ++i) {
        for (auto &[at, info] : replacements) {
            if (at == i) {
                result.push_back(std::move(info)); // where its first member was listed
            }
        }
        if (!absorbed[i]) {
            result.push_back(std::move(series[i]));
        }
    }
    series = std::move(result);
}

} // namespace oncoview::mri
