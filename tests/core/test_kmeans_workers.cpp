// SPDX-License-Identifier: GPL-3.0-or-later
// The persistent worker pool, large buffers and k-means' determinism across
// thread counts and concurrent callers.
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

#include "core/common/huge_pages.h"
#include "core/common/random.h"
#include "core/common/worker_pool.h"
#include "core/segment/kmeans.h"

using namespace segmenta;

namespace {

Eigen::MatrixXd cloud(std::size_t n, int d, std::uint64_t seed) {
    Random r(seed);
    Eigen::MatrixXd x(Eigen::Index(n), d);
    for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = r.normal() + (i % 7 == 0 ? 4.0 : 0.0);
    return x;
}

} // namespace

class TestKMeansWorkers : public QObject {
    Q_OBJECT
private slots:
    void everyWorkerRunsOnce() {
        for (unsigned workers : {1u, 2u, 3u, 5u, 2u}) {
            std::vector<std::atomic<int>> runs(workers);
            runOnWorkers(workers, [&](unsigned w) { ++runs[w]; });
            for (unsigned w = 0; w < workers; ++w) QCOMPARE(runs[w].load(), 1);
        }
    }

    // Nested calls and calls from several threads at once all finish (the busy
    // pool falls back to plain threads) and run every worker once.
    void nestedAndConcurrentCalls() {
        std::atomic<int> inner{0};
        runOnWorkers(2, [&](unsigned) { runOnWorkers(2, [&](unsigned) { ++inner; }); });
        QCOMPARE(inner.load(), 4);
        std::atomic<int> total{0};
        std::vector<std::thread> callers;
        for (int c = 0; c < 4; ++c)
            callers.emplace_back([&] {
                for (int i = 0; i < 50; ++i) runOnWorkers(2, [&](unsigned) { ++total; });
            });
        for (auto& t : callers) t.join();
        QCOMPARE(total.load(), 4 * 50 * 2);
    }

    void largeVectorHoldsItsValues() {
        LargeVector<float> big(std::size_t(3) << 20, 1.5f);   // 12 MB: huge-page mapping
        LargeVector<double> small(100, 2.0);
        QCOMPARE(big.back(), 1.5f);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(big.data()) % 64, std::uintptr_t(0));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(small.data()) % 64, std::uintptr_t(0));
        big.assign(10, 3.0f);
        QCOMPARE(big[9], 3.0f);
    }

    // Chunks are claimed dynamically by the workers, but every result is combined
    // in chunk order: the same bits for 1, 2 or 3 threads, and for two fits
    // running at the same time (one of them without the pool).
    void sameBitsForAnyThreadCountAndConcurrentFits() {
        const Eigen::MatrixXd x = cloud(60000, 6, 4);
        KMeansOptions o;
        o.k = 9;
        o.nInit = 2;
        o.seed = 21;
        o.tol = 0;
        o.threads = 1;
        auto one = kmeans(x, o);
        QVERIFY(one.ok());
        for (unsigned t : {2u, 3u}) {
            o.threads = t;
            auto r = kmeans(x, o);
            QVERIFY(r.ok());
            QCOMPARE(r->labels, one->labels);
            QVERIFY(r->centers == one->centers);
            QCOMPARE(r->inertia, one->inertia);
            QCOMPARE(r->iterations, one->iterations);
        }
        o.threads = 2;
        Result<KMeansFit> a = makeError(ErrorKind::Usage, ""), b = a;
        std::thread other([&] { a = kmeans(x, o); });
        b = kmeans(x, o);
        other.join();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->labels, one->labels);
        QCOMPARE(b->labels, one->labels);
        QCOMPARE(a->inertia, one->inertia);
        QCOMPARE(b->inertia, one->inertia);
    }
};

QTEST_GUILESS_MAIN(TestKMeansWorkers)
#include "test_kmeans_workers.moc"
