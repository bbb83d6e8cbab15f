// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/tilekey.h"

// Qt
#include <QImage>

#include <list>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace oncoview::slide {

// Decoded tiles under a byte budget, least recently used evicted first. Tiles of the pinned
// level (the coarsest, which the view falls back to) are never evicted and do not count
// against the budget. Thread-safe: loader workers insert, the GUI thread looks up.
class TileCache
{
public:
    explicit TileCache(qint64 budgetBytes = qint64(512) << 20);

    // Any thread. The tile, or a null image; a hit becomes the most recently used.
    QImage find(const TileKey &key);
    // Any thread. Like find() but without touching the LRU order.
    bool contains(const TileKey &key) const;
    // Any thread. Replaces an existing tile; evicts LRU tiles while over budget.
    void insert(const TileKey &key, const QImage &image);

    // Any thread. -1 pins nothing.
    void setPinnedLevel(int level);
    int pinnedLevel() const;
    void setBudget(qint64 bytes);
    void clear();

    qint64 budget() const;
    // Bytes of the evictable (unpinned) tiles, and of all tiles.
    qint64 evictableBytes() const;
    qint64 totalBytes() const;
    int count() const;
    // Unpinned keys, most recently used first (for tests and diagnostics).
    std::vector<TileKey> lruOrder() const;

private:
    struct Entry
    {
        TileKey key;
        QImage image;
        qint64 bytes = 0;
    };
    using List = std::list<Entry>;

    void evictLocked();
    bool isPinned(const TileKey &key) const { return key.level == m_pinnedLevel; }

    mutable std::mutex m_mutex;
    qint64 m_budget;
    qint64 m_evictableBytes = 0;
    qint64 m_pinnedBytes = 0;
    int m_pinnedLevel = -1;
    List m_lru; // unpinned, front = most recent
    std::unordered_map<TileKey, List::iterator, TileKeyHash> m_index;
    std::unordered_map<TileKey, QImage, TileKeyHash> m_pinned;
};

} // namespace oncoview::slide
