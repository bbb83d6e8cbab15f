// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/openslidesource.h"

// Qt
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QtGlobal>

#include <openslide.h>

#include <cstdlib>

namespace oncoview::slide {

namespace {

// OpenSlide writes native-endian premultiplied 0xAARRGGBB words, which is exactly
// QImage::Format_ARGB32_Premultiplied; that holds on every byte order because both are defined
// on 32-bit words, so the buffer is wrapped without a conversion.
constexpr QImage::Format kOpenSlideFormat = QImage::Format_ARGB32_Premultiplied;

QByteArray fileName(const QString &path)
{
    return QFile::encodeName(path);
}

// A QImage that owns a malloc'ed OpenSlide buffer: no copy, freed with the last QImage share.
QImage wrapBuffer(uint32_t *buffer, int width, int height)
{
    return QImage(
        reinterpret_cast<uchar *>(buffer), width, height, width * 4, kOpenSlideFormat,
        [](void *data) { std::free(data); }, buffer);
}

std::optional<double> toDouble(const QMap<QString, QString> &props, const QString &key)
{
    bool ok = false;
    const double value = props.value(key).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString unrecognisedReason(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString version = OpenSlideSource::libraryVersion();
    if (suffix == QLatin1String("dcm")) {
        return QStringLiteral(
                   "DICOM whole-slide images need OpenSlide 4.0 or newer (this build uses "
                   "OpenSlide %1)")
            .arg(version);
    }
    if (path.endsWith(QLatin1String(".ome.tif"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".ome.tiff"), Qt::CaseInsensitive)) {
        return QStringLiteral("OME-TIFF is not a format OpenSlide %1 recognises").arg(version);
    }
    return QStringLiteral("unsupported or corrupt slide file (OpenSlide %1 does not recognise it)")
        .arg(version);
}

std::shared_ptr<openslide_t> openHandle(const QString &path, QString *error)
{
    openslide_t *osr = openslide_open(fileName(path).constData());
    if (!osr) {
        *error = unrecognisedReason(path);
        return {};
    }
    std::shared_ptr<openslide_t> handle(osr, &openslide_close);
    if (const char *message = openslide_get_error(osr)) {
        *error = QStringLiteral("corrupt or unsupported slide: %1").arg(QString::fromUtf8(message));
        return {};
    }
    return handle;
}

} // namespace

std::shared_ptr<SlideSource> OpenSlideSource::open(const QString &path, QString *error)
{
    QString reason;
    const QFileInfo info(path);
    if (!info.exists()) {
        reason = QStringLiteral("no such file");
    } else if (!info.isFile()) {
        reason = QStringLiteral("not a file");
    } else if (!info.isReadable()) {
        reason = QStringLiteral("permission denied");
    }
    Handle handle;
    if (reason.isEmpty()) {
        handle = openHandle(path, &reason);
    }
    if (handle) {
        std::shared_ptr<OpenSlideSource> source(new OpenSlideSource(path, handle));
        reason = source->levelCount() > 0 && !source->levelSize(0).isEmpty()
            ? source->oversizedTileReason()
            : QStringLiteral("the slide has no readable pyramid level");
        if (reason.isEmpty()) {
            return source;
        }
    }
    if (error) {
        *error = reason;
    }
    return {};
}

OpenSlideSource::OpenSlideSource(const QString &path, Handle handle)
    : m_path(path)
    , m_handle(std::move(handle))
{
    readMetadata(m_handle.get());
}

OpenSlideSource::~OpenSlideSource() = default;

QString OpenSlideSource::oversizedTileReason() const
{
    for (size_t level = 0; level < m_levels.size(); ++level) {
        const QSize tile = m_levels[level].tileSizeHint;
        if (tile.isValid() && qint64(tile.width()) * tile.height() > kMaxTilePixels) {
            return QStringLiteral("level %1 claims tiles of %2 × %3 px, larger than OncoView "
                                  "decodes (%4 × %4): the file is damaged or not a slide")
                .arg(level)
                .arg(tile.width())
                .arg(tile.height())
                .arg(kMaxTileSide);
        }
    }
    return {};
}

void OpenSlideSource::readMetadata(_openslide *osr)
{
    for (const char *const *name = openslide_get_property_names(osr); name && *name; ++name) {
        m_properties.insert(QString::fromUtf8(*name),
                            QString::fromUtf8(openslide_get_property_value(osr, *name)));
    }
    m_vendor = m_properties.value(QStringLiteral(OPENSLIDE_PROPERTY_NAME_VENDOR));
    const int count = openslide_get_level_count(osr);
    for (int level = 0; level < count; ++level) {
        int64_t width = 0;
        int64_t height = 0;
        openslide_get_level_dimensions(osr, level, &width, &height);
        const QString prefix = QStringLiteral("openslide.level[%1].").arg(level);
        const QSize hint(m_properties.value(prefix + QLatin1String("tile-width")).toInt(),
                         m_properties.value(prefix + QLatin1String("tile-height")).toInt());
        m_levels.push_back({QSize(int(width), int(height)),
                            openslide_get_level_downsample(osr, level),
                            hint.isEmpty() ? QSize() : hint});
    }
    for (const char *const *name = openslide_get_associated_image_names(osr); name && *name;
         ++name) {
        m_associatedNames << QString::fromUtf8(*name);
    }
    m_mpp = micronsPerPixelFromProperties(m_properties);
    m_objectivePower
        = toDouble(m_properties, QStringLiteral(OPENSLIDE_PROPERTY_NAME_OBJECTIVE_POWER));
}

std::optional<QSizeF>
OpenSlideSource::micronsPerPixelFromProperties(const QMap<QString, QString> &props)
{
    const auto mppX = toDouble(props, QStringLiteral(OPENSLIDE_PROPERTY_NAME_MPP_X));
    const auto mppY = toDouble(props, QStringLiteral(OPENSLIDE_PROPERTY_NAME_MPP_Y));
    std::optional<QSizeF> mpp;
    if (mppX && mppY) {
        mpp = QSizeF(*mppX, *mppY);
    } else {
        // Generic TIFF in OpenSlide 3.4.1 has no mpp property; the resolution tags still say it.
        const QString unit = props.value(QStringLiteral("tiff.ResolutionUnit"));
        const double micronsPerUnit = unit == QLatin1String("centimeter") ? 1e4
            : unit == QLatin1String("inch")                               ? 25400.0
                                                                          : 0.0;
        const auto xRes = toDouble(props, QStringLiteral("tiff.XResolution"));
        const auto yRes = toDouble(props, QStringLiteral("tiff.YResolution"));
        if (micronsPerUnit > 0 && xRes && yRes && *xRes > 0 && *yRes > 0) {
            mpp = QSizeF(micronsPerUnit / *xRes, micronsPerUnit / *yRes);
        }
    }
    // 72 dpi defaults (352 um) and zeros are not microscope calibrations.
    const auto plausible = [](double v) { return v > 0.01 && v < 100.0; };
    if (mpp && (!plausible(mpp->width()) || !plausible(mpp->height()))) {
        mpp.reset();
    }
    return mpp;
}

OpenSlideSource::Handle OpenSlideSource::currentHandle(QString *error) const
{
    std::lock_guard lock(m_mutex);
    if (!m_handle && error) {
        *error
            = QStringLiteral("slide reading stopped after %1 consecutive errors; first error: %2")
                  .arg(kMaxConsecutiveFailures)
                  .arg(m_firstError);
    }
    return m_handle;
}

void OpenSlideSource::recordFailure(const Handle &failed, const QString &message) const
{
    std::lock_guard lock(m_mutex);
    ++m_errorCount;
    if (m_firstError.isEmpty()) {
        m_firstError = message;
        qWarning("OpenSlide read error in %s: %s", qPrintable(m_path), qPrintable(message));
    }
    if (m_handle != failed) {
        return; // another worker already replaced this poisoned handle
    }
    ++m_consecutiveFailures;
    QString reopenError;
    // Readers still holding the old handle keep it alive; it closes with their last reference.
    m_handle = m_consecutiveFailures < kMaxConsecutiveFailures ? openHandle(m_path, &reopenError)
                                                               : Handle();
}

void OpenSlideSource::recordSuccess() const
{
    std::lock_guard lock(m_mutex);
    m_consecutiveFailures = 0;
}

QImage OpenSlideSource::readRegion(int level, qint64 x0, qint64 y0, int width, int height,
                                   QString *error) const
{
    if (level < 0 || level >= levelCount() || width <= 0 || height <= 0) {
        if (error) {
            *error = QStringLiteral("invalid region request");
        }
        return {};
    }
    const Handle handle = currentHandle(error);
    if (!handle) {
        return {};
    }
    auto *buffer = static_cast<uint32_t *>(std::malloc(size_t(width) * size_t(height) * 4));
    if (!buffer) {
        if (error) {
            *error = QStringLiteral("out of memory for a %1 x %2 region").arg(width).arg(height);
        }
        return {};
    }
    openslide_read_region(handle.get(), buffer, x0, y0, level, width, height);
    if (const char *message = openslide_get_error(handle.get())) {
        std::free(buffer);
        const QString text = QString::fromUtf8(message);
        recordFailure(handle, text);
        if (error) {
            *error = text;
        }
        return {};
    }
    recordSuccess();
    return wrapBuffer(buffer, width, height);
}

QImage OpenSlideSource::associatedImage(const QString &name, QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return QImage();
    };
    if (!m_associatedNames.contains(name)) {
        return fail(QStringLiteral("no associated image named \"%1\"").arg(name));
    }
    const Handle handle = currentHandle(error);
    if (!handle) {
        return {};
    }
    const QByteArray key = name.toUtf8();
    int64_t width = 0;
    int64_t height = 0;
    openslide_get_associated_image_dimensions(handle.get(), key.constData(), &width, &height);
    if (width <= 0 || height <= 0 || width * height > (int64_t(1) << 28)) {
        return fail(QStringLiteral("associated image \"%1\" has unusable dimensions").arg(name));
    }
    auto *buffer = static_cast<uint32_t *>(std::malloc(size_t(width * height) * 4));
    if (!buffer) {
        return fail(QStringLiteral("out of memory for associated image \"%1\"").arg(name));
    }
    openslide_read_associated_image(handle.get(), key.constData(), buffer);
    if (const char *message = openslide_get_error(handle.get())) {
        std::free(buffer);
        recordFailure(handle, QString::fromUtf8(message));
        return fail(QString::fromUtf8(message));
    }
    return wrapBuffer(buffer, int(width), int(height));
}

int OpenSlideSource::readErrorCount() const
{
    std::lock_guard lock(m_mutex);
    return m_errorCount;
}

QString OpenSlideSource::firstReadError() const
{
    std::lock_guard lock(m_mutex);
    return m_firstError;
}

QString OpenSlideSource::libraryVersion()
{
    return QString::fromLatin1(openslide_get_version());
}

} // namespace oncoview::slide
