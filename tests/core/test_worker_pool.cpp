// SPDX-License-Identifier: GPL-3.0-or-later
// The persistent worker pool under failure and priority: a throwing job never
// leaves workers running after the call returns, the pool stays usable, and
// workers run at the nice value of whoever calls (parallelBlocks runs on it).
#include <QtTest>

#include <atomic>
#include <chrono>
#include <numeric>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/common/parallel.h"
#include "core/common/worker_pool.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace segmenta;

namespace {

int threadNice() {
#if defined(__linux__)
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

// Runs f on a fresh thread whose nice value is raised by `step`.
template <typename F>
void onNicerThread(int step, F&& f) {
    std::thread t([&] {
#if defined(__linux__)
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), threadNice() + step);
#endif
        f();
    });
    t.join();
}

} // namespace

class TestWorkerPool : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Create the pool from this (normal-priority) thread first.
        runOnWorkers(2, [](unsigned) {});
    }

    // The caller's own part throws while another worker is still busy: the
    // call returns (by rethrowing) only after that worker has finished.
    void callerExceptionWaitsForWorkers() {
        for (int round = 0; round < 3; ++round) {
            std::atomic<int> finished{0};
            bool caught = false;
            try {
                runOnWorkers(3, [&](unsigned w) {
                    if (w == 0) throw std::runtime_error("caller failed");
                    std::this_thread::sleep_for(std::chrono::milliseconds(30));
                    ++finished;
                });
            } catch (const std::runtime_error& e) {
                caught = QByteArray(e.what()) == "caller failed";
                QCOMPARE(finished.load(), 2);
            }
            QVERIFY(caught);
        }
    }

    // A worker's exception reaches the caller instead of terminating the process.
    void workerExceptionReachesCaller() {
        for (unsigned workers : {2u, 3u}) {
            QVERIFY_THROWS_EXCEPTION(std::logic_error, runOnWorkers(workers, [](unsigned w) {
                if (w == 1) throw std::logic_error("worker failed");
            }));
        }
        // The same from parallelBlocks, and from the busy-pool fallback (nested).
        QVERIFY_THROWS_EXCEPTION(std::logic_error, parallelBlocks(100000, [](std::size_t b, std::size_t, unsigned) {
            if (b > 0) throw std::logic_error("block failed");
        }));
        std::atomic<int> rethrown{0};
        runOnWorkers(2, [&](unsigned) {
            try {
                runOnWorkers(2, [](unsigned w) { if (w == 1) throw std::logic_error("nested"); });
            } catch (const std::logic_error&) { ++rethrown; }
        });
        QCOMPARE(rethrown.load(), 2);
    }

    // After failures the pool runs every worker exactly once again.
    void poolUsableAfterExceptions() {
        for (int round = 0; round < 20; ++round) {
            std::vector<std::atomic<int>> runs(2);
            runOnWorkers(2, [&](unsigned w) { ++runs[w]; });
            QCOMPARE(runs[0].load(), 1);
            QCOMPARE(runs[1].load(), 1);
        }
    }

    // parallelBlocks covers [0, n) once with the same blocks as always.
    void parallelBlocksCoversRange() {
        for (std::size_t n : {std::size_t(0), std::size_t(5), std::size_t(4096), std::size_t(1000003)}) {
            std::vector<std::uint8_t> seen(n, 0);
            std::vector<std::size_t> begins(2, n + 1);
            parallelBlocks(n, [&](std::size_t b, std::size_t e, unsigned w) {
                begins[w] = b;
                for (std::size_t i = b; i < e; ++i) ++seen[i];
            }, 2);
            QCOMPARE(std::accumulate(seen.begin(), seen.end(), std::size_t(0)), n);
            QVERIFY(std::all_of(seen.begin(), seen.end(), [](std::uint8_t s) { return s == 1; }));
            QCOMPARE(begins[0], std::size_t(0));
            if (n >= 2048) QCOMPARE(begins[1], (n + 1) / 2);
        }
    }

#if defined(__linux__)
    // A lowered-priority caller (the GUI's background jobs) gets workers at its
    // priority although the pool threads were created at normal priority.
    void workersRunAtCallerNice() {
        const int base = threadNice();
        if (base > 15) QSKIP("already running at the lowest priority");
        std::vector<int> seen(2, -100);
        onNicerThread(4, [&] {
            runOnWorkers(2, [&](unsigned w) { seen[w] = threadNice(); });
        });
        QCOMPARE(seen[0], base + 4);
        QCOMPARE(seen[1], base + 4);
        // parallelBlocks too.
        onNicerThread(2, [&] {
            parallelBlocks(100000, [&](std::size_t, std::size_t, unsigned w) { seen[w] = threadNice(); }, 2);
        });
        QCOMPARE(seen[1], base + 2);
    }

    // A forked child (the history's crash tests fork writers) inherits the pool
    // object but not its threads: its parallel passes must still finish.
    void forkedChildRunsWithoutPoolThreads() {
        runOnWorkers(2, [](unsigned) {});   // the pool exists and has a thread
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            alarm(20);   // a hang ends the child with SIGALRM instead of the test run
            std::atomic<int> runs{0};
            runOnWorkers(2, [&](unsigned) { ++runs; });
            std::atomic<std::size_t> covered{0};
            parallelBlocks(100000, [&](std::size_t b, std::size_t e, unsigned) { covered += e - b; }, 2);
            _exit(runs.load() == 2 && covered.load() == 100000 ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFEXITED(status), "the child hung (SIGALRM) or crashed");
        QCOMPARE(WEXITSTATUS(status), 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "test_worker_pool.moc"
