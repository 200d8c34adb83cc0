// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/huge_pages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace segmenta {

namespace {

constexpr std::size_t kHuge = std::size_t(2) << 20;

std::size_t roundUp(std::size_t bytes) { return (bytes + kHuge - 1) / kHuge * kHuge; }

} // namespace

void* allocateLarge(std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= kHuge) {
        // over-map by one huge page, then cut the mapping down to an aligned run
        const std::size_t size = roundUp(bytes);
        void* raw = mmap(nullptr, size + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED) throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t aligned = (start + kHuge - 1) / kHuge * kHuge;
        if (aligned > start) munmap(raw, aligned - start);
        const std::uintptr_t tail = start + size + kHuge - (aligned + size);
        if (tail > 0) munmap(reinterpret_cast<void*>(aligned + size), tail);
        madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);   // only advice: failure is harmless
        return reinterpret_cast<void*>(aligned);
    }
#endif
    return ::operator new(bytes, std::align_val_t(64));
}

void adviseHugePages(const void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes < 2 * kHuge) return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void freeLarge(void* p, std::size_t bytes) noexcept {
    if (!p) return;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= kHuge) {
        munmap(p, roundUp(bytes));
        return;
    }
#endif
    ::operator delete(p, std::align_val_t(64));
}

} // namespace segmenta
