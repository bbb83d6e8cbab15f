// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/voxelallocator.h"

#include <cstdint>
#include <sys/mman.h>

namespace oncoview::mri::voxelmemory {

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kMappedFrom = std::size_t(1) << 20;

std::size_t mappedLength(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

} // namespace

void *acquire(std::size_t bytes)
{
    if (bytes < kMappedFrom) {
        if (void *p = std::malloc(bytes == 0 ? 1 : bytes)) {
            return p;
        }
        throw std::bad_alloc();
    }
    // Map one huge page more than needed, keep the 2 MiB-aligned part, give the rest back.
    const std::size_t length = mappedLength(bytes);
    void *raw = ::mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) {
        throw std::bad_alloc();
    }
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (aligned > start) {
        ::munmap(raw, aligned - start);
    }
    const std::uintptr_t end = start + length + kHugePage;
    if (end > aligned + length) {
        ::munmap(reinterpret_cast<void *>(aligned + length), end - (aligned + length));
    }
#ifdef MADV_HUGEPAGE
    ::madvise(reinterpret_cast<void *>(aligned), length, MADV_HUGEPAGE);
#endif
    return reinterpret_cast<void *>(aligned);
}

void release(void *data, std::size_t bytes) noexcept
{
    if (!data) {
        return;
    }
    if (bytes < kMappedFrom) {
        std::free(data);
    } else {
        ::munmap(data, mappedLength(bytes));
    }
}

} // namespace oncoview::mri::voxelmemory
