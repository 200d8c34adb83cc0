// SPDX-License-Identifier: GPL-3.0-or-later
// k-means and cluster scores against scikit-learn (tests/fixtures/segment/make_scores.py).
#include <QtTest>

#include <atomic>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "core/common/random.h"
#include "core/segment/cluster_scores.h"
#include "core/segment/kmeans.h"
#include "core/segment/kmeans_kernel.h"
#include "core/segment/kmeans_screen.h"

using namespace segmenta;
using nlohmann::json;

namespace {

const std::string kDir = std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/segment/";

Eigen::MatrixXd readNumbers(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);   // header
    std::vector<std::vector<double>> rows;
    while (std::getline(in, line)) {
        std::stringstream ss(line);
        std::string cell;
        std::vector<double> r;
        while (std::getline(ss, cell, ',')) r.push_back(std::stod(cell));
        rows.push_back(r);
    }
    Eigen::MatrixXd m(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j) m(Eigen::Index(i), Eigen::Index(j)) = rows[i][j];
    return m;
}

json fixture() {
    std::ifstream in(kDir + "scores.json");
    return json::parse(in);
}

Eigen::MatrixXd matrixOf(const json& j) {
    Eigen::MatrixXd m(Eigen::Index(j.size()), Eigen::Index(j[0].size()));
    for (std::size_t i = 0; i < j.size(); ++i)
        for (std::size_t c = 0; c < j[i].size(); ++c) m(Eigen::Index(i), Eigen::Index(c)) = j[i][c].get<double>();
    return m;
}

double meanVar(const Eigen::MatrixXd& x) {
    double v = 0;
    for (Eigen::Index j = 0; j < x.cols(); ++j) v += (x.col(j).array() - x.col(j).mean()).square().mean();
    return v / double(x.cols());
}

bool close(double a, double b, double rel = 1e-10) { return std::abs(a - b) <= rel * std::max(1.0, std::abs(b)); }

// Blobs for the synthetic tests: k well-separated groups.
Eigen::MatrixXd blobs(std::size_t n, int d, int k, std::uint64_t seed) {
    Random r(seed);
    Eigen::MatrixXd centres(k, d);
    for (int c = 0; c < k; ++c)
        for (int j = 0; j < d; ++j) centres(c, j) = r.uniform(-10, 10);
    Eigen::MatrixXd x(Eigen::Index(n), d);
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = Eigen::Index(r.below(std::uint64_t(k)));
        for (int j = 0; j < d; ++j) x(Eigen::Index(i), j) = centres(c, j) + r.normal();
    }
    return x;
}

} // namespace

class TestKMeans : public QObject {
    Q_OBJECT
private slots:
    void scoresMatchSklearn_data() {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<int>("run");
        for (const char* name : {"blobs", "ties"})
            for (int run = 0; run < 4; ++run)
                QTest::newRow((std::string(name) + " k=" + std::to_string(run + 2)).c_str()) << QString::fromLatin1(name) << run;
    }
    // Silhouette, Calinski–Harabasz and Davies–Bouldin of scikit-learn's labels,
    // and Lloyd from the same initial centres: inertia never worse.
    void scoresMatchSklearn() {
        QFETCH(QString, dataset);
        QFETCH(int, run);
        const json f = fixture()["datasets"][dataset.toStdString()]["runs"][std::size_t(run)];
        const Eigen::MatrixXd x = readNumbers(kDir + dataset.toStdString() + ".csv");
        const auto labels = f["labels"].get<std::vector<std::int32_t>>();
        QVERIFY2(close(silhouetteScore(x, labels), f["silhouette"].get<double>()), "silhouette");
        QVERIFY2(close(calinskiHarabaszScore(x, labels), f["calinski_harabasz"].get<double>()), "calinski_harabasz");
        QVERIFY2(close(daviesBouldinScore(x, labels), f["davies_bouldin"].get<double>()), "davies_bouldin");
        QVERIFY(close(inertiaOf(x, [&] {
                          Eigen::MatrixXd c = Eigen::MatrixXd::Zero(f["k"].get<int>(), x.cols());
                          std::vector<double> n(std::size_t(c.rows()), 0);
                          for (std::size_t i = 0; i < labels.size(); ++i) { c.row(labels[i]) += x.row(Eigen::Index(i)); ++n[std::size_t(labels[i])]; }
                          for (Eigen::Index r = 0; r < c.rows(); ++r) c.row(r) /= n[std::size_t(r)];
                          return c;
                      }(), labels), f["inertia"].get<double>(), 1e-9));
        auto fit = lloyd(x, matrixOf(f["init"]), 300, 1e-4 * meanVar(x));
        QVERIFY(fit.ok());
        QVERIFY2(fit->inertia <= f["inertia"].get<double>() * (1 + 1e-12),
                 qPrintable(QStringLiteral("ours %1 sklearn %2").arg(fit->inertia, 0, 'g', 17).arg(f["inertia"].get<double>(), 0, 'g', 17)));
    }

