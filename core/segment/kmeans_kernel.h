// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The inner loops of k-means, kept apart from the algorithm so they can be
// tuned (and compiled for AVX2 with a run-time check) without touching it.
#include <Eigen/Core>
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/common/parallel.h"
#include "core/common/worker_pool.h"

namespace segmenta::kernel {

// Rows are processed in fixed chunks whose partial results are combined in chunk
// order, so results do not depend on the number of threads.
constexpr std::size_t kChunk = 4096;

inline std::size_t chunkCount(std::size_t n) { return (n + kChunk - 1) / kChunk; }

// Runs f(chunk, worker) for every chunk on persistent worker threads. Workers
// claim chunks one at a time, so a worker slowed down by other processes on its
// core does not hold up the pass; results stay deterministic as long as f writes
// per-chunk output (combined in chunk order) and uses `worker` only for scratch.
template <typename F>
void forChunks(std::size_t chunks, unsigned threads, F&& f) {
    if (threads == 0) threads = workerCount();
    threads = unsigned(std::min<std::size_t>(threads, chunks));
    if (threads <= 1) {
        for (std::size_t c = 0; c < chunks; ++c) f(c, 0u);
        return;
    }
    std::atomic<std::size_t> next{0};
    runOnWorkers(threads, [&](unsigned w) {
        for (std::size_t c; (c = next.fetch_add(1, std::memory_order_relaxed)) < chunks;) f(c, w);
    });
}

// Centres laid out for the distance kernel: groups of 8, for each group and
// feature j the 8 values −2·c_j, each repeated 4× (one SIMD register);
// padding centres have ‖c‖² = +∞.
struct CenterPack {
    int k = 0, groups = 0, d = 0;
    std::vector<double> coef;    // groups × d × 8 × 4
    std::vector<double> norms;   // groups × 8 × 4
};
void packCenters(const Eigen::MatrixXd& centers, CenterPack& pack);

// Labels rows [begin, end) of the column-major n × d matrix `x` with their
// nearest centre (first on ties); labels[i] < 0 means "no label yet". When
// `sums` is given (4 copies of k × d, and 4 × k counts), every row whose label
// changes is added to its new cluster and subtracted from its old one, so the
// caller can keep running cluster sums. Returns how many labels changed.
std::size_t assignRange(const double* x, std::size_t n, std::size_t begin, std::size_t end, const CenterPack& pack,
                        std::int32_t* labels, double* sums, double* counts);

// Exact squared distance of each row in [begin, end) to the given point, written to out[i − begin].
void sqDistanceRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end, const double* point,
                     double* out);

// For k-means++'s candidates: out[t][i − begin] = min(closest[i − begin], exact squared
// distance of row i to points[t]) for every candidate t, reading the rows once for
// all candidates (the same operations as sqDistanceRange, so the same values).
void sqDistanceMinRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end,
                        const double* const* points, int count, const double* closest, double* const* out);

// Exact squared distance of each row in [begin, end) to its own centre; returns the sum.
double sqDistanceToOwn(const double* x, std::size_t n, std::size_t begin, std::size_t end, const Eigen::MatrixXd& centers,
                       const std::int32_t* labels, double* out = nullptr);

} // namespace segmenta::kernel
