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

// The values at `points` and the sums of the gaps around them: gap[0] = the
// ranks below points[0], gap[j] = strictly between points[j−1] and points[j],
// gap[m] = above the last one. Gaps are added to (+=), values assigned.
class PointSolver {
public:
    static constexpr std::size_t kHistogramAbove = 16384;   // smaller sets: selection in place
    static constexpr int kMaxDepth = 6;                      // then sort (pathological spacing)

    void solve(std::span<const double> s, bool owned, double lo, double hi, const std::size_t* points,
               std::size_t m, double* val, double* gap, int depth) const {
        if (m == 0) {
            for (double x : s) gap[0] += x;
            return;
        }
        if (lo == hi) {   // all equal: nothing to order
            std::size_t prev = 0;
            for (std::size_t j = 0; j < m; ++j) {
                val[j] = unsignedZero(lo);
                gap[j] += double(points[j] - prev) * lo;
                prev = points[j] + 1;
            }
            gap[m] += double(s.size() - prev) * lo;
            return;
        }
        const double scale = bucketsFor(s.size()) / (hi - lo);
        if (s.size() <= kHistogramAbove || depth >= kMaxDepth || !std::isfinite(scale) || !(scale > 0))
            return leaf(s, owned, points, m, val, gap);
        histogramNode(s, lo, scale, points, m, val, gap, depth);
    }

private:
    static double bucketsFor(std::size_t n) {
        return double(std::clamp<std::size_t>(std::bit_floor(n / 8), 1024, 65536));
    }

    // Small sets: select each point in place (nth_element on what lies above the
    // previous one), or sort once when there are many points.
    static void leaf(std::span<const double> s, bool owned, const std::size_t* points, std::size_t m, double* val,
                     double* gap) {
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

    void histogramNode(std::span<const double> s, double lo, double scale, const std::size_t* points, std::size_t m,
                       double* val, double* gap, int depth) const {
        const auto buckets = std::uint32_t(bucketsFor(s.size()));
        const std::uint32_t last = buckets - 1;
        // Monotone in x (each step rounds monotonically), so bucket order = value order.
        auto bucketOf = [lo, scale, last](double x) { return std::min(last, std::uint32_t((x - lo) * scale)); };
        std::vector<std::int32_t> tag(buckets, 0);   // first the counts, then the tags
        for (double x : s) ++tag[bucketOf(x)];
        // Walk buckets and points together. A bucket holding points is gathered
        // (tag = its slot ≥ 0); any other one lies inside a gap (tag = −1 − gap).
        struct Needed { std::size_t start, count, firstPoint, points; };
        std::vector<Needed> needed;
        std::size_t start = 0, j = 0, gathered = 0;
        for (std::uint32_t b = 0; b < buckets; ++b) {
            const auto c = std::size_t(tag[b]);
            const std::size_t first = j;
            while (j < m && points[j] < start + c) ++j;
            if (j > first) {
                tag[b] = std::int32_t(needed.size());
                needed.push_back({start, c, first, j - first});
                gathered += c;
            } else {
                tag[b] = -1 - std::int32_t(first);
            }
            start += c;
        }
        std::vector<double> buf(gathered);
        std::vector<std::size_t> cursor(needed.size());
        for (std::size_t k = 0, off = 0; k < needed.size(); ++k) { cursor[k] = off; off += needed[k].count; }
        for (double x : s) {
            const std::int32_t t = tag[bucketOf(x)];
            if (t >= 0) buf[cursor[std::size_t(t)]++] = x;
            else gap[std::size_t(-1 - t)] += x;
        }
        tag = {};
        std::vector<std::size_t> local;
        for (std::size_t k = 0, off = 0; k < needed.size(); ++k) {
            const auto& nb = needed[k];
            const std::span<const double> sub(buf.data() + off, nb.count);
            off += nb.count;
            local.resize(nb.points);
            for (std::size_t i = 0; i < nb.points; ++i) local[i] = points[nb.firstPoint + i] - nb.start;
            const auto [mn, mx] = std::minmax_element(sub.begin(), sub.end());
            solve(sub, true, *mn, *mx, local.data(), nb.points, val + nb.firstPoint, gap + nb.firstPoint, depth + 1);
        }
    }
};

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
    PointSolver{}.solve(values, false, min, max, points.data(), points.size(), val.data(), gap.data(), 0);
    return buildSketch(values.size(), intervals, PointSource{points, val, gap, values.size()});
}

} // namespace segmenta
