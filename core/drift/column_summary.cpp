// SPDX-License-Identifier: GPL-3.0-or-later
// Per-column distribution summaries for the history, and drift computed from two
// of them. The numeric sketch is the quantile function on a fixed grid plus the
// mean of the empirical quantile function inside each grid interval, so that
//  - CDFs (KS, PSI/JS bin shares) are known to within one grid step (0.001), and
//  - Wasserstein, ∫|F⁻¹ − G⁻¹|, is exact except where the two quantile
//    functions cross inside one interval.
#include "core/drift/column_summary.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <span>

#include "core/drift/drift_internal.h"
#include "core/drift/drift_stats.h"
#include "core/drift/quantile_sketch.h"
#include "core/drift/value_counts.h"

namespace segmenta {

const char* toString(SummaryKind kind) noexcept {
    switch (kind) {
    case SummaryKind::Numeric: return "numeric";
    case SummaryKind::Categorical: return "categorical";
    case SummaryKind::Temporal: return "temporal";
    case SummaryKind::Withheld: return "withheld";
    }
    return "withheld";
}

bool isWithheldByDefault(const Column& column) noexcept {
    return column.type == ColumnType::Identifier || column.type == ColumnType::Text ||
           column.role == ColumnRole::Identifier;
}

namespace {

// A sorted sample as distinct values with counts (or the full sorted vector).
struct Weighted {
    std::vector<double> values;
    std::vector<double> cum;   // cum[i] = count of values <= values[i]
    double n = 0;
};

Weighted fromCounts(const std::vector<double>& values, const std::vector<std::int64_t>& counts) {
    Weighted w;
    w.values = values;
    w.cum.resize(values.size());
    double s = 0;
    for (std::size_t i = 0; i < values.size(); ++i) { s += double(counts[i]); w.cum[i] = s; }
    w.n = s;
    return w;
}

// The k-th smallest (0-based) of a weighted sample.
double kth(const Weighted& w, double k) {
    const auto it = std::upper_bound(w.cum.begin(), w.cum.end(), k);
    return w.values[std::min<std::size_t>(std::size_t(it - w.cum.begin()), w.values.size() - 1)];
}

// numpy linear quantile of a weighted sample.
double quantileWeighted(const Weighted& w, double q) {
    const double vi = (w.n - 1) * q;
    if (vi >= w.n - 1) return w.values.back();
    const double lo = std::floor(vi), t = vi - lo;
    const double x = kth(w, lo), y = kth(w, lo + 1), d = y - x;
    return t >= 0.5 ? y - d * (1 - t) : x + d * t;
}

std::vector<double> intervalMeansOf(const Weighted& w) {
    // One pass over the distinct values, cutting at each grid boundary.
    std::vector<double> means(kQuantileIntervals, 0);
    const double step = w.n / kQuantileIntervals;
    std::size_t i = 0;
    double prevCum = 0, acc = 0, pos = 0;
    for (int k = 0; k < kQuantileIntervals; ++k) {
        const double end = (k + 1 == kQuantileIntervals) ? w.n : step * (k + 1);
        acc = 0;
        while (pos < end && i < w.values.size()) {
            const double take = std::min(w.cum[i], end) - pos;
            acc += take * w.values[i];
            pos += take;
            if (pos >= w.cum[i]) { prevCum = w.cum[i]; ++i; }
        }
        means[std::size_t(k)] = step > 0 ? acc / step : 0;
    }
    (void)prevCum;
    return means;
}

double unsignedZero(double x) { return x == 0 ? 0.0 : x; }   // −0 and +0 are one value

bool noneMissing(const std::vector<std::uint8_t>& missing) {
    unsigned any = 0;
    for (std::uint8_t m : missing) any |= m;   // no early exit: vectorises
    return any == 0;
}

// Sum in order (the same bits as std::accumulate), min and max in one pass;
// false when a NaN is among the values. (Clean columns with many distinct values
// get these from BucketPass::countAll, along with the sketch's bucket counts.)
bool sumMinMax(std::span<const double> v, double& sum, double& lo, double& hi) {
    if (v.empty()) return true;
    double acc = 0, mn = v[0], mx = v[0];
    bool nan = false;
    for (double x : v) {
        acc += x;
        mn = x < mn ? x : mn;
        mx = x > mx ? x : mx;
        nan |= x != x;
    }
    sum = acc;
    lo = mn;
    hi = mx;
    return !nan;
}

// Mean and population standard deviation: the same sums, in the same order, as
// std::accumulate and stats::populationStd (so the same bits).
void setMoments(ColumnSummary& s, std::span<const double> v, double sum) {
    s.mean = sum / double(v.size());
    double ss = 0;
    for (double x : v) ss += (x - s.mean) * (x - s.mean);
    s.stddev = std::sqrt(ss / double(v.size()));
}

// The moments, min, max and quantile sketch of a column with many distinct values
// in two passes over it: the sketch's bucket counting rides along with the sum,
// min and max, its gathering with the squared deviations. The buckets span the
// range of a strided sample of the column (values outside fall into the end
// buckets, which are solved exactly). False, with nothing set, on a NaN or an
// infinite value.
bool fusedSketch(std::span<const double> v, const summarydetail::ColumnSample& sample, ColumnSummary& s) {
    const std::size_t n = v.size();
    const double smin = sample.min, smax = sample.max;
    SelectionSketch sketch(smin, smax, n);
    if (!sketch.usable()) return false;
    double acc = 0, mn = 0, mx = 0;
    const bool noNaN = sketch.countAll(v, acc, mn, mx);
    if (!noNaN || !std::isfinite(mn) || !std::isfinite(mx)) return false;
    const double mean = acc / double(n);
    sketch.plan(kQuantileIntervals);
    const double ss = sketch.placeAll(v, mean);
    s.mean = mean;
    s.stddev = std::sqrt(ss / double(n));
    s.min = unsignedZero(mn);
    s.max = unsignedZero(mx);
    auto q = sketch.finish();
    s.quantiles = std::move(q.quantiles);
    s.intervalMeans = std::move(q.intervalMeans);
    return true;
}

// Columns with up to this many distinct values can be counted by hashing when
// index counting does not apply (values that are not multiples of a power of
// ten); above kExactDistinctCap their sketch is read off the counted values.
constexpr std::size_t kHashedDistinctCap = 16384;
static_assert(kHashedDistinctCap >= std::size_t(kExactDistinctCap));

// A strided sample with more distinct values than this (of 4,096) predicts more
// than kHashedDistinctCap in the column: hashing would run far into it only to
// give up. Never below kExactDistinctCap, so columns kept exactly are always counted.
constexpr std::size_t kSampleDistinctForHashing = 3600;
static_assert(kSampleDistinctForHashing >= std::size_t(kExactDistinctCap));

// The sketch of a column from its distinct values and counts: the same order
// statistics as after sorting it (numpy's linear rule on the weighted values).
void sketchFromCounts(ColumnSummary& s) {
    const Weighted w = fromCounts(s.values, s.counts);
    s.quantiles.resize(kQuantileIntervals + 1);
    for (int i = 0; i <= kQuantileIntervals; ++i)
        s.quantiles[std::size_t(i)] = quantileWeighted(w, double(i) / kQuantileIntervals);
    s.intervalMeans = intervalMeansOf(w);
    s.values.clear();
    s.counts.clear();
}

} // namespace

ColumnSummary summariseColumn(const Column& column, const std::vector<std::uint32_t>* rows, bool withhold) {
    ColumnSummary s;
    s.name = column.name;
    s.type = column.type;
    s.role = column.role;
    const std::size_t n = rows ? rows->size() : column.size();
    auto rowAt = [&](std::size_t i) { return rows ? std::size_t((*rows)[i]) : i; };
    s.rows = std::int64_t(n);
    if (withhold || isWithheldByDefault(column)) {
        s.kind = SummaryKind::Withheld;
        for (std::size_t i = 0; i < n; ++i) s.missing += column.missing[rowAt(i)] ? 1 : 0;
        return s;
    }
    if (column.type == ColumnType::Category) {
        s.kind = SummaryKind::Categorical;
        std::vector<std::int64_t> byCode(column.levels.size(), 0);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t r = rowAt(i);
            if (column.missing[r] || column.codes[r] < 0) ++s.missing;
            else ++byCode[std::size_t(column.codes[r])];
        }
        std::vector<std::size_t> order(byCode.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return byCode[a] > byCode[b]; });
        for (std::size_t o : order)
            if (byCode[o] > 0) { s.levels.push_back(column.levels[o]); s.levelCounts.push_back(byCode[o]); }
        s.distinct = std::int64_t(s.levels.size());
        return s;
    }
    s.kind = isTemporal(column.type) ? SummaryKind::Temporal : SummaryKind::Numeric;
    if (s.kind == SummaryKind::Temporal) {   // min, max and counts only
        bool any = false;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t r = rowAt(i);
            if (column.missing[r]) { ++s.missing; continue; }
            const double x = double(column.times[r]);
            if (!any || x < s.min) s.min = x;
            if (!any || x > s.max) s.max = x;
            any = true;
        }
        return s;
    }
    // The non-missing values: the column's own storage when every row counts (no
    // copy of a million values), else a compact copy without missing values and NaN.
    std::span<const double> v;
    std::vector<double> copy;
    auto compact = [&] {
        copy.resize(n);
        std::size_t kept = 0;
        s.missing = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t r = rowAt(i);
            if (column.missing[r] || std::isnan(column.numbers[r])) ++s.missing;
            else copy[kept++] = column.numbers[r];
        }
        copy.resize(kept);
        v = copy;
    };
    const bool clean = !rows && noneMissing(column.missing);
    if (clean) v = column.numbers;
    else compact();
    // Few distinct values (counts, ratings, flags, prices): counted in one pass,
    // by index when a sample shows multiples of a power of ten, else hashed unless
    // the sample shows too many; kept exactly up to kExactDistinctCap, else
    // summarised from the counts. A NaN in a clean column starts over on a copy.
    using namespace summarydetail;
    ValueCounts counted;
    ColumnSample sample;
    auto count = [&] {
        sample = sampleColumn(v);
        if (sample.nan) return CountOutcome::SawNaN;
        CountOutcome o = countByIndex(v, sample, counted);
        if (o == CountOutcome::TooMany && sample.distinct <= kSampleDistinctForHashing)
            o = countByHash(v, kHashedDistinctCap, counted);
        return o;
    };
    CountOutcome outcome = count();
    if (outcome == CountOutcome::SawNaN) {
        compact();
        outcome = count();
    }
    if (v.empty()) return s;
    if (outcome == CountOutcome::Counted) {
        momentsFromCounts(counted, s.mean, s.stddev);
        s.values = std::move(counted.values);
        s.counts = std::move(counted.counts);
        s.min = s.values.front();
        s.max = s.values.back();
        s.distinct = std::int64_t(s.values.size());
        if (s.values.size() > std::size_t(kExactDistinctCap)) {
            s.distinct = kExactDistinctCap + 1;
            sketchFromCounts(s);
        }
        return s;
    }
    s.distinct = kExactDistinctCap + 1;
    if (clean && fusedSketch(v, sample, s)) return s;
    if (clean && copy.empty()) compact();   // a NaN the exact pass did not reach
    double sum = 0, lo = 0, hi = 0;
    sumMinMax(v, sum, lo, hi);
    setMoments(s, v, sum);
    s.min = unsignedZero(lo);
    s.max = unsignedZero(hi);
    auto sketch = sketchBySelection(v, s.min, s.max, kQuantileIntervals);
    s.quantiles = std::move(sketch.quantiles);
    s.intervalMeans = std::move(sketch.intervalMeans);
    return s;
}