    void singletonScoresZeroAndSampleSilhouette() {
        Eigen::MatrixXd x(5, 1);
        x << 0, 0.1, 0.2, 5, 100;
        const std::vector<std::int32_t> labels{0, 0, 0, 1, 2};   // clusters 1 and 2 are singletons
        // by hand: rows 0..2 only contribute; a = mean distance in cluster, b = nearest other cluster
        double expected = 0;
        const double pts[3] = {0, 0.1, 0.2};
        for (double p : pts) {
            double a = 0;
            for (double q : pts) a += std::abs(p - q);
            a /= 2;
            const double b = std::min(std::abs(5 - p), std::abs(100 - p));
            expected += (b - a) / std::max(a, b);
        }
        QVERIFY(close(silhouetteScore(x, labels), expected / 5, 1e-14));
        // on a subset only those rows count
        const std::vector<std::uint32_t> rows{0, 1, 3};
        QVERIFY(std::isfinite(silhouetteScore(x, labels, rows)));
        QVERIFY(std::isnan(silhouetteScore(x, std::vector<std::int32_t>(5, 0))));
        QCOMPARE(silhouetteSample(100, 200, 1).size(), std::size_t(0));
        QCOMPARE(silhouetteSample(20000, 10000, 1).size(), std::size_t(10000));
        QCOMPARE(silhouetteSample(20000, 10000, 1), silhouetteSample(20000, 10000, 1));
    }

