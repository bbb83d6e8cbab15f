// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/seriesgeometry.h"
#include "viewers/mri/io/phasetimes.h"
#include "viewers/mri/io/slicespacing.h"
#include "viewers/mri/io/vec3.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace oncoview::mri {

namespace {

using geometry::cross;
using geometry::dot;
using geometry::fmt;
using geometry::normalized;
using geometry::rowColumnDirections;
using geometry::Vec3;

struct Slice
{
    const DicomHeader *header;
    double along; // position along the slice normal (mm), or instance number as fallback
};

using KeyFn = std::function<std::optional<double>(const DicomHeader &)>;
struct PhaseKey
{
    const char *name;
    KeyFn get;
};

// A key splits phases when every file has it and its values differ within each position.
bool keySplits(const std::vector<std::vector<Slice>> &positions, const KeyFn &key)
{
    for (const auto &pos : positions) {
        std::set<double> seen;
        for (const Slice &s : pos) {
            const auto v = key(*s.header);
            if (!v || !seen.insert(*v).second) {
                return false;
            }
        }
    }
    return true;
}

// Orders each position's files into phases; returns the key's name and labels per phase.
std::string splitPhases(std::vector<std::vector<Slice>> &positions, bool preferB,
                        std::vector<std::string> &labels)
{
    std::vector<PhaseKey> keys = {
        {"TemporalPositionIdentifier", [](const DicomHeader &h) { return h.temporalPosition; }},
        {"AcquisitionNumber", [](const DicomHeader &h) { return h.acquisitionNumber; }},
        {"TriggerTime", [](const DicomHeader &h) { return h.triggerTime; }},
        {"AcquisitionTime", [](const DicomHeader &h) { return h.acquisitionTime; }},
        {"ContentTime", [](const DicomHeader &h) { return h.contentTime; }},
        {"InstanceNumber", [](const DicomHeader &h) { return h.instanceNumber; }},
    };
    const PhaseKey bKey {"b-value", [](const DicomHeader &h) { return h.bValue; }};
    keys.insert(preferB ? keys.begin() : keys.end() - 1, bKey);
    for (const PhaseKey &key : keys) {
        if (!keySplits(positions, key.get)) {
            continue;
        }
        for (auto &pos : positions) {
            std::sort(pos.begin(), pos.end(), [&](const Slice &a, const Slice &b) {
                return *key.get(*a.header) < *key.get(*b.header);
            });
        }
        const std::string name = key.name;
        for (const Slice &s : positions.front()) {
            const double v = *key.get(*s.header);
            if (name == "b-value") {
                labels.push_back("b=" + fmt(v));
            } else if (name == "AcquisitionTime" || name == "ContentTime"
                       || name == "TriggerTime") {
                const double t0 = *key.get(*positions.front().front().header);
                labels.push_back("t=" + fmt((v - t0) / (name == "TriggerTime" ? 1000 : 1)) + " s");
            } else {
                labels.push_back(name + " " + fmt(v, 10));
            }
        }
        return name;
    }
    for (auto &pos : positions) { // last resort: file order
        std::sort(pos.begin(), pos.end(),
                  [](const Slice &a, const Slice &b) { return a.header->file < b.header->file; });
    }
    for (size_t p = 0; p < positions.front().size(); ++p) {
        labels.push_back("phase " + std::to_string(p + 1));
    }
    return {};
}

// Seconds of each phase after the first: the earliest TriggerTime (ms), else AcquisitionTime,
// else ContentTime, of its slices (slices of one phase are acquired over its duration). Empty
// when a phase lacks all three or the times do not increase with the phase.
std::vector<double> phaseTimes(const std::vector<std::vector<Slice>> &positions, int phases)
{
    const auto slice = [&](std::size_t pos, int p) -> const DicomHeader & {
        return *positions[pos][std::size_t(p)].header;
    };
    return geometry::phaseStartSeconds(
        positions.size(), phases,
        {[&](std::size_t pos, int p) -> std::optional<double> {
             const auto t = slice(pos, p).triggerTime;
             return t ? std::optional<double>(*t / 1000) : std::nullopt; // TriggerTime is in ms
         },
         [&](std::size_t pos, int p) { return slice(pos, p).acquisitionTime; },
         [&](std::size_t pos, int p) { return slice(pos, p).contentTime; }});
}

// Completeness checks dcm2niix also makes: slices thinner than their spacing leave gaps (not a
// contiguous volume), and Instance Numbers with holes say images are missing.
void completenessWarnings(const std::vector<DicomHeader> &headers, double spacing, int phases,
                          std::vector<std::string> &warnings)
{
    const DicomHeader &first = headers.front();
    if (first.sliceThickness && *first.sliceThickness > 0
        && spacing > *first.sliceThickness * 1.5 + 0.01) {
        warnings.push_back("slices are " + fmt(spacing) + " mm apart but "
                           + fmt(*first.sliceThickness)
                           + " mm thick: " + fmt(spacing - *first.sliceThickness)
                           + " mm gaps between them (not a contiguous volume)");
    }
    std::set<double> numbers;
    for (const DicomHeader &h : headers) {
        if (!h.instanceNumber) {
            return;
        }
        numbers.insert(*h.instanceNumber);
    }
    if (numbers.size() != headers.size() || numbers.size() < 2) {
        return; // repeated numbers (one per phase, or per series part): nothing to count
    }
    const double span = *numbers.rbegin() - *numbers.begin() + 1;
    const double missing = span - double(numbers.size());
    // A per-phase numbering restarting is not a hole; only more numbers than images are.
    if (missing >= 1 && phases >= 1) {
        warnings.push_back("Instance Numbers run from " + fmt(*numbers.begin(), 10) + " to "
                           + fmt(*numbers.rbegin(), 10) + " for " + std::to_string(numbers.size())
                           + " images: " + fmt(missing, 10) + " image(s) missing");
    }
}

// Groups slices sorted by 'along' into positions (same location within a tolerance).
std::vector<std::vector<Slice>> groupPositions(std::vector<Slice> slices, double tolerance)
{
    std::sort(slices.begin(), slices.end(),
              [](const Slice &a, const Slice &b) { return a.along < b.along; });
    std::vector<std::vector<Slice>> positions;
    for (const Slice &s : slices) {
        if (positions.empty() || s.along - positions.back().front().along > tolerance) {
            positions.push_back({});
        }
        positions.back().push_back(s);
    }
    return positions;
}

double sliceSpacing(const std::vector<std::vector<Slice>> &positions, const DicomHeader &first,
                    std::vector<std::string> &warnings)
{
    if (positions.size() < 2) {
        return first.spacingBetweenSlices.value_or(first.sliceThickness.value_or(1.0));
    }
    std::vector<double> along;
    for (const std::vector<Slice> &position : positions) {
        along.push_back(position.front().along);
    }
    return geometry::medianSliceSpacing(along, "slice", warnings);
}

} // namespace

