// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/secondarycapture.h"

#include "viewers/mri/io/loaderror.h"

#include <gdcmImageWriter.h>
#include <gdcmUIDGenerator.h>

#include <cstdio>

namespace oncoview::mri {

namespace {

// Values are padded to even length as DICOM asks: UIDs with NUL, text with a space.
void put(gdcm::DataSet &ds, uint16_t group, uint16_t element, const gdcm::VR &vr, std::string value)
{
    if (value.size() % 2 != 0) {
        value.push_back(vr == gdcm::VR::UI ? '\0' : ' ');
    }
    gdcm::DataElement de(gdcm::Tag(group, element));
    de.SetVR(vr);
    de.SetByteValue(value.data(), uint32_t(value.size()));
    ds.Replace(de);
}

std::string newUid()
{
    gdcm::UIDGenerator generator;
    return generator.Generate();
}

} // namespace

std::string writeSecondaryCapture(const KeyImage &image, const std::filesystem::path &file)
{
    if (image.width <= 0 || image.height <= 0 || image.width > 65535 || image.height > 65535
        || image.rgb.size() != size_t(image.width) * size_t(image.height) * 3) {
        throw LoadError(file.string(), "the key image has no pixels or the wrong number");
    }
    if (image.studyUid.empty()) {
        throw LoadError(file.string(), "a key image needs the study it belongs to");
    }
    gdcm::ImageWriter writer;
    gdcm::Image &pixels = writer.GetImage();
    pixels.SetNumberOfDimensions(2);
    pixels.SetDimension(0, unsigned(image.width));
    pixels.SetDimension(1, unsigned(image.height));
    gdcm::PixelFormat format(gdcm::PixelFormat::UINT8);
    format.SetSamplesPerPixel(3);
    pixels.SetPixelFormat(format);
    pixels.SetPhotometricInterpretation(gdcm::PhotometricInterpretation::RGB);
    pixels.SetPlanarConfiguration(0);
    pixels.SetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
    gdcm::DataElement data(gdcm::Tag(0x7fe0, 0x0010));
    data.SetByteValue(reinterpret_cast<const char *>(image.rgb.data()), uint32_t(image.rgb.size()));
    pixels.SetDataElement(data);

    gdcm::DataSet &ds = writer.GetFile().GetDataSet();
    const std::string sopUid = newUid();
    const StudyIdentity &id = image.identity;
    put(ds, 0x0008, 0x0005, gdcm::VR::CS, "ISO_IR 192"); // UTF-8: names as the study has them
    put(ds, 0x0008, 0x0008, gdcm::VR::CS, "DERIVED\\SECONDARY");
    put(ds, 0x0008, 0x0016, gdcm::VR::UI, "1.2.840.10008.5.1.4.1.1.7"); // Secondary Capture
    put(ds, 0x0008, 0x0018, gdcm::VR::UI, sopUid);
    put(ds, 0x0008, 0x0020, gdcm::VR::DA, id.studyDate);
    put(ds, 0x0008, 0x0050, gdcm::VR::SH, id.accessionNumber);
    put(ds, 0x0008, 0x0060, gdcm::VR::CS, "OT");
    put(ds, 0x0008, 0x0064, gdcm::VR::CS, "WSD"); // made on a workstation
    put(ds, 0x0008, 0x0070, gdcm::VR::LO, "OncoView");
    put(ds, 0x0008, 0x1030, gdcm::VR::LO, id.studyDescription);
    put(ds, 0x0008, 0x103e, gdcm::VR::LO, image.seriesDescription);
    put(ds, 0x0008, 0x2111, gdcm::VR::ST, image.derivation);
    put(ds, 0x0010, 0x0010, gdcm::VR::PN, id.patientName);
    put(ds, 0x0010, 0x0020, gdcm::VR::LO, id.patientId);
    put(ds, 0x0010, 0x0030, gdcm::VR::DA, id.patientBirthDate);
    put(ds, 0x0010, 0x0040, gdcm::VR::CS, id.patientSex);
    put(ds, 0x0020, 0x000d, gdcm::VR::UI, image.studyUid);
    put(ds, 0x0020, 0x000e, gdcm::VR::UI, image.seriesUid.empty() ? newUid() : image.seriesUid);
    put(ds, 0x0020, 0x0011, gdcm::VR::IS, "9001");
    put(ds, 0x0020, 0x0013, gdcm::VR::IS, std::to_string(image.instanceNumber));
    put(ds, 0x0028, 0x0301, gdcm::VR::CS, "YES"); // labels and overlays are in the pixels
    writer.SetFileName(file.string().c_str());
    if (!writer.Write()) {
        throw LoadError(file.string(), "cannot write the key image");
    }
    return sopUid;
}

} // namespace oncoview::mri
