// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/slideanalysisaccess.h"

// Qt
#include <QImage>

// Local
#include "viewers/slide/slideopener.h"

#include <chrono>
#include <filesystem>

namespace oncoview::ui {

namespace analysis = inference::analysis;

namespace {

class SourceRegionReader final : public analysis::RegionReader
{
public:
    explicit SourceRegionReader(std::shared_ptr<slide::SlideSource> source)
        : m_source(std::move(source))
    {
    }

    bool readRegion(int level, int64_t x0, int64_t y0, int width, int height,
                    analysis::RgbImage &out, std::string *error) override
    {
        QString why;
        const QImage image = m_source->readRegion(level, x0, y0, width, height, &why);
        if (image.isNull()) {
            *error = why.toStdString();
            return false;
        }
        out.width = width;
        out.height = height;
        out.rgb.resize(size_t(width) * size_t(height) * 3);
        // Premultiplied ARGB over white glass: transparent (outside the slide) reads as glass,
        // which tissue detection treats as background.
        for (int y = 0; y < height; ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            uint8_t *dst = out.rgb.data() + size_t(y) * size_t(width) * 3;
            for (int x = 0; x < width; ++x) {
                const QRgb p = row[x];
                const int clear = 255 - qAlpha(p);
                dst[3 * x] = uint8_t(qRed(p) + clear);
                dst[3 * x + 1] = uint8_t(qGreen(p) + clear);
                dst[3 * x + 2] = uint8_t(qBlue(p) + clear);
            }
        }
        return true;
    }

private:
    std::shared_ptr<slide::SlideSource> m_source;
};

} // namespace

SlideAnalysisAccess::SlideAnalysisAccess(std::shared_ptr<slide::SlideSource> source)
    : m_source(std::move(source))
{
}

analysis::SlideIdentity SlideAnalysisAccess::identity() const
{
    analysis::SlideIdentity id;
    const std::filesystem::path path = m_source->path().toStdString();
    id.path = std::filesystem::absolute(path).lexically_normal().string();
    std::error_code ec;
    id.fileSize = std::filesystem::file_size(path, ec);
    const auto modified = std::filesystem::last_write_time(path, ec);
    id.modifiedNs = ec ? 0
                       : std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::file_clock::to_sys(modified).time_since_epoch())
                             .count();
    if (m_source->levelCount() > 0) {
        id.width = m_source->levelSize(0).width();
        id.height = m_source->levelSize(0).height();
    }
    return id;
}

std::vector<analysis::PyramidLevel> SlideAnalysisAccess::levels() const
{
    std::vector<analysis::PyramidLevel> levels;
    for (const slide::SlideLevel &level : m_source->levels()) {
        levels.push_back({level.size.width(), level.size.height(), level.downsample});
    }
    return levels;
}

std::optional<double> SlideAnalysisAccess::micronsPerPixel() const
{
    const std::optional<QSizeF> mpp = m_source->micronsPerPixel();
    if (!mpp || mpp->width() <= 0.0 || mpp->height() <= 0.0) {
        return std::nullopt;
    }
    return 0.5 * (mpp->width() + mpp->height());
}

std::unique_ptr<analysis::RegionReader> SlideAnalysisAccess::openReader(std::string *error) const
{
    QString why;
    std::shared_ptr<slide::SlideSource> own = slide::openSlide(m_source->path(), &why);
    if (!own) {
        *error = why.toStdString();
        return nullptr;
    }
    return std::make_unique<SourceRegionReader>(std::move(own));
}

} // namespace oncoview::ui
