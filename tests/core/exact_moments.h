// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reference the column summaries' mean and standard deviation are held to:
// both from exactly rounded sums, so a test can tell a summary's rounding from a
// real error.
#include <QString>

#include <cmath>
#include <vector>

namespace testutil {

// Neumaier-compensated sum: the exactly rounded sum for the tests' data sets.
inline double exactSum(const std::vector<double>& v) {
    double sum = 0, carry = 0;
    for (double x : v) {
        const double t = sum + x;
        carry += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    return sum + carry;
}

// Empty when `mean` and the population standard deviation `sd` of `values` are
// within 1e-13 of the exactly summed ones, else what differs.
inline QString momentsMismatch(double mean, double sd, const std::vector<double>& values) {
    const double n = double(values.size());
    const double exactMean = exactSum(values) / n;
    std::vector<double> squares;
    squares.reserve(values.size());
    for (double x : values) squares.push_back((x - exactMean) * (x - exactMean));
    const double exactSd = std::sqrt(exactSum(squares) / n);
    if (!(std::fabs(mean - exactMean) <= 1e-13 * (std::fabs(exactMean) + exactSd)))
        return QStringLiteral("mean %1 vs %2").arg(mean, 0, 'g', 17).arg(exactMean, 0, 'g', 17);
    if (!(std::fabs(sd - exactSd) <= 1e-13 * exactSd))
        return QStringLiteral("sd %1 vs %2").arg(sd, 0, 'g', 17).arg(exactSd, 0, 'g', 17);
    return {};
}

} // namespace testutil
