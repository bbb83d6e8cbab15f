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
constexpr uint64_t kMaxTileBytes = uint64_t(64) << 20;

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
        return decodeJpeg(d, index, target, at, 1, error);
    }
    const QImage tile = decodeWithLibtiff(d, column, row, error);
    if (tile.isNull()) {
        return false;
    }
    copyOverlap(tile, target, at);
    return true;
}

bool TiffSlideSource::decodeJpeg(const tiff::TiffDirectory &d, size_t tile, QImage &target,
                                 QPoint at, int reduction, QString *error) const
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
    request.scaleDenominator = reduction;
    // The tile's stored pixels that belong to the image (edge tiles are padded), reduced.
    const uint32_t column = uint32_t(tile % d.tilesAcross());
    const uint32_t row = uint32_t(tile / d.tilesAcross());
    const int validWidth
        = (int(std::min(d.tileWidth, d.width - column * d.tileWidth)) + reduction - 1) / reduction;
    const int validHeight
        = (int(std::min(d.tileHeight, d.height - row * d.tileHeight)) + reduction - 1) / reduction;
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

int TiffSlideSource::maxNativeReduction(int level) const
{
    if (level < 0 || level >= levelCount()) {
        return 1;
    }
    const tiff::TiffDirectory &d = m_layout.levels[size_t(level)];
    return d.isJpegRgbTiled() && d.tileWidth % 8 == 0 && d.tileHeight % 8 == 0 ? 8 : 1;
}

QImage TiffSlideSource::readRegionReduced(int level, qint64 x0, qint64 y0, int width, int height,
                                          int reduction, QString *error) const
{
    if (reduction == 1) {
        return readRegion(level, x0, y0, width, height, error);
    }
    const bool native = (reduction == 2 || reduction == 4 || reduction == 8)
        && reduction <= maxNativeReduction(level) && width > 0 && height > 0
        && qint64(width) * height <= kMaxRegionPixels;
    const tiff::TiffDirectory &d = m_layout.levels[size_t(std::clamp(level, 0, levelCount() - 1))];
    const double downsample = native ? m_levels[size_t(level)].downsample : 1.0;
    const qint64 lx = std::llround(double(x0) / downsample);
    const qint64 ly = std::llround(double(y0) / downsample);
    // Tiles decode whole: a region that starts inside a file tile takes the general path.
    if (!native || lx < 0 || ly < 0 || lx % d.tileWidth != 0 || ly % d.tileHeight != 0) {
        return SlideSource::readRegionReduced(level, x0, y0, width, height, reduction, error);
    }
    QImage out((width + reduction - 1) / reduction, (height + reduction - 1) / reduction,
               QImage::Format_ARGB32_Premultiplied);
    if (out.isNull()) {
        setError(error, QStringLiteral("out of memory for a reduced region"));
        return {};
    }
    out.fill(Qt::transparent); // outside the slide, and sparse files' missing tiles
    const qint64 right = std::min<qint64>(lx + width, d.width);
    const qint64 bottom = std::min<qint64>(ly + height, d.height);
    for (qint64 r = ly / d.tileHeight; r * d.tileHeight < bottom; ++r) {
        for (qint64 c = lx / d.tileWidth; c * d.tileWidth < right; ++c) {
            const size_t index = size_t(r) * d.tilesAcross() + size_t(c);
            const QPoint at(int((c * d.tileWidth - lx) / reduction),
                            int((r * d.tileHeight - ly) / reduction));
            if (d.tileByteCounts[index] != 0 && !decodeJpeg(d, index, out, at, reduction, error)) {
                return {};
            }
        }
    }
    return out;
}

} // namespace oncoview::slide
