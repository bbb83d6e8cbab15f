// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/export/regionwriter.h"

// Qt
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <vector>

namespace oncoview::slide {

namespace {

constexpr int kTile = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::slide", text);
}

// libtiff's messages for this file only (a handler per handle: readers run on other threads).
int keepTiffError(TIFF *, void *user, const char *module, const char *format, va_list args)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    *static_cast<QString *>(user) = QString::fromLocal8Bit(module ? module : "libtiff")
        + QStringLiteral(": ") + QString::fromLocal8Bit(text);
    return 1;
}

bool writeTiles(TIFF *tif, const QImage &rgb)
{
    std::vector<uint8_t> tile(size_t(kTile) * kTile * 3);
    for (int y0 = 0; y0 < rgb.height(); y0 += kTile) {
        for (int x0 = 0; x0 < rgb.width(); x0 += kTile) {
            std::fill(tile.begin(), tile.end(), uint8_t(255)); // edge tiles padded white
            const int w = std::min(kTile, rgb.width() - x0);
            const int h = std::min(kTile, rgb.height() - y0);
            for (int y = 0; y < h; ++y) {
                const uchar *from = rgb.constScanLine(y0 + y) + size_t(x0) * 3;
                std::copy(from, from + size_t(w) * 3, tile.begin() + size_t(y) * kTile * 3);
            }
            if (TIFFWriteTile(tif, tile.data(), uint32_t(x0), uint32_t(y0), 0, 0) < 0) {
                return false;
            }
        }
    }
    return true;
}

QString writeTiff(const QImage &image, const RegionMetadata &metadata, const QString &path)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    // libtiff writes to a path: the file is made beside the target and renamed into place.
    const QString partial = path + QStringLiteral(".part");
    QString lastTiffError;
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, &keepTiffError, &lastTiffError);
    // "w8": BigTIFF, so an export over 4 GB is still one valid file.
    TIFF *tif = TIFFOpenExt(QFile::encodeName(partial).constData(), "w8", options);
    TIFFOpenOptionsFree(options);
    bool ok = tif != nullptr;
    if (ok) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(rgb.width()));
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(rgb.height()));
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_RGB));
        TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_ADOBE_DEFLATE));
        TIFFSetField(tif, TIFFTAG_PREDICTOR, uint16_t(PREDICTOR_HORIZONTAL));
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(kTile));
        TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(kTile));
        if (metadata.micronsPerPixel > 0) {
            const float pixelsPerCm = float(1e4 / metadata.micronsPerPixel);
            TIFFSetField(tif, TIFFTAG_XRESOLUTION, pixelsPerCm);
            TIFFSetField(tif, TIFFTAG_YRESOLUTION, pixelsPerCm);
            TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, uint16_t(RESUNIT_CENTIMETER));
        }
        const QByteArray description = metadata.description.toUtf8();
        TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, description.constData());
        TIFFSetField(tif, TIFFTAG_SOFTWARE, "OncoView region export");
        ok = writeTiles(tif, rgb) && TIFFWriteDirectory(tif);
        TIFFClose(tif);
    }
    if (ok) {
        QFile::remove(path);
        ok = QFile::rename(partial, path);
        if (!ok) {
            lastTiffError = tr("cannot rename %1 to %2").arg(partial, path);
        }
    }
    if (!ok) {
        QFile::remove(partial);
        return tr("Cannot write %1: %2").arg(path, lastTiffError);
    }
    return {};
}

QString writePng(QImage image, const RegionMetadata &metadata, const QString &path)
{
    if (metadata.micronsPerPixel > 0) {
        const int dotsPerMetre = int(std::lround(1e6 / metadata.micronsPerPixel));
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
    }
    if (!metadata.description.isEmpty()) {
        image.setText(QStringLiteral("Description"), metadata.description);
    }
    image.setText(QStringLiteral("Software"), QStringLiteral("OncoView"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(path, writer.errorString());
    }
    return file.commit() ? QString() : tr("Cannot write %1: %2").arg(path, file.errorString());
}

} // namespace

QString writeRegionImage(const QImage &image, const RegionMetadata &metadata, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
        return writeTiff(image, metadata, path);
    }
    if (suffix == QLatin1String("png")) {
        return writePng(image, metadata, path);
    }
    return tr("Cannot write %1: choose a .tif, .tiff or .png file name.").arg(path);
}

QString exportSlideRegion(const SlideSource &source, const RegionRequest &request,
                          const RegionMetadata &metadata, const QString &path,
                          const std::function<void(double)> &progress,
                          const std::atomic<bool> *cancel)
{
    QString error;
    // Reading is most of the work; writing gets the last tenth of the progress.
    const QImage image = renderSlideRegion(
        source, request, &error,
        [&](double done) {
            if (progress)
                progress(done * 0.9);
        },
        cancel);
    if (image.isNull()) {
        return error;
    }
    if (cancel && cancel->load()) {
        return {};
    }
    error = writeRegionImage(image, metadata, path);
    if (error.isEmpty() && progress) {
        progress(1.0);
    }
    return error;
}

} // namespace oncoview::slide
