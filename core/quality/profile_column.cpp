// SPDX-License-Identifier: GPL-3.0-or-later
// Per-column profile: statistics from one sort of the non-missing values (numbers
// and dates) or of their 64-bit hashes (text), counts per level for categories.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/common/compensated_sum.h"
#include "core/common/radix_sort.h"
#include "core/quality/profile.h"
#include "core/quality/profile_internal.h"
#include "core/quality/text_groups.h"
#include "core/quality/top_runs.h"
#include "core/quality/value_keys.h"
#include "core/table/scaled_counts.h"

namespace segmenta {

using namespace quality_detail;

namespace {

void finishTop(ColumnProfile& p, std::int64_t present) {
    std::int64_t shown = 0;
    for (const auto& v : p.top) shown += v.count;
    p.otherCount = present - shown;
}

// Distinct values with their counts, ascending. Found with a small open-addressing
// table when the column has few distinct values (most integer, date and rounded
// columns: one pass, no sort), else by one radix sort of all values.
using ValueCounts = std::vector<std::pair<double, std::int64_t>>;

class SmallCounter {
public:
    static constexpr std::size_t kMaxDistinct = 1 << 15;
    SmallCounter() : slots_(kSlots) {}
    // False once there are too many distinct values for the table to pay.
    bool add(double x) noexcept {
        const std::uint64_t key = doubleBits(x);
        for (std::size_t i = mix64(key) & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
            Slot& s = slots_[i];
            if (s.count == 0) {
                if (used_ == kMaxDistinct) return false;
                s = {key, 1, x};
                ++used_;
                return true;
            }
            if (s.key == key) { ++s.count; return true; }
        }
    }
    ValueCounts sorted() const {
        ValueCounts out;
        out.reserve(used_);
        for (const Slot& s : slots_)
            if (s.count) out.emplace_back(s.value, s.count);
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    static constexpr std::size_t kSlots = kMaxDistinct * 2;
    struct Slot { std::uint64_t key = 0; std::int64_t count = 0; double value = 0; };
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
};

ValueCounts sortedCounts(std::vector<double>& v) {
    radixSortDoubles(v);
    ValueCounts out;
    for (std::size_t i = 0; i < v.size();) {
        std::size_t j = i + 1;
        while (j < v.size() && v[j] == v[i]) ++j;
        out.emplace_back(v[i], std::int64_t(j - i));
        i = j;
    }
    return out;
}

// The value at 0-based rank r of the sorted values.
double valueAtRank(const ValueCounts& counts, std::int64_t r) {
    for (const auto& [value, count] : counts) {
        if (r < count) return value;
        r -= count;
    }
    return counts.back().first;
}

// Equal-width bins from min to max, or one bin per value for integers with a small range.
void histogram(ColumnProfile& p, const ValueCounts& counts, std::int64_t n, int bins, bool integral) {
    if (counts.empty() || bins <= 0) return;
    const double lo = counts.front().first, hi = counts.back().first;
    if (integral && hi - lo + 1 <= bins) {
        const auto width = std::size_t(hi - lo + 1);
        for (std::size_t i = 0; i <= width; ++i) p.edges.push_back(lo - 0.5 + double(i));
        p.binCounts.assign(width, 0);
        for (const auto& [x, count] : counts) p.binCounts[std::size_t(x - lo)] += count;
        return;
    }
    if (!(hi > lo)) { p.edges = {lo - 0.5, lo + 0.5}; p.binCounts = {n}; return; }
    p.edges.resize(std::size_t(bins) + 1);
    p.binCounts.assign(std::size_t(bins), 0);
    // A range wider than the largest double (-1e308 to 1e308) is measured in halves.
    const double half = std::isfinite(hi - lo) ? 1.0 : 0.5;
    const double width = hi * half - lo * half;
    for (int i = 0; i <= bins; ++i) p.edges[std::size_t(i)] = (lo * half + width * double(i) / double(bins)) / half;
    const double scale = double(bins) / width;
    for (const auto& [x, count] : counts)
        p.binCounts[std::min(std::size_t((x * half - lo * half) * scale), std::size_t(bins) - 1)] += count;
}

// What the first pass finds: NaN not marked missing, the sum of the values (for
// the mean; exactly as a compensated sum in row order gives it) and, when the
// values are multiples of a power of ten over a modest range, the counts.
struct NumericScan {
    std::int64_t nan = 0;
    double sum = 0;
    bool dense = false;
    ValueCounts counts;
};

constexpr std::uint64_t kNegativeZeroBits = 0x8000000000000000ULL;

std::uint64_t bitsOf(double x) noexcept {
    std::uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return u;
}

// The plain pass: NaN and, if wanted, the compensated sum in row order.
template <typename Value>
void sumPass(const Column& c, Value&& value, bool wantSum, NumericScan& s) {
    // Locals, not the result's members: those live in memory, and every value
    // then waited for a store and a load on each running value.
    std::int64_t nan = 0;
    CompensatedSum sum;
    const std::uint8_t* missing = c.missing.data();
    for (std::size_t i = 0, rows = c.size(); i < rows; ++i) {
        if (missing[i]) continue;
        const double x = value(i);
        if (std::isnan(x)) { ++nan; continue; }
        if (wantSum) sum.add(x);
    }
    s.nan = nan;
    s.sum = sum.value();
}

// Values that are whole numbers after scaling by a power of ten (counts, cents,
// rates like 0.125, dates) and span a modest range are counted by their scaled
// index (core/table/scaled_counts.h): one cache-friendly increment per value
// instead of a hash probe or a sort, the counts in ascending order as from
// SmallCounter or the sort. Up to 2^20 counters (amounts in cents to 10,000),
// but only for columns long enough to pay for them.
scaled::WindowLimits windowFor(const Column& c) {
    constexpr std::uint64_t kWide = std::uint64_t(1) << 20;
    return {1024, c.size() >= kWide / 4 ? kWide : scaled::IndexWindow::kBackTableMax, true, 4, true};
}

// One pass: counting and, for scaled values, the compensated sum in row order
// (whole numbers get theirs from the counts when that is exact). On a value that
// does not fit, the plain pass gives NaN count and sum.
template <typename Value>
NumericScan scanValues(const Column& c, Value&& value, bool wantSum) {
    NumericScan s;
    const std::uint8_t* missing = c.missing.data();
    auto skip = [missing](std::size_t i) { return missing[i] != 0; };
    const std::size_t rows = c.size();
    const scaled::WindowLimits limits = windowFor(c);
    const scaled::ScalePlan plan = scaled::planScale(scaled::stridedSample(rows, value, skip), limits.maxWidth);
    scaled::IndexWindow window(plan, limits);
    if (!window.usable()) {
        sumPass(c, value, wantSum, s);
        return s;
    }
    const bool sumAlong = wantSum && plan.scale != 1;
    std::int64_t nan = 0;
    CompensatedSum sum;
    bool negativeZero = false;
    const auto outcome = scaled::countByIndex(
        rows, value, skip,
        [&](double x) {
            if (sumAlong) sum.add(x);
            negativeZero |= bitsOf(x) == kNegativeZeroBits;
        },
        [&] { ++nan; return true; }, window);
    if (outcome != scaled::CountOutcome::Counted) {
        sumPass(c, value, wantSum, s);
        return s;
    }
    s.dense = true;
    s.nan = nan;
    scaled::ValueCounts counted;
    window.take(counted);
    if (sumAlong) {
        s.sum = sum.value();
    } else if (wantSum) {
        // The compensated sum of whole numbers whose partial sums stay within 2^53
        // is exact at every step (the compensation stays +0): the integer sum of
        // the counts, in any order.
        if (const auto whole = scaled::exactWholeSum(counted.values, counted.counts)) s.sum = *whole;
        else sumPass(c, value, wantSum, s);
    }
    s.counts.reserve(counted.values.size());
    for (std::size_t k = 0; k < counted.values.size(); ++k) s.counts.emplace_back(counted.values[k], counted.counts[k]);
    // Zero keeps the sign the other ways give it: the first zero seen (the
    // hash counter) or -0 when any zero was negative (the sort puts -0 first).
    // Without a negative zero both are +0; with one, find the first zero.
    if (!negativeZero) return s;
    bool negative = true;
    if (s.counts.size() <= SmallCounter::kMaxDistinct) {
        for (std::size_t i = 0; i < rows; ++i) {
            if (c.missing[i]) continue;
            const double x = value(i);
            if (x == 0) { negative = std::signbit(x); break; }
        }
    }
    if (negative)
        for (auto& vc : s.counts)
            if (vc.first == 0) vc.first = -0.0;
    return s;
}

// Standard deviation from the second pass, corrected (Björck): stable where
// E[x²] − E[x]² is not, and the last term removes the rounding of the mean
// itself (large offset, tiny spread).
// `scale` (a power of two, so exact) brings huge values down before they are
// squared; 1 for all others.
template <typename Value>
void secondMoment(ColumnProfile& p, const Column& c, Value&& value, std::int64_t n, double scale) {
    CompensatedSum squares, deviations;
    const double mean = p.mean * scale;
    const std::size_t rows = c.size();
    auto add = [&](double x) {
        const double d = x * scale - mean;
        squares.add(d * d);
        deviations.add(d);
    };
    if (std::size_t(n) == rows) {   // nothing missing, no NaN: no tests per row
        for (std::size_t i = 0; i < rows; ++i) add(value(i));
    } else {
        const std::uint8_t* missing = c.missing.data();
        for (std::size_t i = 0; i < rows; ++i) {
            if (missing[i]) continue;
            const double x = value(i);
            if (!std::isnan(x)) add(x);
        }
    }
    const double ss = squares.value() - deviations.value() * deviations.value() / double(n);
    if (n > 1) p.std = std::sqrt(std::max(0.0, ss) / double(n - 1)) / scale;
}

// 1, or the power of two that brings values as large as `maxAbs` below 1 when
// their squares or sums could overflow (from about 1e150 on).
double momentScale(double maxAbs) {
    if (!(maxAbs >= 0x1p500)) return 1.0;
    int exponent = 0;
    std::frexp(maxAbs, &exponent);
    return std::ldexp(1.0, -exponent);
}

// The mean of values scaled by `scale` (their sum would overflow unscaled), scaled back.
template <typename Value>
double scaledMean(const Column& c, Value&& value, std::int64_t n, double scale) {
    CompensatedSum sum;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i]) continue;
        const double x = value(i);
        if (!std::isnan(x)) sum.add(x * scale);
    }
    return sum.value() / double(n) / scale;
}

