// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/enhancedloader.h"

#include "viewers/mri/io/dicomtags.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>

#include <cstring>
#include <exception>
#include <vector>

namespace oncoview::mri {

namespace {

// Stored values of one frame -> modality values. memcpy per value: the decoded buffer is bytes.
template<typename T>
void rescaleFrame(const char *src, size_t count, const FrameRef &frame, float *dest)
{
    for (size_t i = 0; i < count; ++i) {
        T v;
        std::memcpy(&v, src + i * sizeof(T), sizeof(T));
        dest[i] = float(double(v) * frame.slope + frame.intercept);
    }
}

using RescaleFn = void (*)(const char *, size_t, const FrameRef &, float *);

RescaleFn rescalerFor(const gdcm::PixelFormat &pf)
{
    switch (pf.GetScalarType()) {
    case gdcm::PixelFormat::UINT8:
        return rescaleFrame<uint8_t>;
    case gdcm::PixelFormat::INT8:
        return rescaleFrame<int8_t>;
    case gdcm::PixelFormat::UINT16:
        return rescaleFrame<uint16_t>;
    case gdcm::PixelFormat::INT16:
        return rescaleFrame<int16_t>;
    case gdcm::PixelFormat::UINT32:
        return rescaleFrame<uint32_t>;
    case gdcm::PixelFormat::INT32:
        return rescaleFrame<int32_t>;
    case gdcm::PixelFormat::FLOAT32:
        return rescaleFrame<float>;
    case gdcm::PixelFormat::FLOAT64:
        return rescaleFrame<double>;
    default:
        return nullptr;
    }
}

[[noreturn]] void decodeFailed(const std::string &file, const std::string &why)
{
    const HeaderResult h = readDicomHeader(file);
    const std::string ts
        = h.header ? " (transfer syntax " + h.header->transferSyntax + ")" : std::string();
    throw LoadError(file, "pixel data could not be decoded" + ts + ": " + why);
}

} // namespace

namespace {

// One file's frames decoded: the buffer and how to read it.
struct DecodedFile
{
    std::vector<char> buffer;
    RescaleFn rescale;
    size_t frames = 0;
    size_t frameVoxels = 0;
    size_t frameBytes = 0;
};

DecodedFile decodeFile(const SeriesInfo &info, const std::string &file)
{
    gdcm::ImageReader reader;
    reader.SetFileName(file.c_str());
    DecodedFile decoded;
    try {
        if (!reader.Read()) {
            decodeFailed(file, "GDCM could not read the image");
        }
        const gdcm::Image &image = reader.GetImage();
        decoded.buffer.resize(image.GetBufferLength());
        if (decoded.buffer.empty() || !image.GetBuffer(decoded.buffer.data())) {
            decodeFailed(file, "GDCM could not decode the frames");
        }
    } catch (const LoadError &) {
        throw;
    } catch (const std::exception &e) {
        decodeFailed(file, e.what());
    }
    const gdcm::Image &image = reader.GetImage();
    const gdcm::PixelFormat &pf = image.GetPixelFormat();
    if (pf.GetSamplesPerPixel() != 1) {
        throw LoadError(file,
                        "colour multi-frame images (" + std::to_string(pf.GetSamplesPerPixel())
                            + " samples per pixel) are not supported");
    }
    decoded.rescale = rescalerFor(pf);
    if (!decoded.rescale) {
        throw LoadError(file,
                        std::string("unsupported pixel format ") + pf.GetScalarTypeAsString());
    }
    const size_t columns = image.GetColumns(), rows = image.GetRows();
    decoded.frames = image.GetNumberOfDimensions() > 2 ? image.GetDimension(2) : 1;
    if (int(columns) != info.size[0] || int(rows) != info.size[1]) {
        throw LoadError(file,
                        "frames are " + std::to_string(columns) + "x" + std::to_string(rows)
                            + ", the header said " + std::to_string(info.size[0]) + "x"
                            + std::to_string(info.size[1]));
    }
    decoded.frameVoxels = columns * rows;
    decoded.frameBytes = decoded.frameVoxels * size_t(pf.GetPixelSize());
    if (decoded.buffer.size() < decoded.frames * decoded.frameBytes) {
        decodeFailed(file,
                     "decoded data shorter than " + std::to_string(decoded.frames) + " frames");
    }
    return decoded;
}

} // namespace

Series loadMultiFrameSeries(const SeriesInfo &info, const ProgressFn &progress,
                            const std::atomic<bool> *cancel)
{
    if (info.phaseFiles.empty() || info.phaseFiles.front().empty() || info.phaseFrames.empty()) {
        throw LoadError(info.uid, "multi-frame series lists no file or frames");
    }
    // Usually one file holds every phase; a scanner that stores one volume per file (Siemens
    // XA enhanced MR) gives each phase its own. Each file is decoded once.
    std::string decodedPath;
    DecodedFile decoded;
    Series series {info, {}};
    const int phases = int(info.phaseFrames.size());
    for (int p = 0; p < phases; ++p) {
        const std::vector<std::string> &files
            = info.phaseFiles[std::min(size_t(p), info.phaseFiles.size() - 1)];
        const std::string &file = files.front();
        if (cancel && cancel->load()) {
            throw LoadCancelled(file);
        }
        if (file != decodedPath) {
            decoded = decodeFile(info, file);
            decodedPath = file;
        }
        const size_t frames = decoded.frames, frameVoxels = decoded.frameVoxels,
                     frameBytes = decoded.frameBytes;
        const std::vector<FrameRef> &slices = info.phaseFrames[size_t(p)];
        if (int(slices.size()) != info.size[2]) {
            throw LoadError(file,
                            "phase " + std::to_string(p + 1) + " has "
                                + std::to_string(slices.size()) + " frames, expected "
                                + std::to_string(info.size[2]));
        }
        Volume v = volumeShapedLike(info);
        for (size_t z = 0; z < slices.size(); ++z) {
            const FrameRef &frame = slices[z];
            if (frame.frame < 0 || size_t(frame.frame) >= frames) {
                throw LoadError(file,
                                "frame " + std::to_string(frame.frame + 1)
                                    + " is not in the pixel data (" + std::to_string(frames)
                                    + " frames)");
            }
            decoded.rescale(decoded.buffer.data() + size_t(frame.frame) * frameBytes, frameVoxels,
                            frame, v.voxels.data() + z * frameVoxels);
        }
        series.phases.push_back(std::move(v));
        if (progress) {
            progress(p + 1, phases);
        }
    }
    return series;
}

} // namespace oncoview::mri
