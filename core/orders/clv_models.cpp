// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/clv_models.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>

#include "core/orders/nelder_mead.h"

namespace segmenta::orders {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

double logSumExp(double u, double v) noexcept {
    const double m = std::max(u, v);
    if (m == -kInf) return -kInf;
    return m + std::log(std::exp(u - m) + std::exp(v - m));
}

// Customers with the same (x, t_x, T) give the same likelihood term: counted once.
struct Grouped {
    std::vector<double> x, tx, T, weight;
};

Grouped group(const ClvData& d) {
    std::map<std::tuple<double, double, double>, double> counts;
    for (std::size_t i = 0; i < d.x.size(); ++i) counts[{d.x[i], d.tx[i], d.T[i]}] += 1;
    Grouped g;
    for (const auto& [key, n] : counts) {
        g.x.push_back(std::get<0>(key));
        g.tx.push_back(std::get<1>(key));
        g.T.push_back(std::get<2>(key));
        g.weight.push_back(n);
    }
    return g;
}

// The summed log-likelihood of grouped customers (FHL 2005, eq. 6). Groups
// come sorted by x, so the lgamma terms that depend on x alone are computed
// once per distinct x: the fit spends its time here.
double groupedLogLikelihood(const BgNbdParams& p, const Grouped& g) {
    const double common = -std::lgamma(p.r) + p.r * std::log(p.alpha) + std::lgamma(p.a + p.b) - std::lgamma(p.b);
    const double logA = std::log(p.a);
    double sum = 0, lastX = -1, xTerm = 0, dropTerm = 0;
    for (std::size_t i = 0; i < g.x.size(); ++i) {
        const double x = g.x[i];
        if (x != lastX) {
            xTerm = std::lgamma(p.r + x) + std::lgamma(p.b + x) - std::lgamma(p.a + p.b + x);
            dropTerm = x > 0 ? logA - std::log(p.b + x - 1) : 0;
            lastX = x;
        }
        const double a3 = -(p.r + x) * std::log(p.alpha + g.T[i]);
        const double a4 = x > 0 ? dropTerm - (p.r + x) * std::log(p.alpha + g.tx[i]) : -kInf;
        sum += g.weight[i] * (common + xTerm + logSumExp(a3, a4));
    }
    return std::isfinite(sum) ? sum : -kInf;
}

double mean(const std::vector<double>& v) {
    return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

// Log-parameters are searched within ±kBound (e^16 ≈ 9·10^6): an optimum at
// the edge means the likelihood has no interior maximum (e.g. nobody dropped out).
constexpr double kBound = 16;

} // namespace

namespace detail {
double hypergeometric2F1(double a, double b, double c, double z) noexcept {
    if (!(c > 0) || !(z >= 0) || !(z < 1)) return kNaN;
    double term = 1, sum = 1;
    for (int k = 0; k < 1000000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        sum += term;
        if (std::abs(term) <= 1e-17 * std::abs(sum)) return sum;
        if (!std::isfinite(sum)) return kNaN;
    }
    return kNaN;
}
} // namespace detail

double bgNbdLogLikelihood(const BgNbdParams& p, double x, double tx, double T) noexcept {
    const double a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
    const double a2 = std::lgamma(p.a + p.b) + std::lgamma(p.b + x) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x);
    const double a3 = -(p.r + x) * std::log(p.alpha + T);
    const double a4 = x > 0 ? std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + tx) : -kInf;
    return a1 + a2 + logSumExp(a3, a4);
}

double bgNbdLogLikelihood(const BgNbdParams& p, const ClvData& d) {
    double sum = 0;
    for (std::size_t i = 0; i < d.x.size(); ++i) sum += bgNbdLogLikelihood(p, d.x[i], d.tx[i], d.T[i]);
    return sum;
}

