// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace segmenta {

// Number of worker threads for data-parallel kernels (the machine's cores).
inline unsigned workerCount() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

// Runs body(begin, end, worker) over [0, n) split into contiguous blocks, one per
// worker, and waits. Blocks are deterministic for a given n and worker count;
// reductions should combine per-worker partials in worker order so results do
// not depend on scheduling.
template <typename Body>
void parallelBlocks(std::size_t n, Body&& body, unsigned workers = workerCount()) {
    workers = std::max(1u, std::min<unsigned>(workers, unsigned(std::max<std::size_t>(1, n / 1024))));
    if (workers == 1) { body(std::size_t(0), n, 0u); return; }
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    const std::size_t step = (n + workers - 1) / workers;
    for (unsigned w = 1; w < workers; ++w) {
        const std::size_t b = std::min(n, w * step), e = std::min(n, (w + 1) * step);
        threads.emplace_back([&body, b, e, w] { body(b, e, w); });
    }
    body(std::size_t(0), std::min(n, step), 0u);
    for (auto& t : threads) t.join();
}

} // namespace segmenta
