// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small pool of persistent worker threads for short data-parallel passes
// (k-means runs one pass of a few milliseconds per iteration; starting a
// std::thread per pass costs a thread creation and a cold stack each time).
#include <functional>

namespace segmenta {

// Runs job(w) for every w in [0, workers) and waits for all of them; w = 0 runs
// on the calling thread. The workers are kept between calls. When the pool is
// busy (another thread's call, or a nested call from a job) the extra workers
// are plain std::threads for this call, so callers never wait for each other.
// Every worker has finished when this returns, also when a job throws: the
// first exception is then rethrown here. Workers run at the caller's nice value.
// A forked child never waits for its parent's pool threads: it uses plain threads.
void runOnWorkers(unsigned workers, const std::function<void(unsigned)>& job);

} // namespace segmenta
