// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/radix_sort.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace segmenta {

namespace {

// Order-preserving map of IEEE doubles to unsigned integers.
inline std::uint64_t toKey(double d) {
    std::uint64_t u;
    std::memcpy(&u, &d, sizeof u);
    return (u & 0x8000000000000000ULL) ? ~u : (u | 0x8000000000000000ULL);
}
inline double fromKey(std::uint64_t k) {
    const std::uint64_t u = (k & 0x8000000000000000ULL) ? (k & 0x7FFFFFFFFFFFFFFFULL) : ~k;
    double d;
    std::memcpy(&d, &u, sizeof d);
    return d;
}

} // namespace

void radixSortDoubles(std::vector<double>& values) {
    const std::size_t n = values.size();
    if (n < 2048) { std::sort(values.begin(), values.end()); return; }
    constexpr int kBits = 11, kPasses = 6, kBuckets = 1 << kBits;
    std::vector<std::uint64_t> a(n), b(n);
    std::vector<std::array<std::uint32_t, kBuckets>> hist(kPasses);
    for (auto& h : hist) h.fill(0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t k = toKey(values[i]);
        a[i] = k;
        for (int p = 0; p < kPasses; ++p) ++hist[std::size_t(p)][(k >> (p * kBits)) & (kBuckets - 1)];
    }
    for (int p = 0; p < kPasses; ++p) {
        auto& h = hist[std::size_t(p)];
        // A pass where every key has the same digit changes nothing: skip it.
        if (std::any_of(h.begin(), h.end(), [n](std::uint32_t c) { return c == n; })) continue;
        std::uint32_t sum = 0;
        for (auto& c : h) { const std::uint32_t t = c; c = sum; sum += t; }
        const int shift = p * kBits;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t k = a[i];
            b[h[(k >> shift) & (kBuckets - 1)]++] = k;
        }
        a.swap(b);
    }
    for (std::size_t i = 0; i < n; ++i) values[i] = fromKey(a[i]);
}

} // namespace segmenta
