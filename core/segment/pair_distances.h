// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <vector>

namespace segmenta::kernel {

// Rows handled by one rowDistances call: enough that each slice of the matrix
// brought into cache serves many rows (one-hot data has hundreds of features,
// and streaming the whole matrix once per 4 rows made the silhouette memory-bound).
inline constexpr std::size_t kDistanceRowBlock = 32;

// Euclidean distances of up to kDistanceRowBlock rows i0 .. i0 + rows − 1 of
// the column-major m × d matrix s to every row of s: out[q·m + j] =
// ‖s_(i0+q) − s_j‖. Each squared distance is summed feature by feature in
// order (the same roundings whatever the CPU and block sizes: AVX2 is used
// when present, never FMA).
// `scratch` is working memory the caller keeps between calls (one per thread),
// so a call allocates nothing.
struct DistanceScratch {
    std::vector<double> rows, tile;
};
void rowDistances(const double* s, std::size_t m, int d, std::size_t i0, std::size_t rows, double* out,
                  DistanceScratch& scratch);

} // namespace segmenta::kernel
