// SPDX-License-Identifier: GPL-3.0-or-later
// The map of the Segments page: the 2-D PCA helper, the stratified sample that
// keeps every segment visible, and first show at a million rows.
#include <QChart>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

#include "core/common/random.h"
#include "core/segment/pca2d.h"
#include "ui/common/chart_view.h"
#include "ui/segments/pca_scatter.h"
#include "ui/segments/segment_run.h"
#include "ui/segments/segment_style.h"
#include "screenshots.h"

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
    void hoverAndClickFindTheRow();
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

namespace {
// n rows × 8 features in k segments (segment s is shifted along feature s; one
// in 1,000 rows is in a tiny segment k - 1).
void makeRows(std::size_t n, int k, Eigen::MatrixXd& x, std::vector<std::int32_t>& labels) {
    Random rng(5);
    x.resize(Eigen::Index(n), 8);
    labels.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int s = i % 1000 == 0 ? k - 1 : int(i % std::size_t(k - 1));
        labels[i] = s;
        for (int c = 0; c < 8; ++c) x(Eigen::Index(i), c) = rng.normal(s == c ? 3.0 : 0.0, 1.0);
    }
}

PcaScatter::Data mapData(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labels, int k, const Pca2d& pca) {
    PcaScatter::Data data;
    fillMapPoints(data, x, pca, labels, 1);
    for (int s = 0; s < k; ++s) { data.names << QStringLiteral("Segment %1").arg(s + 1); data.centroids.emplace_back(0, 0); }
    data.totalRows = labels.size();
    data.explained[0] = pca.explained[0];
    data.explained[1] = pca.explained[1];
    data.featureCount = int(x.cols());
    return data;
}
} // namespace

void TestSegmentsPageScatter::firstShowAtAMillionRows() {
    // A million rows in 6 segments, one of them tiny: sample, project, draw.
    const std::size_t n = 1000000;
    const int k = 6;
    Eigen::MatrixXd x;
    std::vector<std::int32_t> labels;
    makeRows(n, k, x, labels);
    QElapsedTimer timer;
    timer.start();
    const Pca2d pca = fitPca2d(x);
    PcaScatter::Data data = mapData(x, labels, k, pca);   // what the worker does
    const qint64 prepareMs = timer.elapsed();
    QCOMPARE(data.allX.size(), n);

    PcaScatter scatter;
    scatter.resize(1000, 600);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    timer.restart();
    scatter.setData(std::move(data), nullptr);
    const qint64 setMs = timer.elapsed();
    // The chart lays itself out in posted events: run them, then paint.
    QCoreApplication::sendPostedEvents();
    const QPixmap shot = scatter.grab();
    const qint64 showMs = timer.elapsed();
    timer.restart();
    scatter.setHighlighted(2);
    QCoreApplication::sendPostedEvents();
    const QPixmap highlighted = scatter.grab();
    const qint64 highlightMs = timer.elapsed();
    timer.restart();
    scatter.view()->chart()->zoomIn();
    QCoreApplication::sendPostedEvents();
    const QPixmap zoomed = scatter.grab();
    const qint64 zoomMs = timer.elapsed();
    qInfo("1,000,000 rows: PCA + projection + sample on the worker %lld ms; first show on the GUI thread %lld ms "
          "(setData %lld ms + layout and first paint %lld ms); highlight repaint %lld ms; zoom repaint %lld ms",
          prepareMs, showMs, setMs, showMs - setMs, highlightMs, zoomMs);
    shot.save(testshots::path(QStringLiteral("segments-map-1m.png")));
    highlighted.save(testshots::path(QStringLiteral("segments-map-1m-highlight.png")));
    zoomed.save(testshots::path(QStringLiteral("segments-map-1m-zoom.png")));
    QVERIFY(scatter.shownPointCount() <= int(kScatterCap));
    for (int s = 0; s < k; ++s) QVERIFY(scatter.shownPointCount(s) > 0);
    QVERIFY(scatter.captionText().contains(QStringLiteral("1,000,000")));
    QVERIFY(scatter.captionText().contains(QStringLiteral("Showing %1 of").arg(formatCount(scatter.shownPointCount()))));
    // Timings are printed; SEGMENTA_STALL_LIMIT_MS (set on a quiet machine, as
    // benchmarks/ does) enforces the goal: first show within 300 ms.
    if (qEnvironmentVariableIntValue("SEGMENTA_STALL_LIMIT_MS") > 0) QVERIFY2(showMs <= 300, "first show within 300 ms");
}

void TestSegmentsPageScatter::hoverAndClickFindTheRow() {
    // 20,000 rows: 4,000 dots over a density shading of all rows.
    const int k = 4;
    Eigen::MatrixXd x;
    std::vector<std::int32_t> labels;
    makeRows(20000, k, x, labels);
    const Pca2d pca = fitPca2d(x);
    PcaScatter::Data data = mapData(x, labels, k, pca);
    const std::vector<std::uint32_t> rows = data.row;
    PcaScatter scatter;
    scatter.resize(900, 600);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    scatter.setData(std::move(data), [](std::uint32_t row) { return QStringLiteral("row=%1").arg(row); });
    scatter.grab();
    QSignalSpy clicked(&scatter, &PcaScatter::segmentClicked);
    int checked = 0;
    for (int i = 0; i < int(rows.size()) && checked < 20; i += int(rows.size()) / 20) {
        const QPoint at = scatter.pointPosition(i);
        QVERIFY(at.x() >= 0);
        // Another dot may lie on the same pixel: the tip names a row drawn there.
        const QString tip = scatter.tipAt(at);
        QVERIFY2(tip.startsWith(QStringLiteral("Segment: Segment ")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("row=")));
        const auto row = tip.section(QStringLiteral("row="), 1).toUInt();
        const QPoint other = scatter.pointPosition(int(std::find(rows.begin(), rows.end(), row) - rows.begin()));
        QVERIFY2((other - at).manhattanLength() <= 12, "the tip's row is drawn near the mouse");
        QTest::mouseClick(scatter.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.last().at(0).toInt(), labels[row]);
        ++checked;
    }
    QCOMPARE(checked, 20);
    QVERIFY(scatter.tipAt(QPoint(2, 2)).isEmpty());   // outside the plot: the general help
    // Zooming in moves the dots apart; reset brings them back.
    const QPoint before = scatter.pointPosition(0), beforeOther = scatter.pointPosition(1);
    scatter.view()->chart()->zoomIn();
    scatter.grab();
    const QPoint after = scatter.pointPosition(0), afterOther = scatter.pointPosition(1);
    if (after.x() >= 0 && afterOther.x() >= 0)
        QVERIFY((after - afterOther).manhattanLength() > (before - beforeOther).manhattanLength());
    scatter.view()->chart()->zoomReset();
    QCOMPARE(scatter.pointPosition(0), before);
}

QTEST_MAIN(TestSegmentsPageScatter)
#include "test_segments_page_scatter.moc"
