// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/worker_pool.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace segmenta {

namespace {

class WorkerPool {
public:
    ~WorkerPool() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        wake_.notify_all();
        for (auto& t : threads_) t.join();
    }

    // Runs job(1) … job(workers − 1) on pool threads and job(0) here. Returns
    // false (nothing run) when another call is using the pool.
    bool tryRun(unsigned workers, const std::function<void(unsigned)>& job) {
        std::unique_lock<std::mutex> busy(busy_, std::try_to_lock);
        if (!busy.owns_lock()) return false;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            while (threads_.size() + 1 < workers) {
                const auto w = unsigned(threads_.size() + 1);
                threads_.emplace_back([this, w] { loop(w); });
            }
            job_ = &job;
            active_ = workers;
            pending_ = workers - 1;
            ++generation_;
        }
        wake_.notify_all();
        job(0);
        std::unique_lock<std::mutex> lock(mutex_);
        done_.wait(lock, [this] { return pending_ == 0; });
        job_ = nullptr;
        return true;
    }

private:
    void loop(unsigned w) {
        std::uint64_t seen = 0;
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
            if (stop_) return;
            seen = generation_;
            if (w >= active_) continue;   // not needed for this call
            const auto* job = job_;
            lock.unlock();
            (*job)(w);
            lock.lock();
            if (--pending_ == 0) done_.notify_one();
        }
    }

    std::mutex busy_;    // held by the call using the pool
    std::mutex mutex_;   // guards everything below
    std::condition_variable wake_, done_;
    std::vector<std::thread> threads_;
    const std::function<void(unsigned)>* job_ = nullptr;
    unsigned active_ = 0, pending_ = 0;
    std::uint64_t generation_ = 0;
    bool stop_ = false;
};

WorkerPool& pool() {
    static WorkerPool p;
    return p;
}

} // namespace

void runOnWorkers(unsigned workers, const std::function<void(unsigned)>& job) {
    if (workers <= 1) {
        job(0);
        return;
    }
    if (pool().tryRun(workers, job)) return;
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back([&job, w] { job(w); });
    job(0);
    for (auto& t : threads) t.join();
}

} // namespace segmenta