// ---- serialisation --------------------------------------------------------

namespace {

struct Writer {
    std::string out;
    void u8(std::uint8_t v) { out.push_back(char(v)); }
    void i64(std::int64_t v) { char b[8]; std::memcpy(b, &v, 8); out.append(b, 8); }
    void f64(double v) { char b[8]; std::memcpy(b, &v, 8); out.append(b, 8); }
    void str(const std::string& s) { i64(std::int64_t(s.size())); out += s; }
    void f64s(const std::vector<double>& v) { i64(std::int64_t(v.size())); for (double x : v) f64(x); }
    void i64s(const std::vector<std::int64_t>& v) { i64(std::int64_t(v.size())); for (auto x : v) i64(x); }
};

struct Reader {
    const std::string& in;
    std::size_t pos = 0;
    bool ok = true;
    bool need(std::size_t n) { if (pos + n > in.size()) ok = false; return ok; }
    std::uint8_t u8() { if (!need(1)) return 0; return std::uint8_t(in[pos++]); }
    std::int64_t i64() { std::int64_t v = 0; if (need(8)) { std::memcpy(&v, in.data() + pos, 8); pos += 8; } return v; }
    double f64() { double v = 0; if (need(8)) { std::memcpy(&v, in.data() + pos, 8); pos += 8; } return v; }
    std::int64_t count() { const auto n = i64(); if (n < 0 || std::size_t(n) > in.size()) { ok = false; return 0; } return n; }
    std::string str() { const auto n = count(); if (!need(std::size_t(n))) return {}; std::string s = in.substr(pos, std::size_t(n)); pos += std::size_t(n); return s; }
    std::vector<double> f64s() { const auto n = std::size_t(count()); std::vector<double> v(n); for (auto& x : v) x = f64(); return v; }
    std::vector<std::int64_t> i64s() { const auto n = std::size_t(count()); std::vector<std::int64_t> v(n); for (auto& x : v) x = i64(); return v; }
};

constexpr std::uint8_t kSummaryFormat = 1;

} // namespace

