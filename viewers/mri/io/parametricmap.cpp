// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/parametricmap.h"

#include "viewers/mri/io/derivedreference.h"
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/enhancedframes.h"
#include "viewers/mri/io/framegrid.h"
#include "viewers/mri/io/gdcmvalues.h"
#include "viewers/mri/io/loaderror.h"

#include <gdcmReader.h>

#include <cstring>
#include <optional>

namespace oncoview::mri {

namespace {

using gdcm::Tag;
using namespace gdcmvalues;

const Tag kSharedGroups(0x5200, 0x9229), kPerFrameGroups(0x5200, 0x9230);
const Tag kRealWorldValueMapping(0x0040, 0x9096), kLutLabel(0x0040, 0x9210);
const Tag kRwvSlope(0x0040, 0x9225), kRwvIntercept(0x0040, 0x9224);
const Tag kUnits(0x0040, 0x08ea), kCodeMeaning(0x0008, 0x0104), kCodeValue(0x0008, 0x0100);
const Tag kFloatPixels(0x7fe0, 0x0008), kDoublePixels(0x7fe0, 0x0009);
const Tag kPixelData(0x7fe0, 0x0010);

// The mapping in the shared functional groups, else the first frame's, else at the top level.
std::optional<gdcm::DataSet> realWorldValueMapping(const gdcm::DataSet &top)
{
    for (const Tag &groups : {kSharedGroups, kPerFrameGroups}) {
        if (const auto item = firstItem(top, groups)) {
            if (auto mapping = firstItem(*item, kRealWorldValueMapping)) {
                return mapping;
            }
        }
    }
    return firstItem(top, kRealWorldValueMapping);
}

gdcm::DataSet readAll(const std::string &file)
{
    gdcm::Reader reader;
    reader.SetFileName(file.c_str());
    if (!reader.Read()) {
        throw LoadError(file, "parametric map could not be parsed");
    }
    return reader.GetFile().GetDataSet();
}

// Stored values of every frame as floats, frames one after another.
std::vector<float> storedValues(const gdcm::DataSet &ds, const DicomHeader &h, size_t count)
{
    std::vector<float> values(count);
    if (const gdcm::ByteValue *f = bytes(ds, kFloatPixels)) {
        if (f->GetLength() < count * 4) {
            throw LoadError(h.file, "Float Pixel Data shorter than its frames");
        }
        std::memcpy(values.data(), f->GetPointer(), count * 4);
    } else if (const gdcm::ByteValue *d = bytes(ds, kDoublePixels)) {
        if (d->GetLength() < count * 8) {
            throw LoadError(h.file, "Double Float Pixel Data shorter than its frames");
        }
        for (size_t i = 0; i < count; ++i) {
            double v = 0;
            std::memcpy(&v, d->GetPointer() + i * 8, 8);
            values[i] = float(v);
        }
    } else if (const gdcm::ByteValue *p = bytes(ds, kPixelData); p && !h.encapsulated) {
        const size_t width = size_t(h.bitsAllocated / 8);
        if ((width != 1 && width != 2) || p->GetLength() < count * width) {
            throw LoadError(h.file, "parametric map pixel data of an unsupported depth");
        }
        const auto *b = reinterpret_cast<const unsigned char *>(p->GetPointer());
        for (size_t i = 0; i < count; ++i) {
            const int raw = width == 1 ? b[i] : int(b[2 * i] | b[2 * i + 1] << 8);
            values[i] = float(h.pixelRepresentation == 1 && width == 2 ? int16_t(raw)
                                  : h.pixelRepresentation == 1         ? int8_t(raw)
                                                                       : raw);
        }
    } else {
        throw LoadError(h.file,
                        "parametric map without readable pixel data (compressed maps "
                        "are not read yet)");
    }
    return values;
}

} // namespace

ParametricMapInfo readParametricMapInfo(const std::filesystem::path &file)
{
    const gdcm::DataSet top = readAll(file.string());
    ParametricMapInfo info;
    info.file = file.string();
    if (const auto mapping = realWorldValueMapping(top)) {
        info.quantity = text(*mapping, kLutLabel);
        info.slope = float64(*mapping, kRwvSlope).value_or(1.0);
        info.intercept = float64(*mapping, kRwvIntercept).value_or(0.0);
        if (const auto units = firstItem(*mapping, kUnits)) {
            info.unit = text(*units, kCodeMeaning);
            info.unit = info.unit.empty() ? text(*units, kCodeValue) : info.unit;
        }
    }
    const DerivedReference reference = readDerivedReference(top);
    info.referencedSeriesUid = reference.seriesUid;
    info.referencedInstanceUids = reference.instanceUids;
    return info;
}

Volume loadParametricMap(const ParametricMapInfo &info, const std::atomic<bool> *cancel)
{
    const FrameObject object = readFrameObject(info.file);
    const DicomHeader &h = object.header;
    const FrameGrid &grid = object.grid;
    Volume map = emptyVolumeOn(grid, h.columns, h.rows);
    const size_t pixels = size_t(h.columns) * size_t(h.rows);
    const std::vector<float> values
        = storedValues(readAll(info.file), h, pixels * size_t(h.numberOfFrames));
    for (const EnhancedFrame &f : object.frames.frames) {
        if (cancel && cancel->load()) {
            throw LoadCancelled(info.file);
        }
        const auto [z, dx, dy] = placeOf(grid, f);
        const float *src = values.data() + size_t(f.index) * pixels;
        for (int y = 0; y < h.rows; ++y) {
            for (int x = 0; x < h.columns; ++x) {
                if (map.contains(x + dx, y + dy, z)) {
                    map.at(x + dx, y + dy, z)
                        = float(src[size_t(y) * size_t(h.columns) + size_t(x)] * info.slope
                                + info.intercept);
                }
            }
        }
    }
    return map;
}

} // namespace oncoview::mri
