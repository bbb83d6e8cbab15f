// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tilecache.h"

namespace oncoview::slide {

TileCache::TileCache(qint64 budgetBytes)
    : m_budget(budgetBytes)
{
}

QImage TileCache::find(const TileKey &key)
{
    std::lock_guard lock(m_mutex);
    if (const auto pinned = m_pinned.find(key); pinned != m_pinned.end()) {
        return pinned->second;
    }
    const auto it = m_index.find(key);
    if (it == m_index.end()) {
        return {};
    }
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return it->second->image;
}

bool TileCache::contains(const TileKey &key) const
{
    std::lock_guard lock(m_mutex);
    return m_pinned.count(key) > 0 || m_index.count(key) > 0;
}

void TileCache::insert(const TileKey &key, const QImage &image)
{
    std::lock_guard lock(m_mutex);
    const qint64 bytes = image.sizeInBytes();
    if (isPinned(key)) {
        if (const auto old = m_pinned.find(key); old != m_pinned.end()) {
            m_pinnedBytes -= old->second.sizeInBytes();
        }
        m_pinned[key] = image;
        m_pinnedBytes += bytes;
        return;
    }
    if (const auto it = m_index.find(key); it != m_index.end()) {
        m_evictableBytes -= it->second->bytes;
        m_lru.erase(it->second);
        m_index.erase(it);
    }
    m_lru.push_front({key, image, bytes});
    m_index[key] = m_lru.begin();
    m_evictableBytes += bytes;
    evictLocked();
}

void TileCache::evictLocked()
{
    // The newest tile stays even when it alone exceeds the budget: the view is drawing it.
    while (m_evictableBytes > m_budget && m_lru.size() > 1) {
        const Entry &victim = m_lru.back();
        m_evictableBytes -= victim.bytes;
        m_index.erase(victim.key);
        m_lru.pop_back();
    }
}

void TileCache::setPinnedLevel(int level)
{
    std::lock_guard lock(m_mutex);
    if (level == m_pinnedLevel) {
        return;
    }
    // Move tiles between the pinned map and the LRU list so the invariants hold.
    std::unordered_map<TileKey, QImage, TileKeyHash> oldPinned;
    oldPinned.swap(m_pinned);
    m_pinnedBytes = 0;
    m_pinnedLevel = level;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        if (isPinned(it->key)) {
            m_pinned[it->key] = it->image;
            m_pinnedBytes += it->bytes;
            m_evictableBytes -= it->bytes;
            m_index.erase(it->key);
            it = m_lru.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[key, image] : oldPinned) {
        m_lru.push_back({key, image, image.sizeInBytes()});
        m_index[key] = std::prev(m_lru.end());
        m_evictableBytes += image.sizeInBytes();
    }
    evictLocked();
}

int TileCache::pinnedLevel() const
{
    std::lock_guard lock(m_mutex);
    return m_pinnedLevel;
}

void TileCache::setBudget(qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    m_budget = bytes;
    evictLocked();
}

void TileCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_lru.clear();
    m_index.clear();
    m_pinned.clear();
    m_evictableBytes = 0;
    m_pinnedBytes = 0;
}

qint64 TileCache::budget() const
{
    std::lock_guard lock(m_mutex);
    return m_budget;
}

qint64 TileCache::evictableBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_evictableBytes;
}

qint64 TileCache::totalBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_evictableBytes + m_pinnedBytes;
}

int TileCache::count() const
{
    std::lock_guard lock(m_mutex);
    return int(m_lru.size() + m_pinned.size());
}

std::vector<TileKey> TileCache::lruOrder() const
{
    std::lock_guard lock(m_mutex);
    std::vector<TileKey> keys;
    for (const Entry &entry : m_lru) {
        keys.push_back(entry.key);
    }
    return keys;
}

} // namespace oncoview::slide
