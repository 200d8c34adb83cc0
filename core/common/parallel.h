// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <algorithm>
#include <cstddef>
#include <thread>

#include "core/common/worker_pool.h"

namespace segmenta {

// Number of worker threads for data-parallel kernels (the machine's cores).
inline unsigned workerCount() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

// Runs body(begin, end, worker) over [0, n) split into contiguous blocks, one per
// worker, and waits. Blocks are deterministic for a given n and worker count;
// reductions should combine per-worker partials in worker order so results do
// not depend on scheduling. The blocks run on the persistent worker pool
// (worker 0 on the calling thread), so short passes pay no thread start-up.
template <typename Body>
void parallelBlocks(std::size_t n, Body&& body, unsigned workers = workerCount()) {
    workers = std::max(1u, std::min<unsigned>(workers, unsigned(std::max<std::size_t>(1, n / 1024))));
    if (workers == 1) { body(std::size_t(0), n, 0u); return; }
    const std::size_t step = (n + workers - 1) / workers;
    runOnWorkers(workers, [&body, n, step](unsigned w) {
        body(std::min(n, w * step), std::min(n, (w + 1) * step), w);
    });
}

} // namespace segmenta
