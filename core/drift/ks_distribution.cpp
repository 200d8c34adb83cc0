// SPDX-License-Identifier: GPL-3.0-or-later
// Kolmogorov–Smirnov distributions following scipy.stats._ksstats branch by
// branch so p-values agree with ks_2samp's asymptotic mode. Long double stands in
// for SciPy's double-double where sums need the extra digits.
#include "core/drift/ks_distribution.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace segmenta::stats::ksdist {

namespace {

constexpr double kPi = 3.14159265358979323846;

double clip01(double p) { return std::clamp(p, 0.0, 1.0); }
double select(double cdfProb, double sfProb, bool cdf) { return clip01(cdf ? cdfProb : sfProb); }

double logNFactorialDivNPowN(double n) {
    static const double coeffs[] = {-2.955065359477124183e-2, 6.4102564102564102564e-3,
                                    -1.9175269175269175269e-3, 8.4175084175084175084e-4,
                                    -5.952380952380952381e-4, 7.9365079365079365079e-4,
                                    -2.7777777777777777778e-3, 8.3333333333333333333e-2};
    const double rn = 1.0 / n, x = rn / n;
    double poly = 0;
    for (double c : coeffs) poly = poly * x + c;
    return std::log(n) / 2 - n + std::log(2 * kPi) / 2 + rn * poly;
}

// Durbin's matrix method with Marsaglia–Tsang–Wang scaling: Pr(D_n <= d).
double durbinMatrix(std::int64_t n, double d) {
    if (d >= 1.0) return 1.0;
    const double nd = double(n) * d;
    if (nd <= 0.5) return 0.0;
    const int k = int(std::ceil(nd));
    const double h = double(k) - nd;
    const int m = 2 * k - 1;
    using Mat = std::vector<long double>;
    auto at = [m](Mat& a, int r, int c) -> long double& { return a[std::size_t(r) * std::size_t(m) + std::size_t(c)]; };
    Mat H(std::size_t(m) * std::size_t(m), 0.0L);
    const auto msz = static_cast<std::size_t>(m);
    std::vector<long double> v(msz), w(msz);
    long double fac = 1.0L;
    for (int j = 1; j <= m; ++j) {
        w[std::size_t(j - 1)] = fac;
        fac /= j;
        v[std::size_t(j - 1)] = (1.0L - std::pow((long double)h, j)) * fac;
    }
    const long double tt = std::pow(std::max(2 * (long double)h - 1.0L, 0.0L), m) - 2 * std::pow((long double)h, m);
    v[std::size_t(m - 1)] = (1.0L + tt) * fac;
    for (int i = 1; i < m; ++i)
        for (int r = i - 1; r < m; ++r) at(H, r, i) = w[std::size_t(r - (i - 1))];
    for (int r = 0; r < m; ++r) at(H, r, 0) = v[std::size_t(r)];
    for (int c = 0; c < m; ++c) at(H, m - 1, c) = v[std::size_t(m - 1 - c)];

    auto mul = [m, &at](Mat& a, Mat& b) {
        Mat out(std::size_t(m) * std::size_t(m), 0.0L);
        for (int r = 0; r < m; ++r)
            for (int t = 0; t < m; ++t) {
                const long double x = at(a, r, t);
                if (x == 0) continue;
                for (int c = 0; c < m; ++c) out[std::size_t(r) * std::size_t(m) + std::size_t(c)] += x * at(b, t, c);
            }
        return out;
    };
    Mat P(std::size_t(m) * std::size_t(m), 0.0L);
    for (int i = 0; i < m; ++i) at(P, i, i) = 1.0L;
    const long double ep128 = std::ldexp(1.0L, 128);
    long long expnt = 0, hexpnt = 0;
    for (std::int64_t nn = n; nn > 0; nn /= 2) {
        if (nn % 2) { P = mul(P, H); expnt += hexpnt; }
        H = mul(H, H);
        hexpnt *= 2;
        if (std::fabs(at(H, k - 1, k - 1)) > ep128) {
            for (auto& x : H) x /= ep128;
            hexpnt += 128;
        }
    }
    long double p = at(P, k - 1, k - 1);
    const long double em128 = std::ldexp(1.0L, -128);
    for (std::int64_t i = 1; i <= n; ++i) {
        p = (long double)i * p / (long double)n;
        if (std::fabs(p) < em128) { p *= ep128; expnt -= 128; }
    }
    return double(std::ldexp(p, int(expnt)));
}

// Pelz–Good asymptotic series for Pr(D_n <= x).
double pelzGood(std::int64_t n, double x, bool cdf) {
    if (x <= 0.0) return select(0.0, 1.0, cdf);
    if (x >= 1.0) return select(1.0, 0.0, cdf);
    const double z = std::sqrt(double(n)) * x;
    const double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
    const double qlog = -kPi * kPi / 8 / z2;
    if (qlog < -708) return select(0.0, 1.0, cdf);
    double q = std::exp(qlog);
    const double pi2 = kPi * kPi, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
    const double k1a = -z2, k1b = pi2 / 4;
    const double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
    const double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
    const double k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * std::pow(z, 8);
    double K[4] = {0, 0, 0, 0};
    const int maxk = int(std::ceil(16 * z / kPi));
    for (int k = maxk; k > 0; --k) {
        const double mm = 2.0 * k - 1, m2 = mm * mm, m4 = m2 * m2, m6 = m4 * m2;
        const double qp = std::pow(q, 8.0 * k);
        const double c[4] = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6};
        for (int i = 0; i < 4; ++i) K[i] = K[i] * qp + c[i];
    }
    const double s2pi = std::sqrt(2 * kPi);
    const double div[4] = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (int i = 0; i < 4; ++i) K[i] = K[i] * q * s2pi / div[i];
    q = std::exp(-pi2 / 2 / z2);
    const double sqrt3z = std::sqrt(3.0) * z;
    double k2extra = 0, k3extra = 0;
    for (int k = maxk; k > 0; --k) {
        const double ks2 = double(k) * k, qp = std::pow(q, ks2), kspi = kPi * k;
        k2extra += ks2 * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
    }
    K[2] += k2extra * pi2 * s2pi / (-36 * z3);
    K[3] += k3extra * pi2 * s2pi / (216 * z6);
    for (int i = 0; i < 4; ++i) K[i] /= std::pow(double(n), i / 2.0);
    if (!cdf) {
        for (double& v : K) v = -v;
        K[0] += 1;
    }
    return K[0] + K[1] + K[2] + K[3];
}

} // namespace

