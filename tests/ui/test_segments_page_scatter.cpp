// SPDX-License-Identifier: GPL-3.0-or-later
// The map of the Segments page: the 2-D PCA helper, the stratified sample that
// keeps every segment visible, and first show at a million rows.
#include <QElapsedTimer>
#include <QTest>
#include <cmath>

#include "core/common/random.h"
#include "core/segment/pca2d.h"
#include "ui/segments/pca_scatter.h"
#include "ui/segments/segment_run.h"
#include "ui/segments/segment_style.h"

using namespace segmenta;
using namespace segmenta::ui;

class TestSegmentsPageScatter : public QObject {
    Q_OBJECT
private slots:
    void pcaFindsTheMainDirection_data();
    void pcaFindsTheMainDirection();
    void pcaMatchesEigenDecomposition();
    void sampleKeepsEverySegment_data();
    void sampleKeepsEverySegment();
    void boxStatisticsFollowNumpy();
    void formatNeverShowsNan();
    void firstShowAtAMillionRows();
};

void TestSegmentsPageScatter::pcaFindsTheMainDirection_data() {
    QTest::addColumn<double>("slope");
    QTest::newRow("y = 2x") << 2.0;
    QTest::newRow("y = -0.5x") << -0.5;
    QTest::newRow("y = 0") << 0.0;
}

void TestSegmentsPageScatter::pcaFindsTheMainDirection() {
    // Points on a line: all the spread is along (1, slope) / |…|.
    QFETCH(double, slope);
    Eigen::MatrixXd x(200, 2);
    for (int i = 0; i < 200; ++i) { x(i, 0) = i * 0.1 - 3; x(i, 1) = slope * x(i, 0) + 5; }
    const Pca2d pca = fitPca2d(x);
    QVERIFY(pca.valid());
    QVERIFY(std::abs(pca.explained[0] - 1.0) < 1e-12);
    QVERIFY(std::abs(pca.explained[1]) < 1e-12);
    const double norm = std::sqrt(1 + slope * slope);
    QVERIFY(std::abs(std::abs(pca.axes(0, 0)) - 1 / norm) < 1e-12);
    QVERIFY(std::abs(std::abs(pca.axes(1, 0)) - std::abs(slope) / norm) < 1e-12);
    // The largest entry of each axis is positive (a fixed orientation).
    QVERIFY(pca.axes.col(0).cwiseAbs().maxCoeff() == pca.axes.col(0).maxCoeff());
    // Projections are centred.
    const Eigen::MatrixXd p = projectPca2d(pca, x);
    QCOMPARE(p.rows(), Eigen::Index(200));
    QVERIFY(std::abs(p.col(0).mean()) < 1e-12);
}

void TestSegmentsPageScatter::pcaMatchesEigenDecomposition() {
    // Against a direct decomposition of numpy-style np.cov(X.T, bias=True).
    Random rng(3);
    Eigen::MatrixXd x(5000, 4);
    for (int i = 0; i < x.rows(); ++i) {
        const double a = rng.normal(), b = rng.normal();
        x.row(i) << 3 * a, a + 0.5 * b, b, rng.normal(0, 0.1);
    }
    const Pca2d pca = fitPca2d(x);
    const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
    const Eigen::MatrixXd cov = centred.transpose() * centred / double(x.rows());
    const Eigen::VectorXd v0 = pca.axes.col(0);
    const double lambda0 = v0.dot(cov * v0);
    QVERIFY((cov * v0 - lambda0 * v0).norm() < 1e-9);   // an eigenvector
    QVERIFY(std::abs(pca.explained[0] - lambda0 / cov.trace()) < 1e-12);
    QVERIFY(pca.explained[0] > pca.explained[1]);
    QVERIFY(std::abs(pca.axes.col(0).dot(pca.axes.col(1))) < 1e-12);   // orthogonal
}

void TestSegmentsPageScatter::sampleKeepsEverySegment_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("tinySegment");   // rows in the smallest segment
    QTest::newRow("all rows fit") << 3000 << 5;
    QTest::newRow("100k, 3 tiny") << 100000 << 3;
    QTest::newRow("1M, 1 tiny") << 1000000 << 1;
}

