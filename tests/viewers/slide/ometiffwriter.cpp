// SPDX-License-Identifier: Apache-2.0
#include "ometiffwriter.h"

#include <QFile>

#include <tiffio.h>

#include <vector>

namespace oncoview::slide::test {

namespace {

QByteArray omeXml(const OmeTiffOptions &o)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OME "
               "xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\" Creator=\"OncoView "
               "test\"><Image ID=\"Image:0\"><Pixels DimensionOrder=\"XYCZT\" ID=\"Pixels:0\" "
               "Interleaved=\"true\" PhysicalSizeX=\"%1\" PhysicalSizeXUnit=\"nm\" "
               "PhysicalSizeY=\"%1\" PhysicalSizeYUnit=\"nm\" SizeC=\"3\" SizeT=\"1\" "
               "SizeX=\"%2\" SizeY=\"%3\" SizeZ=\"1\" Type=\"uint8\"><Channel ID=\"Channel:0\" "
               "SamplesPerPixel=\"3\"/><TiffData IFD=\"0\" PlaneCount=\"1\"/></Pixels></Image>"
               "</OME>")
        .arg(o.pixelSizeNm)
        .arg(o.width)
        .arg(o.height)
        .toUtf8();
}

bool writeLevel(TIFF *tif, const OmeTiffOptions &o, int level, bool first)
{
    const int width = o.width >> level;
    const int height = o.height >> level;
    TIFFSetField(tif, TIFFTAG_SUBFILETYPE, uint32_t(first ? 0 : FILETYPE_REDUCEDIMAGE));
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(height));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(o.tileSize));
    TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(o.tileSize));
    TIFFSetField(tif, TIFFTAG_COMPRESSION, o.compression);
    if (o.compression == COMPRESSION_JPEG) {
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_YCBCR));
        TIFFSetField(tif, TIFFTAG_JPEGQUALITY, 95);
        TIFFSetField(tif, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB); // libtiff converts
    } else {
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_RGB));
    }
    if (first) {
        const QByteArray xml = omeXml(o);
        TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, xml.constData());
        if (o.subIfds && o.levels > 1) {
            std::vector<uint64_t> placeholders(size_t(o.levels - 1), 0);
            TIFFSetField(tif, TIFFTAG_SUBIFD, uint16_t(placeholders.size()), placeholders.data());
        }
    }
    std::vector<uint8_t> tile(size_t(o.tileSize) * o.tileSize * 3);
    for (int ty = 0; ty < height; ty += o.tileSize) {
        for (int tx = 0; tx < width; tx += o.tileSize) {
            for (int y = 0; y < o.tileSize; ++y) {
                for (int x = 0; x < o.tileSize; ++x) {
                    const QRgb p = omeTestPixel(level, std::min(tx + x, width - 1),
                                                std::min(ty + y, height - 1));
                    uint8_t *out = tile.data() + (size_t(y) * o.tileSize + x) * 3;
                    out[0] = uint8_t(qRed(p));
                    out[1] = uint8_t(qGreen(p));
                    out[2] = uint8_t(qBlue(p));
                }
            }
            if (TIFFWriteTile(tif, tile.data(), uint32_t(tx), uint32_t(ty), 0, 0) < 0) {
                return false;
            }
        }
    }
    return TIFFWriteDirectory(tif) == 1;
}

} // namespace

QRgb omeTestPixel(int level, int x, int y)
{
    // Level-0 coordinates, so every level shows the same picture at its own scale.
    const int x0 = x << level;
    const int y0 = y << level;
    const bool block = ((x0 / 128) + (y0 / 96)) % 3 == 0;
    return qRgb((x0 / 4) % 256, block ? 230 : (y0 / 3) % 256, block ? 40 : 128 + level * 30);
}

bool writeOmeTiff(const QString &path, const OmeTiffOptions &options, QString *error)
{
    TIFF *tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
    bool ok = tif != nullptr;
    for (int level = 0; ok && level < options.levels; ++level) {
        ok = writeLevel(tif, options, level, level == 0);
    }
    if (tif) {
        TIFFClose(tif);
    }
    if (!ok && error) {
        *error = QStringLiteral("libtiff could not write %1").arg(path);
    }
    return ok;
}

} // namespace oncoview::slide::test
