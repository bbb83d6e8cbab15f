// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/slidesource.h"
#include "viewers/slide/tilecache.h"
#include "viewers/slide/tilegrid.h"

// Qt
#include <QObject>
#include <QRectF>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

namespace oncoview::slide {

// Reads tiles of one slide on worker threads (std::thread: they block in OpenSlide for
// milliseconds at a time, which would starve QThreadPool's global pool) into a TileCache.
// The newest request replaces the queue, so tiles the view has left are dropped; preloaded
// tiles (the coarsest level) go first. A tile that fails to read is remembered and never
// retried, so a corrupt slide costs one error per tile, reported once via readFailed().
class TileLoader : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        std::vector<std::pair<TileKey, QImage>> cached; // visible tiles already decoded
        std::vector<TileKey> missing; // visible tiles now queued (or failed)
    };

    // GUI thread. Starts `threads` workers at once.
    TileLoader(std::shared_ptr<SlideSource> source, std::shared_ptr<TileCache> cache,
               int threads = 2, QObject *parent = nullptr);
    // GUI thread. Drops the queue and joins the workers (waits for reads in progress).
    ~TileLoader() override;

    const TileGrid &grid() const { return m_grid; }
    const std::shared_ptr<SlideSource> &source() const { return m_source; }

    // GUI thread. Answers at once from the cache and queues the missing visible tiles of
    // `level` in `level0Area` (nearest to its centre first), then a prefetch ring one tile
    // wide around it, the next coarser level and the next finer level's central part.
    Answer request(int level, const QRectF &level0Area);
    // GUI thread. Replaces the queue with `keys`, in this order (cached ones are skipped).
    void schedule(const std::vector<TileKey> &keys);
    // GUI thread. Queues `keys` ahead of everything; request() and schedule() keep them.
    void preload(const std::vector<TileKey> &keys);

    // Any thread. True when the tile is cached or has failed (nothing more will come).
    bool isResolved(const TileKey &key) const;
    bool hasFailed(const TileKey &key) const;
    int queuedCount() const;

Q_SIGNALS:
    // Queued to the loader's (GUI) thread, coalesced: some tiles arrived in the cache.
    void tilesReady();
    // Emitted once per loader, for the first tile that could not be read.
    void readFailed(const QString &message);

private:
    void work();
    bool takeNext(TileKey *key);
    void finish(const TileKey &key, const QImage &image, const QString &error);
    static void markOpaque(QImage &image);

    std::shared_ptr<SlideSource> m_source;
    std::shared_ptr<TileCache> m_cache;
    TileGrid m_grid;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<TileKey> m_preload;
    std::deque<TileKey> m_queue;
    std::unordered_set<TileKey, TileKeyHash> m_inFlight;
    std::unordered_set<TileKey, TileKeyHash> m_failed;
    bool m_stopping = false;
    bool m_reported = false;
    std::atomic<bool> m_notifyPending {false};
    std::vector<std::thread> m_threads;
};

} // namespace oncoview::slide
