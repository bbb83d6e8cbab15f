// SPDX-License-Identifier: Apache-2.0
#include "corruptions.h"

// Qt
#include <QFileInfo>
#include <QtEndian>

#include <cstring>
#include <random>
#include <zlib.h>

namespace oncoview::sweep {

namespace {

QByteArray gunzip(const QByteArray &gz)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return {};
    }
    QByteArray out;
    char buffer[1 << 16];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    stream.avail_in = uInt(gz.size());
    int status = Z_OK;
    while (status == Z_OK && out.size() < (qsizetype(256) << 20)) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

QByteArray gzip(const QByteArray &raw)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(raw.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

template<typename T> void put(QByteArray &bytes, qsizetype at, T value, bool bigEndian = false)
{
    if (at >= 0 && at + qsizetype(sizeof(T)) <= bytes.size()) {
        const T stored = bigEndian ? qToBigEndian(value) : qToLittleEndian(value);
        std::memcpy(bytes.data() + at, &stored, sizeof(T));
    }
}

// DICOM: Rows and Columns 65535, NumberOfFrames as large as its field holds, and the pixel data
// element claiming nearly 4 GB; explicit and implicit little-endian layouts.
QByteArray hugeDicom(QByteArray bytes)
{
    const auto findTag = [&](quint16 group, quint16 element, qsizetype from = 0) {
        char tag[4];
        const quint16 g = qToLittleEndian(group), e = qToLittleEndian(element);
        std::memcpy(tag, &g, 2);
        std::memcpy(tag + 2, &e, 2);
        return bytes.indexOf(QByteArray(tag, 4), from);
    };
    bool changed = false;
    for (const quint16 element : {quint16(0x0010), quint16(0x0011)}) { // Rows, Columns
        const qsizetype at = findTag(0x0028, element);
        if (at > 0 && bytes.mid(at + 4, 2) == "US") {
            put<quint16>(bytes, at + 8, 0xFFFF);
            changed = true;
        } else if (at > 0) {
            put<quint16>(bytes, at + 8, 0xFFFF); // implicit VR: 4-byte length, then the value
            changed = true;
        }
    }
    if (const qsizetype at = findTag(0x0028, 0x0008); at > 0 && bytes.mid(at + 4, 2) == "IS") {
        const quint16 length = qFromLittleEndian<quint16>(bytes.constData() + at + 6);
        for (quint16 i = 0; i < length && at + 8 + i < bytes.size(); ++i) {
            bytes[at + 8 + i] = '9';
        }
        changed = true;
    }
    if (const qsizetype at = findTag(0x7FE0, 0x0010); at > 0) {
        const bool explicitVr = bytes.mid(at + 4, 2) == "OW" || bytes.mid(at + 4, 2) == "OB";
        const qsizetype lengthAt = explicitVr ? at + 8 : at + 4;
        if (lengthAt + 4 <= bytes.size()
            && qFromLittleEndian<quint32>(bytes.constData() + lengthAt) != 0xFFFFFFFFu) {
            put<quint32>(bytes, lengthAt, 0xFFFFFFF0u);
            changed = true;
        }
    }
    return changed ? bytes : QByteArray();
}

// NIfTI-1 (348-byte header, int16 dims at 40) and NIfTI-2 (540, int64 dims at 16): dimensions
// whose voxel count wraps 64 bits or needs terabytes.
QByteArray hugeNifti(QByteArray bytes)
{
    if (bytes.size() < 348) {
        return {};
    }
    const qint32 size1 = qFromLittleEndian<qint32>(bytes.constData());
    const qint32 size1Big = qFromBigEndian<qint32>(bytes.constData());
    if (size1 == 348 || size1Big == 348) {
        const bool big = size1Big == 348;
        for (int d = 1; d <= 4; ++d) {
            put<qint16>(bytes, 40 + 2 * d, 32767, big);
        }
        return bytes;
    }
    if (size1 == 540 && bytes.size() >= 540) {
        for (int d = 1; d <= 3; ++d) {
            put<qint64>(bytes, 16 + 8 * d, qint64(1) << 40);
        }
        return bytes;
    }
    return {};
}

// TIFF (slides): the first directory's width, length, tile size and strip byte counts huge.
QByteArray hugeTiff(QByteArray bytes)
{
    if (bytes.size() < 8 || !(bytes.startsWith("II*\0") || bytes.startsWith("MM\0*"))) {
        return {};
    }
    const bool big = bytes.startsWith("MM");
    const auto u16 = [&](qsizetype at) {
        return big ? qFromBigEndian<quint16>(bytes.constData() + at)
                   : qFromLittleEndian<quint16>(bytes.constData() + at);
    };
    const auto u32 = [&](qsizetype at) {
        return big ? qFromBigEndian<quint32>(bytes.constData() + at)
                   : qFromLittleEndian<quint32>(bytes.constData() + at);
    };
    const qsizetype ifd = u32(4);
    if (ifd + 2 > bytes.size()) {
        return {};
    }
    const int entries = u16(ifd);
    bool changed = false;
    for (int i = 0; i < entries && ifd + 2 + 12 * (i + 1) <= bytes.size(); ++i) {
        const qsizetype entry = ifd + 2 + 12 * i;
        const quint16 tag = u16(entry);
        const quint16 type = u16(entry + 2);
        // ImageWidth, ImageLength, TileWidth, TileLength, StripByteCounts, TileByteCounts.
        if (tag == 256 || tag == 257 || tag == 322 || tag == 323 || tag == 279 || tag == 325) {
            if (type == 3) {
                put<quint16>(bytes, entry + 8, 0xFFF0, big);
            } else if (type == 4 && u32(entry + 4) == 1) {
                put<quint32>(bytes, entry + 8, 0x7FFFFFF0u, big);
            }
            changed = true;
        }
    }
    return changed ? bytes : QByteArray();
}

QByteArray bitFlipped(QByteArray bytes, unsigned seed)
{
    std::mt19937 random(seed);
    const qsizetype header = std::min<qsizetype>(bytes.size(), 4096);
    for (int i = 0; i < 16; ++i) {
        const qsizetype span = i < 8 ? header : bytes.size();
        const qsizetype at = qsizetype(random() % quint64(span));
        bytes[at] = char(bytes[at] ^ char(1 << (random() % 8)));
    }
    return bytes;
}

} // namespace

QByteArray withHugeSizes(const QString &fileName, const QByteArray &content)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".nii.gz"))) {
        const QByteArray huge = hugeNifti(gunzip(content));
        return huge.isEmpty() ? QByteArray() : gzip(huge);
    }
    if (lower.endsWith(QLatin1String(".nii"))) {
        return hugeNifti(content);
    }
    if (content.size() > 132 && content.mid(128, 4) == "DICM") {
        return hugeDicom(content);
    }
    return hugeTiff(content);
}

