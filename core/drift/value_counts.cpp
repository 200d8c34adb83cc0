// SPDX-License-Identifier: GPL-3.0-or-later
// Counting a column's distinct values for its summary. Most numeric columns of
// real exports have few distinct values (ages, counts, days, prices in cents,
// shares with four decimals): counting them gives the exact summary, or the
// sketch read off the counts, in one pass and without sorting. Index counting
// replaces hashing wherever the values are multiples of a power of ten (no
// probing, a small table), and the moments come from the counts instead of two
// more passes over the column.
#include "core/drift/value_counts.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__x86_64__) && defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace segmenta::summarydetail {

namespace {

constexpr std::size_t kSampleSize = 4096;

// Nearest whole number as int64; INT64_MIN for NaN and beyond ±2^63 (what the
// x86 conversion gives). Any monotone rounding would keep the counts right.
inline std::int64_t toIndex(double y) noexcept {
#if defined(__x86_64__) && defined(__SSE2__)
    return _mm_cvtsd_si64(_mm_set_sd(y));
#else
    if (!(std::fabs(y) < 9.2e18)) return std::numeric_limits<std::int64_t>::min();
    return std::llrint(y);
#endif
}

std::uint64_t keyOf(double x) noexcept {
    if (x == 0) x = 0;   // −0 counts as 0, as == does
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}

std::size_t distinctIn(const std::vector<double>& x) {
    constexpr std::size_t kSlots = 2 * kSampleSize;
    std::vector<std::uint64_t> table(kSlots, 0);   // key + 1; 0 = empty (NaN never stored)
    std::size_t used = 0;
    for (double v : x) {
        const std::uint64_t key = keyOf(v) + 1;
        std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ULL) >> 51);
        while (table[i] != 0 && table[i] != key) i = (i + 1) & (kSlots - 1);
        if (table[i] == 0) { table[i] = key; ++used; }
    }
    return used;
}

// The smallest power of ten (up to 10^6) of which every sampled value is a whole
// multiple, with the range of multiples; false when none is, or the range is wide.
bool indexScale(const std::vector<double>& x, ColumnSample& s) {
    double scale = 1;
    for (int p = 0; p <= 6; ++p, scale *= 10) {
        std::int64_t lo = 0, hi = 0;
        bool ok = true;
        for (std::size_t i = 0; i < x.size() && ok; ++i) {
            const double y = x[i] * scale;
            if (!(std::fabs(y) < 0x1p52)) { ok = false; break; }
            const std::int64_t k = toIndex(y);
            ok = double(k) / scale == x[i];
            lo = i == 0 ? k : std::min(lo, k);
            hi = i == 0 ? k : std::max(hi, k);
        }
        // Room for values beyond the sample's range: a sample spanning more than a
        // quarter of the window rarely counts the whole column (a long tail
        // outgrows it and the pass was wasted).
        if (ok && !x.empty() && std::uint64_t(hi - lo) < kMaxIndexWindow / 4) {
            s.scale = scale;
            s.firstIndex = lo;
            s.lastIndex = hi;
            return true;
        }
        if (ok) return false;   // a larger scale only spreads the same values further
    }
    return false;
}

struct Slot {
    double value;          // the one value counted here (NaN: none yet)
    std::uint64_t count;
};

// Widens the window [base, base + slots.size()) to take index k; false beyond
// kMaxIndexWindow slots.
bool grow(std::vector<Slot>& slots, std::int64_t& base, std::int64_t k) {
    const std::uint64_t width = slots.size();
    const std::int64_t lo = std::min(base, k);
    const std::int64_t hiExclusive = k >= base ? std::max<std::int64_t>(base + std::int64_t(width), k + 1)
                                               : base + std::int64_t(width);
    const std::uint64_t needed = std::uint64_t(hiExclusive) - std::uint64_t(lo);
    if (needed > kMaxIndexWindow) return false;
    const std::uint64_t newWidth = std::min<std::uint64_t>(kMaxIndexWindow, std::bit_ceil(2 * needed));
    // Centre the needed range in the new window, never past the old one.
    std::int64_t newBase = lo - std::int64_t((newWidth - needed) / 2);
    std::vector<Slot> wider(newWidth, Slot{std::numeric_limits<double>::quiet_NaN(), 0});
    for (std::uint64_t i = 0; i < width; ++i) wider[std::uint64_t(base - newBase) + i] = slots[i];
    slots.swap(wider);
    base = newBase;
    return true;
}

} // namespace

ColumnSample sampleColumn(std::span<const double> v) {
    ColumnSample s;
    const std::size_t n = v.size();
    if (n == 0) return s;
    // Rounded up: never more than kSampleSize values (the table below is sized for them).
    const std::size_t stride = (n + kSampleSize - 1) / kSampleSize;
    std::vector<double> x;
    x.reserve(n / stride + 1);
    for (std::size_t i = 0; i < n; i += stride) {
        const double y = v[i];
        if (y != y) { s.nan = true; continue; }
        x.push_back(y == 0 ? 0.0 : y);
    }
    s.size = x.size();
    if (x.empty()) return s;
    const auto [mn, mx] = std::minmax_element(x.begin(), x.end());
    s.min = *mn;
    s.max = *mx;
    s.distinct = distinctIn(x);
    indexScale(x, s);
    return s;
}

