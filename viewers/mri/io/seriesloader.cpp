// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/seriesloader.h"

#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/enhancedloader.h"
#include "viewers/mri/io/mosaic.h"
#include "viewers/mri/io/niftiloader.h"
#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/rawpixels.h"
#include "viewers/mri/io/segmentation.h"

#include <itkGDCMImageIO.h>
#include <itkImage.h>
#include <itkImageFileReader.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#ifdef __linux__
#include <sched.h>
#endif

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

} // namespace

std::vector<float> readDicomPixels(const std::string &file, int *columns, int *rows)
{
    const Image3::Pointer img = readDicomFile(file);
    const auto size = img->GetLargestPossibleRegion().GetSize();
    *columns = int(size[0]);
    *rows = int(size[1]);
    const float *begin = img->GetBufferPointer();
    return std::vector<float>(begin, begin + size[0] * size[1]);
}

namespace {

void checkCancel(const std::atomic<bool> *cancel, const std::string &file)
{
    if (cancel && cancel->load()) {
        throw LoadCancelled(file);
    }
}

// Cores this process may run on (the affinity mask, which containers and `taskset` narrow;
// hardware_concurrency() counts every core of the machine).
int usableCores()
{
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        return std::max(1, CPU_COUNT(&set));
    }
#endif
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

// Decodes one slice file into its place in vol (size checked against the series).
void decodeSlice(const SeriesInfo &info, const std::string &file, float *dest)
{
    const size_t voxels = size_t(info.size[0]) * size_t(info.size[1]);
    if (const auto raw = info.rawPixels.find(file);
        raw != info.rawPixels.end() && readRawPixels(file, raw->second, voxels, dest)) {
        return; // uncompressed: one read, no second parse
    }
    const Image3::Pointer img = readDicomFile(file);
    const auto sz = img->GetLargestPossibleRegion().GetSize();
    if (int(sz[0]) != info.size[0] || int(sz[1]) != info.size[1] || sz[2] != 1) {
        throw LoadError(file,
                        "image is " + std::to_string(sz[0]) + "x" + std::to_string(sz[1]) + "x"
                            + std::to_string(sz[2]) + ", series expects "
                            + std::to_string(info.size[0]) + "x" + std::to_string(info.size[1])
                            + "x1");
    }
    std::memcpy(dest, img->GetBufferPointer(), sz[0] * sz[1] * sizeof(float));
}

// Decoding a slice (GDCM parse + pixel conversion) is CPU-bound and independent per file, so
// files are shared among a few threads. The calling thread decodes too and alone reports
// progress, so ProgressFn keeps its "called on the loading thread" contract. The first error
// (lowest file index) is rethrown after all threads stopped.
Series loadSliceSeries(const SeriesInfo &info, const ProgressFn &progress,
                       const std::atomic<bool> *cancel)
{
    Series series {info, {}};
    struct Job
    {
        const std::string *file;
        float *dest;
    };
    std::vector<Job> jobs;
    const size_t sliceVoxels = size_t(info.size[0]) * size_t(info.size[1]);
    for (const auto &files : info.phaseFiles) {
        if (files.size() != size_t(info.size[2])) {
            throw LoadError(info.uid,
                            "phase has " + std::to_string(files.size()) + " files, expected "
                                + std::to_string(info.size[2]));
        }
        series.phases.push_back(volumeShapedLike(info));
        float *base = series.phases.back().voxels.data();
        for (size_t z = 0; z < files.size(); ++z) {
            jobs.push_back({&files[z], base + z * sliceVoxels});
        }
    }
    const int total = int(jobs.size());
    std::atomic<int> next {0}, done {0};
    std::atomic<bool> failed {false};
    std::mutex errorMutex;
    int errorIndex = total;
    std::exception_ptr error;
    int reported = 0;
    const auto work = [&](bool reportProgress) {
        for (int i = next++; i < total && !failed.load(); i = next++) {
            try {
                checkCancel(cancel, *jobs[size_t(i)].file);
                decodeSlice(info, *jobs[size_t(i)].file, jobs[size_t(i)].dest);
            } catch (...) {
                const std::lock_guard lock(errorMutex);
                if (i < errorIndex) {
                    errorIndex = i;
                    error = std::current_exception();
                }
                failed = true;
            }
            const int finished = ++done;
            if (reportProgress && progress) {
                progress(reported = finished, total);
            }
        }
    };
    const int helpers = std::clamp(usableCores() - 1, 0, std::min(7, total / 8));
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t) {
        threads.emplace_back(work, false);
    }
    work(true);
    for (auto &t : threads) {
        t.join();
    }
    if (error) {
        std::rethrow_exception(error);
    }
    if (progress && reported < total) {
        progress(total, total);
    }
    return series;
}

} // namespace

Series loadSeries(const SeriesInfo &info, const ProgressFn &progress,
                  const std::atomic<bool> *cancel)
{
    quietGdcm();
    if (info.format == "nifti") {
        return loadNifti(info, progress, cancel);
    }
    if (info.segmentation || info.parametricMap) {
        // One volume on the object's own grid (the scan's geometry guessed it from frames that
        // may hold several segments at one place, or leave slices out).
        Series series {info,
                       {info.segmentation ? loadSegmentationLabels(*info.segmentation, cancel)
                                          : loadParametricMap(*info.parametricMap, cancel)}};
        const Volume &volume = series.phases.front();
        series.info.size = volume.size;
        series.info.spacing = volume.spacing;
        series.info.origin = volume.origin;
        series.info.direction = volume.direction;
        series.info.phases = 1;
        if (progress) {
            progress(1, 1);
        }
        return series;
    }
    if (info.format == "dicom-mosaic") {
        return loadMosaicSeries(info, progress, cancel);
    }
    if (info.format == "dicom-multiframe") {
        return loadMultiFrameSeries(info, progress, cancel);
    }
    if (info.phaseFiles.empty() || info.size[0] <= 0 || info.size[1] <= 0) {
        throw LoadError(info.uid, "series has no image files");
    }
    return loadSliceSeries(info, progress, cancel);
}

} // namespace oncoview::mri
