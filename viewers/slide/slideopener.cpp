// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/slideopener.h"

#include "viewers/slide/openslidesource.h"
#include "viewers/slide/tiff/tiffslidesource.h"

// Qt
#include <QFile>

#include <openslide.h>

#include <cstring>

namespace oncoview::slide {

namespace {

bool hasTiffMagic(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(4);
    return head == QByteArray("II*\0", 4) || head == QByteArray("MM\0*", 4)
        || head == QByteArray("II+\0", 4) || head == QByteArray("MM\0+", 4); // classic, BigTIFF
}

// Formats whose TIFF files need their vendor's rules (NDPI offsets, SCN collections, Philips
// and Ventana tile layouts): they stay with OpenSlide even though libtiff could open them.
bool tiffReaderHandles(const QString &path)
{
    if (!hasTiffMagic(path)) {
        return false;
    }
    const char *vendor = openslide_detect_vendor(QFile::encodeName(path).constData());
    return !vendor || std::strcmp(vendor, "aperio") == 0
        || std::strcmp(vendor, "generic-tiff") == 0;
}

} // namespace

std::shared_ptr<SlideSource> openSlide(const QString &path, QString *error, SlideReader reader)
{
    const bool forceOpenSlide = reader == SlideReader::OpenSlideOnly
        || qEnvironmentVariable("ONCOVIEW_SLIDE_READER") == QLatin1String("openslide");
    QString tiffWhy;
    if (!forceOpenSlide && tiffReaderHandles(path)) {
        if (auto source = TiffSlideSource::open(path, &tiffWhy)) {
            return source;
        }
    }
    QString openSlideWhy;
    if (auto source = OpenSlideSource::open(path, &openSlideWhy)) {
        return source;
    }
    if (error) {
        // OpenSlide's reason names the format; the TIFF reader's says what it found wrong.
        *error = tiffWhy.isEmpty()
            ? openSlideWhy
            : QStringLiteral("%1 (TIFF reader: %2)").arg(openSlideWhy, tiffWhy);
    }
    return {};
}

} // namespace oncoview::slide
