// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/demostudywriter.h"

#include "viewers/mri/io/dicomrewrite.h"
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/loaderror.h"

#include <gdcmUIDGenerator.h>
#include <itkGDCMImageIO.h>
#include <itkImage.h>
#include <itkImageFileWriter.h>
#include <itkMetaDataObject.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

namespace oncoview::mri {

namespace {

namespace fs = std::filesystem;
using SliceImage = itk::Image<int16_t, 3>;

std::string newUid()
{
    gdcm::UIDGenerator generator;
    return generator.Generate();
}

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// Study-level attributes shared by every file.
struct StudyTags
{
    std::string studyUid = newUid(), frameOfReferenceUid = newUid();
};

struct SeriesTags
{
    std::string uid = newUid(), description, number, sequence;
};

// Per-file attributes that vary within a series (phase, b-value).
struct SliceTags
{
    int instance = 1;
    int temporalPosition = 0; // 0: not dynamic
    int temporalPositions = 0;
    double seconds = 0;
    std::optional<double> bValue;
};

void setTag(itk::MetaDataDictionary &dict, const char *key, const std::string &value)
{
    itk::EncapsulateMetaData<std::string>(dict, key, value);
}

itk::MetaDataDictionary dictionaryFor(const StudyTags &st, const SeriesTags &se,
                                      const SliceTags &sl, const Volume &v,
                                      const StudyLayout &layout)
{
    itk::MetaDataDictionary d;
    setTag(d, "0008|0016", "1.2.840.10008.5.1.4.1.1.4"); // MR Image Storage
    setTag(d, "0008|0018", newUid());
    setTag(d, "0008|0008", "ORIGINAL\\PRIMARY\\M\\ND");
    setTag(d, "0008|0020", "20260101");
    setTag(d, "0008|0030", "090000");
    setTag(d, "0008|0060", "MR");
    setTag(d, "0028|0004", "MONOCHROME2");
    setTag(d, "0008|0070", "OncoView synthetic phantom");
    setTag(d, "0008|103e", se.description);
    if (!layout.specificCharacterSet.empty()) {
        setTag(d, "0008|0005", layout.specificCharacterSet);
    }
    setTag(d, "0010|0010", "DEMO^PHANTOM");
    setTag(d, "0010|0020", "DEMO-0001");
    setTag(d, "0010|0040", "F");
    setTag(d, "0018|0024", se.sequence);
    setTag(d, "0018|1030", se.description);
    setTag(d, "0018|0050", num(v.spacing[2] * layout.sliceThicknessFraction));
    setTag(d, "0018|0088", num(v.spacing[2]));
    setTag(d, "0020|000d", st.studyUid);
    setTag(d, "0020|000e", se.uid);
    setTag(d, "0020|0052", st.frameOfReferenceUid);
    setTag(d, "0020|0011", se.number);
    setTag(d, "0020|0013", std::to_string(sl.instance));
    const int secs = 9 * 3600 + int(sl.seconds);
    char tm[16];
    std::snprintf(tm, sizeof tm, "%02d%02d%02d", secs / 3600, secs / 60 % 60, secs % 60);
    setTag(d, "0008|0032", tm);
    if (sl.temporalPosition > 0) {
        setTag(d, "0020|0100", std::to_string(sl.temporalPosition));
        setTag(d, "0020|0105", std::to_string(sl.temporalPositions));
        setTag(d, "0020|0012", std::to_string(sl.temporalPosition));
    }
    if (sl.bValue) {
        setTag(d, "0018|9087", num(*sl.bValue));
    }
    return d;
}

void writeSlice(const Volume &v, int z, itk::MetaDataDictionary dict, const fs::path &file)
{
    auto img = SliceImage::New();
    SliceImage::RegionType region;
    region.SetSize({{itk::SizeValueType(v.size[0]), itk::SizeValueType(v.size[1]), 1}});
    img->SetRegions(region);
    img->Allocate();
    const auto origin = v.indexToLps(0, 0, z);
    SliceImage::DirectionType dir;
    for (unsigned i = 0; i < 3; ++i) {
        for (unsigned c = 0; c < 3; ++c) {
            dir[i][c] = v.direction[i * 3 + c];
        }
    }
    img->SetOrigin(origin.data());
    img->SetSpacing(v.spacing.data());
    img->SetDirection(dir);
    const size_t n = size_t(v.size[0]) * size_t(v.size[1]);
    const float *src = v.voxels.data() + size_t(z) * n;
    std::transform(src, src + n, img->GetBufferPointer(),
                   [](float f) { return int16_t(std::clamp(std::lround(f), 0L, 32767L)); });
    img->SetMetaDataDictionary(dict);
    auto io = itk::GDCMImageIO::New();
    io->KeepOriginalUIDOn(); // our Study/Series/SOP UIDs, not fresh ones per file
    auto writer = itk::ImageFileWriter<SliceImage>::New();
    writer->SetImageIO(io);
    writer->SetInput(img);
    writer->SetFileName(file.string());
    try {
        writer->Update();
    } catch (const itk::ExceptionObject &e) {
        throw LoadError(file.string(), std::string("cannot write DICOM: ") + e.GetDescription());
    }
}

// Rewrites a DWI slice the way Philips classic MR files carry diffusion: the b-value in the
// private (2001,1003) FL under "Philips Imaging DD 001" and the gradient direction in
// (2005,10B0-B2) FL under "Philips MR Imaging DD 001", no standard Diffusion attributes.
// Diffusion-weighted slices get the direction (0.6, 0.8, 0), b=0 slices zeros.
void storeBValueAsPhilips(const fs::path &file, double b)
{
    rewriteDicom(file, file, [b](gdcm::DataSet &ds) {
        ds.Remove(gdcm::Tag(0x0018, 0x9087));
        // LO values padded to even length.
        putValue(ds, gdcm::Tag(0x0008, 0x0070), gdcm::VR::LO, "Philips Medical Systems ");
        putValue(ds, gdcm::Tag(0x2001, 0x0010), gdcm::VR::LO, "Philips Imaging DD 001");
        putValue(ds, gdcm::Tag(0x2005, 0x0010), gdcm::VR::LO, "Philips MR Imaging DD 001 ");
        const auto fl = [](double v) {
            const float value = float(v);
            std::string raw(sizeof value, '\0');
            std::memcpy(raw.data(), &value, sizeof value);
            return raw;
        };
        putValue(ds, gdcm::Tag(0x2001, 0x1003), gdcm::VR::FL, fl(b));
        const double direction[3] = {b > 0 ? 0.6 : 0.0, b > 0 ? 0.8 : 0.0, 0.0};
        for (int i = 0; i < 3; ++i) {
            putValue(ds, gdcm::Tag(0x2005, uint16_t(0x10b0 + i)), gdcm::VR::FL, fl(direction[i]));
        }
    });
}

void writeSeries(const fs::path &folder, const StudyTags &st, const SeriesTags &se,
                 const std::vector<Volume> &phases, const std::vector<SliceTags> &phaseTags,
                 const StudyLayout &layout)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        throw LoadError(folder.string(), "cannot create folder: " + ec.message());
    }
    int instance = layout.firstInstance;
    for (size_t p = 0; p < phases.size(); ++p) {
        for (int z = 0; z < phases[p].size[2]; ++z) {
            SliceTags sl = phaseTags[p];
            sl.instance = instance;
            instance += layout.instanceStep;
            char name[48];
            std::snprintf(name, sizeof name, "IM_%02zu_%03d.dcm", p + 1, z + 1);
            writeSlice(phases[p], z, dictionaryFor(st, se, sl, phases[p], layout), folder / name);
            if (layout.philipsDiffusionTags && sl.bValue) {
                storeBValueAsPhilips(folder / name, *sl.bValue);
            }
        }
    }
}

} // namespace

