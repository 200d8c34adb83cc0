// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
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

} // namespace segmenta
