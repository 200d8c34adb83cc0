// SPDX-License-Identifier: GPL-3.0-or-later
// The quantile sketch of a numeric column, from a sorted copy (the definition)
// or by selection (what recording uses: sorting 1,000,000 values per column was
// most of what recording a snapshot added to importing it).
//
// Both paths feed one routine that needs only two things of the sorted column:
// the value at a rank and the sum over a range of ranks. The selection path
// computes exactly those: the values at the few hundred ranks the sketch reads
// (the "points") and the sums of the values between consecutive points (the
// "gaps"), by radix histogram + gather, without ordering anything else.
#include "core/drift/quantile_sketch.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "core/common/radix_sort.h"

namespace segmenta {

namespace {

double unsignedZero(double x) { return x == 0 ? 0.0 : x; }   // −0 and +0 are one value

// numpy's linear quantile (as stats::quantileLinear) and the interval means, from
// any source of order statistics: value(r) = v₍ᵣ₎, rangeSum(a, b) = Σ v₍ᵢ₎, a ≤ i < b.
template <typename Source>
QuantileSketch buildSketch(std::size_t count, int intervals, const Source& src) {
    QuantileSketch s;
    s.quantiles.resize(std::size_t(intervals) + 1);
    for (int i = 0; i <= intervals; ++i) {
        const double vi = double(count - 1) * (double(i) / intervals);
        double q;
        if (vi >= double(count - 1)) {
            q = src.value(count - 1);
        } else if (vi < 0) {
            q = src.value(0);
        } else {
            const double prev = std::floor(vi), t = vi - prev;
            const double x = src.value(std::size_t(prev)), y = src.value(std::size_t(prev) + 1), d = y - x;
            q = t >= 0.5 ? y - d * (1 - t) : x + d * t;
        }
        s.quantiles[std::size_t(i)] = q;
    }
    // The integral of the step function i ↦ v₍ᵢ₎ from a to b (index units): the
    // partial elements at both ends plus the whole ones in between.
    s.intervalMeans.resize(std::size_t(intervals));
    const double n = double(count), step = n / intervals;
    for (int k = 0; k < intervals; ++k) {
        const double a = step * k, b = (k + 1 == intervals) ? n : step * (k + 1);
        const auto ia = std::size_t(a), ib = std::min(std::size_t(b), count);
        double acc;
        if (ia == ib) {
            acc = (b - a) * src.value(std::min(ia, count - 1));
        } else {
            acc = (double(ia + 1) - a) * src.value(ia) + src.rangeSum(ia + 1, ib);
            if (ib < count) acc += (b - double(ib)) * src.value(ib);
        }
        s.intervalMeans[std::size_t(k)] = acc / step;
    }
    return s;
}

// The ranks buildSketch reads with value(): sorted, distinct.
std::vector<std::size_t> sketchPoints(std::size_t count, int intervals) {
    std::vector<std::size_t> p;
    p.reserve(4 * std::size_t(intervals) + 4);
    for (int i = 0; i <= intervals; ++i) {
        const double vi = double(count - 1) * (double(i) / intervals);
        if (vi >= double(count - 1)) { p.push_back(count - 1); continue; }
        if (vi < 0) { p.push_back(0); continue; }
        p.push_back(std::size_t(std::floor(vi)));
        p.push_back(std::size_t(std::floor(vi)) + 1);
    }
    const double n = double(count), step = n / intervals;
    for (int k = 0; k < intervals; ++k) {
        const double a = step * k, b = (k + 1 == intervals) ? n : step * (k + 1);
        const auto ia = std::size_t(a), ib = std::min(std::size_t(b), count);
        p.push_back(std::min(ia, count - 1));
        if (ib < count) p.push_back(ib);
    }
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
    return p;
}

struct SortedSource {
    std::span<const double> v;
    double value(std::size_t r) const { return unsignedZero(v[r]); }
    double rangeSum(std::size_t a, std::size_t b) const {
        double acc = 0;
        for (std::size_t i = a; i < b; ++i) acc += v[i];
        return acc;
    }
};

std::uint32_t bucketsFor(std::size_t n) {
    return std::uint32_t(std::clamp<std::size_t>(std::bit_floor(n / 8), 1024, 65536));
}

constexpr std::size_t kHistogramAbove = 16384;   // smaller sets: selection in place
constexpr int kMaxDepth = 6;                      // then sort (pathological spacing)

// Small sets: select each point in place (nth_element on what lies above the
// previous one), or sort once when there are many points.
void leaf(std::span<const double> s, bool owned, const std::size_t* points, std::size_t m, double* val, double* gap) {
    std::vector<double> copy;
    double* v = const_cast<double*>(s.data());   // only when owned
    if (!owned) {
        copy.assign(s.begin(), s.end());
        v = copy.data();
    }
    const std::size_t n = s.size();
    if (m > 8) {
        if (n > 4096) {
            std::vector<double> sorted(v, v + n);
            radixSortDoubles(sorted);
            std::copy(sorted.begin(), sorted.end(), v);
        } else {
            std::sort(v, v + n);
        }
    }
    std::size_t prev = 0;
    for (std::size_t j = 0; j < m; ++j) {
        const std::size_t p = points[j];
        if (m <= 8) std::nth_element(v + prev, v + p, v + n);
        for (std::size_t i = prev; i < p; ++i) gap[j] += v[i];
        val[j] = unsignedZero(v[p]);
        prev = p + 1;
    }
    for (std::size_t i = prev; i < n; ++i) gap[m] += v[i];
}

// True when every value is lo or hi (nLo: how many are lo); stops at the first
// other value, which for buckets of distinct values comes within a few.
bool twoValued(std::span<const double> s, double lo, double hi, std::size_t& nLo) {
    std::size_t count = 0;
    for (double x : s) {
        if (x == lo) ++count;
        else if (x != hi) return false;
    }
    nLo = count;
    return true;
}

} // namespace

namespace sketchdetail {

// The values at `points` (sorted ranks within s, min lo, max hi) and the sums of
// the gaps around them: gap[0] = the ranks below points[0], gap[j] = strictly
// between points[j−1] and points[j], gap[m] = above the last one. Gaps are added
// to (+=), values assigned. `owned`: s may be reordered.
void solvePoints(std::span<const double> s, bool owned, double lo, double hi, const std::size_t* points, std::size_t m,
                 double* val, double* gap, int depth) {
    if (m == 0) {
        for (double x : s) gap[0] += x;
        return;
    }
    // All equal, or only lo and hi (a bucket narrower than the data's resolution:
    // prices in cents, days): nothing to order. Ranks below the count of lo hold
    // lo, the others hi.
    std::size_t nLo = s.size();
    if (lo != hi && !twoValued(s, lo, hi, nLo)) nLo = 0;
    if (lo == hi || nLo > 0) {
        auto sumOfRanks = [&](std::size_t a, std::size_t b) {   // ranks a ≤ r < b
            const std::size_t atLo = a < nLo ? std::min(b, nLo) - a : 0;
            return double(atLo) * lo + (atLo == b - a ? 0.0 : double(b - a - atLo) * hi);
        };
        std::size_t prev = 0;
        for (std::size_t j = 0; j < m; ++j) {
            val[j] = unsignedZero(points[j] < nLo ? lo : hi);
            gap[j] += sumOfRanks(prev, points[j]);
            prev = points[j] + 1;
        }
        gap[m] += sumOfRanks(prev, s.size());
        return;
    }
    const std::uint32_t buckets = bucketsFor(s.size());
    const double scale = double(buckets) / (hi - lo);
    if (s.size() <= kHistogramAbove || depth >= kMaxDepth || !std::isfinite(scale) || !(scale > 0))
        return leaf(s, owned, points, m, val, gap);
    BucketPass pass(lo, scale, buckets);
    for (double x : s) pass.count(x);
    pass.plan(points, m);
    for (double x : s) pass.place(x, gap);
    pass.solve(points, val, gap, depth);
}

BucketPass::BucketPass(double lo, double scale, std::uint32_t buckets)
    : lo_(lo), scale_(scale), last_(double(buckets - 1)), tag_(buckets, 0) {}

bool BucketPass::countAll(std::span<const double> v, double& sum, double& lo, double& hi) noexcept {
    if (v.empty()) return true;
    std::int32_t* const tag = tag_.data();
    const double base = lo_, scale = scale_, last = last_;
    double acc = 0, mn = v[0], mx = v[0];
    bool nan = false;
    for (const double x : v) {
        acc += x;
        mn = x < mn ? x : mn;
        mx = x > mx ? x : mx;
        nan |= x != x;
        double t = (x - base) * scale;   // as bucketOf
        t = t > 0 ? t : 0.0;
        t = t < last ? t : last;
        ++tag[std::uint32_t(t)];
    }
    sum = acc;
    lo = mn;
    hi = mx;
    return !nan;
}

namespace {

template <typename Tag>
double placeWith(std::span<const double> v, const Tag* tag, double base, double scale, double last, double mean,
                 double* buf, std::size_t* cursor, double* gap) noexcept {
    double ss = 0;
    for (const double x : v) {
        ss += (x - mean) * (x - mean);
        double u = (x - base) * scale;   // as bucketOf
        u = u > 0 ? u : 0.0;
        u = u < last ? u : last;
        const std::int32_t t = tag[std::uint32_t(u)];
        if (t >= 0) buf[cursor[std::size_t(t)]++] = x;
        else gap[std::size_t(-1 - t)] += x;
    }
    return ss;
}

} // namespace

double BucketPass::placeAll(std::span<const double> v, double mean, double* gap) noexcept {
    if (!tag16_.empty())
        return placeWith(v, tag16_.data(), lo_, scale_, last_, mean, buf_.get(), cursor_.data(), gap);
    return placeWith(v, tag_.data(), lo_, scale_, last_, mean, buf_.get(), cursor_.data(), gap);
}

void BucketPass::plan(const std::size_t* points, std::size_t m) {
    // Walk buckets and points together. A bucket holding points is gathered
    // (tag = its slot ≥ 0); any other one lies inside a gap (tag = −1 − gap).
    std::size_t start = 0, j = 0, gathered = 0;
    for (auto& t : tag_) {
        const auto c = std::size_t(t);
        const std::size_t first = j;
        while (j < m && points[j] < start + c) ++j;
        if (j > first) {
            t = std::int32_t(needed_.size());
            needed_.push_back({start, c, first, j - first});
            gathered += c;
        } else {
            t = -1 - std::int32_t(first);
        }
        start += c;
    }
    if (needed_.size() <= 32767 && m < 32767) tag16_.assign(tag_.begin(), tag_.end());
    buf_.reset(new double[gathered]);   // no zero fill: every slot is written by place()
    cursor_.resize(needed_.size());
    for (std::size_t k = 0, off = 0; k < needed_.size(); ++k) { cursor_[k] = off; off += needed_[k].count; }
}

void BucketPass::solve(const std::size_t* points, double* val, double* gap, int depth) {
    tag_ = {};
    tag16_ = {};
    std::vector<std::size_t> local;
    for (std::size_t k = 0, off = 0; k < needed_.size(); ++k) {
        const auto& nb = needed_[k];
        const std::span<const double> sub(buf_.get() + off, nb.count);
        off += nb.count;
        local.resize(nb.points);
        for (std::size_t i = 0; i < nb.points; ++i) local[i] = points[nb.firstPoint + i] - nb.start;
        const auto [mn, mx] = std::minmax_element(sub.begin(), sub.end());
        solvePoints(sub, true, *mn, *mx, local.data(), nb.points, val + nb.firstPoint, gap + nb.firstPoint, depth + 1);
    }
}

} // namespace sketchdetail

namespace {

struct PointSource {
    const std::vector<std::size_t>& points;
    const std::vector<double>& val;
    const std::vector<double>& gap;
    std::size_t count;

