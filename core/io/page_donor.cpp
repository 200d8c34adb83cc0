// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/page_donor.h"

#include <algorithm>
#include <cstdint>

#include <sys/mman.h>
#include <unistd.h>

namespace segmenta::csv {

namespace {

// AddressSanitizer keeps its own books on mappings: leave its builds the plain way.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kEnabled = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kEnabled = false;
#else
constexpr bool kEnabled = true;
#endif
#else
constexpr bool kEnabled = true;
#endif

std::size_t pageSize() noexcept {
    static const std::size_t size = [] {
        const long s = ::sysconf(_SC_PAGESIZE);
        return s > 0 ? std::size_t(s) : std::size_t(4096);
    }();
    return size;
}

} // namespace

bool PageDonor::supported() noexcept {
#if defined(__linux__) && defined(MREMAP_FIXED)
    return kEnabled;
#else
    return false;
#endif
}

PageDonor::~PageDonor() {
    if (!data_) return;
    const std::size_t taken = std::min(next_.load(), size_);
    if (taken < size_) ::munmap(data_ + taken, size_ - taken);
}

std::size_t PageDonor::give(void* dst, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MREMAP_FIXED)
    if (!kEnabled || !data_ || bytes == 0) return 0;
    const std::size_t page = pageSize();
    const auto begin = (reinterpret_cast<std::uintptr_t>(dst) + page - 1) & ~std::uintptr_t(page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(dst) + bytes) & ~std::uintptr_t(page - 1);
    if (end <= begin) return 0;
    std::size_t want = end - begin;
    const std::size_t at = next_.fetch_add(want);
    if (at >= size_) return 0;
    want = std::min(want, size_ - at);
    // The donor's range [at, at + want) is ours alone now: moved, or unmapped if
    // the move fails, so the destructor never has to know about it.
    void* moved = ::mremap(data_ + at, want, want, MREMAP_MAYMOVE | MREMAP_FIXED, reinterpret_cast<void*>(begin));
    if (moved == MAP_FAILED) {
        ::munmap(data_ + at, want);
        return 0;
    }
    given_ += want;
    return want;
#else
    (void)dst;
    (void)bytes;
    return 0;
#endif
}

} // namespace segmenta::csv
