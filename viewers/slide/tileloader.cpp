// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tileloader.h"

#include <cmath>

namespace oncoview::slide {

namespace {

constexpr size_t kMaxQueued = 400; // beyond this the view has surely moved on

void appendNew(std::vector<TileKey> &out, std::unordered_set<TileKey, TileKeyHash> &seen,
               const std::vector<TileKey> &keys)
{
    for (const TileKey &key : keys) {
        if (seen.insert(key).second) {
            out.push_back(key);
        }
    }
}

} // namespace

TileLoader::TileLoader(std::shared_ptr<SlideSource> source, std::shared_ptr<TileCache> cache,
                       int threads, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_cache(std::move(cache))
    , m_grid(*m_source)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

TileLoader::~TileLoader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_preload.clear();
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        thread.join();
    }
}

TileLoader::Answer TileLoader::request(int level, const QRectF &area)
{
    Answer answer;
    std::vector<TileKey> order;
    std::unordered_set<TileKey, TileKeyHash> seen;
    const std::vector<TileKey> visible = m_grid.tilesIn(level, area);
    for (const TileKey &key : visible) {
        QImage image = m_cache->find(key);
        if (image.isNull()) {
            answer.missing.push_back(key);
        } else {
            answer.cached.emplace_back(key, std::move(image));
        }
    }
    appendNew(order, seen, answer.missing);
    if (level + 1 < m_grid.levelCount()) {
        appendNew(order, seen, m_grid.tilesIn(level + 1, area));
    }
    const double span = m_grid.tileSize(level) * m_grid.downsample(level);
    appendNew(order, seen, m_grid.tilesIn(level, area.adjusted(-span, -span, span, span)));
    if (level > 0) {
        const QSizeF half = area.size() / 2;
        const QRectF centre(area.center() - QPointF(half.width() / 2, half.height() / 2), half);
        appendNew(order, seen, m_grid.tilesIn(level - 1, centre));
    }
    schedule(order);
    return answer;
}

void TileLoader::schedule(const std::vector<TileKey> &keys)
{
    std::deque<TileKey> queue;
    for (const TileKey &key : keys) {
        if (queue.size() < kMaxQueued && !m_cache->contains(key)) {
            queue.push_back(key);
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_queue.swap(queue);
    }
    m_wake.notify_all();
}

void TileLoader::preload(const std::vector<TileKey> &keys)
{
    {
        std::lock_guard lock(m_mutex);
        m_preload.insert(m_preload.end(), keys.begin(), keys.end());
    }
    m_wake.notify_all();
}

bool TileLoader::isResolved(const TileKey &key) const
{
    return m_cache->contains(key) || hasFailed(key);
}

bool TileLoader::hasFailed(const TileKey &key) const
{
    std::lock_guard lock(m_mutex);
    return m_failed.count(key) > 0;
}

int TileLoader::queuedCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size() + m_preload.size());
}

bool TileLoader::takeNext(TileKey *key)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || !m_preload.empty() || !m_queue.empty(); });
        if (m_stopping) {
            return false;
        }
        std::deque<TileKey> &from = m_preload.empty() ? m_queue : m_preload;
        *key = from.front();
        from.pop_front();
        if (!m_inFlight.count(*key) && !m_failed.count(*key) && m_grid.isValid(*key)
            && !m_cache->contains(*key)) {
            m_inFlight.insert(*key);
            return true;
        }
    }
}

// Worker thread.
void TileLoader::work()
{
    TileKey key;
    while (takeNext(&key)) {
        const QRect r = m_grid.levelRect(key);
        const double ds = m_grid.downsample(key.level);
        const int level = m_grid.sourceLevel(key.level);
        const int reduction = m_grid.reduction(key.level);
        // The tile's area in its slide level: `reduction` times the tile, clipped to the level.
        const QSize levelSize = m_source->levelSize(level);
        const int width = std::min(r.width() * reduction, levelSize.width() - r.x() * reduction);
        const int height = std::min(r.height() * reduction, levelSize.height() - r.y() * reduction);
        QString error;
        QImage image
            = m_source->readRegionReduced(level, std::llround(r.x() * ds), std::llround(r.y() * ds),
                                          width, height, reduction, &error);
        markOpaque(image);
        finish(key, image, error);
    }
}

// Worker thread. Tissue tiles are fully opaque: labelled RGB32 (same bytes, no copy) they are
// drawn without alpha blending, which halves the cost of a scaled frame.
void TileLoader::markOpaque(QImage &image)
{
    if (image.format() != QImage::Format_ARGB32_Premultiplied) {
        return;
    }
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 255) {
                return;
            }
        }
    }
    image.reinterpretAsFormat(QImage::Format_RGB32);
}

// Worker thread.
void TileLoader::finish(const TileKey &key, const QImage &image, const QString &error)
{
    if (!image.isNull()) {
        m_cache->insert(key, image);
    }
    bool report = false;
    {
        std::lock_guard lock(m_mutex);
        m_inFlight.erase(key);
        if (image.isNull()) {
            m_failed.insert(key);
            report = !m_reported;
            m_reported = true;
        }
    }
    if (report) {
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT readFailed(error); }, Qt::QueuedConnection);
    }
    // One queued notification at a time, however many tiles land meanwhile.
    if (!m_notifyPending.exchange(true)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_notifyPending = false;
                Q_EMIT tilesReady();
            },
            Qt::QueuedConnection);
    }
}

} // namespace oncoview::slide