std::vector<Corruption> corruptionsOf(const QString &fileName, const QByteArray &content)
{
    std::vector<Corruption> out;
    out.push_back({QStringLiteral("zero-length"), fileName, QByteArray()});
    if (content.size() > 140) {
        out.push_back({QStringLiteral("truncated-132"), fileName, content.left(132)});
    }
    for (const int percent : {1, 10, 50, 90}) {
        const qsizetype keep = std::max<qsizetype>(1, content.size() * percent / 100);
        if (keep < content.size()) {
            out.push_back(
                {QStringLiteral("truncated-%1%").arg(percent), fileName, content.left(keep)});
        }
    }
    if (!content.isEmpty()) {
        for (unsigned seed = 1; seed <= 3; ++seed) {
            out.push_back({QStringLiteral("bitflip-%1").arg(seed), fileName,
                           bitFlipped(content, seed * 7919u)});
        }
    }
    // A slide named like a study file and anything else named like a slide.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool slideLike = suffix == QLatin1String("svs") || suffix == QLatin1String("tif")
        || suffix == QLatin1String("tiff") || suffix == QLatin1String("ndpi");
    out.push_back({QStringLiteral("wrong-extension"), fileName,
                   content}); // name set below, keeps the same bytes
    out.back().fileName = QFileInfo(fileName).completeBaseName()
        + (slideLike ? QStringLiteral(".dcm") : QStringLiteral(".svs"));
    if (const QByteArray huge = withHugeSizes(fileName, content); !huge.isEmpty()) {
        out.push_back({QStringLiteral("huge-sizes"), fileName, huge});
    }
    return out;
}

} // namespace oncoview::sweep
