// SPDX-License-Identifier: Apache-2.0
// TiffSlideSource's libtiff side: associated images, tiles that are not JPEG, and the pool of
// libtiff handles (a TIFF* is not thread-safe: each read takes one for its duration).
#include "viewers/slide/tiff/tiffslidesource.h"

// Qt
#include <QFile>

#include <tiffio.h>

namespace oncoview::slide {

namespace {

constexpr qint64 kMaxAssociatedPixels = qint64(1) << 26;
constexpr size_t kPooledHandles = 4;

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

void setError(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
}

// libtiff's RGBA raster: origin at the lower left, R in the low byte of each word.
QImage fromRgbaRaster(const std::vector<uint32_t> &raster, int stride, int rasterHeight, int width,
                      int height, bool bottomUp)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < height; ++y) {
        const uint32_t *src = raster.data() + size_t(bottomUp ? rasterHeight - 1 - y : y) * stride;
        auto *dst = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const uint32_t v = src[x];
            dst[x] = qPremultiply(
                qRgba(int(TIFFGetR(v)), int(TIFFGetG(v)), int(TIFFGetB(v)), int(TIFFGetA(v))));
        }
    }
    return image;
}

} // namespace

QImage TiffSlideSource::associatedImage(const QString &name, QString *error) const
{
    const auto it = std::find_if(m_layout.associated.begin(), m_layout.associated.end(),
                                 [&](const auto &entry) { return text(entry.first) == name; });
    if (it == m_layout.associated.end()) {
        setError(error, QStringLiteral("no associated image named \"%1\"").arg(name));
        return {};
    }
    const tiff::TiffDirectory &d = it->second;
    if (qint64(d.width) * d.height > kMaxAssociatedPixels || d.width == 0 || d.height == 0) {
        setError(error, QStringLiteral("associated image \"%1\" is too large").arg(name));
        return {};
    }
    auto handle = takeHandle(error);
    if (!handle) {
        return {};
    }
    std::vector<uint32_t> raster(size_t(d.width) * d.height);
    QImage image;
    if (tiff::selectDirectory(handle->get(), d)
        && TIFFReadRGBAImageOriented(handle->get(), d.width, d.height, raster.data(),
                                     ORIENTATION_TOPLEFT, 1)
            == 1) {
        image = fromRgbaRaster(raster, int(d.width), int(d.height), int(d.width), int(d.height),
                               false);
    } else {
        setError(error, text(handle->takeError()));
    }
    returnHandle(std::move(handle));
    return image;
}

QImage TiffSlideSource::decodeWithLibtiff(const tiff::TiffDirectory &d, uint32_t column,
                                          uint32_t row, QString *error) const
{
    auto handle = takeHandle(error);
    if (!handle) {
        return {};
    }
    TIFF *t = handle->get();
    const int validWidth = int(std::min(d.tileWidth, d.width - column * d.tileWidth));
    const int validHeight = int(std::min(d.tileHeight, d.height - row * d.tileHeight));
    std::vector<uint32_t> raster(size_t(d.tileWidth) * d.tileHeight);
    QImage tile;
    // TIFFReadRGBATile converts every photometric, bit depth and compression libtiff knows.
    if (tiff::selectDirectory(t, d)
        && TIFFReadRGBATileExt(t, column * d.tileWidth, row * d.tileHeight, raster.data(), 1)
            == 1) {
        tile = fromRgbaRaster(raster, int(d.tileWidth), int(d.tileHeight), validWidth, validHeight,
                              true);
    } else {
        const std::string why = handle->takeError();
        setError(error,
                 QStringLiteral("tile (%1, %2): %3")
                     .arg(column)
                     .arg(row)
                     .arg(why.empty() ? QStringLiteral("unreadable") : text(why)));
    }
    returnHandle(std::move(handle));
    return tile;
}

std::unique_ptr<tiff::TiffHandle> TiffSlideSource::takeHandle(QString *error) const
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_handles.empty()) {
            auto handle = std::move(m_handles.back());
            m_handles.pop_back();
            return handle;
        }
    }
    std::string why;
    auto handle = tiff::TiffHandle::open(QFile::encodeName(m_path).toStdString(), &why);
    if (!handle) {
        setError(error, QStringLiteral("cannot reopen the slide: %1").arg(text(why)));
    }
    return handle;
}

void TiffSlideSource::returnHandle(std::unique_ptr<tiff::TiffHandle> handle) const
{
    std::lock_guard lock(m_poolMutex);
    if (m_handles.size() < kPooledHandles) {
        m_handles.push_back(std::move(handle));
    }
}

} // namespace oncoview::slide
