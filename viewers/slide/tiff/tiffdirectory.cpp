// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tiff/tiffdirectory.h"

#include <tiffio.h>

#include <cstdio>

namespace oncoview::slide::tiff {

namespace {

template<typename T> T field(TIFF *tiff, uint32_t tag, T fallback)
{
    T value = fallback;
    return TIFFGetField(tiff, tag, &value) == 1 ? value : fallback;
}

std::vector<uint64_t> tileArray(TIFF *tiff, uint32_t tag, size_t count)
{
    uint64_t *values = nullptr;
    if (TIFFGetField(tiff, tag, &values) != 1 || !values) {
        return {};
    }
    return std::vector<uint64_t>(values, values + count);
}

} // namespace

std::unique_ptr<TiffHandle> TiffHandle::open(const std::string &path, std::string *error)
{
    std::unique_ptr<TiffHandle> handle(new TiffHandle);
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, &TiffHandle::onError, handle.get());
    TIFFOpenOptionsSetWarningHandlerExtR(options, &TiffHandle::onWarning, handle.get());
    // A corrupt header must not make libtiff allocate gigabytes for one tag.
    TIFFOpenOptionsSetMaxSingleMemAlloc(options, tmsize_t(256) << 20);
    // "m": no memory map; tiles are read with pread, and a mapped file truncated under us
    // would end the process with SIGBUS.
    handle->m_tiff = TIFFOpenExt(path.c_str(), "rm", options);
    TIFFOpenOptionsFree(options);
    if (!handle->m_tiff) {
        if (error) {
            *error = handle->m_error.empty() ? "not a TIFF file" : handle->m_error;
        }
        return {};
    }
    return handle;
}

TiffHandle::~TiffHandle()
{
    if (m_tiff) {
        TIFFClose(m_tiff);
    }
}

std::string TiffHandle::takeError()
{
    std::string error;
    error.swap(m_error);
    return error;
}

int TiffHandle::onError(TIFF *, void *user, const char *module, const char *fmt, va_list ap)
{
    char message[512];
    std::vsnprintf(message, sizeof message, fmt, ap);
    auto *self = static_cast<TiffHandle *>(user);
    self->m_error = module ? std::string(module) + ": " + message : std::string(message);
    return 1; // handled: libtiff's default handler would print it
}

int TiffHandle::onWarning(TIFF *, void *, const char *, const char *, va_list)
{
    return 1; // unknown private tags and the like: nothing a user can act on
}

bool TiffDirectory::isJpegRgbTiled() const
{
    return tiled && compression == COMPRESSION_JPEG && samplesPerPixel == 3 && bitsPerSample == 8
        && planarConfig == PLANARCONFIG_CONTIG
        && (photometric == PHOTOMETRIC_RGB || photometric == PHOTOMETRIC_YCBCR);
}

TiffDirectory readCurrentDirectory(TIFF *tiff)
{
    TiffDirectory d;
    d.width = field<uint32_t>(tiff, TIFFTAG_IMAGEWIDTH, 0);
    d.height = field<uint32_t>(tiff, TIFFTAG_IMAGELENGTH, 0);
    d.tiled = TIFFIsTiled(tiff) != 0;
    d.compression = field<uint16_t>(tiff, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
    d.photometric = field<uint16_t>(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
    d.samplesPerPixel = field<uint16_t>(tiff, TIFFTAG_SAMPLESPERPIXEL, 1);
    d.bitsPerSample = field<uint16_t>(tiff, TIFFTAG_BITSPERSAMPLE, 1);
    d.planarConfig = field<uint16_t>(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    d.subfileType = field<uint32_t>(tiff, TIFFTAG_SUBFILETYPE, 0);
    if (const char *text = field<const char *>(tiff, TIFFTAG_IMAGEDESCRIPTION, nullptr)) {
        d.description = text;
    }
    uint32_t tablesSize = 0;
    const uint8_t *tables = nullptr;
    if (TIFFGetField(tiff, TIFFTAG_JPEGTABLES, &tablesSize, &tables) == 1 && tables) {
        d.jpegTables.assign(tables, tables + tablesSize);
    }
    if (d.tiled) {
        d.tileWidth = field<uint32_t>(tiff, TIFFTAG_TILEWIDTH, 0);
        d.tileHeight = field<uint32_t>(tiff, TIFFTAG_TILELENGTH, 0);
        if (d.tileWidth == 0 || d.tileHeight == 0) {
            d.tiled = false;
        } else {
            const size_t count = size_t(TIFFNumberOfTiles(tiff));
            d.tileOffsets = tileArray(tiff, TIFFTAG_TILEOFFSETS, count);
            d.tileByteCounts = tileArray(tiff, TIFFTAG_TILEBYTECOUNTS, count);
        }
    }
    uint16_t subCount = 0;
    uint64_t *subOffsets = nullptr;
    if (TIFFGetField(tiff, TIFFTAG_SUBIFD, &subCount, &subOffsets) == 1 && subOffsets) {
        d.subIfds.assign(subOffsets, subOffsets + subCount);
    }
    return d;
}

bool selectDirectory(TIFF *tiff, const TiffDirectory &directory)
{
    return directory.index >= 0 ? TIFFSetDirectory(tiff, tdir_t(directory.index)) == 1
                                : TIFFSetSubDirectory(tiff, directory.subIfdOffset) == 1;
}

std::vector<TiffDirectory> readMainDirectories(TIFF *tiff)
{
    std::vector<TiffDirectory> directories;
    if (TIFFSetDirectory(tiff, 0) != 1) {
        return directories;
    }
    do {
        TiffDirectory d = readCurrentDirectory(tiff);
        d.index = int(TIFFCurrentDirectory(tiff));
        directories.push_back(std::move(d));
    } while (TIFFReadDirectory(tiff) == 1);
    return directories;
}

std::vector<TiffDirectory> readSubDirectories(TIFF *tiff, const TiffDirectory &parent)
{
    std::vector<TiffDirectory> directories;
    for (const uint64_t offset : parent.subIfds) {
        if (TIFFSetSubDirectory(tiff, offset) != 1) {
            break;
        }
        TiffDirectory d = readCurrentDirectory(tiff);
        d.index = -1;
        d.subIfdOffset = offset;
        directories.push_back(std::move(d));
    }
    return directories;
}

} // namespace oncoview::slide::tiff
