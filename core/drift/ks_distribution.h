// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>

namespace segmenta::stats::ksdist {

// The one-sample two-sided Kolmogorov–Smirnov distribution Pr(D_n <= x) (cdf) or
// its complement, choosing among the same algorithms as scipy.stats.kstwo
// (Simard & L'Ecuyer 2011): Ruben–Gambino ends, Durbin matrix (Marsaglia–Tsang–
// Wang), Pelz–Good, and 2 × the one-sided Smirnov sum where that is exact enough.
double kolmogn(std::int64_t n, double x, bool cdf);

// One-sided Smirnov survival function Pr(D+_n > x) (Birnbaum–Tingey sum), as
// scipy.special.smirnov.
double smirnov(std::int64_t n, double x);

} // namespace segmenta::stats::ksdist
