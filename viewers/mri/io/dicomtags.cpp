// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/dicomtags.h"

#include "viewers/mri/io/csaheader.h"
#include "viewers/mri/io/dicomcharset.h"
#include "viewers/mri/io/dicomstructure.h"
#include "viewers/mri/io/rawpixels.h"

#include <gdcmDataSet.h>
#include <gdcmFileMetaInformation.h>
#include <gdcmReader.h>
#include <gdcmTrace.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <vector>

namespace oncoview::mri {

namespace {

const gdcm::Tag kPixelData(0x7fe0, 0x0010);

std::string trimmed(std::string s)
{
    const auto notSpace = [](char c) { return c != ' ' && c != '\0' && c != '\r' && c != '\n'; };
    while (!s.empty() && !notSpace(s.back())) {
        s.pop_back();
    }
    size_t start = 0;
    while (start < s.size() && !notSpace(s[start])) {
        ++start;
    }
    return s.substr(start);
}

// Raw value bytes of a tag (GDCM hands them over in little-endian order even for big-endian files).
const gdcm::ByteValue *bytes(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    const gdcm::Tag tag(group, element);
    if (!ds.FindDataElement(tag)) {
        return nullptr;
    }
    const gdcm::DataElement &de = ds.GetDataElement(tag);
    return de.IsEmpty() ? nullptr : de.GetByteValue();
}

std::string text(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    const gdcm::ByteValue *bv = bytes(ds, group, element);
    return bv ? trimmed(std::string(bv->GetPointer(), bv->GetLength())) : std::string();
}

std::vector<double> numbers(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    return parseDicomNumbers(text(ds, group, element));
}

std::optional<double> number(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    const auto v = numbers(ds, group, element);
    return v.empty() ? std::nullopt : std::optional<double>(v.front());
}

int unsignedShort(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    const gdcm::ByteValue *bv = bytes(ds, group, element);
    if (!bv || bv->GetLength() < 2) {
        return 0;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bv->GetPointer());
    return p[0] | (p[1] << 8);
}

std::optional<double> float64(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    const gdcm::ByteValue *bv = bytes(ds, group, element);
    if (!bv || bv->GetLength() != 8) {
        return std::nullopt;
    }
    double v = 0;
    std::memcpy(&v, bv->GetPointer(), 8);
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// A private FL value (4 bytes, the file's little-endian order).
std::optional<double> float32(const gdcm::DataSet &ds, uint16_t group, uint16_t element)
{
    const gdcm::ByteValue *bv = bytes(ds, group, element);
    if (!bv || bv->GetLength() != 4) {
        return std::nullopt;
    }
    float v = 0;
    std::memcpy(&v, bv->GetPointer(), 4);
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

template<size_t N>
std::optional<std::array<double, N>> fixed(const gdcm::DataSet &ds, uint16_t g, uint16_t e)
{
    const auto v = numbers(ds, g, e);
    if (v.size() != N) {
        return std::nullopt;
    }
    std::array<double, N> a {};
    std::copy(v.begin(), v.end(), a.begin());
    return a;
}

std::optional<double> vendorBValue(const gdcm::DataSet &ds, const std::string &manufacturer)
{
    if (auto b = float64(ds, 0x0018, 0x9087)) {
        return b;
    }
    if (manufacturer.find("SIEMENS") != std::string::npos) {
        return number(ds, 0x0019, 0x100c);
    }
    std::string upper = manufacturer;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    if (upper.find("PHILIPS") != std::string::npos) {
        // Philips classic DWI: "Diffusion B-Factor" (2001,1003), FL.
        if (auto b = float32(ds, 0x2001, 0x1003)) {
            return b;
        }
    }
    if (manufacturer.find("GE") == 0) {
        // GE stores b in the first value of (0043,1039), sometimes offset by 1e9.
        if (auto b = number(ds, 0x0043, 0x1039)) {
            return std::fmod(*b, 1e9);
        }
    }
    return std::nullopt;
}

std::string upperCase(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

std::optional<std::array<double, 3>> vector3(std::vector<double> v)
{
    return v.size() == 3 ? std::optional<std::array<double, 3>>({v[0], v[1], v[2]}) : std::nullopt;
}

// Three FD (8-byte) or FL (4-byte) values of one tag, or one value each of three tags.
std::vector<double> binaryNumbers(const gdcm::DataSet &ds, uint16_t group, uint16_t element,
                                  size_t width)
{
    std::vector<double> out;
    const gdcm::ByteValue *bv = bytes(ds, group, element);
    for (size_t i = 0; bv && i + width <= bv->GetLength(); i += width) {
        double v = 0;
        if (width == 8) {
            std::memcpy(&v, bv->GetPointer() + i, 8);
        } else {
            float f = 0;
            std::memcpy(&f, bv->GetPointer() + i, 4);
            v = f;
        }
        out.push_back(v);
    }
    return out;
}

std::optional<std::array<double, 3>> vendorGradientDirection(const gdcm::DataSet &ds,
                                                             const std::string &manufacturer,
                                                             const CsaHeader &csa)
{
    if (auto standard = vector3(binaryNumbers(ds, 0x0018, 0x9089, 8))) {
        return standard;
    }
    if (manufacturer.find("SIEMENS") != std::string::npos) {
        if (auto v = vector3(binaryNumbers(ds, 0x0019, 0x100e, 8))) {
            return v;
        }
        return vector3(csaNumbers(csa, "DiffusionGradientDirection"));
    }
    std::vector<double> v;
    if (manufacturer.find("GE") == 0) {
        for (const uint16_t element : {0x10bb, 0x10bc, 0x10bd}) {
            if (const auto x = number(ds, 0x0019, element)) {
                v.push_back(*x);
            }
        }
    } else if (manufacturer.find("PHILIPS") != std::string::npos) {
        for (const uint16_t element : {0x10b0, 0x10b1, 0x10b2}) {
            const auto x = binaryNumbers(ds, 0x2005, element, 4);
            v.insert(v.end(), x.begin(), x.begin() + std::min<size_t>(x.size(), 1));
        }
    }
    return vector3(v);
}

// Siemens MOSAIC: the slice count from (0019,100A) or the CSA image header, and the CSA's
// slice normal (its sign says which way the tiles are stacked).
void readMosaic(const gdcm::DataSet &ds, const CsaHeader &csa, DicomHeader &h)
{
    if (upperCase(h.imageType).find("MOSAIC") == std::string::npos) {
        return;
    }
    h.mosaicImages = unsignedShort(ds, 0x0019, 0x100a);
    if (h.mosaicImages <= 0) {
        const auto n = csaNumbers(csa, "NumberOfImagesInMosaic");
        h.mosaicImages = n.empty() ? 0 : int(n.front());
    }
    h.sliceNormal = vector3(csaNumbers(csa, "SliceNormalVector"));
}

StudyIdentity readIdentity(const gdcm::DataSet &ds, const std::string &characterSet)
{
    const auto decoded = [&](uint16_t group, uint16_t element) {
        return dicomTextToUtf8(text(ds, group, element), characterSet);
    };
    StudyIdentity id;
    id.patientName = decoded(0x0010, 0x0010);
    id.patientId = decoded(0x0010, 0x0020);
    id.patientBirthDate = text(ds, 0x0010, 0x0030);
    id.patientSex = text(ds, 0x0010, 0x0040);
    id.studyDate = text(ds, 0x0008, 0x0020);
    id.studyDescription = decoded(0x0008, 0x1030);
    id.accessionNumber = decoded(0x0008, 0x0050);
    id.institution = decoded(0x0008, 0x0080);
    id.manufacturer = decoded(0x0008, 0x0070);
    id.scannerModel = decoded(0x0008, 0x1090);
    id.fieldStrengthTesla = number(ds, 0x0018, 0x0087);
    // Older GE scanners (Genesis Signa) store gauss: 15000 is 1.5 T. No magnet reaches 100 T.
    if (id.fieldStrengthTesla && *id.fieldStrengthTesla > 100.0) {
        *id.fieldStrengthTesla /= 10000.0;
    }
    return id;
}

DicomHeader extract(const gdcm::File &file, const std::string &path)
{
    const gdcm::DataSet &ds = file.GetDataSet();
    DicomHeader h;
    h.file = path;
    h.seriesUid = text(ds, 0x0020, 0x000e);
    h.studyUid = text(ds, 0x0020, 0x000d);
    h.seriesNumber = text(ds, 0x0020, 0x0011);
    // Text people read is decoded from the file's character set (GB18030, Latin-1, ...).
    const std::string characterSet = text(ds, 0x0008, 0x0005);
    h.description = dicomTextToUtf8(text(ds, 0x0008, 0x103e), characterSet);
    h.modality = text(ds, 0x0008, 0x0060);
    h.identity = readIdentity(ds, characterSet);
    h.protocolName = dicomTextToUtf8(text(ds, 0x0018, 0x1030), characterSet);
    h.sequenceName = text(ds, 0x0018, 0x0024);
    h.imageType = text(ds, 0x0008, 0x0008);
    h.sopClassUid = text(ds, 0x0008, 0x0016);
    h.sopInstanceUid = text(ds, 0x0008, 0x0018);
    h.transferSyntax = text(file.GetHeader(), 0x0002, 0x0010);
    h.rows = unsignedShort(ds, 0x0028, 0x0010);
    h.columns = unsignedShort(ds, 0x0028, 0x0011);
    // As stored when present (absent: 1), so that readDicomHeader can refuse a value GDCM
    // asserts on (found by opening "/", whose fuzz corpora hold such headers).
    h.samplesPerPixel = bytes(ds, 0x0028, 0x0002) ? unsignedShort(ds, 0x0028, 0x0002) : 1;
    h.bitsAllocated = unsignedShort(ds, 0x0028, 0x0100);
    h.bitsStored = unsignedShort(ds, 0x0028, 0x0101);
    h.pixelRepresentation = unsignedShort(ds, 0x0028, 0x0103);
    h.rescaleSlope = number(ds, 0x0028, 0x1053);
    h.rescaleIntercept = number(ds, 0x0028, 0x1052);
    h.numberOfFrames = std::max(1, int(number(ds, 0x0028, 0x0008).value_or(1)));
    h.position = fixed<3>(ds, 0x0020, 0x0032);
    h.orientation = fixed<6>(ds, 0x0020, 0x0037);
    h.pixelSpacing = fixed<2>(ds, 0x0028, 0x0030);
    h.sliceThickness = number(ds, 0x0018, 0x0050);
    h.spacingBetweenSlices = number(ds, 0x0018, 0x0088);
    h.temporalPosition = number(ds, 0x0020, 0x0100);
    h.acquisitionNumber = number(ds, 0x0020, 0x0012);
    h.triggerTime = number(ds, 0x0018, 0x1060);
    h.acquisitionTime = dicomTimeOfDay(text(ds, 0x0008, 0x0032));
    h.contentTime = dicomTimeOfDay(text(ds, 0x0008, 0x0033));
    h.instanceNumber = number(ds, 0x0020, 0x0013);
    const std::string manufacturer = upperCase(text(ds, 0x0008, 0x0070));
    h.bValue = vendorBValue(ds, text(ds, 0x0008, 0x0070));
    // The CSA block is parsed only where it is needed: Siemens mosaics and diffusion images.
    CsaHeader csa;
    if (manufacturer.find("SIEMENS") != std::string::npos
        && (upperCase(h.imageType).find("MOSAIC") != std::string::npos || h.bValue)) {
        if (const gdcm::ByteValue *block = bytes(ds, 0x0029, 0x1010)) {
            csa = parseCsaHeader(block->GetPointer(), block->GetLength());
        }
    }
    h.gradientDirection = vendorGradientDirection(ds, manufacturer, csa);
    readMosaic(ds, csa, h);
    return h;
}

} // namespace

std::vector<double> parseDicomNumbers(const std::string &s)
{
    std::vector<double> out;
    size_t start = 0;
    while (start <= s.size() && !s.empty()) {
        const size_t end = std::min(s.find('\\', start), s.size());
        const std::string part = trimmed(s.substr(start, end - start));
        char *stop = nullptr;
        const double v = std::strtod(part.c_str(), &stop);
        if (part.empty() || stop == part.c_str() || !std::isfinite(v)) {
            return {}; // one bad component makes the whole attribute unusable
        }
        out.push_back(v);
        start = end + 1;
    }
    return out;
}

std::optional<double> dicomTimeOfDay(const std::string &tm)
{
    if (tm.size() < 2) {
        return std::nullopt;
    }
    const double hh = std::atof(tm.substr(0, 2).c_str());
    const double mm = tm.size() >= 4 ? std::atof(tm.substr(2, 2).c_str()) : 0.0;
    const double ss = tm.size() >= 6 ? std::atof(tm.substr(4).c_str()) : 0.0;
    return hh * 3600 + mm * 60 + ss;
}

bool isDerivedImageType(const std::string &imageType)
{
    std::string upper = imageType.substr(0, 7);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    return upper == "DERIVED";
}

void quietGdcm()
{
    gdcm::Trace::SetDebug(false);
    gdcm::Trace::SetWarning(false);
    gdcm::Trace::SetError(false);
}

std::string quickDicomCheck(const std::filesystem::path &file)
{
    // Sized first: a file that says it is empty is not read, as reading some (/proc/kmsg, a
    // folder of "/" opened by mistake) blocks for ever.
    std::error_code ec;
    if (const auto size = std::filesystem::file_size(file, ec); !ec && size < 8) {
        return "not a DICOM file: too short";
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return "cannot open file";
    }
    unsigned char head[132] = {};
    in.read(reinterpret_cast<char *>(head), sizeof head);
    const auto got = size_t(in.gcount());
    if (got >= 132 && std::memcmp(head + 128, "DICM", 4) == 0) {
        return dicomStructureProblem(file);
    }
    if (got >= 2 && head[0] == 0x1f && head[1] == 0x8b) {
        return "not a DICOM file: gzip-compressed data (decompress it first)";
    }
    if (got < 8) {
        return "not a DICOM file: too short";
    }
    // No preamble: accept a data set that starts with a low even group in either byte order,
    // as old ACR-NEMA style files do; anything else is rejected without a full parse.
    const int groupLe = head[0] | (head[1] << 8);
    const int groupBe = (head[0] << 8) | head[1];
    const auto plausible = [](int g) { return g != 0 && g <= 0x0010 && g % 2 == 0; };
    if (plausible(groupLe) || plausible(groupBe)) {
        return dicomStructureProblem(file);
    }
    return "not a DICOM file (no 'DICM' marker at byte 128 and no data set at the start)";
}

HeaderResult readDicomHeader(const std::filesystem::path &file)
{
    HeaderResult result;
    if (std::string why = quickDicomCheck(file); !why.empty()) {
        result.error = why;
        return result;
    }
    try {
        gdcm::Reader reader;
        reader.SetFileName(file.string().c_str());
        // Skipping Pixel Data keeps the scan at header cost: reading stops at its tag.
        const std::set<gdcm::Tag> skip {kPixelData};
        if (!reader.ReadUpToTag(kPixelData, skip)) {
            const gdcm::FileMetaInformation &meta = reader.GetFile().GetHeader();
            const bool hasMeta = !meta.IsEmpty();
            if (hasMeta && !meta.FindDataElement(gdcm::Tag(0x0002, 0x0010))) {
                result.error = "DICOM file meta information lacks TransferSyntaxUID (0002,0010)";
            } else {
                result.error = "DICOM header could not be parsed (corrupt or unsupported encoding)";
            }
            return result;
        }
        const auto size = std::filesystem::file_size(file);
        const size_t pos = reader.GetStreamCurrentPosition();
        DicomHeader h = extract(reader.GetFile(), file.string());
        // Reading stops at the Pixel Data tag; at end of file means there is none.
        h.hasPixelData = pos != size_t(-1) && pos < size;
        h.bytesAfterHeader = h.hasPixelData ? size - pos : 0;
        h.encapsulated = reader.GetFile().GetHeader().GetDataSetTransferSyntax().IsEncapsulated();
        h.fileSize = size;
        // Float and Double Float Pixel Data (parametric maps) come before (7FE0,0010): the
        // header read has them already.
        const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
        for (const auto &[element, bits] : {std::pair<uint16_t, int>(0x0008, 32), {0x0009, 64}}) {
            if (const gdcm::ByteValue *floats = bytes(ds, 0x7fe0, element)) {
                h.hasPixelData = true;
                h.bitsAllocated = bits;
                h.bytesAfterHeader = floats->GetLength();
            }
        }
        // GDCM's decoder asserts (aborts the process) on any other value: refused here, where
        // every reader of a header passes (the scan, and the loaders that read it again).
        if (h.hasPixelData && h.samplesPerPixel != 1 && h.samplesPerPixel != 3
            && h.samplesPerPixel != 4) {
            result.error = "corrupt DICOM header: Samples per Pixel (0028,0002) is "
                + std::to_string(h.samplesPerPixel) + "; an image has 1 (grey) or 3 (colour)";
            return result;
        }
        if (h.hasPixelData && !h.encapsulated) {
            locatePixelValue(file, pos, size, h);
        }
        result.header = std::move(h);
    } catch (const std::exception &e) {
        result.error = std::string("DICOM header could not be parsed: ") + e.what();
    }
    return result;
}

} // namespace oncoview::mri
