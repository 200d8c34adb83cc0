// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <vector>

namespace segmenta {

// Sorts `keys` ascending and permutes `payload` along with them (not stable
// across equal keys, which the callers do not need). LSD radix sort with 11-bit
// digits; digits that are the same for every key are skipped. About 5x faster
// than std::sort on a million scores, which matters for AUC on every slice.
void radixSortPairs(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& payload);

// The order-preserving key of a score in [0, 1] (non-negative doubles sort like
// their bit patterns; -0.0 is folded into +0.0).
inline std::uint64_t scoreKey(double p) noexcept {
    if (p == 0) p = 0;   // -0.0 -> +0.0
    std::uint64_t bits;
    __builtin_memcpy(&bits, &p, sizeof bits);
    return bits;
}

inline double keyScore(std::uint64_t key) noexcept {
    double p;
    __builtin_memcpy(&p, &key, sizeof p);
    return p;
}

} // namespace segmenta
