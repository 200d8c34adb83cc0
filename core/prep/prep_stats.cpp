// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prep/prep_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace segmenta {

std::vector<double> presentValues(const Column& c) {
    std::vector<double> v;
    v.reserve(c.numbers.size());
    for (std::size_t i = 0; i < c.numbers.size(); ++i)
        if (!c.missing[i] && std::isfinite(c.numbers[i])) v.push_back(c.numbers[i]);
    return v;
}

std::size_t distinctCount(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return std::size_t(std::unique(v.begin(), v.end()) - v.begin());
}

double quantileInPlace(std::vector<double>& v, double q) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double pos = q * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= v.size()) return a;
    const double b = *std::min_element(v.begin() + std::ptrdiff_t(lo) + 1, v.end());
    const double frac = pos - double(lo);
    // numpy's _lerp: a + (b − a)·t, switching form for t ≥ 0.5 to stay monotone
    return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}

double medianInPlace(std::vector<double>& v) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    const std::size_t h = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(h), v.end());
    const double hi = v[h];
    if (v.size() % 2) return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(h));
    return (lo + hi) / 2;
}

namespace {

// 1, or the power of two (exact to multiply by) that brings the values below 1
// when their sums, squares or cubes could overflow (from about 1e100 on).
double momentScale(const std::vector<double>& v) {
    double maxAbs = 0;
    for (double x : v) maxAbs = std::max(maxAbs, std::fabs(x));
    if (!(maxAbs >= 0x1p330) || !std::isfinite(maxAbs)) return 1.0;
    int exponent = 0;
    std::frexp(maxAbs, &exponent);
    return std::ldexp(1.0, -exponent);
}

double scaledMean(const std::vector<double>& v, double scale) {
    double s = 0;
    for (double x : v) s += x * scale;
    return s / double(v.size());
}

} // namespace

double mean(const std::vector<double>& v) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double scale = momentScale(v);
    return scaledMean(v, scale) / scale;
}

double populationSd(const std::vector<double>& v) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double scale = momentScale(v);
    const double m = scaledMean(v, scale);
    double s = 0;
    for (double x : v) s += (x * scale - m) * (x * scale - m);
    return std::sqrt(s / double(v.size())) / scale;
}

double skewness(const std::vector<double>& v) {
    if (v.size() < 3) return 0;
    const double scale = momentScale(v);   // skewness does not depend on it
    const double m = scaledMean(v, scale);
    double m2 = 0, m3 = 0;
    for (double x : v) { const double d = x * scale - m; m2 += d * d; m3 += d * d * d; }
    m2 /= double(v.size());
    m3 /= double(v.size());
    return m2 <= 0 ? 0 : m3 / std::pow(m2, 1.5);
}

} // namespace segmenta
