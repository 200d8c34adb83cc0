// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace segmenta {

// Gaussian mixture by EM (scikit-learn's GaussianMixture: reg_covar added to the
// diagonal, tol on the change of the mean log-likelihood, init from k-means labels).
struct GmmOptions {
    int k = 3;
    bool fullCovariance = true;
    int maxIter = 100;
    double tol = 1e-3;
    double regCovar = 1e-6;
    int kmeansNInit = 1;
    std::uint64_t seed = 0;
};

struct GmmFit {
    Eigen::VectorXd weights;                 // k
    Eigen::MatrixXd means;                   // k × d
    Eigen::MatrixXd variances;               // diag: k × d
    std::vector<Eigen::MatrixXd> covariances;// full: k of d × d
    Eigen::MatrixXd responsibilities;        // n × k
    std::vector<std::int32_t> labels;        // argmax responsibility
    double meanLogLikelihood = 0;            // per row
    double bic = 0;                          // −2·n·meanLL + params·ln n
    int iterations = 0;
    bool converged = false;
};

Result<GmmFit> fitGmm(const Eigen::MatrixXd& x, const GmmOptions& options, const Progress* progress = nullptr);

// Per mixture component, what scoring a row needs: its mean, L⁻¹ with Σ = L·Lᵀ
// (full) or 1/σ² (diagonal), and log weight − ½(d·log 2π + log det Σ). The log
// density of row x is logNorm − ½·‖(x − mean)·L⁻ᵀ‖² (full) or
// logNorm − ½·Σ (x − mean)²/σ² (diagonal). BadInput when a covariance is not
// positive definite.
struct GmmComponent {
    Eigen::RowVectorXd mean;
    Eigen::MatrixXd invChol;      // full
    Eigen::RowVectorXd invVar;    // diagonal
    double logNorm = 0;
};
Result<std::vector<GmmComponent>> gmmComponents(const Eigen::VectorXd& weights, const Eigen::MatrixXd& means,
                                                const Eigen::MatrixXd& variances,
                                                const std::vector<Eigen::MatrixXd>& covariances, bool fullCovariance);

// Membership probabilities (n × k) and log-likelihood per row for new rows.
Eigen::MatrixXd gmmPredictProba(const Eigen::MatrixXd& x, const Eigen::VectorXd& weights,
                                const Eigen::MatrixXd& means, const Eigen::MatrixXd& variances,
                                const std::vector<Eigen::MatrixXd>& covariances, bool fullCovariance,
                                std::vector<double>* rowLogLikelihood = nullptr);

} // namespace segmenta