void TestSegmentsPageScatter::sampleKeepsEverySegment() {
    QFETCH(int, rows);
    QFETCH(int, tinySegment);
    std::vector<std::int32_t> labels(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i) labels[std::size_t(i)] = i < tinySegment ? 4 : (i % 4);
    labels[std::size_t(rows - 1)] = -1;   // unassigned rows are never drawn
    const auto sample = stratifiedSample(labels, kScatterCap, 11);
    QVERIFY(sample.size() <= kScatterCap);
    if (rows <= int(kScatterCap)) QCOMPARE(sample.size(), std::size_t(rows - 1));
    else QVERIFY(sample.size() > kScatterCap * 9 / 10);
    std::vector<int> seen(5);
    for (auto r : sample) { QVERIFY(labels[r] >= 0); ++seen[std::size_t(labels[r])]; }
    for (int s = 0; s < 5; ++s) QVERIFY2(seen[std::size_t(s)] > 0, "every segment keeps a point");
    QCOMPARE(seen[4], tinySegment);
    QVERIFY(std::is_sorted(sample.begin(), sample.end()));
    QCOMPARE(stratifiedSample(labels, kScatterCap, 11), sample);   // deterministic
}

void TestSegmentsPageScatter::boxStatisticsFollowNumpy() {
    // np.percentile([1..10, 100], [25, 50, 75]) = 3.5, 6, 8.5; 100 is beyond
    // 8.5 + 1.5·5 = 16, so the upper whisker stops at 10.
    std::vector<double> v = {100, 3, 1, 2, 4, 5, 6, 7, 8, 9, 10};
    const auto b = boxStatistics(v);
    QVERIFY(b.valid);
    QCOMPARE(b.q1, 3.5);
    QCOMPARE(b.median, 6.0);
    QCOMPARE(b.q3, 8.5);
    QCOMPARE(b.lowerWhisker, 1.0);
    QCOMPARE(b.upperWhisker, 10.0);
    std::vector<double> empty;
    QVERIFY(!boxStatistics(empty).valid);
}

void TestSegmentsPageScatter::formatNeverShowsNan() {
    QCOMPARE(formatNumber(std::nan("")), QStringLiteral("—"));
    QCOMPARE(formatNumber(INFINITY), QStringLiteral("—"));
    QCOMPARE(formatShare(std::nan("")), QStringLiteral("—"));
    QCOMPARE(formatNumber(-0.0), QStringLiteral("0"));
    QCOMPARE(formatNumber(12.5), QStringLiteral("12.5"));
}

void TestSegmentsPageScatter::firstShowAtAMillionRows() {
    // A million rows in 6 segments, one of them tiny: sample, project, draw.
    const std::size_t n = 1000000;
    const int k = 6;
    Random rng(5);
    Eigen::MatrixXd x(Eigen::Index(n), 8);
    std::vector<std::int32_t> labels(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int s = i % 1000 == 0 ? 5 : int(i % 5);
        labels[i] = s;
        for (int c = 0; c < 8; ++c) x(Eigen::Index(i), c) = rng.normal(s == c ? 3.0 : 0.0, 1.0);
    }
    QElapsedTimer timer;
    timer.start();
    const Pca2d pca = fitPca2d(x);
    const auto sample = stratifiedSample(labels, kScatterCap, 1);
    const Eigen::MatrixXd p = projectPca2d(pca, x, sample);
    const qint64 prepareMs = timer.elapsed();

    PcaScatter::Data data;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        data.points.emplace_back(p(Eigen::Index(i), 0), p(Eigen::Index(i), 1));
        data.segment.push_back(labels[sample[i]]);
        data.row.push_back(sample[i]);
    }
    for (int s = 0; s < k; ++s) { data.names << QStringLiteral("Segment %1").arg(s + 1); data.centroids.emplace_back(0, 0); }
    data.totalRows = n;
    data.explained[0] = pca.explained[0];
    data.explained[1] = pca.explained[1];
    data.featureCount = 8;
    PcaScatter scatter;
    scatter.resize(1000, 600);
    scatter.show();
    timer.restart();
    scatter.setData(std::move(data), nullptr);
    const QPixmap shot = scatter.grab();   // forces layout and the first paint
    const qint64 showMs = timer.elapsed();
    qInfo("1,000,000 rows: PCA + sample on the worker %lld ms; first show on the GUI thread %lld ms", prepareMs, showMs);
    shot.save(QStringLiteral("/tmp/segments-map-1m.png"));
    QVERIFY(scatter.shownPointCount() <= int(kScatterCap));
    for (int s = 0; s < k; ++s) QVERIFY(scatter.shownPointCount(s) > 0);
    QVERIFY(scatter.captionText().contains(QStringLiteral("1,000,000")));
    // Timing is reported, not asserted: a shared CI machine must not make this flaky.
}

QTEST_MAIN(TestSegmentsPageScatter)
#include "test_segments_page_scatter.moc"