std::string serialiseSummary(const ColumnSummary& s) {
    Writer w;
    w.u8('S'); w.u8(kSummaryFormat);
    w.str(s.name);
    w.u8(std::uint8_t(s.type)); w.u8(std::uint8_t(s.role)); w.u8(std::uint8_t(s.kind));
    w.i64(s.rows); w.i64(s.missing);
    w.f64(s.min); w.f64(s.max); w.f64(s.mean); w.f64(s.stddev); w.i64(s.distinct);
    w.f64s(s.values); w.i64s(s.counts); w.f64s(s.quantiles); w.f64s(s.intervalMeans);
    w.i64(std::int64_t(s.levels.size()));
    for (const auto& l : s.levels) w.str(l);
    w.i64s(s.levelCounts);
    return std::move(w.out);
}

Result<ColumnSummary> deserialiseSummary(const std::string& bytes) {
    Reader r{bytes};
    ColumnSummary s;
    if (r.u8() != 'S' || r.u8() != kSummaryFormat)
        return makeError(ErrorKind::Damaged, "A stored column summary has an unknown format");
    s.name = r.str();
    const auto type = r.u8(), role = r.u8(), kind = r.u8();
    if (type > std::uint8_t(ColumnType::Identifier) || role > std::uint8_t(ColumnRole::Slice) ||
        kind > std::uint8_t(SummaryKind::Withheld))
        return makeError(ErrorKind::Damaged, "A stored column summary is damaged");
    s.type = ColumnType(type); s.role = ColumnRole(role); s.kind = SummaryKind(kind);
    s.rows = r.i64(); s.missing = r.i64();
    s.min = r.f64(); s.max = r.f64(); s.mean = r.f64(); s.stddev = r.f64(); s.distinct = r.i64();
    s.values = r.f64s(); s.counts = r.i64s(); s.quantiles = r.f64s(); s.intervalMeans = r.f64s();
    const auto nl = r.count();
    for (std::int64_t i = 0; i < nl && r.ok; ++i) s.levels.push_back(r.str());
    s.levelCounts = r.i64s();
    if (!r.ok || s.values.size() != s.counts.size() || s.levels.size() != s.levelCounts.size() ||
        (!s.quantiles.empty() && (s.quantiles.size() != kQuantileIntervals + 1 ||
                                  s.intervalMeans.size() != kQuantileIntervals)))
        return makeError(ErrorKind::Damaged, "A stored column summary is damaged");
    return s;
}

