// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/slidesource.h"

// Qt
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QString>

#include <catch2/catch.hpp>

#include "tests/support/prerequisite.h"
#include <condition_variable>
#include <mutex>
#include <vector>

namespace oncoview::slide::test {

inline QString sharedData(const QString &relative)
{
    return QDir(QStringLiteral(ONCOVIEW_SHARED_DATA)).filePath(relative);
}

// False (with a warning) when the shared data folder is absent, so the test can skip.
inline bool haveSharedData()
{
    if (QFileInfo(sharedData(QStringLiteral("wsi/CMU-1-Small-Region.svs"))).isFile()) {
        return true;
    }
    ONCOVIEW_SKIP_OR_FAIL("shared test data not found at " ONCOVIEW_SHARED_DATA "; skipping");
    return false;
}

// Mean absolute difference over the RGB channels of two same-sized images.
inline double meanAbsDiff(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.isNull()) {
        return 1e9;
    }
    double sum = 0;
    for (int j = 0; j < x.height(); ++j) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(j));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(j));
        for (int i = 0; i < x.width(); ++i) {
            sum += std::abs(qRed(p[i]) - qRed(q[i])) + std::abs(qGreen(p[i]) - qGreen(q[i]))
                + std::abs(qBlue(p[i]) - qBlue(q[i]));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

// An in-memory slide: every tile is a flat colour derived from its level and position; reads
// can be held at a gate and are logged, so tests see the loader's order.
class FakeSource : public SlideSource
{
public:
    FakeSource(QSize level0, int levels, int tile = 256)
    {
        for (int l = 0; l < levels; ++l) {
            const double ds = double(1 << l);
            m_levels.push_back(
                {QSize(int(std::ceil(level0.width() / ds)), int(std::ceil(level0.height() / ds))),
                 ds, QSize(tile, tile)});
        }
    }
    QString path() const override { return QStringLiteral("fake"); }
    QString vendor() const override { return QStringLiteral("fake"); }
    const std::vector<SlideLevel> &levels() const override { return m_levels; }
    std::optional<QSizeF> micronsPerPixel() const override { return QSizeF(0.5, 0.5); }
    std::optional<double> objectivePower() const override { return 20.0; }
    QMap<QString, QString> properties() const override { return m_properties; }
    void setProperties(const QMap<QString, QString> &properties) { m_properties = properties; }
    QStringList associatedImageNames() const override { return {}; }
    QImage associatedImage(const QString &, QString *) const override { return {}; }

    static QColor colourFor(int level, qint64 x0, qint64 y0)
    {
        return QColor::fromRgb(40 * level % 256, int(x0 / 97 % 256), int(y0 / 89 % 256));
    }

    QImage readRegion(int level, qint64 x0, qint64 y0, int w, int h, QString *error) const override
    {
        std::unique_lock lock(m_mutex);
        m_log.push_back({level, x0, y0});
        m_gate.wait(lock, [this] { return m_open; });
        if (m_failAll) {
            if (error) {
                *error = QStringLiteral("synthetic read error");
            }
            return {};
        }
        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        image.fill(colourFor(level, x0, y0));
        return image;
    }

    void setOpen(bool open)
    {
        {
            std::lock_guard lock(m_mutex);
            m_open = open;
        }
        m_gate.notify_all();
    }
    void setFailAll(bool fail)
    {
        std::lock_guard lock(m_mutex);
        m_failAll = fail;
    }
    struct Read
    {
        int level;
        qint64 x0;
        qint64 y0;
    };
    std::vector<Read> log() const
    {
        std::lock_guard lock(m_mutex);
        return m_log;
    }

private:
    std::vector<SlideLevel> m_levels;
    QMap<QString, QString> m_properties;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_gate;
    mutable std::vector<Read> m_log;
    bool m_open = true;
    bool m_failAll = false;
};

} // namespace oncoview::slide::test
