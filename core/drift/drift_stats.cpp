// SPDX-License-Identifier: GPL-3.0-or-later
// Drift statistics, written to give SciPy's/numpy's numbers (see docs/maintainer-guide/drift-and-history.md):
// the KS p-value follows scipy.stats.ks_2samp(method='auto') branch by branch.
#include "core/drift/drift_stats.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <cmath>
#include <numeric>

#include "core/drift/ks_distribution.h"

namespace segmenta::stats {

KsResult ks2Sample(std::span<const double> a, std::span<const double> b) {
    KsResult r;
    const std::size_t n1 = a.size(), n2 = b.size();
    if (n1 == 0 || n2 == 0) return r;
    // Walk the merged order; after all ties of a value are consumed from both
    // samples, the ECDF difference is i/n1 − j/n2 (as searchsorted 'right').
    double maxS = -1, minS = 1;
    std::size_t i = 0, j = 0;
    const double dn1 = double(n1), dn2 = double(n2);
    while (i < n1 || j < n2) {
        const double v = (j >= n2 || (i < n1 && a[i] <= b[j])) ? a[i] : b[j];
        while (i < n1 && a[i] == v) ++i;
        while (j < n2 && b[j] == v) ++j;
        const double diff = double(i) / dn1 - double(j) / dn2;
        maxS = std::max(maxS, diff);
        minS = std::min(minS, diff);
    }
    const double minNeg = std::clamp(-minS, 0.0, 1.0);
    const double d = minNeg > maxS ? minNeg : maxS;
    return ks2SamplePValue(d, std::int64_t(n1), std::int64_t(n2));
}

namespace {

// scipy's _compute_prob_outside_square(n, h): Pr(D_{n,n} >= h/n).
double probOutsideSquare(std::int64_t n, std::int64_t h) {
    double p = 0.0;
    std::int64_t k = n / h;
    while (k >= 0) {
        double p1 = 1.0;
        for (std::int64_t j = 0; j < h; ++j)
            p1 = double(n - k * h - j) * p1 / double(n + k * h + j + 1);
        p = p1 * (1.0 - p);
        --k;
    }
    return 2 * p;
}

// scipy's _compute_outer_prob_inside_method(m, n, g, h): the share of lattice
// paths that leave |x/m − y/n| < h/lcm, with Viehmann's 1 − p recursion.
double outerProbInside(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h) {
    if (m < n) std::swap(m, n);
    const std::int64_t mg = m / g, ng = n / g;
    std::int64_t minj = 0;
    std::int64_t maxj = std::min<std::int64_t>(std::int64_t(std::ceil(double(h) / double(mg))), n + 1);
    std::int64_t curlen = maxj - minj;
    const std::int64_t lenA = std::min<std::int64_t>(2 * maxj + 2, n + 1);
    std::vector<double> A(std::size_t(std::max<std::int64_t>(lenA, 1)), 1.0);
    for (std::int64_t j = minj; j < maxj && j < lenA; ++j) A[std::size_t(j)] = 0.0;
    for (std::int64_t i = 1; i <= m; ++i) {
        const std::int64_t lastminj = minj, lastlen = curlen;
        minj = std::max<std::int64_t>(std::int64_t(std::floor(double(ng * i - h) / double(mg))) + 1, 0);
        minj = std::min(minj, n);
        maxj = std::min<std::int64_t>(std::int64_t(std::ceil(double(ng * i + h) / double(mg))), n + 1);
        if (maxj <= minj) return 1.0;
        double val = minj == 0 ? 0.0 : 1.0;
        for (std::int64_t jj = 0; jj < maxj - minj; ++jj) {
            const std::int64_t j = jj + minj;
            val = (A[std::size_t(jj + minj - lastminj)] * double(i) + val * double(j)) / double(i + j);
            A[std::size_t(jj)] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            for (std::int64_t t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; ++t)
                A[std::size_t(t)] = 1.0;
    }
    return A[std::size_t(maxj - minj - 1)];
}

} // namespace

KsResult ks2SamplePValue(double d, std::int64_t n1, std::int64_t n2) {
    KsResult r;
    r.statistic = d;
    if (n1 <= 0 || n2 <= 0) return r;
    constexpr std::int64_t kMaxAutoN = 10000;
    if (std::max(n1, n2) <= kMaxAutoN) {
        const std::int64_t g = std::gcd(n1, n2);
        const std::int64_t lcm = (n1 / g) * n2;
        const std::int64_t h = std::int64_t(std::nearbyint(d * double(lcm)));
        const double dExact = double(h) / double(lcm);
        if (h == 0) {
            r.statistic = dExact;
            r.pValue = 1.0;
            r.exact = true;
            return r;
        }
        const double p = n1 == n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (p >= 0 && p <= 1) {
            r.statistic = dExact;
            r.pValue = p;
            r.exact = true;
            return r;
        }
        d = dExact;   // scipy keeps the rounded d when falling back
        r.statistic = d;
    }
    const double m = double(std::max(n1, n2)), n = double(std::min(n1, n2));
    const double en = m * n / (m + n);
    r.pValue = std::clamp(kolmogorovSf(d, std::int64_t(std::nearbyint(en))), 0.0, 1.0);
    return r;
}

double kolmogorovSf(double d, std::int64_t n) { return ksdist::kolmogn(n, d, false); }

double wasserstein1(std::span<const double> a, std::span<const double> b) {
    const std::size_t n1 = a.size(), n2 = b.size();
    if (n1 == 0 || n2 == 0) return std::nan("");
    // ∫ |F_a − F_b| over the merged support, F as counts ≤ x.
    std::size_t i = 0, j = 0;
    double prev = std::min(a[0], b[0]);
    double sum = 0;
    const double dn1 = double(n1), dn2 = double(n2);
    while (i < n1 || j < n2) {
        const double v = (j >= n2 || (i < n1 && a[i] <= b[j])) ? a[i] : b[j];
        sum += std::fabs(double(i) / dn1 - double(j) / dn2) * (v - prev);
        prev = v;
        while (i < n1 && a[i] == v) ++i;
        while (j < n2 && b[j] == v) ++j;
    }
    return sum;
}

double quantileLinear(std::span<const double> s, double q) {
    const std::size_t n = s.size();
    if (n == 0) return std::nan("");
    const double vi = double(n - 1) * q;
    if (vi >= double(n - 1)) return s[n - 1];
    if (vi < 0) return s[0];
    const double prevIdx = std::floor(vi);
    const std::size_t lo = std::size_t(prevIdx);
    const double t = vi - prevIdx;
    const double x = s[lo], y = s[lo + 1];
    const double diff = y - x;
    return t >= 0.5 ? y - diff * (1 - t) : x + diff * t;
}

std::vector<double> psiEdges(std::span<const double> sortedRef, int bins) {
    std::vector<double> edges;
    if (sortedRef.empty() || bins < 2) return edges;
    for (int k = 1; k < bins; ++k) edges.push_back(quantileLinear(sortedRef, double(k) / double(bins)));
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

std::vector<std::int64_t> binCounts(std::span<const double> sorted, const std::vector<double>& edges) {
    std::vector<std::int64_t> counts(edges.size() + 1, 0);
    std::size_t prev = 0;
    for (std::size_t k = 0; k < edges.size(); ++k) {
        // values < edge k fall in bins ≤ k
        const std::size_t lb = std::size_t(std::lower_bound(sorted.begin(), sorted.end(), edges[k]) - sorted.begin());
        counts[k] = std::int64_t(lb - prev);
        prev = lb;
    }
    counts.back() = std::int64_t(sorted.size() - prev);
    return counts;
}

double psi(const std::vector<double>& ref, const std::vector<double>& cur) {
    double sum = 0;
    for (std::size_t i = 0; i < ref.size() && i < cur.size(); ++i) {
        const double r = ref[i] == 0 ? 1e-4 : ref[i];
        const double c = cur[i] == 0 ? 1e-4 : cur[i];
        sum += (c - r) * std::log(c / r);
    }
    return sum;
}

double jensenShannon(const std::vector<double>& p0, const std::vector<double>& q0) {
    const double sp = std::accumulate(p0.begin(), p0.end(), 0.0);
    const double sq = std::accumulate(q0.begin(), q0.end(), 0.0);
    if (sp <= 0 || sq <= 0) return std::nan("");
    double js = 0;
    for (std::size_t i = 0; i < p0.size() && i < q0.size(); ++i) {
        const double p = p0[i] / sp, q = q0[i] / sq, m = (p + q) / 2.0;
        if (p > 0 && m > 0) js += p * std::log(p / m);
        if (q > 0 && m > 0) js += q * std::log(q / m);
    }
    return std::sqrt(std::max(0.0, js) / 2.0);
}

Chi2Result chi2Homogeneity(const std::vector<double>& ref0, const std::vector<double>& cur0) {
    Chi2Result r;
    std::vector<double> ref, cur;
    for (std::size_t i = 0; i < ref0.size() && i < cur0.size(); ++i)
        if (ref0[i] + cur0[i] > 0) { ref.push_back(ref0[i]); cur.push_back(cur0[i]); }
    const double nr = std::accumulate(ref.begin(), ref.end(), 0.0);
    const double nc = std::accumulate(cur.begin(), cur.end(), 0.0);
    const double total = nr + nc;
    r.dof = int(ref.size()) - 1;
    if (r.dof <= 0 || nr <= 0 || nc <= 0) { r.statistic = 0; r.pValue = 1; r.dof = std::max(0, r.dof); return r; }
    double stat = 0;
    for (std::size_t i = 0; i < ref.size(); ++i) {
        const double col = ref[i] + cur[i];
        const double er = nr * col / total, ec = nc * col / total;
        stat += (ref[i] - er) * (ref[i] - er) / er;
        stat += (cur[i] - ec) * (cur[i] - ec) / ec;
    }
    r.statistic = stat;
    const boost::math::chi_squared_distribution<double> dist(r.dof);
    r.pValue = stat <= 0 ? 1.0 : boost::math::cdf(boost::math::complement(dist, stat));
    return r;
}

double populationStd(std::span<const double> v) {
    if (v.empty()) return std::nan("");
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    double ss = 0;
    for (double x : v) ss += (x - mean) * (x - mean);
    return std::sqrt(ss / double(v.size()));
}

} // namespace segmenta::stats
