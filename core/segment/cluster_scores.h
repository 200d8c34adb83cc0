// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/common/progress.h"

namespace segmenta {

// Cluster-quality scores with scikit-learn's definitions (sklearn.metrics).
// labels are 0..k−1 with every label used; x is n × d.

// Mean silhouette over the given rows (all rows when `rows` is empty); distances
// only among those rows, as silhouette_score(X, labels, sample_size=…) does on
// its sample. Singletons score 0; NaN when fewer than 2 labels among the rows.
double silhouetteScore(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labels,
                       const std::vector<std::uint32_t>& rows = {}, const Progress* progress = nullptr);

// Silhouettes for several labelings of the same rows at once: the pairwise
// distances are computed once and reused (the k scan). Returns one mean per labeling.
std::vector<double> silhouetteScores(const Eigen::MatrixXd& x,
                                     const std::vector<const std::vector<std::int32_t>*>& labelings,
                                     const std::vector<std::uint32_t>& rows = {},
                                     const Progress* progress = nullptr);

double calinskiHarabaszScore(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labels);
double daviesBouldinScore(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labels);

// The seeded sample silhouette uses when n > cap: `cap` distinct rows, sorted.
std::vector<std::uint32_t> silhouetteSample(std::size_t n, std::size_t cap, std::uint64_t seed);

} // namespace segmenta
