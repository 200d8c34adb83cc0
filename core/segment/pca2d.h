// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/common/progress.h"

namespace segmenta {

// A two-dimensional principal-component projection of the scaled feature matrix,
// used to draw rows on a flat map. Only the two directions with the most spread
// are kept; `explained` says how much of the total spread each one shows, so the
// chart can be honest about what is lost.
struct Pca2d {
    Eigen::VectorXd mean;          // per feature
    Eigen::MatrixXd axes;          // features × 2, unit length, largest |entry| positive
    double explained[2] = {0, 0};  // share of the total variance, 0..1
    double totalVariance = 0;

    bool valid() const noexcept { return axes.cols() == 2 && axes.rows() == mean.size() && mean.size() > 0; }
};

// Fits the projection from the population covariance of `x` (rows × features).
// With one feature the second axis is zero. Cancellable: returns an invalid Pca2d
// when cancelled or when `x` has no rows.
Pca2d fitPca2d(const Eigen::MatrixXd& x, const Progress* progress = nullptr);

// Projects the given rows of `x` (all rows when `rows` is empty) → n × 2.
Eigen::MatrixXd projectPca2d(const Pca2d& pca, const Eigen::MatrixXd& x, const std::vector<std::uint32_t>& rows = {});

// Indices into `labels` (one label per row, -1 = skip) for a sample of at most
// `cap` rows that keeps every segment visible: each segment first gets
// min(size, floor) rows (floor = cap / (4 · segments), at least 1), the rest of
// the budget is shared in proportion to size. Seeded, sorted, deterministic.
// Returns every labelled row when there are at most `cap` of them.
std::vector<std::uint32_t> stratifiedSample(const std::vector<std::int32_t>& labels, std::size_t cap, std::uint64_t seed);

} // namespace segmenta
