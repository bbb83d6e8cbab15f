// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/segmentationwriter.h"

#include "viewers/mri/io/dcmtkderived.h"
#include "viewers/mri/io/loaderror.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace oncoview::mri {

namespace {

using namespace dcmtkderived;

DcmSegTypes::E_SegmentAlgoType algoType(SegmentAlgorithm algorithm)
{
    switch (algorithm) {
    case SegmentAlgorithm::Manual:
        return DcmSegTypes::SAT_MANUAL;
    case SegmentAlgorithm::Semiautomatic:
        return DcmSegTypes::SAT_SEMIAUTOMATIC;
    case SegmentAlgorithm::Automatic:
        break;
    }
    return DcmSegTypes::SAT_AUTOMATIC;
}

// Label value -> voxel count, for the values present (rounded: label maps travel as floats).
std::map<int, size_t> labelsPresent(const Volume &labels, const std::string &file)
{
    std::map<int, size_t> present;
    for (const float v : labels.voxels) {
        if (v >= 0.5f) {
            const long label = std::lround(v);
            if (label > 65535) {
                throw LoadError(file,
                                "label value " + std::to_string(label)
                                    + " exceeds DICOM's 65535 segments");
            }
            ++present[int(label)];
        }
    }
    return present;
}

SegmentDescription describe(int value, const SegmentationToWrite &what)
{
    const auto given
        = std::find_if(what.segments.begin(), what.segments.end(),
                       [&](const SegmentDescription &s) { return s.labelValue == value; });
    if (given != what.segments.end()) {
        return *given;
    }
    SegmentDescription generic;
    generic.labelValue = value;
    generic.label = "Label " + std::to_string(value);
    generic.algorithm = what.defaultAlgorithm;
    generic.category = what.defaultCategory;
    generic.type = what.defaultType;
    // Colours that stay apart for neighbouring labels (hue steps of the golden angle).
    const double hue = std::fmod(value * 137.508, 360.0) / 60.0;
    const double x = 1 - std::abs(std::fmod(hue, 2.0) - 1);
    const std::array<std::array<double, 3>, 6> sextant {
        {{1, x, 0}, {x, 1, 0}, {0, 1, x}, {0, x, 1}, {x, 0, 1}, {1, 0, x}}};
    const auto &c = sextant[size_t(hue) % 6];
    generic.rgb = {int(c[0] * 255), int(c[1] * 255), int(c[2] * 255)};
    return generic;
}

Uint16 addSegment(DcmSegmentation &seg, const SegmentDescription &d, const std::string &file)
{
    const std::string label = d.label.empty() ? "Label " + std::to_string(d.labelValue) : d.label;
    const OFString algorithmName = d.algorithm == SegmentAlgorithm::Manual
        ? OFString(d.algorithmName.c_str())
        : OFString(d.algorithmName.empty() ? "OncoView" : d.algorithmName.c_str());
    DcmSegment *segment = nullptr;
    require(DcmSegment::create(segment, label.c_str(), codeOf(d.category), codeOf(d.type),
                               algoType(d.algorithm), algorithmName),
            file, "segment \"" + label + "\"");
    std::unique_ptr<DcmSegment> owned(segment);
    if (!d.description.empty()) {
        require(segment->setSegmentDescription(d.description.c_str()), file, "segment description");
    }
    const auto lab = rgbToDicomLab(d.rgb);
    require(segment->setRecommendedDisplayCIELabValue(lab[0], lab[1], lab[2]), file,
            "segment colour");
    Uint16 number = 0;
    require(seg.addSegment(segment, number), file, "segment \"" + label + "\"");
    owned.release(); // the segmentation owns it now
    return number;
}

// Adds the frames of one segment: one per slice holding `value`, in slice order.
// 1-bit frames packed as the standard asks: least significant bit first, frames one after
// another with no padding between them (DCMTK 3.6.7 pads each frame to a byte, which readers
// misplace whenever rows x columns is not a multiple of 8, so the Pixel Data is ours).
struct PackedBits
{
    std::vector<Uint8> bytes;
    size_t count = 0;
    void push(bool bit)
    {
        if (count % 8 == 0) {
            bytes.push_back(0);
        }
        bytes.back() |= Uint8(bit ? 1 << (count % 8) : 0);
        ++count;
    }
};

void addFrames(DcmSegmentation &seg, const Volume &labels, int value, Uint16 number,
               const DerivedSource &source, PackedBits &bits, const std::string &file)
{
    const size_t pixels = size_t(labels.size[0]) * size_t(labels.size[1]);
    std::vector<Uint8> frame(pixels);
    for (int k = 0; k < labels.size[2]; ++k) {
        const float *slice = labels.voxels.data() + size_t(k) * pixels;
        bool any = false;
        for (size_t p = 0; p < pixels; ++p) {
            frame[p] = slice[p] >= 0.5f && std::lround(slice[p]) == value ? 1 : 0;
            any = any || frame[p] != 0;
        }
        if (!any) {
            continue; // standard practice: a segment's empty frames are not stored
        }
        FGPlanePosPatient position = positionOf(labels, k);
        FGFrameContent content;
        content.setDimensionIndexValues(number, 0);
        content.setDimensionIndexValues(Uint32(k + 1), 1);
        OFVector<FGBase *> groups {&position, &content};
        std::unique_ptr<FGDerivationImage> derivation;
        if (const SourceInstance *instance = sliceSource(labels, source, k)) {
            derivation = derivationOf(*instance, {"113076", "DCM", "Segmentation"});
            groups.push_back(derivation.get());
        }
        require(seg.addFrame(frame.data(), number, groups), file,
                "frame of slice " + std::to_string(k + 1));
        for (const Uint8 pixel : frame) {
            bits.push(pixel != 0);
        }
    }
}

} // namespace

