// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/radix_sort.h"

#include <array>

namespace segmenta {

namespace {
constexpr int kBits = 11;
constexpr int kBuckets = 1 << kBits;
constexpr int kDigits = (64 + kBits - 1) / kBits;
} // namespace

void radixSortPairs(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& payload) {
    const std::size_t n = keys.size();
    if (n < 2) return;
    // One pass builds the histograms of every digit.
    std::vector<std::array<std::uint32_t, kBuckets>> counts(kDigits);
    for (auto& c : counts) c.fill(0);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t k = keys[i];
        for (int d = 0; d < kDigits; ++d, k >>= kBits) ++counts[d][k & (kBuckets - 1)];
    }
    std::vector<std::uint64_t> keys2(n);
    std::vector<std::uint32_t> payload2(n);
    for (int d = 0; d < kDigits; ++d) {
        auto& c = counts[d];
        bool trivial = false;
        for (auto v : c) if (v == n) { trivial = true; break; }
        if (trivial) continue;   // every key has the same digit here
        std::uint32_t sum = 0;
        for (auto& v : c) { const auto t = v; v = sum; sum += t; }
        const int shift = d * kBits;
        for (std::size_t i = 0; i < n; ++i) {
            const auto b = (keys[i] >> shift) & (kBuckets - 1);
            const auto at = c[b]++;
            keys2[at] = keys[i];
            payload2[at] = payload[i];
        }
        keys.swap(keys2);
        payload.swap(payload2);
    }
}

} // namespace segmenta
