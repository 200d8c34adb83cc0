// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/intervals.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>

namespace segmenta {

namespace {
double normalQuantile(double p) { return boost::math::quantile(boost::math::normal_distribution<double>(), p); }

Estimate undefinedEstimate(MetricReason why) {
    return {Metric::undefined(why), Metric::undefined(why), Metric::undefined(why)};
}
} // namespace

Estimate wilsonRate(std::int64_t successes, std::int64_t trials, double confidence) {
    if (trials <= 0) return undefinedEstimate(MetricReason::NoValue);
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z = normalQuantile(0.5 + confidence / 2);
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {Metric::of(p), Metric::of(std::max(0.0, centre - half)), Metric::of(std::min(1.0, centre + half))};
}

Estimate tMeanFromMoments(std::int64_t n, double mean, double m2, double confidence) {
    if (n <= 0) return undefinedEstimate(MetricReason::NoValue);
    if (n == 1) return {Metric::of(mean), Metric::undefined(MetricReason::OneRow), Metric::undefined(MetricReason::OneRow)};
    const double sd = std::sqrt(std::max(0.0, m2 / double(n - 1)));
    const boost::math::students_t_distribution<double> t(double(n - 1));
    const double half = boost::math::quantile(t, 0.5 + confidence / 2) * sd / std::sqrt(double(n));
    return {Metric::of(mean), Metric::of(mean - half), Metric::of(mean + half)};
}

Estimate tMean(std::int64_t n, double sum, double sumSquares, double confidence) {
    if (n <= 0) return tMeanFromMoments(0, 0, 0, confidence);
    const double mean = sum / double(n);
    return tMeanFromMoments(n, mean, std::max(0.0, sumSquares - double(n) * mean * mean), confidence);
}

Metric twoProportionLowerP(std::int64_t s1, std::int64_t n1, std::int64_t s2, std::int64_t n2) {
    if (n1 <= 0 || n2 <= 0) return Metric::undefined(MetricReason::GroupEmpty);
    const double p1 = double(s1) / double(n1), p2 = double(s2) / double(n2);
    const double pooled = double(s1 + s2) / double(n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(n1) + 1.0 / double(n2)));
    if (!(se > 0)) return Metric::undefined(MetricReason::NoVariation);
    const double z = (p1 - p2) / se;
    return Metric::of(boost::math::cdf(boost::math::normal_distribution<double>(), z));
}

std::vector<Metric> benjaminiHochberg(const std::vector<Metric>& pValues) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < pValues.size(); ++i)
        if (pValues[i].defined()) order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return *pValues[a].value < *pValues[b].value; });
    std::vector<Metric> adjusted = pValues;
    const double m = double(order.size());
    double running = 1.0;
    // Step-up: the adjusted p of rank k is the smallest m/j * p_(j) over j >= k.
    for (std::size_t k = order.size(); k-- > 0;) {
        running = std::min(running, *pValues[order[k]].value * m / double(k + 1));
        adjusted[order[k]] = Metric::of(std::min(1.0, running));
    }
    return adjusted;
}

} // namespace segmenta
