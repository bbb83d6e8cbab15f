// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/slidesource.h"
#include "viewers/slide/tiff/tifflayout.h"

#include <memory>
#include <mutex>

namespace oncoview::slide {

// SlideSource for tiled pyramidal TIFF read with libtiff and libjpeg-turbo: Aperio SVS,
// generic tiled TIFF and OME-TIFF (SubIFD or plain IFD pyramids, QuPath's exports included).
//
// Why beside OpenSlide: OpenSlide 3.4.1 does not open OME-TIFF, and reads every JPEG tile
// through libtiff's RGBA conversion and a cairo composite. Here a JPEG tile is read with one
// pread() (thread-safe, no lock: the tile tables are loaded at open) and decoded by
// libjpeg-turbo straight into the QImage the cache keeps. Other compressions (LZW, deflate,
// none) go through libtiff handles from a small pool, one per reading thread at a time.
class TiffSlideSource final : public SlideSource
{
public:
    // Any thread. Null with `why` when the file is not a tiled pyramidal TIFF this reader
    // handles; the caller then asks OpenSlide.
    static std::shared_ptr<SlideSource> open(const QString &path, QString *why);

    ~TiffSlideSource() override;

    QString path() const override { return m_path; }
    QString vendor() const override { return m_vendor; }
    const std::vector<SlideLevel> &levels() const override { return m_levels; }
    std::optional<QSizeF> micronsPerPixel() const override { return m_mpp; }
    std::optional<double> objectivePower() const override { return m_objectivePower; }
    QMap<QString, QString> properties() const override { return m_properties; }
    QStringList associatedImageNames() const override;
    QImage associatedImage(const QString &name, QString *error = nullptr) const override;
    QImage readRegion(int level, qint64 x0, qint64 y0, int width, int height,
                      QString *error = nullptr) const override;
    // 8 on JPEG-tiled levels whose tiles are multiples of 8 pixels, else 1.
    int maxNativeReduction(int level) const override;
    // Tile-aligned reads of JPEG levels decode each tile at 1/reduction (scaled IDCT);
    // anything else falls back to a full read scaled down.
    QImage readRegionReduced(int level, qint64 x0, qint64 y0, int width, int height, int reduction,
                             QString *error = nullptr) const override;

private:
    TiffSlideSource(const QString &path, tiff::TiffLayout layout, int fd, qint64 fileSize,
                    std::unique_ptr<tiff::TiffHandle> handle);

    // Draws tile (column, row) of `level` into `target` with its top-left at `at` (which may
    // lie left of or above the target: only the overlap is written).
    bool drawTile(int level, uint32_t column, uint32_t row, QImage &target, QPoint at,
                  QString *error) const;
    // `at` in the target's (reduced) pixels; `reduction` 1, 2, 4 or 8.
    bool decodeJpeg(const tiff::TiffDirectory &d, size_t tile, QImage &target, QPoint at,
                    int reduction, QString *error) const;
    QImage decodeWithLibtiff(const tiff::TiffDirectory &d, uint32_t column, uint32_t row,
                             QString *error) const;

    std::unique_ptr<tiff::TiffHandle> takeHandle(QString *error) const;
    void returnHandle(std::unique_ptr<tiff::TiffHandle> handle) const;

    QString m_path;
    QString m_vendor;
    tiff::TiffLayout m_layout;
    std::vector<SlideLevel> m_levels;
    std::optional<QSizeF> m_mpp;
    std::optional<double> m_objectivePower;
    QMap<QString, QString> m_properties;
    int m_fd = -1;
    qint64 m_fileSize = 0;

    mutable std::mutex m_poolMutex;
    mutable std::vector<std::unique_ptr<tiff::TiffHandle>> m_handles;
};

} // namespace oncoview::slide
