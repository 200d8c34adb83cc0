// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <span>
#include <vector>

namespace segmenta::stats {

// The statistics behind drift, each matching SciPy/numpy (see docs/maintainer-guide/drift-and-history.md).
// Inputs marked "sorted" must be ascending and free of NaN.

struct KsResult {
    double statistic = 0;
    double pValue = 1;
    bool exact = false;   // exact distribution (max(n1, n2) <= 10000) or asymptotic
};
// scipy.stats.ks_2samp(a, b, method='auto'), two-sided.
KsResult ks2Sample(std::span<const double> sortedA, std::span<const double> sortedB);
// The p-value alone for a statistic d between samples of n1 and n2 values.
KsResult ks2SamplePValue(double d, std::int64_t n1, std::int64_t n2);
// scipy.stats.kstwo.sf(d, n): one-sample two-sided Kolmogorov distribution.
double kolmogorovSf(double d, std::int64_t n);

// scipy.stats.wasserstein_distance(a, b).
double wasserstein1(std::span<const double> sortedA, std::span<const double> sortedB);

// numpy.quantile(sorted, q) with the default linear interpolation.
double quantileLinear(std::span<const double> sorted, double q);

// Inner bin edges: the reference's 1/bins … (bins−1)/bins quantiles, duplicates merged.
std::vector<double> psiEdges(std::span<const double> sortedRef, int bins);
// Counts per bin: a value v falls in bin #(inner edges <= v).
std::vector<std::int64_t> binCounts(std::span<const double> sorted, const std::vector<double>& edges);

// PSI = Σ (cur − ref)·ln(cur/ref) with zero shares floored at 1e-4.
double psi(const std::vector<double>& refShares, const std::vector<double>& curShares);
// scipy.spatial.distance.jensenshannon(ref, cur) (natural log).
double jensenShannon(const std::vector<double>& refShares, const std::vector<double>& curShares);

struct Chi2Result {
    double statistic = 0;
    double pValue = 1;
    int dof = 0;
};
// scipy.stats.chi2_contingency([ref, cur], correction=False); categories with a
// zero total are dropped first.
Chi2Result chi2Homogeneity(const std::vector<double>& refCounts, const std::vector<double>& curCounts);

// Population standard deviation (numpy.std, ddof=0).
double populationStd(std::span<const double> values);

} // namespace segmenta::stats
