// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/slidesource.h"

#include <memory>
#include <mutex>

struct _openslide; // openslide_t, kept out of users' include paths

namespace oncoview::slide {

// SlideSource backed by OpenSlide (3.4.1 on Debian 12).
//
// Handles: OpenSlide documents every call except openslide_close() as thread-safe, so both
// loader workers share ONE handle without a lock around reads; a pool would only multiply
// OpenSlide's per-handle 32 MiB cache and the open cost (quickhash). The mutex below guards
// only the swap of that handle: a read error leaves an OpenSlide handle permanently in the
// error state, so the first failing reader reopens the file and later tiles keep working.
// After kMaxConsecutiveFailures errors in a row the source stops reopening (no retry storm)
// and fails fast with the first message.
class OpenSlideSource final : public SlideSource
{
public:
    static constexpr int kMaxConsecutiveFailures = 4;

    // Any thread (reads headers and hashes a level: keep it off the GUI thread).
    // Returns null and sets `error` to a one-line reason (without the path) on failure.
    static std::shared_ptr<SlideSource> open(const QString &path, QString *error);
    // The OpenSlide library's version ("3.4.1"), for About and crash reports.
    static QString libraryVersion();
    // Why a level's tiles are too large to decode (kMaxTilePixels), or "".
    QString oversizedTileReason() const;

    // mpp from "openslide.mpp-x/y", else from "tiff.XResolution/YResolution" with
    // "tiff.ResolutionUnit" centimeter or inch; nullopt when absent or implausible.
    static std::optional<QSizeF> micronsPerPixelFromProperties(const QMap<QString, QString> &props);

    ~OpenSlideSource() override;

    QString path() const override { return m_path; }
    QString vendor() const override { return m_vendor; }
    const std::vector<SlideLevel> &levels() const override { return m_levels; }
    std::optional<QSizeF> micronsPerPixel() const override { return m_mpp; }
    std::optional<double> objectivePower() const override { return m_objectivePower; }
    QMap<QString, QString> properties() const override { return m_properties; }
    QStringList associatedImageNames() const override { return m_associatedNames; }
    QImage associatedImage(const QString &name, QString *error = nullptr) const override;
    QImage readRegion(int level, qint64 x0, qint64 y0, int width, int height,
                      QString *error = nullptr) const override;

    // Any thread. Read errors seen so far, and the first one's message (for a single report).
    int readErrorCount() const;
    QString firstReadError() const;

private:
    using Handle = std::shared_ptr<_openslide>;

    OpenSlideSource(const QString &path, Handle handle);
    void readMetadata(_openslide *osr);
    Handle currentHandle(QString *error) const;
    void recordFailure(const Handle &failed, const QString &message) const;
    void recordSuccess() const;

    QString m_path;
    QString m_vendor;
    std::vector<SlideLevel> m_levels;
    std::optional<QSizeF> m_mpp;
    std::optional<double> m_objectivePower;
    QMap<QString, QString> m_properties;
    QStringList m_associatedNames;

    mutable std::mutex m_mutex;
    mutable Handle m_handle; // null once the source gave up
    mutable int m_consecutiveFailures = 0;
    mutable int m_errorCount = 0;
    mutable QString m_firstError;
};

} // namespace oncoview::slide