// `Value` reads row i as a double: one instantiation for numbers, one for times,
// holding the data pointer itself (through the column, every row reloaded it).
template <typename Value>
void numericProfile(ColumnProfile& p, const Column& c, const ProfileOptions& o, Value&& value) {
    const bool temporal = isTemporal(c.type);
    auto present = [&](std::size_t i) { return !c.missing[i] && !std::isnan(value(i)); };
    // One pass: NaN not marked missing (still no value: counted as missing), the
    // sum for the mean and, where the values allow, their counts.
    NumericScan scan = scanValues(c, value, !temporal);
    if (!temporal) {
        p.missing += scan.nan;
        p.missingShare = p.rows ? double(p.missing) / double(p.rows) : 0.0;
    }
    const std::int64_t n = p.rows - p.missing;
    if (n == 0) return;

    ValueCounts counts = std::move(scan.counts);
    if (!scan.dense) {
        SmallCounter small;
        bool fits = true;
        for (std::size_t i = 0; i < c.size() && fits; ++i)
            if (present(i)) fits = small.add(value(i));
        if (fits) {
            counts = small.sorted();
        } else {
            std::vector<double> v;
            v.reserve(std::size_t(n));
            for (std::size_t i = 0; i < c.size(); ++i)
                if (present(i)) v.push_back(value(i));
            counts = sortedCounts(v);
        }
    }
    if (!temporal) {
        const double scale = momentScale(std::max(std::fabs(counts.front().first), std::fabs(counts.back().first)));
        p.mean = scale == 1.0 ? scan.sum / double(n) : scaledMean(c, value, n, scale);
        secondMoment(p, c, value, n, scale);
    }
    bool integral = true;
    for (const auto& vc : counts) integral = integral && vc.first == std::floor(vc.first);

    p.min = counts.front().first;
    p.max = counts.back().first;
    p.median = n % 2 ? valueAtRank(counts, n / 2) : 0.5 * (valueAtRank(counts, n / 2 - 1) + valueAtRank(counts, n / 2));
    if (temporal) p.median = std::floor(p.median);   // a date, not half a day
    p.distinct = std::int64_t(counts.size());

    TopRuns top(std::size_t(std::max(0, o.topValues)));
    for (std::size_t k = 0; k < counts.size(); ++k) top.offer(counts[k].second, k);
    for (const auto& [count, where] : top.take()) p.top.push_back({valueText(c.type, counts[where].first), count});
    finishTop(p, n);
    if (c.type != ColumnType::Boolean) histogram(p, counts, n, o.histogramBins, integral);
}

