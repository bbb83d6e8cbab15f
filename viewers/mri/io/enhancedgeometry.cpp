// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/enhancedgeometry.h"
#include "viewers/mri/io/phasetimes.h"
#include "viewers/mri/io/slicespacing.h"
#include "viewers/mri/io/vec3.h"

#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/seriesgeometry.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <set>
#include <sstream>

namespace oncoview::mri {

namespace {

using geometry::cross;
using geometry::distance;
using geometry::dot;
using geometry::fmt;
using geometry::normalized;
using geometry::rowColumnDirections;
using geometry::Vec3;

using Frames = std::vector<const EnhancedFrame *>;
using Position = Frames; // the frames at one place along the normal

// Frames of different stacks or orientations cannot share a volume.
std::vector<Frames> splitVolumes(const std::vector<EnhancedFrame> &frames)
{
    std::vector<std::pair<std::string, Frames>> groups;
    for (const EnhancedFrame &f : frames) {
        std::string key = f.stackId;
        if (f.orientation) {
            for (double v : *f.orientation) {
                key += ':'; // two appends: GCC 12 warns falsely (-Wrestrict) on ":" + string
                key += std::to_string(std::lround(v * 1000));
            }
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == key; });
        if (it == groups.end()) {
            groups.push_back({key, {}});
            it = groups.end() - 1;
        }
        it->second.push_back(&f);
    }
    std::vector<Frames> out;
    for (auto &g : groups) {
        out.push_back(std::move(g.second));
    }
    return out;
}

using KeyFn = std::function<std::optional<std::vector<double>>(const EnhancedFrame &)>;
struct PhaseKey
{
    const char *name;
    KeyFn get;
    bool temporal;
};

std::optional<std::vector<double>> one(const std::optional<double> &v)
{
    return v ? std::optional<std::vector<double>>(std::vector<double> {*v}) : std::nullopt;
}

const std::vector<PhaseKey> &phaseKeys()
{
    static const std::vector<PhaseKey> keys = {
        {"TemporalPositionIndex",
         [](const EnhancedFrame &f) { return one(f.temporalPositionIndex); }, true},
        {"DimensionIndexValues",
         [](const EnhancedFrame &f) {
             return f.otherDimensionIndices.empty()
                 ? std::nullopt
                 : std::optional<std::vector<double>>(f.otherDimensionIndices);
         },
         false},
        {"b-value", [](const EnhancedFrame &f) { return one(f.bValue); }, false},
        {"TemporalPositionTimeOffset",
         [](const EnhancedFrame &f) { return one(f.temporalOffsetSeconds); }, true},
        {"FrameAcquisitionDateTime",
         [](const EnhancedFrame &f) { return one(f.acquisitionSeconds); }, true},
    };
    return keys;
}

// A key splits phases when every frame has it and its values differ within each position.
bool keySplits(const std::vector<Position> &positions, const KeyFn &key)
{
    for (const Position &pos : positions) {
        std::set<std::vector<double>> seen;
        for (const EnhancedFrame *f : pos) {
            const auto v = key(*f);
            if (!v || !seen.insert(*v).second) {
                return false;
            }
        }
    }
    return true;
}

// Seconds of each phase after the first (earliest frame of each phase); empty unless they rise.
std::vector<double> phaseSeconds(const std::vector<Position> &positions, int phases)
{
    const auto frame = [&](std::size_t pos, int p) -> const EnhancedFrame & {
        return *positions[pos][std::size_t(p)];
    };
    return geometry::phaseStartSeconds(
        positions.size(), phases,
        {[&](std::size_t pos, int p) { return frame(pos, p).temporalOffsetSeconds; },
         [&](std::size_t pos, int p) { return frame(pos, p).acquisitionSeconds; }});
}

// Orders the frames of each position into phases; returns the key used (null: frame order).
const PhaseKey *splitPhases(std::vector<Position> &positions)
{
    for (const PhaseKey &key : phaseKeys()) {
        if (!keySplits(positions, key.get)) {
            continue;
        }
        for (Position &pos : positions) {
            std::sort(pos.begin(), pos.end(), [&](const EnhancedFrame *a, const EnhancedFrame *b) {
                return *key.get(*a) < *key.get(*b);
            });
        }
        return &key;
    }
    for (Position &pos : positions) {
        std::sort(pos.begin(), pos.end(), [](const EnhancedFrame *a, const EnhancedFrame *b) {
            return a->index < b->index;
        });
    }
    return nullptr;
}

std::vector<std::string> phaseLabels(const std::vector<Position> &positions, int phases,
                                     const PhaseKey *key, const std::vector<double> &seconds)
{
    std::set<std::string> frameTypes;
    for (int p = 0; p < phases; ++p) {
        frameTypes.insert(positions.front()[size_t(p)]->frameType);
    }
    std::vector<std::string> labels;
    for (int p = 0; p < phases; ++p) {
        const EnhancedFrame &f = *positions.front()[size_t(p)];
        const std::string name = key ? key->name : "";
        if (phases == 1) {
            labels.push_back("");
        } else if (!seconds.empty() && key && key->temporal) {
            labels.push_back("t=" + fmt(seconds[size_t(p)]) + " s");
        } else if (name == "b-value") {
            labels.push_back("b=" + fmt(*f.bValue));
        } else if (name == "TemporalPositionIndex") {
            labels.push_back("TemporalPositionIndex " + fmt(*f.temporalPositionIndex, 10));
        } else if (name == "DimensionIndexValues" && int(frameTypes.size()) == phases) {
            labels.push_back(f.frameType); // e.g. "M" and "FIELD_MAP"
        } else if (name == "DimensionIndexValues") {
            std::string l = "dimension index";
            for (double v : f.otherDimensionIndices) {
                l += " " + fmt(v, 10);
            }
            labels.push_back(l);
        } else {
            labels.push_back("phase " + std::to_string(p + 1));
        }
    }
    return labels;
}

// Spacing between slices when frame positions do not give it, and where it came from.
std::pair<double, std::string> statedSliceSpacing(const EnhancedFrame &f)
{
    if (f.spacingBetweenSlices && *f.spacingBetweenSlices > 0) {
        return {*f.spacingBetweenSlices,
                fmt(*f.spacingBetweenSlices) + " mm (SpacingBetweenSlices)"};
    }
    if (f.sliceThickness && *f.sliceThickness > 0) {
        return {*f.sliceThickness, fmt(*f.sliceThickness) + " mm (SliceThickness)"};
    }
    return {1.0, "1 mm (assumed: no SpacingBetweenSlices or SliceThickness)"};
}

void buildVolume(const DicomHeader &header, const Frames &frames, SeriesInfo &info)
{
    const EnhancedFrame &first = *frames.front();
    info.size = {header.columns, header.rows, 1};
    if (first.pixelSpacing) {
        info.spacing = {(*first.pixelSpacing)[1], (*first.pixelSpacing)[0], 1.0};
    } else {
        info.warnings.push_back("no PixelSpacing (Pixel Measures or top level): 1 mm assumed");
    }
    const bool spacingVaries = std::any_of(frames.begin(), frames.end(), [&](const auto *f) {
        return f->pixelSpacing && first.pixelSpacing
            && (std::abs((*f->pixelSpacing)[0] - (*first.pixelSpacing)[0]) > 1e-4
                || std::abs((*f->pixelSpacing)[1] - (*first.pixelSpacing)[1]) > 1e-4);
    });
    if (spacingVaries) {
        info.warnings.push_back("PixelSpacing differs between frames: the first frame's used");
    }
    const auto [rowDir, colDir] = rowColumnDirections(first.orientation);
    if (!first.orientation) {
        info.warnings.push_back("no ImageOrientationPatient (Plane Orientation or top level): "
                                "axial orientation assumed");
    }
    const Vec3 normal = normalized(cross(rowDir, colDir));

    const auto positioned = size_t(std::count_if(
        frames.begin(), frames.end(), [](const auto *f) { return f->position.has_value(); }));
    const bool allPositioned = positioned == frames.size();
    const bool allInStack = std::all_of(
        frames.begin(), frames.end(), [](const auto *f) { return f->inStackPosition.has_value(); });
    std::vector<std::pair<double, const EnhancedFrame *>> placed;
    for (const EnhancedFrame *f : frames) {
        const double along = allPositioned ? dot(*f->position, normal)
            : allInStack                   ? *f->inStackPosition
                                           : double(f->index);
        placed.push_back({along, f});
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const double tolerance = allPositioned ? 0.01 : 0.5;
    std::vector<Position> positions;
    std::vector<double> along;
    for (const auto &[a, f] : placed) {
        if (positions.empty() || a - along.back() > tolerance) {
            positions.push_back({});
            along.push_back(a);
        }
        positions.back().push_back(f);
    }

    size_t minCount = positions.front().size(), maxCount = minCount;
    for (const Position &p : positions) {
        minCount = std::min(minCount, p.size());
        maxCount = std::max(maxCount, p.size());
    }
    const PhaseKey *key = minCount > 1 ? splitPhases(positions) : nullptr;
    if (minCount != maxCount) {
        info.warnings.push_back("slice positions hold " + std::to_string(minCount) + " to "
                                + std::to_string(maxCount) + " frames each: only "
                                + std::to_string(minCount) + " complete phase(s) kept");
        for (Position &p : positions) {
            p.resize(minCount);
        }
    }
    info.phases = int(minCount);
    if (info.phases > 1 && !key) {
        info.warnings.push_back("several frames per slice position but nothing in the "
                                "functional groups tells them apart: phases follow frame order");
    }
    if (key && key->temporal) {
        info.phaseSeconds = phaseSeconds(positions, info.phases);
    }
    info.phaseLabels = phaseLabels(positions, info.phases, key, info.phaseSeconds);
    // Diffusion volumes split by b-value, or by direction at one b (their other dimension
    // index): either way every phase has a b-value, some of them above 0.
    const bool everyPhaseHasB
        = std::all_of(positions.front().begin(), positions.front().begin() + info.phases,
                      [](const EnhancedFrame *f) { return f->bValue.has_value(); });
    const bool someWeighted
        = std::any_of(positions.front().begin(), positions.front().begin() + info.phases,
                      [](const EnhancedFrame *f) { return f->bValue.value_or(0) > 0; });
    const bool isDwi = (key && std::string(key->name) == "b-value")
        || (info.phases > 1 && everyPhaseHasB && someWeighted);
    if (isDwi) {
        for (int p = 0; p < info.phases; ++p) {
            const EnhancedFrame &f = *positions.front()[size_t(p)];
            info.bValues.push_back(*f.bValue);
            if (f.gradientDirection) {
                info.gradientDirections.push_back(*f.gradientDirection);
            }
        }
        if (info.gradientDirections.size() != size_t(info.phases)) {
            info.gradientDirections.clear(); // all or none
        }
    }
    info.role = guessRole(header, key && key->temporal ? info.phases : 1, isDwi);
    info.phaseFrames.assign(size_t(info.phases), {});
    for (const Position &pos : positions) {
        for (int p = 0; p < info.phases; ++p) {
            const EnhancedFrame &f = *pos[size_t(p)];
            info.phaseFrames[size_t(p)].push_back({f.index, f.slope, f.intercept});
        }
    }
    info.size[2] = int(positions.size());

    const EnhancedFrame &originFrame = *positions.front().front();
    if (allPositioned) {
        info.spacing[2] = positions.size() > 1
            ? geometry::medianSliceSpacing(along, "frame", info.warnings)
            : statedSliceSpacing(first).first;
        info.origin = *originFrame.position;
        bool shifted = false;
        for (const Position &pos : positions) {
            for (const EnhancedFrame *f : pos) {
                shifted |= distance(*f->position, *pos.front()->position) > 0.01;
            }
        }
        if (shifted) {
            info.warnings.push_back("frames at one slice position lie at different in-plane "
                                    "positions: the first phase's positions used");
        }
        const Vec3 &a = *originFrame.position, &b = *positions.back().front()->position;
        const double len = distance(a, b);
        const Vec3 d {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        if (len > 0 && std::abs(dot(d, normal)) / len < 0.999) {
            info.warnings.push_back("frame stack is sheared relative to the slice normal "
                                    "(gantry tilt?): geometry is approximate");
        }
    } else {
        const auto [spacing, source] = statedSliceSpacing(first);
        info.spacing[2] = spacing;
        // A classic multi-frame file positions its first frame only; frames then follow it.
        info.origin = originFrame.position.value_or(Vec3 {0, 0, 0});
        const std::string order = allInStack ? "InStackPositionNumber" : "file";
        const std::string from = originFrame.position ? "the first frame's ImagePositionPatient"
                                                      : "the origin (no ImagePositionPatient)";
        info.warnings.push_back("ImagePositionPatient given for " + std::to_string(positioned)
                                + " of " + std::to_string(frames.size())
                                + " frames: slices stacked in " + order + " order from " + from
                                + ", " + source + " apart");
    }
    for (int r = 0; r < 3; ++r) {
        info.direction[size_t(r * 3)] = rowDir[size_t(r)];
        info.direction[size_t(r * 3 + 1)] = colDir[size_t(r)];
        info.direction[size_t(r * 3 + 2)] = normal[size_t(r)];
    }
}

} // namespace

std::vector<SeriesInfo> buildEnhancedSeries(const DicomHeader &header,
                                            const EnhancedHeader &enhanced)
{
    if (enhanced.frames.empty()) {
        throw LoadError(header.file, "multi-frame image without frames");
    }
    const std::vector<Frames> volumes = splitVolumes(enhanced.frames);
    std::vector<SeriesInfo> out;
    for (size_t v = 0; v < volumes.size(); ++v) {
        SeriesInfo info;
        const std::string uid = header.seriesUid.empty() ? header.file : header.seriesUid;
        info.uid = v == 0 ? uid : uid + "#" + std::to_string(v + 1);
        info.studyUid = header.studyUid;
        info.identity = header.identity;
        info.description = header.description.empty() ? header.protocolName : header.description;
        if (volumes.size() > 1) {
            const std::string &stack = volumes[v].front()->stackId;
            info.description += " (stack " + (stack.empty() ? std::to_string(v + 1) : stack) + ")";
        }
        info.modality = header.modality;
        info.seriesNumber = header.seriesNumber;
        info.format = "dicom-multiframe";
        info.warnings = enhanced.warnings;
        if (volumes.size() > 1) {
            info.warnings.push_back("file holds " + std::to_string(volumes.size())
                                    + " stacks of different StackID or orientation: split into "
                                      "separate series");
        }
        buildVolume(header, volumes[v], info);
        info.phaseFiles.assign(size_t(info.phases), {header.file});
        info.sequenceName = header.sequenceName;
        info.derived = isDerivedImageType(header.imageType);
        info.acquisitionSeconds
            = header.acquisitionTime ? header.acquisitionTime : header.contentTime;
        info.temporalPosition = header.temporalPosition;
        info.acquisitionNumber = header.acquisitionNumber;
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<SeriesInfo> readMultiFrameSeries(const DicomHeader &header)
{
    return buildEnhancedSeries(header, readEnhancedHeader(header.file, header.numberOfFrames));
}

} // namespace oncoview::mri
