// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/enhancedframes.h"

#include "viewers/mri/io/gdcmvalues.h"
#include "viewers/mri/io/loaderror.h"

#include <gdcmDataSet.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <set>

namespace oncoview::mri {

namespace {

using gdcm::Tag;
using namespace gdcmvalues;

// Functional group macros (PS3.3 C.7.6.16.2) and the attributes read from them.
const Tag kSharedGroups(0x5200, 0x9229), kPerFrameGroups(0x5200, 0x9230);
const Tag kPixelMeasures(0x0028, 0x9110), kPlanePosition(0x0020, 0x9113);
const Tag kPlaneOrientation(0x0020, 0x9116), kFrameContent(0x0020, 0x9111);
const Tag kPixelValueTransformation(0x0028, 0x9145), kMrDiffusion(0x0018, 0x9117);
const Tag kMrFrameType(0x0018, 0x9226), kCtFrameType(0x0018, 0x9329);
const Tag kDimensionIndexSequence(0x0020, 0x9222), kDimensionIndexPointer(0x0020, 0x9165);
const Tag kStackId(0x0020, 0x9056), kInStackPosition(0x0020, 0x9057);
const Tag kTemporalPositionIndex(0x0020, 0x9128), kDimensionIndexValues(0x0020, 0x9157);
const Tag kTemporalOffset(0x0020, 0x930d), kFrameAcquisitionDateTime(0x0018, 0x9074);
const Tag kImagePosition(0x0020, 0x0032), kImageOrientation(0x0020, 0x0037);
const Tag kPixelSpacing(0x0028, 0x0030), kSliceThickness(0x0018, 0x0050);
const Tag kSpacingBetweenSlices(0x0018, 0x0088), kRescaleIntercept(0x0028, 0x1052);
const Tag kRescaleSlope(0x0028, 0x1053), kBValue(0x0018, 0x9087), kFrameType(0x0008, 0x9007);
const Tag kPixelData(0x7fe0, 0x0010);

template<size_t N>
std::optional<std::array<double, N>> fixed(const gdcm::DataSet &ds, const Tag &tag)
{
    const auto v = numbers(ds, tag);
    if (v.size() != N) {
        return std::nullopt;
    }
    std::array<double, N> a {};
    std::copy(v.begin(), v.end(), a.begin());
    return a;
}

std::optional<double> number(const gdcm::DataSet &ds, const Tag &tag)
{
    const auto v = numbers(ds, tag);
    return v.empty() ? std::nullopt : std::optional<double>(v.front());
}

// UL values (GDCM hands binary values over in little-endian order whatever the file's syntax).
std::vector<double> unsignedLongs(const gdcm::DataSet &ds, const Tag &tag)
{
    std::vector<double> out;
    if (const gdcm::ByteValue *bv = bytes(ds, tag)) {
        const auto *p = reinterpret_cast<const unsigned char *>(bv->GetPointer());
        for (size_t i = 0; i + 4 <= bv->GetLength(); i += 4) {
            out.push_back(double(uint32_t(p[i]) | uint32_t(p[i + 1]) << 8 | uint32_t(p[i + 2]) << 16
                                 | uint32_t(p[i + 3]) << 24));
        }
    }
    return out;
}

std::optional<double> unsignedLong(const gdcm::DataSet &ds, const Tag &tag)
{
    const auto v = unsignedLongs(ds, tag);
    return v.empty() ? std::nullopt : std::optional<double>(v.front());
}

// One frame's view of the functional groups: a macro is looked up in the frame's own item,
// then in the shared item (PS3.3: a macro is in one or the other), then at the top level
// (classic multi-frame).
struct FrameGroups
{
    const gdcm::DataSet *perFrame; // may be null
    const gdcm::DataSet *shared; // may be null
    const gdcm::DataSet &top;

