// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace segmenta::orders {

namespace {

double safe(double v) { return std::isnan(v) ? std::numeric_limits<double>::infinity() : v; }

NelderMeadResult runSimplex(const std::function<double(const std::vector<double>&)>& f,
                            const std::vector<double>& start, const NelderMeadOptions& o) {
    const std::size_t n = start.size();
    std::vector<std::vector<double>> pts(n + 1, start);
    for (std::size_t i = 0; i < n; ++i) pts[i + 1][i] += o.initialStep;
    std::vector<double> vals(n + 1);
    for (std::size_t i = 0; i <= n; ++i) vals[i] = safe(f(pts[i]));
    std::vector<std::size_t> idx(n + 1);
    NelderMeadResult r;
    std::vector<double> centroid(n), trial(n), trial2(n);
    const auto along = [&](double t, std::vector<double>& out, const std::vector<double>& worst) {
        for (std::size_t j = 0; j < n; ++j) out[j] = centroid[j] + t * (worst[j] - centroid[j]);
    };
    for (r.iterations = 0; r.iterations < o.maxIterations; ++r.iterations) {
        std::iota(idx.begin(), idx.end(), std::size_t(0));
        std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return vals[a] < vals[b]; });
        const std::size_t best = idx[0], worst = idx[n], second = idx[n - 1];
        double spread = 0;
        for (std::size_t i = 1; i <= n; ++i)
            for (std::size_t j = 0; j < n; ++j) spread = std::max(spread, std::abs(pts[idx[i]][j] - pts[best][j]));
        if (std::isfinite(vals[best]) &&
            std::abs(vals[worst] - vals[best]) <= o.valueTolerance * (1 + std::abs(vals[best])) &&
            spread <= o.pointTolerance) {
            r.converged = true;
            break;
        }
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) centroid[j] += pts[idx[i]][j] / double(n);
        along(-1.0, trial, pts[worst]);   // reflection
        const double fr = safe(f(trial));
        if (fr < vals[best]) {
            along(-2.0, trial2, pts[worst]);   // expansion
            const double fe = safe(f(trial2));
            if (fe < fr) { pts[worst] = trial2; vals[worst] = fe; }
            else { pts[worst] = trial; vals[worst] = fr; }
            continue;
        }
        if (fr < vals[second]) { pts[worst] = trial; vals[worst] = fr; continue; }
        const bool outside = fr < vals[worst];
        along(outside ? -0.5 : 0.5, trial2, pts[worst]);   // contraction
        const double fc = safe(f(trial2));
        if (fc < (outside ? fr : vals[worst])) { pts[worst] = trial2; vals[worst] = fc; continue; }
        for (std::size_t i = 1; i <= n; ++i) {   // shrink towards the best
            auto& p = pts[idx[i]];
            for (std::size_t j = 0; j < n; ++j) p[j] = pts[best][j] + 0.5 * (p[j] - pts[best][j]);
            vals[idx[i]] = safe(f(p));
        }
    }
    const auto best = std::size_t(std::min_element(vals.begin(), vals.end()) - vals.begin());
    r.x = pts[best];
    r.value = vals[best];
    r.converged = r.converged && std::isfinite(r.value);
    return r;
}

} // namespace

NelderMeadResult minimiseNelderMead(const std::function<double(const std::vector<double>&)>& f,
                                    std::vector<double> start, const NelderMeadOptions& options) {
    NelderMeadResult result = runSimplex(f, start, options);
    int iterations = result.iterations;
    NelderMeadOptions again = options;
    again.initialStep = options.initialStep * 0.1;
    // Restarts polish an optimum; a run that never converged is not repeated.
    for (int k = 0; k < options.restarts && result.converged; ++k) {
        NelderMeadResult next = runSimplex(f, result.x, again);
        iterations += next.iterations;
        const bool improved = next.value < result.value - options.valueTolerance * (1 + std::abs(result.value));
        if (next.value <= result.value) result = std::move(next);
        else result.converged = result.converged && next.converged;
        if (!improved) break;   // the restart found nothing better: the optimum stands
    }
    result.iterations = iterations;
    return result;
}

} // namespace segmenta::orders