    // The float screen must give the double kernel's labels bit for bit,
    // including rows exactly or almost halfway between two centres, several
    // centre groups (k > 8), padding centres and a ragged last tile.
    void screenedAssignmentEqualsExact_data() {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("scale");
        QTest::newRow("k8 d10") << 8 << 10 << 1.0;
        QTest::newRow("k3 d2") << 3 << 2 << 1.0;
        QTest::newRow("k13 d7") << 13 << 7 << 1.0;
        QTest::newRow("k8 d10 large values") << 8 << 10 << 1e6;
        QTest::newRow("k5 d4 tiny values") << 5 << 4 << 1e-25;
    }
    void screenedAssignmentEqualsExact() {
        if (!kernel::haveScreening()) QSKIP("no AVX2/FMA on this CPU: the screened pass is not used");
        QFETCH(int, k);
        QFETCH(int, d);
        QFETCH(double, scale);
        const std::size_t n = 5003;
        Eigen::MatrixXd x = blobs(n, d, k, 5) * scale;
        Random r(8);
        Eigen::MatrixXd centres(k, d);
        for (int c = 0; c < k; ++c) centres.row(c) = x.row(Eigen::Index(r.below(n)));
        // rows exactly halfway between centres 0 and 1, and a hair off it
        for (std::size_t i = 0; i < 200; ++i) {
            const double t = 0.5 + (i % 2 ? 1e-9 * double(i) : 0.0);
            x.row(Eigen::Index(i * 7)) = t * centres.row(0) + (1 - t) * centres.row(1);
        }
        for (std::size_t i = 0; i < 50; ++i) x.row(Eigen::Index(i * 11 + 3)) = centres.row(2);   // duplicates of a centre
        kernel::CenterPack pack;
        kernel::packCenters(centres, pack);
        kernel::FloatPack fpack;
        kernel::packCentersFloat(pack, fpack);
        std::vector<std::int32_t> exact(n, -1), screened(n, -1);
        const std::size_t kd = std::size_t(k) * std::size_t(d);
        std::vector<double> sumsA(4 * kd, 0.0), countsA(4 * std::size_t(k), 0.0), sumsB = sumsA, countsB = countsA;
        kernel::assignRange(x.data(), n, 0, n, pack, exact.data(), sumsA.data(), countsA.data());
        std::size_t again = 0;
        kernel::assignRangeScreened(x.data(), n, 0, n, pack, fpack, screened.data(), sumsB.data(), countsB.data(),
                                    nullptr, nullptr, &again);
        QCOMPARE(screened, exact);
        QCOMPARE(countsB, countsA);
        QCOMPARE(sumsB, sumsA);
        QVERIFY2(again >= 100, "the exact ties were decided again in double");
        // (values too small for float underflow to zero: every row is decided in double)
        if (scale >= 1) QVERIFY2(again < n / 4, "most rows are decided by the float screen");
    }

    // Hamerly's bounded pass against the double kernel, pass by pass: exact ties,
    // near-ties, duplicates of a centre, k > 8, k = 1, wide data (d > 64),
    // huge values; the second pass must also skip rows.
    void boundedPassEqualsExact_data() {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("scale");
        QTest::newRow("k8 d10") << 8 << 10 << 1.0;
        QTest::newRow("k1 d3") << 1 << 3 << 1.0;
        QTest::newRow("k3 d2") << 3 << 2 << 1.0;
        QTest::newRow("k13 d7") << 13 << 7 << 1.0;
        QTest::newRow("k4 d70 (no float screen)") << 4 << 70 << 1.0;
        QTest::newRow("k8 d10 large values") << 8 << 10 << 1e6;
        QTest::newRow("k5 d4 tiny values") << 5 << 4 << 1e-25;
    }
    void boundedPassEqualsExact() {
        if (!kernel::haveScreening()) QSKIP("no AVX2/FMA on this CPU: the bounded pass is not used");
        QFETCH(int, k);
        QFETCH(int, d);
        QFETCH(double, scale);
        const std::size_t n = 5003, kd = std::size_t(k) * std::size_t(d);
        Eigen::MatrixXd x = blobs(n, d, k, 5) * scale;
        Random r(8);
        Eigen::MatrixXd second(k, d);   // the centres of the second pass
        for (int c = 0; c < k; ++c) second.row(c) = x.row(Eigen::Index(r.below(n)));
        if (k > 1)   // rows exactly halfway between two centres of the second pass, and a hair off it
            for (std::size_t i = 0; i < 200; ++i) {
                const double t = 0.5 + (i % 2 ? 1e-9 * double(i) : 0.0);
                x.row(Eigen::Index(i * 7)) = t * second.row(0) + (1 - t) * second.row(1);
            }
        for (std::size_t i = 0; i < 50; ++i) x.row(Eigen::Index(i * 11 + 3)) = second.row(k > 2 ? 2 : 0);
        Eigen::MatrixXd first = second;   // the first pass's centres: moved a little
        for (int c = 0; c < k; ++c)
            for (int j = 0; j < d; ++j) first(c, j) += 0.05 * scale * r.normal();
        std::vector<float> xf(std::size_t(x.size()));
        kernel::toFloatRowsRange(x.data(), n, d, 0, n, xf.data());
        double maxRowSq = x.rowwise().squaredNorm().maxCoeff() * (1 + 1e-9);
        std::vector<float> upper(n, std::numeric_limits<float>::infinity()), lower(n, 0.0f);
        std::vector<std::int32_t> exact(n, -1), bounded(n, -1);
        kernel::MoveScratch scratch;
        kernel::CentreMoves moves;
        Eigen::MatrixXd before;
        for (const Eigen::MatrixXd* centres : {&first, &second}) {
            kernel::CenterPack pack;
            kernel::packCenters(*centres, pack);
            kernel::FloatPack fpack;
            kernel::packCentersFloat(pack, fpack);
            kernel::prepareCentreMoves(*centres, before, maxRowSq, moves);
            before = *centres;
            std::vector<double> sumsA(4 * kd, 0.0), countsA(4 * std::size_t(k), 0.0), sumsB = sumsA, countsB = countsA;
            const std::size_t changedA = kernel::assignRange(x.data(), n, 0, n, pack, exact.data(), sumsA.data(), countsA.data());
            std::size_t computed = 0;
            const std::size_t changedB = kernel::assignRangeBounded(x.data(), xf.data(), n, 0, n, pack, fpack, moves,
                                                                    upper.data(), lower.data(), bounded.data(), sumsB.data(),
                                                                    countsB.data(), scratch, &computed);
            QCOMPARE(bounded, exact);
            QCOMPARE(changedB, changedA);
            QCOMPARE(countsB, countsA);
            QCOMPARE(sumsB, sumsA);   // bit for bit: the moves are applied in row order
            if (centres == &first) QCOMPARE(computed, n);
            else if (scale >= 1 && d <= 64) QVERIFY2(computed < n / 2, "the bounds let most rows skip the second pass");
        }
    }

