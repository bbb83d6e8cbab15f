// SPDX-License-Identifier: Apache-2.0
// The test-file writers declared in demostudywriter.h: copies of real files changed the way
// other scanners and tools write them (attributes, a BINARY SEG, a float Parametric Map).
#include "viewers/mri/io/demostudywriter.h"

#include "viewers/mri/io/dicomrewrite.h"
#include "viewers/mri/io/gdcmvalues.h"
#include "viewers/mri/io/loaderror.h"

#include <gdcmDict.h>
#include <gdcmDicts.h>
#include <gdcmGlobal.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmUIDGenerator.h>
#include <gdcmWriter.h>

#include <cstring>
#include <functional>

namespace oncoview::mri {

namespace fs = std::filesystem;

void copyDicomWithAttributes(const fs::path &from, const fs::path &to,
                             const std::vector<DicomAttribute> &attributes)
{
    rewriteDicom(from, to, [&attributes](gdcm::DataSet &ds) {
        for (const DicomAttribute &attribute : attributes) {
            const gdcm::Tag tag(attribute.group, attribute.element);
            gdcm::VR vr = gdcm::VR::INVALID;
            if (ds.FindDataElement(tag)) {
                vr = ds.GetDataElement(tag).GetVR();
            }
            if (vr == gdcm::VR::INVALID || vr == gdcm::VR::UN) {
                vr = gdcm::Global::GetInstance().GetDicts().GetDictEntry(tag).GetVR();
            }
            std::string value = attribute.value;
            if (value.size() % 2 != 0) {
                value += vr == gdcm::VR::UI ? '\0' : ' '; // DICOM values have even lengths
            }
            putValue(ds, tag, vr, value);
        }
    });
}

void writeBinaryCopyOfSegmentation(const fs::path &from, const fs::path &to)
{
    rewriteDicom(from, to, [&from](gdcm::DataSet &ds) {
        const gdcm::Tag pixelData(0x7fe0, 0x0010);
        const gdcm::ByteValue *stored
            = ds.FindDataElement(pixelData) ? ds.GetDataElement(pixelData).GetByteValue() : nullptr;
        if (!stored || gdcmvalues::text(ds, gdcm::Tag(0x0062, 0x0001)) != "FRACTIONAL"
            || gdcmvalues::unsignedShorts(ds, gdcm::Tag(0x0028, 0x0100))
                != std::vector<uint16_t> {8}) {
            throw LoadError(from.string(), "not an uncompressed 8-bit FRACTIONAL segmentation");
        }
        const auto maximum = gdcmvalues::unsignedShorts(ds, gdcm::Tag(0x0062, 0x000e));
        const double half = (maximum.empty() ? 255.0 : maximum.front()) / 2.0;
        const auto *values = reinterpret_cast<const unsigned char *>(stored->GetPointer());
        // PS3.5 8.1.1: bit i of the frames' pixels is bit (i % 8) of byte i / 8, no padding
        // between frames; the element is padded to an even length.
        std::string packed((stored->GetLength() + 7) / 8, '\0');
        for (size_t i = 0; i < stored->GetLength(); ++i) {
            if (values[i] >= half) {
                packed[i / 8] = char(packed[i / 8] | (1 << (i % 8)));
            }
        }
        if (packed.size() % 2 != 0) {
            packed += '\0';
        }
        const auto us
            = [](uint16_t v) { return std::string(reinterpret_cast<const char *>(&v), 2); };
        putValue(ds, gdcm::Tag(0x0028, 0x0100), gdcm::VR::US, us(1)); // Bits Allocated
        putValue(ds, gdcm::Tag(0x0028, 0x0101), gdcm::VR::US, us(1)); // Bits Stored
        putValue(ds, gdcm::Tag(0x0028, 0x0102), gdcm::VR::US, us(0)); // High Bit
        putValue(ds, gdcm::Tag(0x0062, 0x0001), gdcm::VR::CS, "BINARY");
        for (const gdcm::Tag &tag : {gdcm::Tag(0x0062, 0x000e), gdcm::Tag(0x0062, 0x0010),
                                     gdcm::Tag(0x0028, 0x0106), gdcm::Tag(0x0028, 0x0107)}) {
            ds.Remove(tag);
        }
        putValue(ds, pixelData, gdcm::VR::OB, packed);
    });
}

namespace {

// A sequence element of one item holding `fill`'s attributes.
gdcm::DataElement sequenceOf(const gdcm::Tag &tag, const std::function<void(gdcm::DataSet &)> &fill)
{
    gdcm::Item item;
    item.SetVLToUndefined();
    fill(item.GetNestedDataSet());
    gdcm::SmartPointer<gdcm::SequenceOfItems> sequence = new gdcm::SequenceOfItems;
    sequence->SetLengthToUndefined();
    sequence->AddItem(item);
    gdcm::DataElement element(tag);
    element.SetVR(gdcm::VR::SQ);
    element.SetValue(*sequence);
    element.SetVLToUndefined();
    return element;
}

std::string float64Bytes(double v)
{
    std::string raw(8, '\0');
    std::memcpy(raw.data(), &v, 8);
    return raw;
}

} // namespace

void writeParametricMapFromSegmentation(const fs::path &from, const fs::path &to, double scale,
                                        const std::string &referencedSeriesUid)
{
    gdcm::Reader reader;
    reader.SetFileName(from.string().c_str());
    if (!reader.Read()) {
        throw LoadError(from.string(), "cannot read the segmentation to rewrite");
    }
    gdcm::File &dicom = reader.GetFile();
    gdcm::DataSet &ds = dicom.GetDataSet();
    const gdcm::Tag pixelData(0x7fe0, 0x0010);
    const gdcm::ByteValue *stored
        = ds.FindDataElement(pixelData) ? ds.GetDataElement(pixelData).GetByteValue() : nullptr;
    if (!stored || gdcmvalues::text(ds, gdcm::Tag(0x0062, 0x0001)) != "FRACTIONAL") {
        throw LoadError(from.string(), "not an uncompressed FRACTIONAL segmentation");
    }
    // Float Pixel Data: the fraction times `scale`.
    std::string floats(stored->GetLength() * 4, '\0');
    const auto *values = reinterpret_cast<const unsigned char *>(stored->GetPointer());
    for (size_t i = 0; i < stored->GetLength(); ++i) {
        const float v = float(values[i] / 255.0 * scale);
        std::memcpy(floats.data() + i * 4, &v, 4);
    }
    ds.Remove(pixelData);
    putValue(ds, gdcm::Tag(0x7fe0, 0x0008), gdcm::VR::OF, floats);
    const auto us = [](uint16_t v) { return std::string(reinterpret_cast<const char *>(&v), 2); };
    putValue(ds, gdcm::Tag(0x0028, 0x0100), gdcm::VR::US, us(32));
    for (const gdcm::Tag &tag :
         {gdcm::Tag(0x0062, 0x0001), gdcm::Tag(0x0062, 0x0002), gdcm::Tag(0x0062, 0x000e),
          gdcm::Tag(0x0062, 0x0010), gdcm::Tag(0x0028, 0x0101), gdcm::Tag(0x0028, 0x0102),
          gdcm::Tag(0x0028, 0x0103), gdcm::Tag(0x0028, 0x0106), gdcm::Tag(0x0028, 0x0107)}) {
        ds.Remove(tag);
    }
    const std::string pmClass = "1.2.840.10008.5.1.4.1.1.30";
    putValue(ds, gdcm::Tag(0x0008, 0x0016), gdcm::VR::UI, pmClass);
    gdcm::UIDGenerator uids;
    std::string instance = uids.Generate();
    instance += instance.size() % 2 ? std::string(1, '\0') : std::string();
    putValue(ds, gdcm::Tag(0x0008, 0x0018), gdcm::VR::UI, instance);
    std::string series = uids.Generate();
    series += series.size() % 2 ? std::string(1, '\0') : std::string();
    putValue(ds, gdcm::Tag(0x0020, 0x000e), gdcm::VR::UI, series);
    putValue(ds, gdcm::Tag(0x0008, 0x103e), gdcm::VR::LO, "Ktrans map  ");
    // Real World Value Mapping in the shared functional groups: "KTRANS" in /min, identity.
    const gdcm::DataElement mapping = sequenceOf(gdcm::Tag(0x0040, 0x9096), [](gdcm::DataSet &m) {
        putValue(m, gdcm::Tag(0x0040, 0x9210), gdcm::VR::SH, "KTRANS");
        putValue(m, gdcm::Tag(0x0040, 0x9225), gdcm::VR::FD, float64Bytes(1.0));
        putValue(m, gdcm::Tag(0x0040, 0x9224), gdcm::VR::FD, float64Bytes(0.0));
        m.Replace(sequenceOf(gdcm::Tag(0x0040, 0x08ea), [](gdcm::DataSet &u) {
            putValue(u, gdcm::Tag(0x0008, 0x0100), gdcm::VR::SH, "/min");
            putValue(u, gdcm::Tag(0x0008, 0x0102), gdcm::VR::SH, "UCUM");
            putValue(u, gdcm::Tag(0x0008, 0x0104), gdcm::VR::LO, "/min");
        }));
    });
    ds.Replace(sequenceOf(gdcm::Tag(0x5200, 0x9229), [&](gdcm::DataSet &shared) {
        const auto old = gdcmvalues::firstItem(ds, gdcm::Tag(0x5200, 0x9229));
        if (old) {
            shared = *old;
        }
        shared.Replace(mapping);
    }));
    if (!referencedSeriesUid.empty()) {
        ds.Replace(sequenceOf(gdcm::Tag(0x0008, 0x1115), [&](gdcm::DataSet &r) {
            std::string uid = referencedSeriesUid;
            uid += uid.size() % 2 ? std::string(1, '\0') : std::string();
            putValue(r, gdcm::Tag(0x0020, 0x000e), gdcm::VR::UI, uid);
        }));
    }
    // The file meta says what the data set is: regenerated from the new SOP Class/Instance.
    dicom.GetHeader().Remove(gdcm::Tag(0x0002, 0x0002));
    dicom.GetHeader().Remove(gdcm::Tag(0x0002, 0x0003));
    gdcm::Writer writer;
    writer.SetFile(dicom);
    writer.SetFileName(to.string().c_str());
    if (!writer.Write()) {
        throw LoadError(to.string(), "cannot write the parametric map");
    }
}

} // namespace oncoview::mri