void categoryProfile(ColumnProfile& p, const Column& c, const ProfileOptions& o) {
    std::vector<std::int64_t> counts(c.levels.size(), 0);
    std::int64_t present = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        const auto code = c.codes[i];
        if (c.missing[i] || code < 0) continue;
        ++counts[std::size_t(code)];
        ++present;
    }
    std::vector<std::size_t> order;
    for (std::size_t l = 0; l < counts.size(); ++l)
        if (counts[l] > 0) order.push_back(l);
    p.distinct = std::int64_t(order.size());
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return counts[a] > counts[b] || (counts[a] == counts[b] && c.levels[a] < c.levels[b]);
    });
    order.resize(std::min(order.size(), std::size_t(std::max(0, o.topValues))));
    for (std::size_t l : order) p.top.push_back({c.levels[l], counts[l]});
    finishTop(p, present);
}

} // namespace

const char* toString(QualityFlag flag) noexcept {
    switch (flag) {
    case QualityFlag::Constant: return "constant";
    case QualityFlag::AlmostConstant: return "almost_constant";
    case QualityFlag::IdentifierLike: return "identifier_like";
    case QualityFlag::MostlyMissing: return "mostly_missing";
    case QualityFlag::Empty: return "empty";
    case QualityFlag::DuplicateColumn: return "duplicate_column";
    }
    return "";
}

