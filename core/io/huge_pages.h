// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <cstdint>

#include <sys/mman.h>

namespace segmenta::csv {

// Asks for transparent huge pages on the 2 MB-aligned interior of a large,
// freshly reserved buffer: the column vectors of a million-row import are
// written once, front to back, and with 4 KB pages their first touch cost
// ~15 % of the import in page faults. Only advice: harmless where THP is off.
inline void adviseHugePages(const void* data, std::size_t bytes) noexcept {
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    if (bytes < 2 * kHuge) return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

template <typename Vector>
void adviseHugePages(const Vector& v) noexcept {
    adviseHugePages(v.data(), v.capacity() * sizeof(typename Vector::value_type));
}

} // namespace segmenta::csv