    // Whole fits with and without the bounds: the same labels, centres, inertia and iterations.
    void boundsGiveTheSameFitAsPlainLloyd_data() {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("tol");
        QTest::newRow("k8 d10 50k") << 8 << 10 << 50000 << 1e-4;
        QTest::newRow("k8 d10 tol 0") << 8 << 10 << 30000 << 0.0;
        QTest::newRow("k1") << 1 << 4 << 10000 << 0.0;
        QTest::newRow("k12 d5 (k > 8)") << 12 << 5 << 40000 << 0.0;
        QTest::newRow("k6 d3 overlapping") << 6 << 3 << 20001 << 0.0;
        QTest::newRow("k3 d66 (wide)") << 3 << 66 << 3000 << 0.0;
    }
    void boundsGiveTheSameFitAsPlainLloyd() {
        QFETCH(int, k);
        QFETCH(int, d);
        QFETCH(int, n);
        QFETCH(double, tol);
        // "overlapping": more groups in the data than k
        Eigen::MatrixXd x = blobs(std::size_t(n), d, std::string(QTest::currentDataTag()).find("overlap") != std::string::npos ? 2 * k : k, 17);
        x.row(0) = x.row(1);   // duplicate rows
        KMeansOptions o;
        o.k = k;
        o.nInit = 2;
        o.tol = tol;
        o.seed = 5;
        auto withBounds = kmeans(x, o);
        o.bounds = false;
        auto plain = kmeans(x, o);
        QVERIFY(withBounds.ok() && plain.ok());
        QCOMPARE(withBounds->labels, plain->labels);
        QVERIFY(withBounds->centers == plain->centers);
        QCOMPARE(withBounds->inertia, plain->inertia);
        QCOMPARE(withBounds->iterations, plain->iterations);
        QCOMPARE(withBounds->totalIterations, plain->totalIterations);
        if (kernel::haveScreening() && d <= 64 && withBounds->iterations > 3) {
            const auto& c = withBounds->passComputed;
            QVERIFY2(*std::min_element(c.begin(), c.end()) < std::size_t(n), "later passes skip rows");
        }
    }

