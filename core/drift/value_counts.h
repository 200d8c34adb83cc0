// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/table/scaled_counts.h"

namespace segmenta::summarydetail {

using scaled::CountOutcome;
using scaled::ValueCounts;

// What a strided sample of a column (up to 4,096 values, no pass over the rest)
// says about how to count it. Only a guide: every counting routine below checks
// every value itself, so a sample that misleads costs time, never a wrong count.
struct ColumnSample {
    double min = 0, max = 0;     // of the sample (NaN left out)
    std::size_t size = 0;        // values sampled
    std::size_t distinct = 0;    // distinct values in the sample (−0 = 0)
    bool nan = false;            // a NaN among them
    // Every sampled value is a whole multiple of 1/scale (1, 10, …, 10^6) and the
    // multiples span less than a quarter of kMaxIndexWindow: count by index with
    // that scale (scaled::planScale).
    double scale = 0;            // 0: not countable by index
    std::int64_t firstIndex = 0, lastIndex = 0;
    // The sample spans more (prices in cents up to thousands, shares with five
    // decimals), but up to kMaxWideWindow steps, and its middle 80 % lies within
    // kWideCore steps: the counters the column mostly hits stay in the level-2
    // cache, and counting beats the two-pass sketch. Counted with up to
    // kMaxWideWindow counters, no room beyond the sample's span at the start.
    bool wide = false;
};
ColumnSample sampleColumn(std::span<const double> v);

// Up to this many consecutive multiples of 1/scale are counted by index.
inline constexpr std::size_t kMaxIndexWindow = std::size_t(1) << 17;
inline constexpr std::size_t kMaxWideWindow = std::size_t(1) << 20;
inline constexpr std::size_t kWideCore = std::size_t(1) << 15;

// Counts values that are whole multiples of 1/scale (ages, counts, days, prices in
// cents, shares with 4 decimals) by index x·scale into a window of counters
// (scaled::countByIndex): a value that is no exact multiple, or beyond
// kMaxIndexWindow counters, ends it: TooMany. Any number of distinct values;
// NaN: SawNaN. Counter order is value order.
CountOutcome countByIndex(std::span<const double> v, const ColumnSample& sample, ValueCounts& out);

// Counts up to `cap` distinct values in an open-addressing table on the bit
// patterns (one pass, then a sort of the distinct values); TooMany beyond.
CountOutcome countByHash(std::span<const double> v, std::size_t cap, ValueCounts& out);

// Mean and population standard deviation from the counts. For whole numbers whose
// running sum stays below 2^53 the mean has the bits of the in-order sum
// (std::accumulate: every partial sum is exact); otherwise both are compensated
// sums over the distinct values, within a few ulp of the exact values (the
// in-order sums over a million rows are off by more).
void momentsFromCounts(const ValueCounts& c, double& mean, double& stddev);

} // namespace segmenta::summarydetail
