// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/busy_cores.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace segmenta {

namespace {

struct BusyCores {
    std::atomic<unsigned> busy{0};
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::mutex m;
    std::condition_variable changed;
};

BusyCores& state() {
    static BusyCores s;
    return s;
}

} // namespace

BusyCoreScope::BusyCoreScope() noexcept { state().busy.fetch_add(1, std::memory_order_relaxed); }

BusyCoreScope::~BusyCoreScope() {
    BusyCores& s = state();
    s.busy.fetch_sub(1, std::memory_order_relaxed);
    wakeCoreWaiters();
}

bool aCoreIsFree() noexcept {
    const BusyCores& s = state();
    return s.busy.load(std::memory_order_relaxed) < s.cores;
}

void waitForFreeCore(const std::function<bool()>& stop) {
    BusyCores& s = state();
    std::unique_lock lock(s.m);
    s.changed.wait(lock, [&] { return aCoreIsFree() || stop(); });
}

void wakeCoreWaiters() {
    BusyCores& s = state();
    // Taking the lock orders this after a waiter's check of its predicate, so
    // a change made just before cannot slip between that check and its sleep.
    { std::lock_guard lock(s.m); }
    s.changed.notify_all();
}

} // namespace segmenta