    std::size_t indexOf(std::size_t r) const {
        return std::size_t(std::lower_bound(points.begin(), points.end(), r) - points.begin());
    }
    double value(std::size_t r) const { return val[indexOf(r)]; }
    // Σ over [a, b): a − 1 is a point; b is a point or the end.
    double rangeSum(std::size_t a, std::size_t b) const {
        std::size_t j = indexOf(a);
        double acc = gap[j];   // between a − 1 and the next point
        for (; j < points.size() && points[j] < b; ++j) acc += val[j] + gap[j + 1];
        return acc;
    }
};

} // namespace

QuantileSketch sketchFromSorted(std::span<const double> sorted, int intervals) {
    if (sorted.empty()) return {};
    return buildSketch(sorted.size(), intervals, SortedSource{sorted});
}

QuantileSketch sketchBySelection(std::span<const double> values, double min, double max, int intervals) {
    if (values.empty()) return {};
    if (!std::isfinite(min) || !std::isfinite(max)) {   // infinities: the sorted path
        std::vector<double> sorted(values.begin(), values.end());
        radixSortDoubles(sorted);
        return sketchFromSorted(sorted, intervals);
    }
    const auto points = sketchPoints(values.size(), intervals);
    std::vector<double> val(points.size()), gap(points.size() + 1, 0.0);
    sketchdetail::solvePoints(values, false, min, max, points.data(), points.size(), val.data(), gap.data(), 0);
    return buildSketch(values.size(), intervals, PointSource{points, val, gap, values.size()});
}

SelectionSketch::SelectionSketch(double lo, double hi, std::size_t n)
    : n_(n), pass_(lo, double(bucketsFor(n)) / (hi - lo), bucketsFor(n)) {
    const double scale = double(bucketsFor(n)) / (hi - lo);
    usable_ = n > 0 && std::isfinite(lo) && std::isfinite(hi) && hi > lo && std::isfinite(scale) && scale > 0;
}

void SelectionSketch::plan(int intervals) {
    intervals_ = intervals;
    points_ = sketchPoints(n_, intervals);
    val_.assign(points_.size(), 0.0);
    gap_.assign(points_.size() + 1, 0.0);
    pass_.plan(points_.data(), points_.size());
}

QuantileSketch SelectionSketch::finish() {
    pass_.solve(points_.data(), val_.data(), gap_.data(), 0);
    return buildSketch(n_, intervals_, PointSource{points_, val_, gap_, n_});
}

} // namespace segmenta
