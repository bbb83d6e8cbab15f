// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/segmentation.h"

#include "viewers/mri/io/derivedreference.h"
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/enhancedframes.h"
#include "viewers/mri/io/framegrid.h"
#include "viewers/mri/io/gdcmvalues.h"
#include "viewers/mri/io/loaderror.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmReader.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <set>

namespace oncoview::mri {

namespace {

using gdcm::Tag;
using namespace gdcmvalues;

const Tag kSegmentationType(0x0062, 0x0001), kSegmentSequence(0x0062, 0x0002);
const Tag kSegmentNumber(0x0062, 0x0004), kSegmentLabel(0x0062, 0x0005);
const Tag kRecommendedLab(0x0062, 0x000d), kSegmentIdentification(0x0062, 0x000a);
const Tag kReferencedSegmentNumber(0x0062, 0x000b), kMaximumFractional(0x0062, 0x000e);
const Tag kPerFrameGroups(0x5200, 0x9230);
const Tag kPixelData(0x7fe0, 0x0010);

// Distinct colours for segments without a recommended one (Slicer's first label colours).
constexpr std::array<std::array<int, 3>, 6> kPalette {{{128, 174, 128},
                                                       {241, 214, 145},
                                                       {177, 122, 101},
                                                       {111, 184, 210},
                                                       {216, 101, 79},
                                                       {221, 130, 101}}};

// Decoded stored values, one per pixel, frames one after another (1-bit data unpacked: DICOM
// packs bits from the least significant, frames not padded to byte boundaries).
std::vector<uint16_t> decodeValues(const std::string &file, size_t pixelsPerFrame, size_t frames)
{
    gdcm::ImageReader reader;
    reader.SetFileName(file.c_str());
    std::vector<char> buffer;
    gdcm::PixelFormat format;
    try {
        if (!reader.Read()) {
            throw LoadError(file, "GDCM could not read the segmentation's pixel data");
        }
        const gdcm::Image &image = reader.GetImage();
        format = image.GetPixelFormat();
        buffer.resize(image.GetBufferLength());
        if (buffer.empty() || !image.GetBuffer(buffer.data())) {
            throw LoadError(file, "GDCM could not decode the segmentation's frames");
        }
    } catch (const LoadError &) {
        throw;
    } catch (const std::exception &e) {
        throw LoadError(file, std::string("segmentation pixel data: ") + e.what());
    }
    const size_t count = pixelsPerFrame * frames;
    std::vector<uint16_t> values(count);
    const auto *bytes = reinterpret_cast<const unsigned char *>(buffer.data());
    if (format.GetBitsAllocated() == 1) {
        if (buffer.size() * 8 < count) {
            throw LoadError(file, "1-bit segmentation data shorter than its frames");
        }
        for (size_t i = 0; i < count; ++i) {
            values[i] = uint16_t((bytes[i / 8] >> (i % 8)) & 1);
        }
    } else if (format.GetBitsAllocated() == 8 && buffer.size() >= count) {
        std::copy(bytes, bytes + count, values.begin());
    } else if (format.GetBitsAllocated() == 16 && buffer.size() >= count * 2) {
        for (size_t i = 0; i < count; ++i) {
            values[i] = uint16_t(bytes[2 * i] | bytes[2 * i + 1] << 8);
        }
    } else {
        throw LoadError(file,
                        "segmentation with " + std::to_string(format.GetBitsAllocated())
                            + " bits per pixel, or data shorter than its frames");
    }
    return values;
}

} // namespace

std::array<int, 3> dicomLabToRgb(const std::array<uint16_t, 3> &lab)
{
    const double l = lab[0] * 100.0 / 65535.0;
    const double a = lab[1] * 255.0 / 65535.0 - 128.0;
    const double b = lab[2] * 255.0 / 65535.0 - 128.0;
    const double fy = (l + 16.0) / 116.0, fx = fy + a / 500.0, fz = fy - b / 200.0;
    const auto finv
        = [](double t) { return t > 6.0 / 29.0 ? t * t * t : 3 * 36.0 / 841.0 * (t - 4.0 / 29.0); };
    const double x = 0.95047 * finv(fx), y = finv(fy), z = 1.08883 * finv(fz); // D65
    const double linear[3]
        = {3.2406 * x - 1.5372 * y - 0.4986 * z, -0.9689 * x + 1.8758 * y + 0.0415 * z,
           0.0557 * x - 0.2040 * y + 1.0570 * z};
    std::array<int, 3> rgb {};
    for (int i = 0; i < 3; ++i) {
        const double c = std::clamp(linear[i], 0.0, 1.0);
        const double s = c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
        rgb[size_t(i)] = int(std::lround(s * 255));
    }
    return rgb;
}

SegmentationInfo readSegmentationInfo(const std::filesystem::path &file)
{
    gdcm::Reader reader;
    reader.SetFileName(file.string().c_str());
    if (!reader.ReadUpToTag(kPixelData, std::set<Tag> {kPixelData})) {
        throw LoadError(file.string(), "segmentation header could not be parsed");
    }
    const gdcm::DataSet &top = reader.GetFile().GetDataSet();
    SegmentationInfo info;
    info.file = file.string();
    info.type = text(top, kSegmentationType);
    const auto maximum = unsignedShorts(top, kMaximumFractional);
    info.maximumFractionalValue = maximum.empty() || maximum.front() == 0 ? 255 : maximum.front();
    for (const gdcm::DataSet &item : items(top, kSegmentSequence)) {
        Segment segment;
        const auto number = unsignedShorts(item, kSegmentNumber);
        segment.number = number.empty() ? int(info.segments.size()) + 1 : number.front();
        segment.label = text(item, kSegmentLabel);
        const auto lab = unsignedShorts(item, kRecommendedLab);
        segment.rgb = lab.size() == 3 ? dicomLabToRgb({lab[0], lab[1], lab[2]})
                                      : kPalette[info.segments.size() % kPalette.size()];
        info.segments.push_back(std::move(segment));
    }
    if (info.segments.empty()) {
        throw LoadError(file.string(), "segmentation without a Segment Sequence");
    }
    const DerivedReference reference = readDerivedReference(top);
    info.referencedSeriesUid = reference.seriesUid;
    info.referencedInstanceUids = reference.instanceUids;
    for (const gdcm::DataSet &frame : items(top, kPerFrameGroups)) {
        const auto identification = firstItem(frame, kSegmentIdentification);
        const auto number = identification
            ? unsignedShorts(*identification, kReferencedSegmentNumber)
            : std::vector<uint16_t> {};
        info.frameSegments.push_back(number.empty() ? info.segments.front().number
                                                    : number.front());
    }
    return info;
}

Volume loadSegmentationLabels(const SegmentationInfo &info, const std::atomic<bool> *cancel)
{
    const FrameObject object = readFrameObject(info.file);
    const DicomHeader &h = object.header;
    const FrameGrid &g = object.grid;
    Volume labels = emptyVolumeOn(g, h.columns, h.rows);
    const size_t pixels = size_t(h.columns) * size_t(h.rows);
    const std::vector<uint16_t> values = decodeValues(info.file, pixels, size_t(h.numberOfFrames));
    const bool fractional = info.type == "FRACTIONAL";
    const double threshold = fractional ? info.maximumFractionalValue / 2.0 : 0.5;
    for (const EnhancedFrame &f : object.frames.frames) {
        if (cancel && cancel->load()) {
            throw LoadCancelled(info.file);
        }
        const auto [z, dx, dy] = placeOf(g, f);
        const size_t frame = size_t(f.index);
        const int number = frame < info.frameSegments.size() ? info.frameSegments[frame]
                                                             : info.segments.front().number;
        const uint16_t *src = values.data() + frame * pixels;
        for (int y = 0; y < h.rows; ++y) {
            for (int x = 0; x < h.columns; ++x) {
                if (src[size_t(y) * size_t(h.columns) + size_t(x)] >= threshold
                    && labels.contains(x + dx, y + dy, z)) {
                    labels.at(x + dx, y + dy, z) = float(number);
                }
            }
        }
    }
    return labels;
}

} // namespace oncoview::mri
