// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counting a numeric column's distinct values by the index of each value scaled
// by a power of ten (ages, counts, days, prices in cents, shares with four
// decimals): one increment per value into an array, no hashing, no sort, and the
// counts come out in value order. Used by the Data page's profile
// (core/quality) and the history's column summaries (core/drift); each brings
// its own per-value work (sums, NaN handling, skipped rows) into the one loop.
//
//   sample = stridedSample(n, value, skip)          // ≤ 4,096 values, no pass over the rest
//   plan = planScale(sample, maxSpan)               // the power of ten, from the sample
//   IndexWindow window(plan, limits);               // counters around the sample's range
//   countByIndex(n, value, skip, visit, onNaN, window) → Counted: window.take(counts)
//
// The plan is only a guide: every value is checked (it must be exactly
// index / scale), so a misleading sample costs time, never a wrong count.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#if defined(__x86_64__) && defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace segmenta::scaled {

// The distinct values of a column with their counts, ascending (−0 counted as 0).
struct ValueCounts {
    std::vector<double> values;
    std::vector<std::int64_t> counts;
};

enum class CountOutcome {
    Counted,
    TooMany,   // a value that is no multiple of 1/scale, or beyond the widest window: count another way
    SawNaN     // the caller's onNaN() asked to stop
};

// Nearest whole number as int64; INT64_MIN for NaN and beyond ±2^63 (what the
// x86 conversion gives). Any monotone rounding keeps the counts right: the
// counting checks that the index gives back the value.
inline std::int64_t nearestIndex(double y) noexcept {
#if defined(__x86_64__) && defined(__SSE2__)
    return _mm_cvtsd_si64(_mm_set_sd(y));
#else
    if (!(std::fabs(y) < 9.2e18)) return std::numeric_limits<std::int64_t>::min();
    return std::llrint(y);
#endif
}

inline constexpr std::size_t kSampleSize = 4096;

// Every ⌈n / 4,096⌉-th row (never more than 4,096 rows), leaving out rows the
// caller skips and NaN (sawNaN set when one was seen); −0 as 0.
template <typename Value, typename Skip>
std::vector<double> stridedSample(std::size_t n, Value&& value, Skip&& skip, bool* sawNaN = nullptr) {
    std::vector<double> x;
    if (n == 0) return x;
    const std::size_t stride = (n + kSampleSize - 1) / kSampleSize;
    x.reserve(n / stride + 1);
    for (std::size_t i = 0; i < n; i += stride) {
        if (skip(i)) continue;
        const double y = value(i);
        if (y != y) {
            if (sawNaN) *sawNaN = true;
            continue;
        }
        x.push_back(y == 0 ? 0.0 : y);
    }
    return x;
}

// The smallest power of ten, 10^0 … 10^6 (shares with six decimals), of which
// every sampled value is a whole multiple, and the range of those multiples;
// scale 0 when there is none, or when the smallest such power spreads the sample
// over maxSpan steps or more (a larger power would only spread it further).
struct ScalePlan {
    double scale = 0;
    std::int64_t lo = 0, hi = 0;
};
inline constexpr int kMaxPower = 6;
ScalePlan planScale(std::span<const double> sample, std::uint64_t maxSpan);

// How many counters the window may hold, and where it starts.
struct WindowLimits {
    std::uint64_t minWidth = 1024;
    std::uint64_t maxWidth = std::uint64_t(1) << 17;
    // Never start below index 0 when the sample has no negative value (amounts,
    // counts): the room goes to the right, where their tails are.
    bool anchorAtZero = false;
    // Counters per step of the sample's span at the start (room for what the
    // sample did not see); 1 for wide spans, where every counter costs cache.
    std::uint64_t spanFactor = 4;
    // Keep the table of index / scale (up to kBackTableMax counters). Off for
    // wide, sparsely hit windows: building it costs more than the divisions it
    // saves, and it doubles what the counting keeps in cache.
    bool table = true;
};

// The counters: indices [base, base + width) of the values scaled by the plan's
// power of ten. Starts at bit_ceil(spanFactor × the sample's span) counters (at
// least minWidth) around the sample's range and widens, up to maxWidth, when a value
// falls outside. Up to 2^17 counters, what each index stands for is kept in a
// table (a load instead of a division per value).
class IndexWindow {
public:
    IndexWindow(const ScalePlan& plan, const WindowLimits& limits);
    bool usable() const noexcept { return scale > 0; }
    // Takes index k in (widening); false beyond maxWidth.
    bool widen(std::int64_t k);
    // The counted values (index / scale, so −0 is counted as 0) in order.
    void take(ValueCounts& out) const;

