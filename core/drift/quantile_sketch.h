// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace segmenta {

// The numeric sketch the history keeps of a column with many distinct values:
// numpy's linear quantiles on intervals+1 evenly spaced probabilities, and the
// mean of the empirical quantile function inside each of the `intervals`
// intervals (the integral of i ↦ v₍ᵢ₎ over index ranges of n/intervals).
struct QuantileSketch {
    std::vector<double> quantiles;       // intervals + 1 values
    std::vector<double> intervalMeans;   // intervals values
};

// The reference definition: from values sorted ascending (no NaN).
QuantileSketch sketchFromSorted(std::span<const double> sorted, int intervals);

// The same sketch without sorting the column. One histogram pass over 65,536
// linear buckets of [min, max], then only the buckets that hold a needed rank
// are gathered and solved (recursively, small ones sorted); every other bucket
// only adds its values to the interval sums. The quantiles are the same order
// statistics as after a full sort (equal as values; −0 is reported as +0); the
// interval means differ only by the order of summation (a few ulp of the
// values' magnitude). Values in any order, no NaN; infinities allowed (those
// columns take the sorted path). min/max: of the values.
QuantileSketch sketchBySelection(std::span<const double> values, double min, double max, int intervals);

namespace sketchdetail {

// One level of the histogram selection: linear buckets from lo (scale buckets per
// unit); values outside the span fall into the end buckets, NaN into the first.
// count() every value, plan(), place() every value, then solve().
class BucketPass {
public:
    BucketPass(double lo, double scale, std::uint32_t buckets);
    // Monotone in x (each step rounds monotonically): bucket order = value order.
    std::uint32_t bucketOf(double x) const noexcept {
        double t = (x - lo_) * scale_;
        t = t > 0 ? t : 0.0;
        t = t < last_ ? t : last_;
        return std::uint32_t(t);
    }
    void count(double x) noexcept { ++tag_[bucketOf(x)]; }
    // After counting: the buckets that hold one of the (sorted) ranks are gathered,
    // every other one only adds its values to the sum of the gap it lies in.
    void plan(const std::size_t* points, std::size_t m);
    void place(double x, double* gap) noexcept {
        const std::int32_t t = tag_[bucketOf(x)];
        if (t >= 0) buf_[cursor_[std::size_t(t)]++] = x;
        else gap[std::size_t(-1 - t)] += x;
    }
    // The values at the points and the rest of the gap sums, from the gathered buckets.
    void solve(const std::size_t* points, double* val, double* gap, int depth);

    // count() every value, also giving their sum in order (the bits of
    // std::accumulate), min and max; false when a NaN is among them. One tight
    // loop with everything in registers (a loop calling count() kept min and max
    // in memory).
    bool countAll(std::span<const double> v, double& sum, double& lo, double& hi) noexcept;
    // place() every value, returning Σ (x − mean)² in order (stats::populationStd's sum).
    double placeAll(std::span<const double> v, double mean, double* gap) noexcept;

private:
    struct Needed { std::size_t start, count, firstPoint, points; };
    double lo_, scale_, last_;
    std::vector<std::int32_t> tag_;   // first the counts, then slot ≥ 0 or −1 − gap
    // The same tags in half the bytes for placeAll when they fit (a million
    // random lookups: 128 kB stay in the level-2 cache beside the column's stream).
    std::vector<std::int16_t> tag16_;
    std::vector<Needed> needed_;
    std::unique_ptr<double[]> buf_;   // the gathered buckets, one after the other
    std::vector<std::size_t> cursor_;
};

} // namespace sketchdetail

// sketchBySelection in two passes the caller drives, so that its own per-value
// work (sums, min/max) rides along instead of reading the column again:
//   SelectionSketch sk(lo, hi, n);           // a sample's range will do
//   for (x : values) sk.count(x);  sk.plan(intervals);
//   for (x : values) sk.place(x);  auto sketch = sk.finish();
// Both passes must see the same n values (any order). usable() is false when the
// range cannot be bucketed (empty, non-finite): use sketchBySelection then. The
// result equals sketchBySelection's (and the sorted definition's quantiles).
class SelectionSketch {
public:
    SelectionSketch(double lo, double hi, std::size_t n);
    bool usable() const noexcept { return usable_; }
    void count(double x) noexcept { pass_.count(x); }
    void plan(int intervals);
    void place(double x) noexcept { pass_.place(x, gap_.data()); }
    // The same over all values, with their moments riding along (see BucketPass).
    bool countAll(std::span<const double> v, double& sum, double& lo, double& hi) noexcept {
        return pass_.countAll(v, sum, lo, hi);
    }
    double placeAll(std::span<const double> v, double mean) noexcept { return pass_.placeAll(v, mean, gap_.data()); }
    QuantileSketch finish();

private:
    std::size_t n_;
    int intervals_ = 0;
    bool usable_ = false;
    sketchdetail::BucketPass pass_;
    std::vector<std::size_t> points_;
    std::vector<double> val_, gap_;
};

} // namespace segmenta
