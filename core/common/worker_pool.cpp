// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/worker_pool.h"

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace segmenta {

namespace {

// On Linux the nice value belongs to each thread, and a new thread inherits its
// creator's. Pool threads outlive their creator's call, so each call hands its
// own nice value on: a job started from a lowered-priority GUI worker must not
// run at the GUI thread's priority just because some earlier call created the
// pool. (Lowering a nice value can be refused without privileges; the worker
// then stays nicer than the caller, which only costs speed, never the GUI.)
int currentNice() {
#if defined(__linux__)
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

long ownerPid() {
#if defined(__linux__)
    return long(getpid());
#else
    return 0;
#endif
}

void adoptNice(int nice) {
#if defined(__linux__)
    if (currentNice() != nice) setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), nice);
#else
    (void)nice;
#endif
}

// Runs job(w) and keeps the first exception instead of letting it escape a
// thread (which would terminate the process) or the caller's frame (which
// would leave workers running a job whose state is gone).
void runCatching(const std::function<void(unsigned)>& job, unsigned w, std::mutex& m, std::exception_ptr& first) {
    try {
        job(w);
    } catch (...) {
        const std::lock_guard<std::mutex> lock(m);
        if (!first) first = std::current_exception();
    }
}

// Never destroyed (see pool()): its threads are detached and live as long as
// the process, so nothing waits for them at exit.
class WorkerPool {
public:
    // Runs job(1) … job(workers − 1) on pool threads and job(0) here, and
    // returns only when all have finished, even when one throws (the first
    // exception is rethrown then). Returns false (nothing run) when another
    // call is using the pool.
    bool tryRun(unsigned workers, const std::function<void(unsigned)>& job) {
        // A forked child has this object but none of its threads (and maybe a
        // mutex locked by a thread that no longer exists): it must not wait for them.
        if (ownerPid() != owner_) return false;
        std::unique_lock<std::mutex> busy(busy_, std::try_to_lock);
        if (!busy.owns_lock()) return false;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            while (threads_ + 1 < workers) {
                const auto w = threads_ + 1;
                std::thread([this, w] { loop(w); }).detach();
                ++threads_;
            }
            job_ = &job;
            nice_ = currentNice();
            error_ = nullptr;
            active_ = workers;
            pending_ = workers - 1;
            ++generation_;
        }
        wake_.notify_all();
        runCatching(job, 0, mutex_, error_);
        std::unique_lock<std::mutex> lock(mutex_);
        done_.wait(lock, [this] { return pending_ == 0; });
        job_ = nullptr;
        if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
        return true;
    }

private:
    void loop(unsigned w) {
        std::uint64_t seen = 0;
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return generation_ != seen; });
            seen = generation_;
            if (w >= active_) continue;   // not needed for this call
            const auto* job = job_;
            const int nice = nice_;
            lock.unlock();
            adoptNice(nice);
            runCatching(*job, w, mutex_, error_);
            lock.lock();
            if (--pending_ == 0) done_.notify_one();
        }
    }

    std::mutex busy_;    // held by the call using the pool
    std::mutex mutex_;   // guards everything below
    std::condition_variable wake_, done_;
    unsigned threads_ = 0;       // started so far (workers 1 … threads_)
    const long owner_ = ownerPid();
    const std::function<void(unsigned)>* job_ = nullptr;
    std::exception_ptr error_;   // the current call's first exception
    int nice_ = 0;               // the current caller's nice value
    unsigned active_ = 0, pending_ = 0;
    std::uint64_t generation_ = 0;
};

// Deliberately leaked: destroying it at exit would have to stop threads that
// may still be waking up, and a forked child could never join its parent's.
WorkerPool& pool() {
    static WorkerPool* p = new WorkerPool;
    return *p;
}

} // namespace

void runOnWorkers(unsigned workers, const std::function<void(unsigned)>& job) {
    if (workers <= 1) {
        job(0);
        return;
    }
    if (pool().tryRun(workers, job)) return;
    // Pool busy: plain threads for this call (they inherit the caller's nice).
    std::mutex m;
    std::exception_ptr first;
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back([&, w] { runCatching(job, w, m, first); });
    runCatching(job, 0, m, first);
    for (auto& t : threads) t.join();
    if (first) std::rethrow_exception(first);
}

} // namespace segmenta
