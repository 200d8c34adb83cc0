// SPDX-License-Identifier: GPL-3.0-or-later
// Per-column profile: statistics from one sort of the non-missing values (numbers
// and dates) or of their 64-bit hashes (text), counts per level for categories.
#include <algorithm>
#include <cmath>
#include <queue>

#include "core/common/radix_sort.h"
#include "core/quality/profile.h"
#include "core/quality/value_keys.h"

namespace segmenta {

using namespace quality_detail;

namespace {

// Neumaier's compensated sum: the mean of a million values agrees with pandas'
// pairwise sum to ~1e-15 relative, where a naive loop can drift to ~1e-12.
class CompensatedSum {
public:
    void add(double x) noexcept {
        const double t = sum_ + x;
        comp_ += std::abs(sum_) >= std::abs(x) ? (sum_ - t) + x : (x - t) + sum_;
        sum_ = t;
    }
    double value() const noexcept { return sum_ + comp_; }

private:
    double sum_ = 0, comp_ = 0;
};

// Keeps the k most frequent runs; on equal counts the run seen first wins, so
// callers that visit values in ascending order get "count desc, value asc".
class TopRuns {
public:
    explicit TopRuns(std::size_t k) : k_(k) {}
    void offer(std::int64_t count, std::size_t where) {
        if (k_ == 0) return;
        if (heap_.size() < k_) { heap_.push({count, where}); return; }
        if (count > heap_.top().count || (count == heap_.top().count && where < heap_.top().where)) {
            heap_.pop();
            heap_.push({count, where});
        }
    }
    // (count, where) most frequent first, ties by `where` ascending.
    std::vector<std::pair<std::int64_t, std::size_t>> take() {
        std::vector<std::pair<std::int64_t, std::size_t>> out;
        while (!heap_.empty()) { out.emplace_back(heap_.top().count, heap_.top().where); heap_.pop(); }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        return out;
    }

private:
    struct Entry {
        std::int64_t count;
        std::size_t where;
        // The heap's top is the weakest entry: lowest count, latest position.
        bool operator<(const Entry& o) const { return count > o.count || (count == o.count && where < o.where); }
    };
    std::size_t k_;
    std::priority_queue<Entry> heap_;
};

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
    for (int i = 0; i <= bins; ++i) p.edges[std::size_t(i)] = lo + (hi - lo) * double(i) / double(bins);
    p.binCounts.assign(std::size_t(bins), 0);
    const double scale = double(bins) / (hi - lo);
    for (const auto& [x, count] : counts)
        p.binCounts[std::min(std::size_t((x - lo) * scale), std::size_t(bins) - 1)] += count;
}

// Mean and sample standard deviation in two passes over the present values.
template <typename Present, typename Value>
void moments(ColumnProfile& p, std::size_t rows, Present&& present, Value&& value, std::int64_t n) {
    CompensatedSum sum;
    for (std::size_t i = 0; i < rows; ++i)
        if (present(i)) sum.add(value(i));
    p.mean = sum.value() / double(n);
    // Second pass, corrected (Björck): stable where E[x²] − E[x]² is not, and the
    // last term removes the rounding of the mean itself (large offset, tiny spread).
    CompensatedSum squares, deviations;
    for (std::size_t i = 0; i < rows; ++i) {
        if (!present(i)) continue;
        const double d = value(i) - p.mean;
        squares.add(d * d);
        deviations.add(d);
    }
    const double ss = squares.value() - deviations.value() * deviations.value() / double(n);
    if (n > 1) p.std = std::sqrt(std::max(0.0, ss) / double(n - 1));
}

void numericProfile(ColumnProfile& p, const Column& c, const ProfileOptions& o) {
    const bool temporal = isTemporal(c.type);
    auto value = [&](std::size_t i) { return temporal ? double(c.times[i]) : c.numbers[i]; };
    // A NaN not marked missing is still no value: count it as missing.
    if (!temporal) {
        for (std::size_t i = 0; i < c.size(); ++i) p.missing += !c.missing[i] && std::isnan(c.numbers[i]);
        p.missingShare = p.rows ? double(p.missing) / double(p.rows) : 0.0;
    }
    const std::int64_t n = p.rows - p.missing;
    if (n == 0) return;
    auto present = [&](std::size_t i) { return !c.missing[i] && !std::isnan(value(i)); };

    SmallCounter small;
    bool fits = true;
    for (std::size_t i = 0; i < c.size() && fits; ++i)
        if (present(i)) fits = small.add(value(i));
    ValueCounts counts;
    if (fits) {
        counts = small.sorted();
    } else {
        std::vector<double> v;
        v.reserve(std::size_t(n));
        for (std::size_t i = 0; i < c.size(); ++i)
            if (present(i)) v.push_back(value(i));
        counts = sortedCounts(v);
    }
    if (!temporal) moments(p, c.size(), present, value, n);
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

void textProfile(ColumnProfile& p, const Column& c, const ProfileOptions& o) {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> rows;
    keys.reserve(c.size() - std::size_t(p.missing));
    rows.reserve(keys.capacity());
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i]) continue;
        keys.push_back(hashString(c.strings[i]));
        rows.push_back(std::uint32_t(i));
    }
    sortHashKeys(keys, rows);
    const std::size_t n = keys.size();
    TopRuns top(std::size_t(std::max(0, o.topValues)));
    std::int64_t distinct = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && keys[j] == keys[i]) ++j;
        ++distinct;
        // The sort is stable, so rows[i] is the value's first row: equal counts are
        // listed in order of first appearance (hash order would look random).
        top.offer(std::int64_t(j - i), rows[i]);
        i = j;
    }
    p.distinct = distinct;
    for (const auto& [count, row] : top.take()) p.top.push_back({std::string(c.strings[row]), count});
    finishTop(p, std::int64_t(n));
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
void detectPii(ColumnProfile& p, const Column& c, const ProfileOptions& o);
void setFlags(ColumnProfile& p, const ProfileOptions& o);
} // namespace quality_detail

ColumnProfile profileColumn(const Column& c, const ProfileOptions& o) {
    ColumnProfile p;
    p.name = c.name;
    p.type = c.type;
    p.rows = std::int64_t(c.size());
    p.missing = std::int64_t(c.missingCount());
    p.missingShare = p.rows ? double(p.missing) / double(p.rows) : 0.0;
    switch (c.type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean:
    case ColumnType::Date: case ColumnType::DateTime:
        numericProfile(p, c, o); break;
    case ColumnType::Category: categoryProfile(p, c, o); break;
    case ColumnType::Text: case ColumnType::Identifier: textProfile(p, c, o); break;
    }
    detectPii(p, c, o);
    setFlags(p, o);
    return p;
}

} // namespace segmenta
