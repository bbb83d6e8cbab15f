#include "viewers/mri/seriesloader.h"

#include "viewers/mri/dicomtags.h"
#include "viewers/mri/niftiloader.h"

#include <itkGDCMImageIO.h>
#include <itkImage.h>
#include <itkImageFileReader.h>

#include <algorithm>
#include <cstring>

namespace oncoview::mri {

namespace {

using Image3 = itk::Image<float, 3>;

std::string describe(const itk::ExceptionObject &e)
{
    std::string d = e.GetDescription();
    // Drop ITK's "ITK ERROR: GDCMImageIO(0x...): " prefix; the caller names the file.
    if (const size_t cut = d.find("): ");
        d.rfind("ITK ERROR", 0) == 0 && cut != std::string::npos) {
        d = d.substr(cut + 3);
    }
    while (!d.empty() && (d.back() == '\n' || d.back() == ' ')) {
        d.pop_back();
    }
    return d.empty() ? std::string("ITK could not read the image") : d;
}

// Reads one DICOM file (any transfer syntax GDCM decodes) into a float image; rescale
// slope/intercept are applied by GDCMImageIO.
Image3::Pointer readDicomFile(const std::string &file)
{
    auto io = itk::GDCMImageIO::New();
    auto reader = itk::ImageFileReader<Image3>::New();
    reader->SetImageIO(io);
    reader->SetFileName(file);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject &e) {
        const HeaderResult h = readDicomHeader(file);
        const std::string ts
            = h.header ? " (transfer syntax " + h.header->transferSyntax + ")" : std::string();
        throw LoadError(file, "pixel data could not be decoded" + ts + ": " + describe(e));
    }
    return reader->GetOutput();
}

Volume emptyVolume(const SeriesInfo &info)
{
    Volume v;
    v.size = info.size;
    v.spacing = info.spacing;
    v.origin = info.origin;
    v.direction = info.direction;
    v.voxels.assign(v.voxelCount(), 0.f);
    return v;
}

void checkCancel(const std::atomic<bool> *cancel, const std::string &file)
{
    if (cancel && cancel->load()) {
        throw LoadCancelled(file);
    }
}

Series loadSliceSeries(const SeriesInfo &info, const ProgressFn &progress,
                       const std::atomic<bool> *cancel)
{
    Series series {info, {}};
    int total = 0;
    for (const auto &files : info.phaseFiles) {
        total += int(files.size());
    }
    int done = 0;
    const size_t sliceVoxels = size_t(info.size[0]) * size_t(info.size[1]);
    for (const auto &files : info.phaseFiles) {
        Volume vol = emptyVolume(info);
        if (files.size() != size_t(info.size[2])) {
            throw LoadError(info.uid,
                            "phase has " + std::to_string(files.size()) + " files, expected "
                                + std::to_string(info.size[2]));
        }
        for (size_t z = 0; z < files.size(); ++z) {
            checkCancel(cancel, files[z]);
            const Image3::Pointer img = readDicomFile(files[z]);
            const auto sz = img->GetLargestPossibleRegion().GetSize();
            if (int(sz[0]) != info.size[0] || int(sz[1]) != info.size[1] || sz[2] != 1) {
                throw LoadError(files[z],
                                "image is " + std::to_string(sz[0]) + "x" + std::to_string(sz[1])
                                    + "x" + std::to_string(sz[2]) + ", series expects "
                                    + std::to_string(info.size[0]) + "x"
                                    + std::to_string(info.size[1]) + "x1");
            }
            std::memcpy(vol.voxels.data() + z * sliceVoxels, img->GetBufferPointer(),
                        sliceVoxels * sizeof(float));
            if (progress) {
                progress(++done, total);
            }
        }
        series.phases.push_back(std::move(vol));
    }
    return series;
}

Volume volumeFromImage(const Image3 &img)
{
    Volume v;
    const auto sz = img.GetLargestPossibleRegion().GetSize();
    for (unsigned i = 0; i < 3; ++i) {
        v.size[i] = int(sz[i]);
        v.spacing[i] = img.GetSpacing()[i];
        v.origin[i] = img.GetOrigin()[i];
        for (unsigned c = 0; c < 3; ++c) {
            v.direction[i * 3 + c] = img.GetDirection()[i][c];
        }
    }
    v.voxels.assign(img.GetBufferPointer(), img.GetBufferPointer() + v.voxelCount());
    return v;
}

Series loadMultiFrame(const SeriesInfo &info, const ProgressFn &progress,
                      const std::atomic<bool> *cancel)
{
    if (info.phaseFiles.empty() || info.phaseFiles.front().empty()) {
        throw LoadError(info.uid, "series lists no file");
    }
    const std::string &file = info.phaseFiles.front().front();
    checkCancel(cancel, file);
    Series series {info, {volumeFromImage(*readDicomFile(file))}};
    if (progress) {
        progress(1, 1);
    }
    return series;
}

} // namespace

SeriesInfo readMultiFrameInfo(const std::filesystem::path &file)
{
    auto io = itk::GDCMImageIO::New();
    io->SetFileName(file.string());
    try {
        io->ReadImageInformation();
    } catch (const itk::ExceptionObject &e) {
        throw LoadError(file.string(), "multi-frame header unreadable: " + describe(e));
    }
    if (io->GetNumberOfDimensions() < 2) {
        throw LoadError(file.string(), "multi-frame image has fewer than 2 dimensions");
    }
    SeriesInfo info;
    info.format = "dicom-multiframe";
    for (unsigned i = 0; i < 3; ++i) {
        const bool has = i < io->GetNumberOfDimensions();
        info.size[i] = has ? int(io->GetDimensions(i)) : 1;
        info.spacing[i] = has ? io->GetSpacing(i) : 1.0;
        info.origin[i] = has ? io->GetOrigin(i) : 0.0;
        const auto axis = has ? io->GetDirection(i) : std::vector<double> {};
        for (unsigned r = 0; r < 3; ++r) {
            info.direction[r * 3 + i] = r < axis.size() ? axis[r] : (r == i ? 1.0 : 0.0);
        }
    }
    info.phaseFiles = {{file.string()}};
    info.phaseLabels = {""};
    return info;
}

Series loadSeries(const SeriesInfo &info, const ProgressFn &progress,
                  const std::atomic<bool> *cancel)
{
    quietGdcm();
    if (info.format == "nifti") {
        return loadNifti(info, progress, cancel);
    }
    if (info.format == "dicom-multiframe") {
        return loadMultiFrame(info, progress, cancel);
    }
    if (info.phaseFiles.empty() || info.size[0] <= 0 || info.size[1] <= 0) {
        throw LoadError(info.uid, "series has no image files");
    }
    return loadSliceSeries(info, progress, cancel);
}

} // namespace oncoview::mri