std::vector<PhantomFinding> writeDemoStudy(const fs::path &dir, uint32_t seed)
{
    return writePhantomStudy(dir, PhantomParams {}, seed);
}

std::vector<PhantomFinding> writePhantomStudy(const fs::path &dir, const PhantomParams &params,
                                              uint32_t seed, const StudyLayout &layout)
{
    quietGdcm();
    const PhantomStudy study = breastPhantom(params, seed);
    const StudyTags st;
    std::vector<SliceTags> dceTags;
    for (size_t p = 0; p < study.dce.size(); ++p) {
        SliceTags t;
        t.temporalPosition = int(p) + 1;
        t.temporalPositions = int(study.dce.size());
        t.seconds = study.dceSeconds[p];
        dceTags.push_back(t);
    }
    if (layout.dcePhasePerSeries) {
        for (size_t p = 0; p < study.dce.size(); ++p) {
            static const char *const names[] = {"pre", "1st pass", "2nd pass", "3rd pass"};
            const std::string name = p < 4 ? names[p] : std::to_string(p) + "th pass";
            SliceTags untagged; // only the acquisition time tells the phases apart
            untagged.seconds = study.dceSeconds[p];
            writeSeries(dir / ("DCE_" + std::to_string(p + 1)), st,
                        {newUid(), name, std::to_string(10 + p), "fl3d_dyn"}, {study.dce[p]},
                        {untagged}, layout);
        }
    } else {
        writeSeries(dir / "DCE", st, {newUid(), "DCE T1 fl3d dynamic", "3", "fl3d_dyn"}, study.dce,
                    dceTags, layout);
    }
    const std::string t2Description
        = layout.t2DescriptionBytes.empty() ? "T2 TSE axial" : layout.t2DescriptionBytes;
    writeSeries(dir / "T2", st, {newUid(), t2Description, "2", "tse2d"}, {study.t2}, {{}}, layout);
    std::vector<SliceTags> dwiTags;
    for (double b : study.bValues) {
        SliceTags t;
        t.bValue = b;
        dwiTags.push_back(t);
    }
    writeSeries(dir / "DWI", st, {newUid(), "DWI ep2d_diff b0 b800", "4", "ep_b"}, study.dwi,
                dwiTags, layout);
    return study.findings;
}

} // namespace oncoview::mri
