// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <functional>
#include <vector>

namespace segmenta::orders {

struct NelderMeadOptions {
    double initialStep = 0.5;       // size of the first simplex along each axis
    double valueTolerance = 1e-12;  // relative spread of the simplex's values
    double pointTolerance = 1e-10;  // largest distance of a vertex from the best one
    int maxIterations = 5000;
    int restarts = 2;               // fresh simplices around the result, to escape a collapse
};

struct NelderMeadResult {
    std::vector<double> x;
    double value = 0;
    int iterations = 0;
    bool converged = false;   // both tolerances met within maxIterations and the value finite
};

// Minimises f by the Nelder–Mead simplex method (Nelder & Mead 1965, with the
// standard coefficients 1, 2, 0.5, 0.5 of Lagarias et al. 1998), restarted
// around its result so that a degenerate simplex cannot end the search early.
// f may return +inf or NaN for points outside its domain (treated as +inf).
NelderMeadResult minimiseNelderMead(const std::function<double(const std::vector<double>&)>& f,
                                    std::vector<double> start, const NelderMeadOptions& options = {});

} // namespace segmenta::orders
