// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain C++ over libtiff: what one TIFF directory (IFD) holds, read once when a slide opens.
#include <cstdarg>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

typedef struct tiff TIFF; // tiffio.h stays inside the .cpp files

namespace oncoview::slide::tiff {

// A libtiff handle whose errors and warnings are collected instead of printed: libtiff's
// default handlers write to stderr from whatever thread reads, and a slide viewer must report
// the first error once, in words, not flood a terminal.
class TiffHandle
{
public:
    // Null when the file cannot be opened as TIFF; `error` then says why.
    static std::unique_ptr<TiffHandle> open(const std::string &path, std::string *error);
    ~TiffHandle();
    TiffHandle(const TiffHandle &) = delete;
    TiffHandle &operator=(const TiffHandle &) = delete;

    TIFF *get() const { return m_tiff; }
    // The last error libtiff reported on this handle (cleared by takeError).
    std::string takeError();

private:
    TiffHandle() = default;
    static int onError(TIFF *, void *user, const char *module, const char *fmt, va_list ap);
    static int onWarning(TIFF *, void *, const char *, const char *, va_list);

    TIFF *m_tiff = nullptr;
    std::string m_error;
};

// One image directory: a main IFD (index >= 0) or a SubIFD (subIfdOffset != 0).
struct TiffDirectory
{
    int index = -1; // position in the main IFD chain, -1 for a SubIFD
    uint64_t subIfdOffset = 0; // file offset of a SubIFD
    uint32_t width = 0;
    uint32_t height = 0;
    bool tiled = false;
    uint32_t tileWidth = 0;
    uint32_t tileHeight = 0;
    uint16_t compression = 1;
    uint16_t photometric = 2;
    uint16_t samplesPerPixel = 1;
    uint16_t bitsPerSample = 8;
    uint16_t planarConfig = 1;
    uint32_t subfileType = 0;
    std::string description;
    std::vector<uint8_t> jpegTables; // JPEGTables (347): shared quantisation/Huffman tables
    std::vector<uint64_t> tileOffsets; // tiled directories only
    std::vector<uint64_t> tileByteCounts;
    std::vector<uint64_t> subIfds; // SubIFD offsets (OME-TIFF pyramids)

    uint32_t tilesAcross() const { return tiled ? (width + tileWidth - 1) / tileWidth : 0; }
    uint32_t tilesDown() const { return tiled ? (height + tileHeight - 1) / tileHeight : 0; }
    // 8-bit RGB or YCbCr JPEG tiles, interleaved: decoded straight from the file by libjpeg.
    bool isJpegRgbTiled() const;
};

// Reads the directory `handle` currently points at.
TiffDirectory readCurrentDirectory(TIFF *tiff);
// Makes `directory` current on `tiff` (main IFD or SubIFD). False on a libtiff error.
bool selectDirectory(TIFF *tiff, const TiffDirectory &directory);

// Every main IFD, then for each its SubIFDs (kept in TiffDirectory::subIfds, read on demand
// with readSubDirectories). Stops at the first unreadable directory.
std::vector<TiffDirectory> readMainDirectories(TIFF *tiff);
std::vector<TiffDirectory> readSubDirectories(TIFF *tiff, const TiffDirectory &parent);

} // namespace oncoview::slide::tiff