    std::optional<gdcm::DataSet> macro(const Tag &sequence) const
    {
        for (const gdcm::DataSet *ds : {perFrame, shared}) {
            if (ds && ds->FindDataElement(sequence)) {
                return firstItem(*ds, sequence);
            }
        }
        return std::nullopt;
    }
};

// Dimension Index Values components that do not just locate the frame in space.
std::vector<bool> nonSpatialDimensions(const gdcm::DataSet &top)
{
    std::vector<bool> keep;
    for (const gdcm::DataSet &item : items(top, kDimensionIndexSequence)) {
        const gdcm::ByteValue *bv = bytes(item, kDimensionIndexPointer);
        bool spatial = false;
        if (bv && bv->GetLength() >= 4) {
            const auto *p = reinterpret_cast<const unsigned char *>(bv->GetPointer());
            const Tag pointer(uint16_t(p[0] | p[1] << 8), uint16_t(p[2] | p[3] << 8));
            spatial
                = pointer == kStackId || pointer == kInStackPosition || pointer == kImagePosition;
        }
        keep.push_back(!spatial);
    }
    return keep;
}

EnhancedFrame readFrame(int index, const FrameGroups &g, const std::vector<bool> &keepDimension)
{
    EnhancedFrame f;
    f.index = index;
    if (const auto pos = g.macro(kPlanePosition)) {
        f.position = fixed<3>(*pos, kImagePosition);
    }
    const auto orientation = g.macro(kPlaneOrientation);
    f.orientation = fixed<6>(orientation ? *orientation : g.top, kImageOrientation);
    const auto measures = g.macro(kPixelMeasures);
    const gdcm::DataSet &m = measures ? *measures : g.top;
    f.pixelSpacing = fixed<2>(m, kPixelSpacing);
    f.sliceThickness = number(m, kSliceThickness);
    f.spacingBetweenSlices = number(m, kSpacingBetweenSlices);
    const auto transform = g.macro(kPixelValueTransformation);
    const gdcm::DataSet &t = transform ? *transform : g.top;
    const auto slope = number(t, kRescaleSlope);
    f.slope = slope && *slope != 0.0 ? *slope : 1.0;
    f.intercept = number(t, kRescaleIntercept).value_or(0.0);
    if (const auto content = g.macro(kFrameContent)) {
        f.stackId = text(*content, kStackId);
        f.inStackPosition = unsignedLong(*content, kInStackPosition);
        f.temporalPositionIndex = unsignedLong(*content, kTemporalPositionIndex);
        f.temporalOffsetSeconds = float64(*content, kTemporalOffset);
        f.acquisitionSeconds = dicomDateTimeSeconds(text(*content, kFrameAcquisitionDateTime));
        const auto indices = unsignedLongs(*content, kDimensionIndexValues);
        for (size_t i = 0; i < indices.size(); ++i) {
            if (i >= keepDimension.size() || keepDimension[i]) {
                f.otherDimensionIndices.push_back(indices[i]);
            }
        }
    }
    if (const auto diffusion = g.macro(kMrDiffusion)) {
        f.bValue = float64(*diffusion, kBValue);
        // Diffusion Gradient Direction Sequence > Diffusion Gradient Orientation, FD x 3.
        if (const auto direction = firstItem(*diffusion, Tag(0x0018, 0x9076))) {
            if (const gdcm::ByteValue *bv = bytes(*direction, Tag(0x0018, 0x9089));
                bv && bv->GetLength() == 24) {
                std::array<double, 3> v {};
                std::memcpy(v.data(), bv->GetPointer(), 24);
                f.gradientDirection = v;
            }
        }
    }
    for (const Tag &frameTypeMacro : {kMrFrameType, kCtFrameType}) {
        if (const auto type = g.macro(frameTypeMacro)) {
            const std::string value = text(*type, kFrameType);
            f.frameType = value.substr(value.rfind('\\') + 1);
            while (!f.frameType.empty() && f.frameType.back() == ' ') {
                f.frameType.pop_back();
            }
        }
    }
    return f;
}

} // namespace

std::optional<double> dicomDateTimeSeconds(const std::string &dt)
{
    if (dt.size() < 8 || dt.find_first_not_of("0123456789.+- ") != std::string::npos) {
        return std::nullopt;
    }
    const auto field = [&](size_t at, size_t len) {
        return dt.size() >= at + len ? std::atoi(dt.substr(at, len).c_str()) : 0;
    };
    const std::chrono::year_month_day date {std::chrono::year(field(0, 4)),
                                            std::chrono::month(unsigned(field(4, 2))),
                                            std::chrono::day(unsigned(field(6, 2)))};
    if (!date.ok()) {
        return std::nullopt;
    }
    const double days = std::chrono::sys_days(date).time_since_epoch().count();
    double seconds = field(8, 2) * 3600.0 + field(10, 2) * 60.0;
    if (dt.size() > 12) {
        // Seconds with their fraction, up to a time-zone suffix.
        seconds += std::atof(dt.substr(12, dt.find_first_of("+-", 12) - 12).c_str());
    }
    return days * 86400.0 + seconds;
}

EnhancedHeader readEnhancedHeader(const std::filesystem::path &file, int numberOfFrames)
{
    gdcm::Reader reader;
    reader.SetFileName(file.string().c_str());
    if (!reader.ReadUpToTag(kPixelData, std::set<Tag> {kPixelData})) {
        throw LoadError(file.string(), "multi-frame header could not be parsed");
    }
    const gdcm::DataSet &top = reader.GetFile().GetDataSet();
    const auto sharedItem = firstItem(top, kSharedGroups);
    const std::vector<gdcm::DataSet> perFrame = items(top, kPerFrameGroups);
    const std::vector<bool> keepDimension = nonSpatialDimensions(top);

    EnhancedHeader h;
    h.hasFunctionalGroups = sharedItem || !perFrame.empty();
    if (!perFrame.empty() && int(perFrame.size()) != numberOfFrames) {
        h.warnings.push_back("Per-frame Functional Groups hold " + std::to_string(perFrame.size())
                             + " items for " + std::to_string(numberOfFrames)
                             + " frames: frames without an item use the shared values");
    }
    for (int i = 0; i < numberOfFrames; ++i) {
        const FrameGroups groups {size_t(i) < perFrame.size() ? &perFrame[size_t(i)] : nullptr,
                                  sharedItem ? &*sharedItem : nullptr, top};
        h.frames.push_back(readFrame(i, groups, keepDimension));
    }
    if (!h.hasFunctionalGroups && !h.frames.empty()) {
        // Classic multi-frame: the top-level position is that of the first frame only.
        h.frames.front().position = fixed<3>(top, kImagePosition);
    }
    return h;
}

} // namespace oncoview::mri
