// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Large scratch buffers backed by transparent huge pages (Linux, when the system
// allows them on request). Touching fresh memory costs a page fault per 4 KB,
// which on this project's virtual machines costs about as much as reading the
// data several times over (a 40 MB buffer: ~80 ms of faults with 4 KB pages,
// ~15 ms with 2 MB pages); huge pages also spare TLB misses while streaming.
#include <cstddef>
#include <new>
#include <vector>

namespace segmenta {

// At least `bytes` of memory aligned to 64 bytes; buffers of 2 MB and more are
// separate mappings aligned to 2 MB and advised as huge pages. Throws
// std::bad_alloc like operator new.
void* allocateLarge(std::size_t bytes);
void freeLarge(void* p, std::size_t bytes) noexcept;

template <typename T>
struct LargeAllocator {
    using value_type = T;
    LargeAllocator() = default;
    template <typename U>
    LargeAllocator(const LargeAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(allocateLarge(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { freeLarge(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(const LargeAllocator<U>&) const noexcept { return true; }
};

template <typename T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

// Asks for transparent huge pages on the 2 MB-aligned interior of a large,
// freshly reserved buffer that is not a LargeVector (the import's column
// vectors: written once, front to back; with 4 KB pages their first touch cost
// ~15 % of the import in page faults). Only advice: harmless where THP is off.
void adviseHugePages(const void* data, std::size_t bytes) noexcept;

template <typename Vector>
void adviseHugePages(const Vector& v) noexcept {
    adviseHugePages(v.data(), v.capacity() * sizeof(typename Vector::value_type));
}

} // namespace segmenta
