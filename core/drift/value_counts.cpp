// SPDX-License-Identifier: GPL-3.0-or-later
// Counting a column's distinct values for its summary. Most numeric columns of
// real exports have few distinct values (ages, counts, days, prices in cents,
// shares with four decimals): counting them gives the exact summary, or the
// sketch read off the counts, in one pass and without sorting. Index counting
// replaces hashing wherever the values are multiples of a power of ten (no
// probing, a small table), and the moments come from the counts instead of two
// more passes over the column. Prices in cents over a wide range are counted too
// when most of them lie close together (revenue: one pass instead of a failed
// hash and the sketch's two).
#include "core/drift/value_counts.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "core/common/compensated_sum.h"

namespace segmenta::summarydetail {

namespace {

std::uint64_t keyOf(double x) noexcept {
    if (x == 0) x = 0;   // −0 counts as 0, as == does
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}

std::size_t distinctIn(const std::vector<double>& x) {
    constexpr std::size_t kSlots = 2 * scaled::kSampleSize;
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

// Room for values beyond the sample's range: a sample spanning more than a
// quarter of the window rarely counts the whole column (a long tail outgrows it
// and the pass was wasted).
constexpr scaled::WindowLimits kWindow{1024, kMaxIndexWindow, false, 4, true};
constexpr scaled::WindowLimits kWideWindow{1024, kMaxWideWindow, false, 1, false};

// Whether the sample's middle 80 % (its 10th to 90th percentile) lies within
// kWideCore multiples of 1/plan.scale.
bool concentrated(const std::vector<double>& x, const scaled::ScalePlan& plan) {
    std::vector<std::int64_t> k(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) k[i] = scaled::nearestIndex(x[i] * plan.scale);
    const auto at = [&](std::size_t r) {
        std::nth_element(k.begin(), k.begin() + std::ptrdiff_t(r), k.end());
        return k[r];
    };
    const std::int64_t high = at(k.size() * 9 / 10), low = at(k.size() / 10);
    return std::uint64_t(high - low) < kWideCore;
}

} // namespace

ColumnSample sampleColumn(std::span<const double> v) {
    ColumnSample s;
    const std::vector<double> x = scaled::stridedSample(
        v.size(), [&](std::size_t i) { return v[i]; }, [](std::size_t) { return false; }, &s.nan);
    s.size = x.size();
    if (x.empty()) return s;
    const auto [mn, mx] = std::minmax_element(x.begin(), x.end());
    s.min = *mn;
    s.max = *mx;
    s.distinct = distinctIn(x);
    scaled::ScalePlan plan = scaled::planScale(x, kMaxIndexWindow / 4);
    if (plan.scale == 0) {
        plan = scaled::planScale(x, kMaxWideWindow);
        s.wide = plan.scale > 0 && concentrated(x, plan);
        if (!s.wide) plan = {};
    }
    s.scale = plan.scale;
    s.firstIndex = plan.lo;
    s.lastIndex = plan.hi;
    return s;
}

CountOutcome countByIndex(std::span<const double> v, const ColumnSample& sample, ValueCounts& out) {
    const scaled::ScalePlan plan{sample.scale, sample.firstIndex, sample.lastIndex};
    scaled::IndexWindow window(plan, sample.wide ? kWideWindow : kWindow);
    const double* x = v.data();
    const CountOutcome outcome = scaled::countByIndex(
        v.size(), [x](std::size_t i) { return x[i]; }, [](std::size_t) { return false; }, [](double) {},
        [] { return false; }, window);
    if (outcome == CountOutcome::Counted) window.take(out);
    return outcome;
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

void momentsFromCounts(const ValueCounts& c, double& mean, double& stddev) {
    std::int64_t total = 0;
    for (const std::int64_t k : c.counts) total += k;
    if (total == 0) {
        mean = stddev = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    const double n = double(total);
    if (const auto whole = scaled::exactWholeSum(c.values, c.counts)) {
        mean = *whole / n;   // exact, as the in-order sum is: the same bits
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
