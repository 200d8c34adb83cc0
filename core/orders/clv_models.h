// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <vector>

namespace segmenta::orders {

// What the lifetime-value models see of each customer: x repeat purchase
// occasions after the first, t_x the time from the first to the last, T the
// time from the first to the end of observation (all in one time unit), and
// for Gamma-Gamma the mean value of the repeat purchases.
struct ClvData {
    std::vector<double> x, tx, T, value;
};

// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
// purchases follow a Poisson process with a gamma(r, α) rate across customers;
// after each purchase a customer drops out with probability p ~ beta(a, b).
struct BgNbdParams {
    double r = 0, alpha = 0, a = 0, b = 0;
};

struct BgNbdFit {
    BgNbdParams params;
    double logLikelihood = 0;   // summed over customers
    bool converged = false;
    int iterations = 0;
    std::string message;        // why the fit is not usable; empty when converged
};

// The log-likelihood of one customer (FHL 2005, eq. 6), in log space with
// lgamma and log-sum-exp; the sum over `data` in the second overload.
double bgNbdLogLikelihood(const BgNbdParams& p, double x, double tx, double T) noexcept;
double bgNbdLogLikelihood(const BgNbdParams& p, const ClvData& data);

// Maximum likelihood by Nelder–Mead on the logarithms of (r, α, a, b).
// Not converged (with a message) when the optimiser stops early, when there is
// no repeat purchase at all, or when a parameter runs off to 0 or infinity.
BgNbdFit fitBgNbd(const ClvData& data);

// E[purchases in the next t | x, t_x, T] (FHL 2005, eq. 10), with the Gauss
// hypergeometric function 2F1 summed as its series.
double bgNbdExpectedPurchases(const BgNbdParams& p, double t, double x, double tx, double T) noexcept;
// P(still active | x, t_x, T); 1 for customers without repeat purchases.
double bgNbdProbabilityAlive(const BgNbdParams& p, double x, double tx, double T) noexcept;

// Gamma-Gamma model of the value per purchase (Fader & Hardie 2013): a
// customer's purchases are gamma(p, ν) with ν ~ gamma(q, v); fitted on the
// customers with x > 0 and a positive mean value.
struct GammaGammaParams {
    double p = 0, q = 0, v = 0;
};

struct GammaGammaFit {
    GammaGammaParams params;
    double logLikelihood = 0;
    std::size_t customers = 0;
    bool converged = false;
    std::string message;
};

double gammaGammaLogLikelihood(const GammaGammaParams& p, const ClvData& data);
GammaGammaFit fitGammaGamma(const ClvData& data);
// E[value per purchase | x, mean value]; the population mean p·v/(q − 1) when x = 0.
double gammaGammaExpectedValue(const GammaGammaParams& p, double x, double meanValue) noexcept;

namespace detail {
// 2F1(a, b; c; z) for 0 ≤ z < 1 by its power series; NaN when it does not
// converge in a million terms or c is not positive.
double hypergeometric2F1(double a, double b, double c, double z) noexcept;
} // namespace detail

} // namespace segmenta::orders