BgNbdFit fitBgNbd(const ClvData& data) {
    BgNbdFit fit;
    if (data.x.empty()) { fit.message = "There are no customers to fit the purchase model on."; return fit; }
    if (std::none_of(data.x.begin(), data.x.end(), [](double x) { return x > 0; })) {
        fit.message = "No customer has ordered twice, so the purchase model cannot be fitted; the RFM view still works.";
        return fit;
    }
    const Grouped g = group(data);
    // α is a time scale: searched relative to the mean age, so the same bounds
    // hold in days or weeks. Outside e^±kBound the likelihood is flat enough to
    // let the simplex wander for ever; a result near the bound is no fit.
    const double scale = std::max(1.0, mean(data.T));
    const auto params = [&](const std::vector<double>& th) {
        return BgNbdParams{std::exp(th[0]), scale * std::exp(th[1]), std::exp(th[2]), std::exp(th[3])};
    };
    const auto negLogLik = [&](const std::vector<double>& th) {
        for (const double t : th)
            if (std::abs(t) > kBound) return kInf;
        return -groupedLogLikelihood(params(th), g);
    };
    // Two starting points; the better optimum is kept.
    const std::vector<std::vector<double>> starts = {{0.0, 0.0, 0.0, 0.0},
                                                     {std::log(0.3), std::log(0.1), std::log(0.5), std::log(2.0)}};
    NelderMeadResult best;
    best.value = kInf;
    for (const auto& s : starts) {
        NelderMeadResult r = minimiseNelderMead(negLogLik, s);
        if (r.value < best.value) best = std::move(r);
    }
    fit.params = params(best.x);
    fit.logLikelihood = -best.value;
    fit.iterations = best.iterations;
    fit.converged = best.converged;
    if (!best.converged) {
        fit.message = "The purchase model did not converge; its numbers are not shown. The RFM view still works.";
    } else if (std::any_of(best.x.begin(), best.x.end(), [](double t) { return std::abs(t) > kBound - 2; })) {
        fit.converged = false;
        fit.message = "The purchase model has no stable fit on this data (a parameter runs off to 0 or infinity); "
                      "the RFM view still works.";
    }
    return fit;
}

double bgNbdExpectedPurchases(const BgNbdParams& p, double t, double x, double tx, double T) noexcept {
    if (t <= 0) return 0;
    const double aa = p.r + x, bb = p.b + x, cc = p.a + p.b + x - 1, z = t / (p.alpha + T + t);
    const double hyp = detail::hypergeometric2F1(aa, bb, cc, z);
    if (!std::isfinite(hyp) || hyp <= 0) return kNaN;
    const double first = (p.a + p.b + x - 1) / (p.a - 1);
    const double second = 1 - std::exp(std::log(hyp) + (p.r + x) * std::log((p.alpha + T) / (p.alpha + t + T)));
    const double denominator =
        1 + (x > 0 ? (p.a / (p.b + x - 1)) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x) : 0.0);
    return first * second / denominator;
}

double bgNbdProbabilityAlive(const BgNbdParams& p, double x, double tx, double T) noexcept {
    if (x <= 0) return 1;
    const double logRatio = (p.r + x) * std::log((p.alpha + T) / (p.alpha + tx)) + std::log(p.a / (p.b + x - 1));
    return 1 / (1 + std::exp(logRatio));
}

double gammaGammaLogLikelihood(const GammaGammaParams& g, const ClvData& d) {
    double sum = 0;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const double x = d.x[i], m = d.value[i];
        if (!(x > 0) || !(m > 0)) continue;
        const double px = g.p * x;
        sum += std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q) + g.q * std::log(g.v) +
               (px - 1) * std::log(m) + px * std::log(x) - (px + g.q) * std::log(x * m + g.v);
    }
    return sum;
}

GammaGammaFit fitGammaGamma(const ClvData& data) {
    GammaGammaFit fit;
    if (data.value.size() != data.x.size()) {
        fit.message = "The order-value model needs one mean value per customer.";
        return fit;
    }
    ClvData repeat;
    for (std::size_t i = 0; i < data.x.size(); ++i)
        if (data.x[i] > 0 && data.value[i] > 0) {
            repeat.x.push_back(data.x[i]);
            repeat.value.push_back(data.value[i]);
        }
    fit.customers = repeat.x.size();
    if (fit.customers < 2) {
        fit.message = "Too few customers ordered twice to model the value of an order.";
        return fit;
    }
    const double scale = std::max(1e-3, mean(repeat.value));   // v is in money units: searched relative to the mean
    const auto params = [&](const std::vector<double>& th) {
        return GammaGammaParams{std::exp(th[0]), std::exp(th[1]), scale * std::exp(th[2])};
    };
    const auto negLogLik = [&](const std::vector<double>& th) {
        for (const double t : th)
            if (std::abs(t) > kBound) return kInf;
        const double ll = gammaGammaLogLikelihood(params(th), repeat);
        return std::isfinite(ll) ? -ll : kInf;
    };
    const NelderMeadResult r = minimiseNelderMead(negLogLik, {0.0, 0.0, 0.0});
    fit.params = params(r.x);
    fit.logLikelihood = -r.value;
    fit.converged = r.converged && fit.params.q > 1 &&
                    std::none_of(r.x.begin(), r.x.end(), [](double t) { return std::abs(t) > kBound - 2; });
    if (!fit.converged)
        fit.message = "The order-value model did not converge on this data; expected values are not shown.";
    return fit;
}

double gammaGammaExpectedValue(const GammaGammaParams& g, double x, double meanValue) noexcept {
    return (g.p * (g.v + x * meanValue)) / (g.p * x + g.q - 1);
}

} // namespace segmenta::orders