std::array<uint16_t, 3> rgbToDicomLab(const std::array<int, 3> &rgb)
{
    double linear[3];
    for (size_t i = 0; i < 3; ++i) {
        const double s = std::clamp(rgb[i], 0, 255) / 255.0;
        linear[i] = s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    }
    // sRGB -> XYZ (D65), normalised by the white point dicomLabToRgb uses.
    const double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
    const double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    const double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : t * 841.0 / 108.0 + 4.0 / 29.0;
    };
    const double l = 116 * f(y) - 16, a = 500 * (f(x) - f(y)), b = 200 * (f(y) - f(z));
    const auto scale = [](double v, double lo, double range) {
        return uint16_t(std::lround(std::clamp((v - lo) / range, 0.0, 1.0) * 65535));
    };
    return {scale(l, 0, 100), scale(a, -128, 255), scale(b, -128, 255)};
}

std::string writeSegmentation(const Volume &labels, const SegmentationToWrite &what,
                              const std::filesystem::path &file)
{
    const std::string name = file.string();
    requireWritableGrid(labels, name);
    const std::map<int, size_t> present = labelsPresent(labels, name);
    if (present.empty()) {
        throw LoadError(name, "the label volume has no labelled voxel to write");
    }
    const IODGeneralEquipmentModule::EquipmentInfo equipment(manufacturer(), "OncoView", "0",
                                                             softwareVersion());
    DcmSegmentation *created = nullptr;
    require(DcmSegmentation::createBinarySegmentation(
                created, Uint16(labels.size[1]), Uint16(labels.size[0]), equipment,
                contentIdentification(what.content, "SEGMENTATION")),
            name, "cannot create the segmentation");
    const std::unique_ptr<DcmSegmentation> seg(created);
    applySource(*seg, what.source, what.content, name);
    require(seg->addForAllFrames(pixelMeasuresOf(labels)), name, "pixel measures");
    require(seg->addForAllFrames(orientationOf(labels)), name, "plane orientation");
    addDimensions(seg->getDimensions(), true, name);
    PackedBits bits;
    for (const auto &[value, count] : present) {
        const Uint16 number = addSegment(*seg, describe(value, what), name);
        addFrames(*seg, labels, value, number, what.source, bits, name);
    }
    DcmFileFormat out;
    DcmDataset &dataset = *out.getDataset();
    require(seg->writeDataset(dataset), name, "cannot build the segmentation");
    if (bits.bytes.size() % 2 != 0) {
        bits.bytes.push_back(0); // even value length
    }
    require(dataset.putAndInsertUint8Array(DCM_PixelData, bits.bytes.data(),
                                           static_cast<unsigned long>(bits.bytes.size())),
            name, "segmentation pixel data");
    OFString uid;
    require(dataset.findAndGetOFString(DCM_SOPInstanceUID, uid), name, "SOP Instance UID");
    saveAtomically(out, file);
    return uid.c_str();
}

} // namespace oncoview::mri
