// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <vector>

#include "core/metrics/metric_value.h"

namespace segmenta {

// A value with its 95 % interval; all three undefined together.
struct Estimate {
    Metric value, low, high;
};

// Share of successes with the Wilson score interval (95 %): stays inside [0, 1]
// and behaves at 0 % and 100 %, unlike the textbook normal interval.
Estimate wilsonRate(std::int64_t successes, std::int64_t trials, double confidence = 0.95);

// Mean with the Student t interval (95 %), from running sums.
Estimate tMean(std::int64_t n, double sum, double sumSquares, double confidence = 0.95);
// The same from a sample mean and (n-1) variance, for callers that use Welford.
Estimate tMeanFromMoments(std::int64_t n, double mean, double m2, double confidence = 0.95);

// One-sided two-proportion z-test (pooled): is the first group's rate LOWER
// than the second's? Returns the p-value, or undefined when a group is empty or
// the pooled rate is 0 or 1 (no variation to test).
Metric twoProportionLowerP(std::int64_t successes1, std::int64_t trials1,
                           std::int64_t successes2, std::int64_t trials2);

// Benjamini–Hochberg adjusted p-values (as statsmodels' fdr_bh), same order as
// the input. Undefined entries stay undefined and are not counted in m.
std::vector<Metric> benjaminiHochberg(const std::vector<Metric>& pValues);

} // namespace segmenta
