// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <algorithm>
#include <atomic>
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

// Runs body(i) for every i in [0, n), each index taken by the next free worker
// (for uneven jobs such as whole columns: put the dearest first), and waits.
// Runs on the persistent worker pool like parallelBlocks. Whatever body writes
// for index i must depend on i alone, so results never depend on scheduling.
template <typename Body>
void parallelForEach(std::size_t n, Body&& body, unsigned workers = workerCount()) {
    workers = std::max(1u, std::min<unsigned>(workers, unsigned(std::max<std::size_t>(1, n))));
    std::atomic<std::size_t> next{0};
    runOnWorkers(workers, [&](unsigned) {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) body(i);
    });
}

} // namespace segmenta
