// SPDX-License-Identifier: Apache-2.0
#pragma once

// The allocator of volume voxels: buffers of 1 MiB and more are mapped on 2 MiB boundaries
// with transparent huge pages requested (Debian 12's default is "madvise"), smaller ones come
// from malloc. Why: a 640-file DCE is ~70 MB of floats, and first-touching it in 4 KiB pages
// cost 180 ms of a 250 ms load on a VM (each page fault is a trap into the hypervisor); in
// 2 MiB pages it costs 5 ms. Plain C++, any thread.
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace oncoview::mri {

namespace voxelmemory {
// Returns memory for `bytes` (never null: throws std::bad_alloc); release with release().
void *acquire(std::size_t bytes);
void release(void *data, std::size_t bytes) noexcept;
} // namespace voxelmemory

template<typename T> struct VoxelAllocator
{
    using value_type = T;
    VoxelAllocator() = default;
    template<typename U> VoxelAllocator(const VoxelAllocator<U> &) noexcept { }
    T *allocate(std::size_t n) { return static_cast<T *>(voxelmemory::acquire(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { voxelmemory::release(p, n * sizeof(T)); }
    template<typename U> bool operator==(const VoxelAllocator<U> &) const noexcept { return true; }
};

using VoxelBuffer = std::vector<float, VoxelAllocator<float>>;

} // namespace oncoview::mri