// ---- drift from summaries -------------------------------------------------

namespace {

// A numeric summary seen as a distribution function and quantile-interval means.
struct Dist {
    const ColumnSummary* s = nullptr;
    Weighted w;            // exact mode
    bool exact = false;
    double n = 0;

    explicit Dist(const ColumnSummary& sum) : s(&sum) {
        exact = sum.quantiles.empty();
        n = double(sum.valueCount());
        if (exact) w = fromCounts(sum.values, sum.counts);
    }
    // P(X <= x)
    double right(double x) const {
        if (exact) {
            const auto it = std::upper_bound(w.values.begin(), w.values.end(), x);
            return it == w.values.begin() ? 0 : w.cum[std::size_t(it - w.values.begin() - 1)] / w.n;
        }
        const auto& q = s->quantiles;
        if (x < q.front()) return 0;
        if (x >= q.back()) return 1;
        const std::size_t i = std::size_t(std::upper_bound(q.begin(), q.end(), x) - q.begin()) - 1;
        const double frac = (x - q[i]) / (q[i + 1] - q[i]);
        return (double(i) + frac) / kQuantileIntervals;
    }
    // P(X < x)
    double left(double x) const {
        if (exact) {
            const auto it = std::lower_bound(w.values.begin(), w.values.end(), x);
            return it == w.values.begin() ? 0 : w.cum[std::size_t(it - w.values.begin() - 1)] / w.n;
        }
        const auto& q = s->quantiles;
        if (x <= q.front()) return 0;
        if (x > q.back()) return 1;
        const std::size_t j = std::size_t(std::lower_bound(q.begin(), q.end(), x) - q.begin());
        const std::size_t i = j - 1;
        const double frac = (x - q[i]) / (q[j] - q[i]);
        return (double(i) + frac) / kQuantileIntervals;
    }
    double quantile(double p) const {
        if (exact) return quantileWeighted(w, p);
        // grid points are exact; between them interpolate
        const double pos = p * kQuantileIntervals;
        const std::size_t i = std::min<std::size_t>(std::size_t(std::floor(pos)), kQuantileIntervals);
        if (i == kQuantileIntervals || pos == double(i)) return s->quantiles[i];
        const double f = pos - double(i);
        return s->quantiles[i] + (s->quantiles[i + 1] - s->quantiles[i]) * f;
    }
    std::vector<double> means() const { return exact ? intervalMeansOf(w) : s->intervalMeans; }
    std::vector<double> points() const { return exact ? w.values : s->quantiles; }
};

ColumnDrift numericFromSummaries(const ColumnSummary& a, const ColumnSummary& b, const DriftThresholds& t,
                                 SummaryPValues pValues) {
    ColumnDrift c;
    c.name = a.name;
    c.kind = DriftKind::Numeric;
    c.approximate = !(a.exact() && b.exact());
    c.refRows = a.rows; c.curRows = b.rows;
    c.refValues = a.valueCount(); c.curValues = b.valueCount();
    c.missingShareRef = a.rows ? double(a.missing) / double(a.rows) : 0;
    c.missingShareCur = b.rows ? double(b.missing) / double(b.rows) : 0;
    // Few distinct values together: categories (both summaries are exact then).
    if (a.exact() && b.exact()) {
        std::vector<double> u = a.values;
        u.insert(u.end(), b.values.begin(), b.values.end());
        std::sort(u.begin(), u.end());
        u.erase(std::unique(u.begin(), u.end()), u.end());
        if (!u.empty() && int(u.size()) <= t.maxDistinctCategorical) {
            std::vector<std::string> levels;
            std::vector<double> rc, cc;
            for (double v : u) {
                levels.push_back(driftdetail::formatNumber(v));
                auto count = [v](const ColumnSummary& s) {
                    const auto it = std::lower_bound(s.values.begin(), s.values.end(), v);
                    return it != s.values.end() && *it == v ? double(s.counts[std::size_t(it - s.values.begin())]) : 0.0;
                };
                rc.push_back(count(a));
                cc.push_back(count(b));
            }
            driftdetail::fillCategorical(c, levels, rc, cc);
            driftdetail::finishColumn(c, t);
            return c;
        }
    }
    if (c.refValues > 0 && c.curValues > 0) {
        const Dist r(a), k(b);
        double d = 0;
        for (const auto* dist : {&r, &k})
            for (double x : dist->points()) {
                d = std::max(d, std::fabs(r.right(x) - k.right(x)));
                d = std::max(d, std::fabs(r.left(x) - k.left(x)));
            }
        if (pValues == SummaryPValues::All || c.refValues <= t.largeSampleAbove) {
            const auto ks = stats::ks2SamplePValue(d, c.refValues, c.curValues);
            c.ksStatistic = ks.statistic;
            c.ksPValue = ks.pValue;
        } else {
            c.ksStatistic = d;
        }
        const auto mr = r.means(), mk = k.means();
        double w = 0;
        for (int i = 0; i < kQuantileIntervals; ++i) w += std::fabs(mr[std::size_t(i)] - mk[std::size_t(i)]);
        w /= kQuantileIntervals;
        c.wassersteinNormed = w / std::max(a.stddev, 0.001);
        std::vector<double> edges;
        for (int q = 1; q < t.psiBins; ++q) edges.push_back(r.quantile(double(q) / t.psiBins));
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        std::vector<double> rs, cs;
        double pr = 0, pc = 0;
        for (double e : edges) {
            const double lr = r.left(e), lc = k.left(e);
            rs.push_back(std::max(0.0, lr - pr)); cs.push_back(std::max(0.0, lc - pc));
            pr = lr; pc = lc;
        }
        rs.push_back(std::max(0.0, 1 - pr)); cs.push_back(std::max(0.0, 1 - pc));
        c.psi = stats::psi(rs, cs);
        c.jsDistance = stats::jensenShannon(rs, cs);
        c.bars = driftdetail::numericBars(edges, rs, cs);
        c.refMedian = r.quantile(0.5);
        c.curMedian = k.quantile(0.5);
    }
    driftdetail::finishColumn(c, t);
    return c;
}

} // namespace