CountOutcome countByIndex(std::span<const double> v, const ColumnSample& sample, ValueCounts& out) {
    const double scale = sample.scale;
    if (!(scale > 0)) return CountOutcome::TooMany;
    const std::uint64_t span = std::uint64_t(sample.lastIndex - sample.firstIndex) + 1;
    const std::uint64_t width = std::min<std::uint64_t>(kMaxIndexWindow, std::bit_ceil(std::max<std::uint64_t>(1024, 4 * span)));
    std::int64_t base = sample.firstIndex - std::int64_t((width - std::min(width, span)) / 2);
    std::vector<Slot> slots(width, Slot{std::numeric_limits<double>::quiet_NaN(), 0});
    Slot* slot = slots.data();
    std::uint64_t w = width;
    const std::size_t n = v.size();
    const double* x = v.data();
    for (std::size_t i = 0; i < n; ++i) {
        // The hot loop stops at anything unusual: a value outside the window, or
        // one its slot does not hold yet (NaN marks an empty slot). No calls in it,
        // so everything stays in registers.
        std::uint64_t at = 0;
        for (; i < n; ++i) {
            at = std::uint64_t(toIndex(x[i] * scale)) - std::uint64_t(base);
            if (at >= w || slot[at].value != x[i]) break;
            ++slot[at].count;
        }
        if (i == n) break;
        const double y = x[i];
        if (y != y) return CountOutcome::SawNaN;
        if (at >= w) {
            const std::int64_t k = toIndex(y * scale);
            if (!grow(slots, base, k)) return CountOutcome::TooMany;
            slot = slots.data();
            w = slots.size();
            at = std::uint64_t(k) - std::uint64_t(base);
        }
        Slot& s = slot[at];
        if (s.value != y) {
            if (s.count != 0) return CountOutcome::TooMany;   // a second value for one slot
            s.value = y == 0 ? 0.0 : y;
        }
        ++s.count;
    }
    out.values.clear();
    out.counts.clear();
    for (std::uint64_t i = 0; i < w; ++i)
        if (slot[i].count != 0) {
            out.values.push_back(slot[i].value);
            out.counts.push_back(std::int64_t(slot[i].count));
        }
    return CountOutcome::Counted;
}

CountOutcome countByHash(std::span<const double> v, std::size_t cap, ValueCounts& out) {
    const std::size_t slots = std::bit_ceil(2 * cap);   // at most half full: short probe chains
    const int shift = 64 - std::countr_zero(slots);
    struct Entry { std::uint64_t key; std::uint64_t count; };
    std::vector<Entry> table(slots, Entry{0, 0});
    std::size_t used = 0;
    for (const double x : v) {
        if (x != x) return CountOutcome::SawNaN;
        const std::uint64_t bits = keyOf(x);
        std::size_t i = std::size_t((bits * 0x9E3779B97F4A7C15ULL) >> shift);
        while (table[i].count != 0 && table[i].key != bits) i = (i + 1) & (slots - 1);
        if (table[i].count == 0) {
            if (++used > cap) return CountOutcome::TooMany;
            table[i].key = bits;
        }
        ++table[i].count;
    }
    std::vector<std::pair<double, std::int64_t>> found;
    found.reserve(used);
    for (const Entry& e : table)
        if (e.count != 0) {
            double x;
            std::memcpy(&x, &e.key, sizeof x);
            found.push_back({x, std::int64_t(e.count)});
        }
    std::sort(found.begin(), found.end());
    out.values.clear();
    out.counts.clear();
    out.values.reserve(found.size());
    out.counts.reserve(found.size());
    for (const auto& [x, c] : found) {
        out.values.push_back(x);
        out.counts.push_back(c);
    }
    return CountOutcome::Counted;
}

namespace {

// Neumaier's compensated sum.
struct CompensatedSum {
    double sum = 0, carry = 0;
    void add(double x) noexcept {
        const double t = sum + x;
        carry += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    double value() const noexcept { return sum + carry; }
};

} // namespace

void momentsFromCounts(const ValueCounts& c, double& mean, double& stddev) {
    std::int64_t total = 0;
    double maxAbs = 0;
    bool whole = true;
    for (std::size_t i = 0; i < c.values.size(); ++i) {
        total += c.counts[i];
        maxAbs = std::max(maxAbs, std::fabs(c.values[i]));
        whole = whole && c.values[i] == std::floor(c.values[i]);
    }
    if (total == 0) {
        mean = stddev = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    const double n = double(total);
    if (whole && maxAbs * n < 0x1p53) {
        // Every running sum is a whole number below 2^53: the in-order sum is exact,
        // and so is this one (the same bits).
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < c.values.size(); ++i) sum += std::int64_t(c.values[i]) * c.counts[i];
        mean = double(sum) / n;
    } else {
        CompensatedSum sum;
        for (std::size_t i = 0; i < c.values.size(); ++i) sum.add(c.values[i] * double(c.counts[i]));
        mean = sum.value() / n;
    }
    CompensatedSum ss;
    for (std::size_t i = 0; i < c.values.size(); ++i) {
        const double d = c.values[i] - mean;
        ss.add(d * d * double(c.counts[i]));
    }
    stddev = std::sqrt(ss.value() / n);
}

} // namespace segmenta::summarydetail