    void cancellationDuringBoundedPasses() {
        // no groups at all (one Gaussian cloud): Lloyd needs many iterations
        Random rng(9);
        Eigen::MatrixXd x(100000, 4);
        for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = rng.normal();
        const Eigen::MatrixXd init = kmeansPlusPlus(x, 8, 3);
        auto full = lloyd(x, init, 300, 0.0);
        QVERIFY(full.ok());
        const auto& c = full->passComputed;
        const auto firstBounded = std::size_t(std::find_if(c.begin(), c.end(), [](std::size_t v) { return v < 100000; }) - c.begin());
        if (kernel::haveScreening()) QVERIFY2(firstBounded + 2 < c.size(), "the fit reaches the bounded passes");
        const int stopAt = int(std::min(firstBounded, c.size() - 2)) + 2;
        std::atomic<int> reports{0};
        Progress p([&](double, const std::string&) {
            if (++reports == stopAt) p.cancel();
        });
        auto r = lloyd(x, init, 300, 0.0, 0, &p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QCOMPARE(reports.load(), stopAt);
    }

    void deterministicForSeedAndThreads() {
        const Eigen::MatrixXd x = blobs(20000, 5, 6, 11);
        KMeansOptions o;
        o.k = 6;
        o.nInit = 3;
        o.seed = 99;
        auto a = kmeans(x, o);
        o.threads = 1;
        auto b = kmeans(x, o);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->labels, b->labels);
        QCOMPARE(a->inertia, b->inertia);   // bit for bit, whatever the thread count
        o.seed = 100;
        auto c = kmeans(x, o);
        QVERIFY(c.ok());
        QVERIFY(c->inertia <= a->inertia * 1.05);
    }

    void recoversBlobsAndMiniBatchIsClose() {
        const Eigen::MatrixXd x = blobs(50000, 4, 5, 3);
        KMeansOptions o;
        o.k = 5;
        o.nInit = 3;
        auto full = kmeans(x, o);
        auto mini = miniBatchKMeans(x, o, 1024);
        QVERIFY(full.ok() && mini.ok());
        QVERIFY2(mini->inertia <= full->inertia * 1.05, "mini-batch within 5 % of Lloyd");
        QCOMPARE(int(full->centers.rows()), 5);
    }

    void edgeCases() {
        Eigen::MatrixXd one(1, 2);
        one << 1, 2;
        KMeansOptions o;
        o.k = 1;
        auto r1 = kmeans(one, o);
        QVERIFY(r1.ok());
        QCOMPARE(r1->inertia, 0.0);
        o.k = 2;
        auto r2 = kmeans(one, o);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().kind, ErrorKind::Usage);
        // k larger than the distinct points: duplicates, empty clusters relocated, no crash
        Eigen::MatrixXd dup(6, 1);
        dup << 1, 1, 1, 2, 2, 2;
        o.k = 4;
        auto r3 = kmeans(dup, o);
        QVERIFY(r3.ok());
        QCOMPARE(r3->inertia, 0.0);
        // constant column
        Eigen::MatrixXd cst = Eigen::MatrixXd::Constant(100, 2, 3.0);
        cst.col(1) = Eigen::VectorXd::LinSpaced(100, 0, 1);
        o.k = 3;
        auto r4 = kmeans(cst, o);
        QVERIFY(r4.ok());
        QVERIFY(r4->inertia < 1.0);   // three thirds of [0, 1]: about 3 · 33 · (1/3)² / 12 ≈ 0.93
    }

    void cancellationMidFit() {
        const Eigen::MatrixXd x = blobs(200000, 8, 8, 5);
        std::atomic<int> reports{0};
        Progress p([&](double, const std::string&) {
            if (++reports == 3) p.cancel();
        });
        KMeansOptions o;
        o.k = 8;
        o.nInit = 10;
        o.tol = 0;
        auto r = kmeans(x, o, &p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestKMeans)
#include "test_kmeans.moc"
