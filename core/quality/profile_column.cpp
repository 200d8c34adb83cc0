// SPDX-License-Identifier: GPL-3.0-or-later
// Per-column profile: statistics from one sort of the non-missing values (numbers
// and dates) or of their 64-bit hashes (text), counts per level for categories.
#include <algorithm>
#include <cmath>
#include <queue>

#include "core/drift/radix_sort.h"
#include "core/metrics/radix_sort.h"
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

// Equal-width bins from min to max, or one bin per value for integers with a small range.
void histogram(ColumnProfile& p, const std::vector<double>& sorted, int bins, bool integral) {
    if (sorted.empty() || bins <= 0) return;
    const double lo = sorted.front(), hi = sorted.back();
    if (integral && hi - lo + 1 <= bins) {
        const auto n = std::size_t(hi - lo + 1);
        for (std::size_t i = 0; i <= n; ++i) p.edges.push_back(lo - 0.5 + double(i));
        p.binCounts.assign(n, 0);
        for (double x : sorted) ++p.binCounts[std::size_t(x - lo)];
        return;
    }
    if (!(hi > lo)) { p.edges = {lo - 0.5, lo + 0.5}; p.binCounts = {std::int64_t(sorted.size())}; return; }
    p.edges.resize(std::size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i) p.edges[std::size_t(i)] = lo + (hi - lo) * double(i) / double(bins);
    p.binCounts.assign(std::size_t(bins), 0);
    const double scale = double(bins) / (hi - lo);
    for (double x : sorted) ++p.binCounts[std::min(std::size_t((x - lo) * scale), std::size_t(bins) - 1)];
}

void numericProfile(ColumnProfile& p, const Column& c, const ProfileOptions& o) {
    const bool temporal = isTemporal(c.type);
    std::vector<double> v;
    v.reserve(c.size() - std::size_t(p.missing));
    bool integral = c.type != ColumnType::Decimal;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i]) continue;
        const double x = temporal ? double(c.times[i]) : c.numbers[i];
        if (std::isnan(x)) continue;   // a NaN not marked missing is still no value
        v.push_back(x);
    }
    const std::size_t n = v.size();
    if (n == 0) return;
    if (!temporal) {
        CompensatedSum sum;
        for (double x : v) sum.add(x);
        p.mean = sum.value() / double(n);
        // Second pass, corrected (Björck): stable where E[x²] − E[x]² is not, and the
        // last term removes the rounding of the mean itself (large offset, tiny spread).
        CompensatedSum squares, deviations;
        for (double x : v) {
            squares.add((x - p.mean) * (x - p.mean));
            deviations.add(x - p.mean);
        }
        const double ss = squares.value() - deviations.value() * deviations.value() / double(n);
        if (n > 1) p.std = std::sqrt(std::max(0.0, ss) / double(n - 1));
        for (std::size_t i = 0; i < n && integral; ++i) integral = v[i] == std::floor(v[i]);
    }
    radixSortDoubles(v);
    p.min = v.front();
    p.max = v.back();
    p.median = n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    if (temporal && n % 2 == 0) p.median = std::floor(p.median);   // a date, not half a day

    TopRuns top(std::size_t(std::max(0, o.topValues)));
    std::int64_t distinct = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && v[j] == v[i]) ++j;
        ++distinct;
        top.offer(std::int64_t(j - i), i);
        i = j;
    }
    p.distinct = distinct;
    for (const auto& [count, where] : top.take()) p.top.push_back({valueText(c.type, v[where]), count});
    finishTop(p, std::int64_t(n));
    if (c.type != ColumnType::Boolean) histogram(p, v, o.histogramBins, integral || temporal);
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
    radixSortPairs(keys, rows);
    const std::size_t n = keys.size();
    TopRuns top(std::size_t(std::max(0, o.topValues)));
    std::int64_t distinct = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && keys[j] == keys[i]) ++j;
        ++distinct;
        top.offer(std::int64_t(j - i), i);
        i = j;
    }
    p.distinct = distinct;
    for (const auto& [count, where] : top.take()) p.top.push_back({std::string(c.strings[rows[where]]), count});
    // Hash order is arbitrary: put equal counts in alphabetical order.
    std::stable_sort(p.top.begin(), p.top.end(), [](const ValueCount& a, const ValueCount& b) {
        return a.count > b.count || (a.count == b.count && a.value < b.value);
    });
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
