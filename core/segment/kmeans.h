// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace segmenta {

struct KMeansOptions {
    int k = 8;
    int nInit = 1;
    int maxIter = 300;
    double tol = 1e-4;          // × mean per-feature variance of x (scikit-learn's convention)
    std::uint64_t seed = 0;
    unsigned threads = 0;       // 0 = workerCount()
    // Hamerly's bounds let rows skip the distance computation once the centres
    // settle; the labels are exactly those of plain Lloyd (off: plain Lloyd, for tests).
    bool bounds = true;
};

struct KMeansFit {
    Eigen::MatrixXd centers;            // k × d
    std::vector<std::int32_t> labels;   // n
    double inertia = 0;
    int iterations = 0;                 // Lloyd iterations of the kept run
    int totalIterations = 0;            // over all restarts
    // Per Lloyd iteration of the kept run (for the benchmark): wall seconds of the
    // assignment + centre update, and the rows whose distances were computed.
    std::vector<double> passSeconds;
    std::vector<double> passCpuSeconds;   // process CPU time (all threads) of the same
    std::vector<std::size_t> passComputed;
};

// Greedy k-means++ (scikit-learn's _kmeans_plusplus: 2 + ⌊ln k⌋ candidates per
// step, the one lowering the potential most is kept). x is n × d.
Eigen::MatrixXd kmeansPlusPlus(const Eigen::MatrixXd& x, int k, std::uint64_t seed,
                               unsigned threads = 0);

// Lloyd iterations from the given centres (scikit-learn's lloyd: stop when the
// labels do not change or the squared centre shift summed over centres is ≤ tol,
// then one last assignment; empty clusters get the rows farthest from their centre).
// `absTol` is already absolute. Cancelled → Error.
Result<KMeansFit> lloyd(const Eigen::MatrixXd& x, const Eigen::MatrixXd& initialCenters, int maxIter,
                        double absTol, unsigned threads = 0, const Progress* progress = nullptr, bool bounds = true);

// n_init restarts of k-means++ + Lloyd, keeping the lowest inertia. Seeds of the
// restarts are derived from options.seed. Usage error when k < 1 or k > n.
Result<KMeansFit> kmeans(const Eigen::MatrixXd& x, const KMeansOptions& options,
                         const Progress* progress = nullptr);

// Mini-batch k-means (Sculley 2010, per-centre learning rate as scikit-learn),
// k-means++ on a sample for the start, a final full assignment and exact inertia.
Result<KMeansFit> miniBatchKMeans(const Eigen::MatrixXd& x, const KMeansOptions& options,
                                  std::size_t batchSize, const Progress* progress = nullptr);

// Nearest centre of every row and the exact squared distance to it.
void assignNearest(const Eigen::MatrixXd& x, const Eigen::MatrixXd& centers,
                   std::vector<std::int32_t>& labels, std::vector<double>* sqDistance = nullptr,
                   unsigned threads = 0);

// Sum of squared distances of rows to their centre (exact differences, no ‖c‖² trick).
double inertiaOf(const Eigen::MatrixXd& x, const Eigen::MatrixXd& centers,
                 const std::vector<std::int32_t>& labels, unsigned threads = 0);

} // namespace segmenta