    double scale = 0;
    std::int64_t base = 0;
    std::uint64_t width = 0;
    std::vector<std::uint32_t> counts;
    std::vector<double> back;   // back[i] = (base + i) / scale; empty above kBackTableMax

    static constexpr std::uint64_t kBackTableMax = std::uint64_t(1) << 17;

private:
    void fill(std::uint64_t offset, const std::vector<std::uint32_t>& old);
    WindowLimits limits_;
};

// Counts value(i) for i < n, leaving out rows skip(i) is true for. visit(x) is
// called for every counted value in row order (the caller's sums ride along);
// onNaN() for every NaN: return true to go on (NaN left out), false to stop with
// SawNaN. TooMany as soon as a value is no exact multiple of 1/scale or lies
// beyond the widest window; then the counts are meaningless. n < 2^32.
namespace detail {

// How the hot loop proves a value is exactly what its counter stands for.
enum class Check {
    Whole,    // scale 1: the index converts back to the value (no table, no multiply)
    Table,    // the window's table of index / scale
    Divide    // windows too wide for a table: one division
};

// Counts from row i on until the end, or until a value that is unusual (outside
// the window, not the counter's value, NaN); returns the row it stopped at. The
// check is a template parameter: a test inside the loop cost a cycle a value.
template <Check check, typename Value, typename Skip, typename Visit>
std::size_t countRun(std::size_t i, std::size_t n, Value& value, Skip& skip, Visit& visit, IndexWindow& w) {
    // Locals only, so everything stays in registers (members would be
    // reloaded after every counter store).
    const double scale = w.scale;
    const std::int64_t base = w.base;
    const std::uint64_t width = w.width;
    std::uint32_t* const count = w.counts.data();
    const double* const back = w.back.data();
    for (; i < n; ++i) {
        if (skip(i)) continue;
        const double x = value(i);
        const std::int64_t k = nearestIndex(check == Check::Whole ? x : x * scale);
        const std::uint64_t at = std::uint64_t(k) - std::uint64_t(base);
        if (at >= width) break;
        if constexpr (check == Check::Whole) {
            if (double(k) != x) break;
        } else if constexpr (check == Check::Table) {
            if (back[at] != x) break;
        } else {
            if (double(k) / scale != x) break;
        }
        ++count[at];
        visit(x);
    }
    return i;
}

} // namespace detail

// Counts value(i) for i < n, leaving out rows skip(i) is true for. visit(x) is
// called for every counted value in row order (the caller's sums ride along);
// onNaN() for every NaN: return true to go on (NaN left out), false to stop with
// SawNaN. TooMany as soon as a value is no exact multiple of 1/scale or lies
// beyond the widest window; then the counts are meaningless. n < 2^32.
template <typename Value, typename Skip, typename Visit, typename OnNaN>
CountOutcome countByIndex(std::size_t n, Value&& value, Skip&& skip, Visit&& visit, OnNaN&& onNaN, IndexWindow& w) {
    using detail::Check;
    if (!w.usable() || n >= (std::size_t(1) << 32)) return CountOutcome::TooMany;
    for (std::size_t i = 0; i < n; ++i) {
        i = w.scale == 1       ? detail::countRun<Check::Whole>(i, n, value, skip, visit, w)
            : !w.back.empty() ? detail::countRun<Check::Table>(i, n, value, skip, visit, w)
                              : detail::countRun<Check::Divide>(i, n, value, skip, visit, w);
        if (i == n) break;
        // Row i stopped the run: a NaN, a value outside the window (widen it), or
        // one that is no multiple of 1/scale.
        const double x = value(i);
        if (x != x) {
            if (!onNaN()) return CountOutcome::SawNaN;
            continue;
        }
        const std::int64_t k = nearestIndex(x * w.scale);
        if (std::uint64_t(k) - std::uint64_t(w.base) < w.width || !w.widen(k)) return CountOutcome::TooMany;
        const bool multiple = w.scale == 1 ? double(k) == x : double(k) / w.scale == x;
        if (!multiple) return CountOutcome::TooMany;
        ++w.counts[std::uint64_t(k) - std::uint64_t(w.base)];
        visit(x);
    }
    return CountOutcome::Counted;
}

// The sum of whole-number values with their counts when it is exact in doubles
// (every running sum below 2^53: then any order, including the rows' own, gives
// these bits); nullopt otherwise.
std::optional<double> exactWholeSum(std::span<const double> values, std::span<const std::int64_t> counts);

} // namespace segmenta::scaled