std::optional<ColumnDrift> driftFromSummaries(const ColumnSummary& a, const ColumnSummary& b,
                                              const DriftThresholds& t, SummaryPValues pValues) {
    if (a.kind == SummaryKind::Numeric && b.kind == SummaryKind::Numeric) return numericFromSummaries(a, b, t, pValues);
    if (a.kind == SummaryKind::Categorical && b.kind == SummaryKind::Categorical)
        return categoricalDrift(a.name, a.levels, a.levelCounts, b.levels, b.levelCounts, a.missing, b.missing, t);
    return std::nullopt;
}

DatasetDrift driftFromSummaries(const std::vector<ColumnSummary>& reference, const std::vector<ColumnSummary>& current,
                                const DriftThresholds& t, const std::vector<std::string>& columns, SummaryPValues pValues) {
    std::vector<ColumnDrift> out;
    for (const auto& a : reference) {
        if (!columns.empty() && std::find(columns.begin(), columns.end(), a.name) == columns.end()) continue;
        if (a.role == ColumnRole::Ignore || a.role == ColumnRole::Identifier) continue;
        for (const auto& b : current)
            if (b.name == a.name) {
                if (auto d = driftFromSummaries(a, b, t, pValues)) out.push_back(std::move(*d));
                break;
            }
    }
    return summariseDrift(std::move(out), t);
}

} // namespace segmenta
