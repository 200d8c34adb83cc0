// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <functional>

namespace segmenta {

// How many of this process's threads are doing heavy work side by side right
// now, so that work which can wait runs only on a core they leave free.
//
// Why: the history fingerprints an imported file (SHA-256, ~50 ms for 66 MB)
// while it is imported. Beside the two parse threads it slows both; but the
// import leaves a core free now and then (one thread sniffs or samples, one
// parse half waits for the other), and the hash fits in those moments. A thread
// at idle priority would find them too, but a busy machine can starve it for
// long, and an unprivileged process cannot raise it back when the result is
// needed. Here the waiting thread keeps its normal priority and simply pauses.
//
// Parallel work marks each of its threads with a BusyCoreScope; the work that
// can wait asks for a free core between small steps.
class BusyCoreScope {
public:
    BusyCoreScope() noexcept;
    ~BusyCoreScope();
    BusyCoreScope(const BusyCoreScope&) = delete;
    BusyCoreScope& operator=(const BusyCoreScope&) = delete;
};

// True while fewer threads are marked busy than the machine has cores.
bool aCoreIsFree() noexcept;

// Returns once a core is free or stop() is true (checked whenever a marked
// thread ends, and after wakeCoreWaiters()).
void waitForFreeCore(const std::function<bool()>& stop);

// Wakes every waitForFreeCore so it checks its stop() again.
void wakeCoreWaiters();

} // namespace segmenta