void buildSeriesGeometry(std::vector<DicomHeader> headers, SeriesInfo &info)
{
    const DicomHeader &first = headers.front();
    info.sequenceName = first.sequenceName;
    info.derived = isDerivedImageType(first.imageType);
    for (const DicomHeader &h : headers) {
        const std::optional<double> t = h.acquisitionTime ? h.acquisitionTime : h.contentTime;
        if (t && (!info.acquisitionSeconds || *t < *info.acquisitionSeconds)) {
            info.acquisitionSeconds = t;
        }
    }
    info.size = {first.columns, first.rows, 1};
    if (first.pixelSpacing) {
        info.spacing = {(*first.pixelSpacing)[1], (*first.pixelSpacing)[0], 1.0};
    } else {
        info.warnings.push_back("no PixelSpacing: 1 mm assumed");
    }
    const auto [rowDir, colDir] = rowColumnDirections(first.orientation);
    if (!first.orientation) {
        info.warnings.push_back("no ImageOrientationPatient: axial orientation assumed");
    }
    const Vec3 normal = normalized(cross(rowDir, colDir));
    const bool allPositioned = std::all_of(headers.begin(), headers.end(),
                                           [](const DicomHeader &h) { return bool(h.position); });
    if (!allPositioned) {
        info.warnings.push_back(
            "ImagePositionPatient missing: slices ordered by InstanceNumber, positions guessed");
    }
    std::vector<Slice> slices;
    for (size_t i = 0; i < headers.size(); ++i) {
        const DicomHeader &h = headers[i];
        const double along
            = allPositioned ? dot(*h.position, normal) : h.instanceNumber.value_or(double(i));
        slices.push_back({&h, along});
    }
    const double tolerance = allPositioned ? 0.01 : 0.5;
    auto positions = groupPositions(std::move(slices), tolerance);

    size_t minCount = positions.front().size(), maxCount = minCount;
    for (const auto &p : positions) {
        minCount = std::min(minCount, p.size());
        maxCount = std::max(maxCount, p.size());
    }
    if (minCount != maxCount) {
        info.warnings.push_back("slice positions hold " + std::to_string(minCount) + " to "
                                + std::to_string(maxCount) + " images each: only "
                                + std::to_string(minCount) + " complete phase(s) kept");
        for (auto &p : positions) {
            p.resize(minCount);
        }
    }
    std::set<double> bValues;
    for (const DicomHeader &h : headers) {
        if (h.bValue) {
            bValues.insert(*h.bValue);
        }
    }
    info.phases = int(minCount);
    info.role = guessRole(first, info.phases, bValues.size() > 1);
    if (info.derived && info.role == "dce") {
        // A scanner's SER, PE or subtraction map of a DCE is not a DCE phase: never picked as
        // one (ADC keeps its own role).
        info.role = "other";
    }
    if (info.phases > 1) {
        const std::string key = splitPhases(positions, info.role == "dwi", info.phaseLabels);
        if (key.empty()) {
            info.warnings.push_back("several images per slice position but no tag tells the "
                                    "phases apart: phases follow file-name order");
        }
    } else {
        info.phaseLabels = {""};
    }
    info.phaseFiles.assign(size_t(info.phases), {});
    for (const auto &pos : positions) {
        for (int p = 0; p < info.phases; ++p) {
            info.phaseFiles[size_t(p)].push_back(pos[size_t(p)].header->file);
        }
    }
    if (info.phases > 1) {
        info.phaseSeconds = phaseTimes(positions, info.phases);
    }
    if (!bValues.empty()) {
        for (int p = 0; p < info.phases; ++p) {
            const DicomHeader &h = *positions.front()[size_t(p)].header;
            info.bValues.push_back(h.bValue.value_or(0.0));
            if (h.gradientDirection) {
                info.gradientDirections.push_back(*h.gradientDirection);
            }
        }
        if (info.gradientDirections.size() != size_t(info.phases)) {
            info.gradientDirections.clear(); // all or none: a partial list would mislead
        }
    }
    info.size[2] = int(positions.size());
    info.spacing[2] = allPositioned
        ? sliceSpacing(positions, first, info.warnings)
        : first.spacingBetweenSlices.value_or(first.sliceThickness.value_or(1.0));
    completenessWarnings(headers, info.spacing[2], info.phases, info.warnings);
    const DicomHeader &origin = *positions.front().front().header;
    info.origin = origin.position.value_or(Vec3 {0, 0, 0});
    if (allPositioned && positions.size() > 1) {
        // Slices stacked off the normal (gantry tilt, sheared stacks) cannot be represented.
        const Vec3 &a = *origin.position;
        const Vec3 &b = *positions.back().front().header->position;
        const Vec3 d {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        const double len = std::sqrt(dot(d, d));
        if (len > 0 && std::abs(dot(d, normal)) / len < 0.999) {
            info.warnings.push_back("slice stack is sheared relative to the slice normal "
                                    "(gantry tilt?): geometry is approximate");
        }
    }
    for (int r = 0; r < 3; ++r) {
        info.direction[size_t(r * 3)] = rowDir[size_t(r)];
        info.direction[size_t(r * 3 + 1)] = colDir[size_t(r)];
        info.direction[size_t(r * 3 + 2)] = normal[size_t(r)];
    }
}

std::string guessRole(const DicomHeader &h, int phases, bool bValuesVary)
{
    std::string s = h.description + " " + h.protocolName + " " + h.sequenceName + " " + h.imageType;
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto has = [&](const char *w) { return s.find(w) != std::string::npos; };
    if (has("adc") || has("apparent diffusion")) {
        return "adc";
    }
    if (bValuesVary || has("dwi") || has("diff") || has("ep_b") || has("trace")) {
        return "dwi";
    }
    if (has("dce") || has("dyn") || has("vibrant") || has("vibe") || has("thrive") || has("perf")
        || has("contrast")) {
        return "dce";
    }
    if (has("t2") || has("tse") || has("stir") || has("tirm")) {
        return "t2";
    }
    return phases > 1 ? "dce" : "other";
}

} // namespace oncoview::mri