double smirnov(std::int64_t n, double x) {
    if (!(n > 0 && x >= 0.0 && x <= 1.0)) return std::nan("");
    if (n == 1) return 1 - x;
    if (x == 0.0) return 1.0;
    if (x == 1.0) return 0.0;
    const long double nxl = (long double)n * (long double)x;
    std::int64_t nxfl = std::int64_t(std::floor(nxl));
    long double alpha = nxl - (long double)nxfl;
    if (alpha >= 1) { ++nxfl; alpha = 0; }
    std::int64_t n1mxfl = n - nxfl - (alpha == 0 ? 0 : 1);
    std::int64_t n1mxceil = n - nxfl;
    if (alpha == 0) { n1mxfl -= 1; n1mxceil += 1; }
    if (nxfl == 0 || (nxfl == 1 && alpha == 0)) {
        const long double t = std::pow(1.0L + x, (long double)(n - 1));
        return double(1.0L - x * t);
    }
    if (-2.0 * double(n) * x * x < -7.08396418532264106224E2) return 0.0;
    if (nxfl >= n - 1) return double(std::pow(1.0L - x, (long double)n));
    if (n > 1000000) {
        const double logp = -std::pow(6.0 * double(n) * x + 1, 2) / 18.0 / double(n);
        return logp < -std::log(2.0) ? std::exp(logp) : 1 - (-std::expm1(logp));
    }
    const std::int64_t nUpperTerms = n - n1mxceil + 1;
    const bool upper = (nUpperTerms <= 1 && x < 0.5) ||
                       (n >= 10 && nUpperTerms <= 3 && x <= 0.5 / std::sqrt(double(n)));
    // A_v = C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v), summed in logs to stay in range.
    const long double lx = x, ln = (long double)n;
    auto logTerm = [&](std::int64_t v) -> long double {
        const long double a = lx + (long double)v / ln, b = 1.0L - lx - (long double)v / ln;
        if (b <= 0 && v != n) return -INFINITY;
        const long double lc = std::lgamma(ln + 1) - std::lgamma((long double)v + 1) - std::lgamma(ln - (long double)v + 1);
        long double l = lc + (long double)(v - 1) * std::log(a);
        if (v != n) l += (long double)(n - v) * std::log(b);
        return l;
    };
    long double sum = 0;
    std::int64_t nTerms, start, step;
    if (upper) { start = n; step = -1; nTerms = n - n1mxceil + 1; }
    else { start = 0; step = 1; nTerms = n1mxfl + 1; }
    const std::int64_t vmid = n / 2;
    for (std::int64_t j = 0; j < nTerms; ++j) {
        const std::int64_t v = start + j * step;
        const long double aj = std::exp(logTerm(v));
        sum += aj;
        if (aj != 0) {
            if (4.0L * (long double)(nTerms - j) * aj < 2.220446049250313e-16L * sum && j != nTerms - 1) break;
        } else if (j > vmid) {
            break;
        }
    }
    const double prob = double(lx * sum);
    return clip01(upper ? 1 - prob : prob);
}

double kolmogn(std::int64_t n, double x, bool cdf) {
    if (n <= 0) return std::nan("");
    if (x >= 1.0) return select(1.0, 0.0, cdf);
    if (x <= 0.0) return select(0.0, 1.0, cdf);
    const double dn = double(n);
    const double t = dn * x;
    if (t <= 1.0) {
        if (t <= 0.5) return select(0.0, 1.0, cdf);
        double prob;
        if (n <= 140) {
            prob = 1.0;
            for (std::int64_t i = 1; i <= n; ++i) prob *= double(i) * (1.0 / dn) * (2 * t - 1);
        } else {
            prob = std::exp(logNFactorialDivNPowN(dn) + dn * std::log(2 * t - 1));
        }
        return select(prob, 1.0 - prob, cdf);
    }
    if (t >= dn - 1) {
        const double prob = 2 * std::pow(1.0 - x, dn);
        return select(1 - prob, prob, cdf);
    }
    if (x >= 0.5) {
        const double prob = 2 * smirnov(n, x);
        return select(1.0 - prob, prob, cdf);
    }
    const double nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 4) {   // SciPy uses Durbin up to 0.754693 and Pomeranz up to 4; both exact
            const double prob = durbinMatrix(n, x);
            return select(prob, 1.0 - prob, cdf);
        }
        const double prob = 2 * smirnov(n, x);
        return select(1.0 - prob, prob, cdf);
    }
    if (!cdf) {
        if (nx2 >= 370.0) return 0.0;
        if (nx2 >= 2.2) return clip01(2 * smirnov(n, x));
    }
    double cdfProb;
    if (nx2 >= 18.0) cdfProb = 1.0;
    else if (n <= 100000 && dn * std::pow(x, 1.5) <= 1.4) cdfProb = durbinMatrix(n, x);
    else cdfProb = pelzGood(n, x, true);
    return select(cdfProb, 1.0 - cdfProb, cdf);
}

} // namespace segmenta::stats::ksdist