bool ColumnProfile::has(QualityFlag flag) const noexcept {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}


namespace quality_detail {

ColumnProfile profileColumnOn(const Column& c, const ProfileOptions& o, unsigned workers, TextScratch* scratch) {
    ColumnProfile p;
    p.name = c.name;
    p.type = c.type;
    p.rows = std::int64_t(c.size());
    p.missing = std::int64_t(c.missingCount());
    p.missingShare = p.rows ? double(p.missing) / double(p.rows) : 0.0;
    switch (c.type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean:
    case ColumnType::Date: case ColumnType::DateTime:
        if (isTemporal(c.type)) {
            const std::int64_t* times = c.times.data();
            numericProfile(p, c, o, [times](std::size_t i) { return double(times[i]); });
        } else {
            const double* numbers = c.numbers.data();
            numericProfile(p, c, o, [numbers](std::size_t i) { return numbers[i]; });
        }
        break;
    case ColumnType::Category: categoryProfile(p, c, o); break;
    case ColumnType::Text: case ColumnType::Identifier:
        groupText(p, c, std::size_t(std::max(0, o.topValues)), workers, scratch);
        break;
    }
    detectPii(p, c, o);
    setFlags(p, o);
    return p;
}

} // namespace quality_detail

ColumnProfile profileColumn(const Column& c, const ProfileOptions& o) { return profileColumnOn(c, o, 1, nullptr); }

} // namespace segmenta
