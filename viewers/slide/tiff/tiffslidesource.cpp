// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tiff/tiffslidesource.h"

#include "viewers/slide/openslidesource.h"
#include "viewers/slide/tiff/jpegtiledecoder.h"

// Qt
#include <QFile>

#include <tiffio.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oncoview::slide {

namespace {

constexpr qint64 kMaxRegionPixels = qint64(1) << 28; // 1 GiB of ARGB32: a caller's mistake
constexpr qint64 kMaxAssociatedPixels = qint64(1) << 26;
constexpr uint64_t kMaxTileBytes = uint64_t(64) << 20;
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

// Copies the part of `tile` that falls inside `target` when the tile's top-left is at `at`.
void copyOverlap(const QImage &tile, QImage &target, QPoint at)
{
    const QRect overlap = QRect(at, tile.size()).intersected(target.rect());
    for (int y = overlap.top(); y <= overlap.bottom(); ++y) {
        std::memcpy(target.scanLine(y) + size_t(overlap.left()) * 4,
                    tile.constScanLine(y - at.y()) + size_t(overlap.left() - at.x()) * 4,
                    size_t(overlap.width()) * 4);
    }
}

// False with errno 0 when the file ends before `size` bytes (it shrank since it was opened).
bool readFully(int fd, uint8_t *buffer, size_t size, uint64_t offset)
{
    errno = 0;
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buffer + done, size - done, off_t(offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += size_t(n);
    }
    return true;
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

std::shared_ptr<SlideSource> TiffSlideSource::open(const QString &path, QString *why)
{
    const QByteArray name = QFile::encodeName(path);
    std::string reason;
    auto handle = tiff::TiffHandle::open(name.toStdString(), &reason);
    std::optional<tiff::TiffLayout> layout;
    if (handle) {
        layout = tiff::readTiffLayout(handle->get(), &reason);
    }
    const int fd = layout ? ::open(name.constData(), O_RDONLY | O_CLOEXEC) : -1;
    struct stat info
    {
    };
    if (fd < 0 || ::fstat(fd, &info) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        setError(why, layout ? QString::fromLocal8Bit(std::strerror(errno)) : text(reason));
        return {};
    }
    return std::shared_ptr<SlideSource>(
        new TiffSlideSource(path, std::move(*layout), fd, qint64(info.st_size), std::move(handle)));
}

TiffSlideSource::TiffSlideSource(const QString &path, tiff::TiffLayout layout, int fd,
                                 qint64 fileSize, std::unique_ptr<tiff::TiffHandle> handle)
    : m_path(path)
    , m_vendor(text(layout.vendor))
    , m_layout(std::move(layout))
    , m_fd(fd)
    , m_fileSize(fileSize)
{
    m_handles.push_back(std::move(handle));
    for (const auto &[key, value] : m_layout.properties) {
        m_properties.insert(text(key), text(value));
    }
    const tiff::TiffDirectory &base = m_layout.levels.front();
    for (size_t i = 0; i < m_layout.levels.size(); ++i) {
        const tiff::TiffDirectory &d = m_layout.levels[i];
        // OpenSlide's downsample: the mean of both axes' ratios.
        const double downsample
            = (double(base.width) / d.width + double(base.height) / d.height) / 2.0;
        m_levels.push_back({QSize(int(d.width), int(d.height)), i == 0 ? 1.0 : downsample,
                            QSize(int(d.tileWidth), int(d.tileHeight))});
        const QString prefix = QStringLiteral("openslide.level[%1].").arg(i);
        m_properties.insert(prefix + QLatin1String("width"), QString::number(d.width));
        m_properties.insert(prefix + QLatin1String("height"), QString::number(d.height));
        m_properties.insert(prefix + QLatin1String("downsample"),
                            QString::number(m_levels.back().downsample));
        m_properties.insert(prefix + QLatin1String("tile-width"), QString::number(d.tileWidth));
        m_properties.insert(prefix + QLatin1String("tile-height"), QString::number(d.tileHeight));
    }
    m_properties.insert(QStringLiteral("openslide.level-count"), QString::number(m_levels.size()));
    m_properties.insert(QStringLiteral("oncoview.reader"),
                        QStringLiteral("libtiff + libjpeg-turbo (OncoView)"));
    if (m_layout.micronsPerPixel) {
        m_mpp = QSizeF(m_layout.micronsPerPixel->first, m_layout.micronsPerPixel->second);
    }
    // Sanity as for OpenSlide's numbers: 72-dpi defaults are not microscope calibrations.
    const auto checked = OpenSlideSource::micronsPerPixelFromProperties(
        m_mpp ? QMap<QString, QString> {{QStringLiteral("openslide.mpp-x"),
                                         QString::number(m_mpp->width())},
                                        {QStringLiteral("openslide.mpp-y"),
                                         QString::number(m_mpp->height())}}
              : m_properties);
    m_mpp = checked;
    m_objectivePower = m_layout.objectivePower;
}

TiffSlideSource::~TiffSlideSource()
{
    ::close(m_fd);
}

QStringList TiffSlideSource::associatedImageNames() const
{
    QStringList names;
    for (const auto &[name, directory] : m_layout.associated) {
        names << text(name);
    }
    return names;
}

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

QImage TiffSlideSource::readRegion(int level, qint64 x0, qint64 y0, int width, int height,
                                   QString *error) const
{
    if (level < 0 || level >= levelCount() || width <= 0 || height <= 0
        || qint64(width) * height > kMaxRegionPixels) {
        setError(error, QStringLiteral("invalid region request"));
        return {};
    }
    const tiff::TiffDirectory &d = m_layout.levels[size_t(level)];
    const double downsample = m_levels[size_t(level)].downsample;
    // Callers pass level-0 coordinates truncated to integers: round back to the level pixel.
    const qint64 lx = std::llround(double(x0) / downsample);
    const qint64 ly = std::llround(double(y0) / downsample);
    QImage out(width, height, QImage::Format_ARGB32_Premultiplied);
    if (out.isNull()) {
        setError(error,
                 QStringLiteral("out of memory for a %1 x %2 region").arg(width).arg(height));
        return {};
    }
    const qint64 right = std::min<qint64>(lx + width, d.width);
    const qint64 bottom = std::min<qint64>(ly + height, d.height);
    if (lx < 0 || ly < 0 || right < lx + width || bottom < ly + height) {
        out.fill(Qt::transparent); // part of the region lies outside the slide
    }
    if (right <= std::max<qint64>(lx, 0) || bottom <= std::max<qint64>(ly, 0)) {
        return out;
    }
    const qint64 c0 = std::max<qint64>(lx, 0) / d.tileWidth;
    const qint64 r0 = std::max<qint64>(ly, 0) / d.tileHeight;
    for (qint64 r = r0; r * d.tileHeight < bottom; ++r) {
        for (qint64 c = c0; c * d.tileWidth < right; ++c) {
            const QPoint at(int(c * d.tileWidth - lx), int(r * d.tileHeight - ly));
            if (!drawTile(level, uint32_t(c), uint32_t(r), out, at, error)) {
                return {};
            }
        }
    }
    return out;
}

bool TiffSlideSource::drawTile(int level, uint32_t column, uint32_t row, QImage &target, QPoint at,
                               QString *error) const
{
    const tiff::TiffDirectory &d = m_layout.levels[size_t(level)];
    const size_t index = size_t(row) * d.tilesAcross() + column;
    if (d.tileByteCounts[index] == 0) { // a sparse file's missing tile: nothing scanned there
        const QRect area = QRect(at, QSize(int(d.tileWidth), int(d.tileHeight)));
        for (int y = std::max(0, area.top()); y <= std::min(target.height() - 1, area.bottom());
             ++y) {
            const int x = std::max(0, area.left());
            const int w = std::min(target.width() - 1, area.right()) - x + 1;
            std::memset(target.scanLine(y) + size_t(x) * 4, 0, size_t(std::max(0, w)) * 4);
        }
        return true;
    }
    if (d.isJpegRgbTiled()) {
        return decodeJpeg(d, index, target, at, error);
    }
    const QImage tile = decodeWithLibtiff(d, column, row, error);
    if (tile.isNull()) {
        return false;
    }
    copyOverlap(tile, target, at);
    return true;
}

bool TiffSlideSource::decodeJpeg(const tiff::TiffDirectory &d, size_t tile, QImage &target,
                                 QPoint at, QString *error) const
{
    const uint64_t offset = d.tileOffsets[tile];
    const uint64_t size = d.tileByteCounts[tile];
    if (size > kMaxTileBytes || offset + size > uint64_t(m_fileSize)) {
        setError(error,
                 QStringLiteral("tile %1 lies past the end of the file (an incomplete copy?)")
                     .arg(tile));
        return false;
    }
    std::vector<uint8_t> bytes(size);
    if (!readFully(m_fd, bytes.data(), bytes.size(), offset)) {
        const QString why = errno == 0
            ? QStringLiteral("the file ended early (was it changed or cut short after opening?)")
            : QString::fromLocal8Bit(std::strerror(errno));
        setError(error, QStringLiteral("cannot read tile %1: %2").arg(tile).arg(why));
        return false;
    }
    tiff::JpegTileRequest request;
    request.tables = d.jpegTables.empty() ? nullptr : d.jpegTables.data();
    request.tablesSize = d.jpegTables.size();
    request.data = bytes.data();
    request.dataSize = bytes.size();
    request.photometric = d.photometric;
    // The tile's stored pixels that belong to the image (edge tiles are padded).
    const uint32_t column = uint32_t(tile % d.tilesAcross());
    const uint32_t row = uint32_t(tile / d.tilesAcross());
    const int validWidth = int(std::min(d.tileWidth, d.width - column * d.tileWidth));
    const int validHeight = int(std::min(d.tileHeight, d.height - row * d.tileHeight));
    std::string why;
    bool ok = false;
    if (at.x() >= 0 && at.y() >= 0) { // the usual, tile-aligned case: decode in place
        ok = tiff::decodeJpegTile(request, target.scanLine(at.y()) + size_t(at.x()) * 4,
                                  std::min(validWidth, target.width() - at.x()),
                                  std::min(validHeight, target.height() - at.y()),
                                  size_t(target.bytesPerLine()), &why);
    } else {
        QImage decoded(validWidth, validHeight, QImage::Format_ARGB32_Premultiplied);
        ok = tiff::decodeJpegTile(request, decoded.bits(), validWidth, validHeight,
                                  size_t(decoded.bytesPerLine()), &why);
        if (ok) {
            copyOverlap(decoded, target, at);
        }
    }
    if (!ok) {
        setError(error, QStringLiteral("tile %1: %2").arg(tile).arg(text(why)));
    }
    return ok;
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
