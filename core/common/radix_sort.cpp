// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/radix_sort.h"

#include <algorithm>
#include <array>

namespace segmenta {

namespace {
constexpr int kBits = 11;
constexpr int kBuckets = 1 << kBits;
constexpr int kDigits = (64 + kBits - 1) / kBits;
} // namespace

void radixSortKeys(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>* payload) {
    const std::size_t n = keys.size();
    if (n < 2) return;
    // One pass builds the histograms of every digit.
    std::vector<std::array<std::uint32_t, kBuckets>> counts(kDigits);
    for (auto& c : counts) c.fill(0);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t k = keys[i];
        for (int d = 0; d < kDigits; ++d, k >>= kBits) ++counts[std::size_t(d)][k & (kBuckets - 1)];
    }
    std::vector<std::uint64_t> keys2(n);
    std::vector<std::uint32_t> payload2(payload ? n : 0);
    for (int d = 0; d < kDigits; ++d) {
        auto& c = counts[std::size_t(d)];
        if (std::any_of(c.begin(), c.end(), [n](std::uint32_t v) { return v == n; })) continue;
        std::uint32_t sum = 0;
        for (auto& v : c) { const auto t = v; v = sum; sum += t; }
        const int shift = d * kBits;
        for (std::size_t i = 0; i < n; ++i) {
            const auto at = c[(keys[i] >> shift) & (kBuckets - 1)]++;
            keys2[at] = keys[i];
            if (payload) payload2[at] = (*payload)[i];
        }
        keys.swap(keys2);
        if (payload) payload->swap(payload2);
    }
}

void radixSortDoubles(std::vector<double>& values) {
    const std::size_t n = values.size();
    if (n < 2048) { std::sort(values.begin(), values.end()); return; }
    std::vector<std::uint64_t> keys(n);
    for (std::size_t i = 0; i < n; ++i) keys[i] = doubleKey(values[i]);
    radixSortKeys(keys);
    for (std::size_t i = 0; i < n; ++i) values[i] = keyDouble(keys[i]);
}

} // namespace segmenta
