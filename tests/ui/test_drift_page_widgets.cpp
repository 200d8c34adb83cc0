// SPDX-License-Identifier: GPL-3.0-or-later
// The Drift page's widgets fed with hand-made data: what they show, that shares
// stack to 100 %, that no "nan" reaches the screen, and that the report is one
// self-contained HTML file well under 5 MB.
#include <QAreaSeries>
#include <QLineSeries>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/drift/distribution_overlay.h"
#include "ui/drift/drift_format.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_metrics_panel.h"
#include "ui/drift/drift_report_exporter.h"
#include "ui/drift/outcome_rate_chart.h"
#include "ui/drift/quality_chart.h"
#include "ui/drift/segment_share_chart.h"
#include "ui/drift/snapshot_comparison.h"
#include "ui/drift/snapshot_timeline.h"

using namespace segmenta::ui;

namespace {

ColumnDriftView column(const QString& name, double effect, bool drifted, bool categorical = false) {
    ColumnDriftView c;
    c.column = name;
    c.categorical = categorical;
    c.effect = effect;
    c.drifted = drifted;
    c.effectName = categorical ? QStringLiteral("Jensen–Shannon distance") : QStringLiteral("Normalised Wasserstein distance");
    if (categorical) { c.jsDistance = effect; c.chi2Statistic = 120.0; c.chi2PValue = 1e-6; }
    else { c.wassersteinNormed = effect; c.ksStatistic = effect / 2; c.ksPValue = 0.2; }
    c.psi = effect * 1.5;
    c.missingShareRef = 0.01;
    c.missingShareCur = 0.02;
    return c;
}

// Six months, three features, three segments; months 4-6 drift in "revenue".
HistoryView sixMonths() {
    HistoryView h;
    h.dataset = QStringLiteral("Shop");
    h.model = QStringLiteral("Segments");
    h.features = {QStringLiteral("revenue"), QStringLiteral("age"), QStringLiteral("channel")};
    h.segmentNames = {QStringLiteral("Loyal"), QStringLiteral("Bargain"), QStringLiteral("New")};
    h.outcomeName = QStringLiteral("churned");
    h.trainingMeanDistance = 1.2;
    for (int m = 0; m < 6; ++m) {
        SnapshotView s;
        s.id = m + 1;
        s.label = QStringLiteral("2026-%1").arg(m + 1, 2, 10, QLatin1Char('0'));
        s.rows = 2500;
        s.isTraining = m == 0;
        s.isReference = m == 0;
        s.referenceId = m == 0 ? 0 : 1;
        s.comparedWith = m == 0 ? QString() : QStringLiteral("2026-01");
        const bool drift = m >= 3;
        s.status = m == 0 ? SnapshotStatus::Unknown : drift ? (m == 5 ? SnapshotStatus::Drift : SnapshotStatus::Warning) : SnapshotStatus::Ok;
        s.resegmentSuggested = m == 5;
        if (drift) s.reasons << QStringLiteral("Revenue per customer fell: 31 % of customers moved to the lowest band");
        s.columns = {column(QStringLiteral("revenue"), drift ? 0.05 * m : 0.02, drift),
                     column(QStringLiteral("age"), 0.01 * m, m == 5),
                     column(QStringLiteral("channel"), 0.03, false, true)};
        const double loyal = 0.5 - 0.05 * m;
        s.segmentShares = {loyal, 0.3, 0.2 + 0.05 * m};
        s.meanDistance = 1.2 + 0.05 * m;
        s.outcomeRates = {0.05, 0.1 + 0.01 * m, m == 2 ? kNoValue : 0.2};
        h.snapshots.push_back(std::move(s));
    }
    return h;
}

// Every text a widget tree shows (labels, table cells), to look for "nan".
QString visibleText(QWidget* root) {
    QString all;
    for (QLabel* l : root->findChildren<QLabel*>()) all += l->text() + QLatin1Char('\n');
    for (QTableWidget* t : root->findChildren<QTableWidget*>())
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (t->item(r, c)) all += t->item(r, c)->text() + QLatin1Char('\n');
    return all;
}

} // namespace

class TestDriftPageWidgets : public QObject {
    Q_OBJECT
private slots:
    void formatNeverShowsNan_data();
    void formatNeverShowsNan();
    void timelineShowsStatuses();
    void heatmapRowsColumnsAndDriftedCells();
    void shareChartStacksToOne();
    void qualityAndOutcomeCharts();
    void overlayNumericAndCategorical();
    void comparisonTable();
    void reportIsSelfContained();
};

void TestDriftPageWidgets::formatNeverShowsNan_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("p");
    QTest::addColumn<QString>("percent");
    QTest::newRow("nan") << kNoValue << QStringLiteral("—") << QStringLiteral("—") << QStringLiteral("—");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QStringLiteral("—") << QStringLiteral("—") << QStringLiteral("—");
    QTest::newRow("tiny p") << 1e-9 << QStringLiteral("0.000") << QStringLiteral("< 0.001") << QStringLiteral("0.0 %");
    QTest::newRow("plain") << 0.25 << QStringLiteral("0.250") << QStringLiteral("0.250") << QStringLiteral("25.0 %");
}

void TestDriftPageWidgets::formatNeverShowsNan() {
    QFETCH(double, value);
    QFETCH(QString, number);
    QFETCH(QString, p);
    QFETCH(QString, percent);
    QCOMPARE(DriftFormat::number(value), number);
    QCOMPARE(DriftFormat::pValue(value), p);
    QCOMPARE(DriftFormat::percent(value), percent);
}

void TestDriftPageWidgets::timelineShowsStatuses() {
    SnapshotTimeline timeline;
    timeline.setHistory(sixMonths());
    QCOMPARE(timeline.count(), 6);
    QCOMPARE(timeline.currentIndex(), 5);  // the latest month is selected first
    QCOMPARE(timeline.statusAt(0), SnapshotStatus::Unknown);
    QCOMPARE(timeline.statusAt(1), SnapshotStatus::Ok);
    QCOMPARE(timeline.statusAt(3), SnapshotStatus::Warning);
    QCOMPARE(timeline.statusAt(5), SnapshotStatus::Drift);
    QVERIFY(timeline.resegmentAt(5));
    QVERIFY(!timeline.resegmentAt(4));
    const QString why = SnapshotTimeline::describe(sixMonths().snapshots[5]);
    QVERIFY(why.contains(QStringLiteral("Re-segmenting suggested")));
    QVERIFY(why.contains(QStringLiteral("lowest band")));
    QSignalSpy spy(&timeline, &SnapshotTimeline::currentChanged);
    QTest::keyClick(&timeline, Qt::Key_Left);
    QCOMPARE(timeline.currentIndex(), 4);
    QCOMPARE(spy.count(), 1);
}

void TestDriftPageWidgets::heatmapRowsColumnsAndDriftedCells() {
    DriftHeatmap heatmap;
    heatmap.resize(800, 300);
    heatmap.setHistory(sixMonths());
    QCOMPARE(heatmap.rowCount(), 3);
    QCOMPARE(heatmap.columnCount(), 6);
    QCOMPARE(heatmap.rowName(0), QStringLiteral("revenue"));
    QVERIFY(heatmap.cell(0, 0) == nullptr);  // the reference month has no cells
    QVERIFY(heatmap.cell(0, 5) && heatmap.cell(0, 5)->drifted);
    QCOMPARE(heatmap.driftedCellCount(), 4);  // revenue in months 4-6, age in month 6
    QSignalSpy spy(&heatmap, &DriftHeatmap::driftCellChosen);
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, heatmap.cellRect(1, 5).center());
    QCOMPARE(spy.count(), 1);   // once, though the click both moves the cursor and activates
    QCOMPARE(spy.at(0).at(0).toInt(), 1);  // row "age"
    QCOMPARE(spy.at(0).at(1).toInt(), 5);
}

void TestDriftPageWidgets::shareChartStacksToOne() {
    SegmentShareChart chart;
    chart.setHistory(sixMonths());
    QCOMPARE(chart.seriesCount(), 3);
    QCOMPARE(chart.seriesNames(), (QStringList{QStringLiteral("Loyal"), QStringLiteral("Bargain"), QStringLiteral("New")}));
    for (int m = 0; m < 6; ++m) {
        double sum = 0;
        for (int s = 0; s < 3; ++s) sum += chart.shares(s).at(std::size_t(m));
        QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(QString::number(sum)));
    }
    // The top of the last stacked area is 100 %.
    auto* top = qobject_cast<QAreaSeries*>(chart.chartView()->chart()->series().last());
    QVERIFY(top);
    for (const QPointF& p : top->upperSeries()->points()) QVERIFY(std::abs(p.y() - 100.0) < 1e-6);

    HistoryView none = sixMonths();
    none.model.clear();
    for (auto& s : none.snapshots) s.segmentShares.clear();
    chart.setHistory(none);
    QCOMPARE(chart.seriesCount(), 0);
    QVERIFY(chart.isEmpty());
}

void TestDriftPageWidgets::qualityAndOutcomeCharts() {
    QualityChart quality;
    quality.setHistory(sixMonths());
    QCOMPARE(quality.pointCount(), 6);
    OutcomeRateChart outcome;
    outcome.setHistory(sixMonths());
    QVERIFY(outcome.hasData());
    HistoryView noLabel = sixMonths();
    noLabel.outcomeName.clear();
    for (auto& s : noLabel.snapshots) s.outcomeRates.clear();
    outcome.setHistory(noLabel);
    QVERIFY(!outcome.hasData());
    QVERIFY(visibleText(&outcome).contains(QStringLiteral("no outcome column")));
}

void TestDriftPageWidgets::overlayNumericAndCategorical() {
    DistributionOverlay overlay;
    DistributionView numeric;
    numeric.column = QStringLiteral("revenue");
    numeric.referenceLabel = QStringLiteral("2026-01");
    numeric.currentLabel = QStringLiteral("2026-06");
    numeric.edges = {0, 10, 20, 30};
    numeric.referenceShares = {0.2, 0.5, 0.3};
    numeric.currentShares = {0.5, 0.3, 0.2};
    numeric.metrics = column(QStringLiteral("revenue"), 0.31, true);
    overlay.setDistribution(numeric);
    QCOMPARE(overlay.chartView()->chart()->series().size(), 2);
    QCOMPARE(overlay.metricsPanel()->valueText(QStringLiteral("wasserstein")), QStringLiteral("0.310"));
    QCOMPARE(overlay.metricsPanel()->valueText(QStringLiteral("chi2")), QStringLiteral("—"));
    QVERIFY(!visibleText(&overlay).contains(QStringLiteral("nan"), Qt::CaseInsensitive));

    DistributionView cats;
    cats.column = QStringLiteral("channel");
    cats.categorical = true;
    cats.categories = {QStringLiteral("web"), QStringLiteral("store"), QStringLiteral("social")};
    cats.referenceShares = {0.6, 0.4, 0.0};
    cats.currentShares = {0.5, 0.3, 0.2};
    cats.metrics = column(QStringLiteral("channel"), 0.2, true, true);
    cats.metrics.unseenCategories = {QStringLiteral("social (500)")};
    overlay.setDistribution(cats);
    QCOMPARE(overlay.chartView()->chart()->series().size(), 1);
    QCOMPARE(overlay.metricsPanel()->valueText(QStringLiteral("unseen")), QStringLiteral("social (500)"));
    QCOMPARE(overlay.metricsPanel()->valueText(QStringLiteral("ks")), QStringLiteral("—"));
}

void TestDriftPageWidgets::comparisonTable() {
    SnapshotComparison comparison;
    QSignalSpy spy(&comparison, &SnapshotComparison::compareRequested);
    comparison.setHistory(sixMonths());
    comparison.choose(0, 5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), 6);
    ComparisonView c;
    c.firstId = 1;
    c.secondId = 6;
    c.firstLabel = QStringLiteral("2026-01");
    c.secondLabel = QStringLiteral("2026-06");
    c.columns = sixMonths().snapshots[5].columns;
    c.columns[1].ksPValue = kNoValue;
    c.testedColumns = 3;
    c.driftedColumns = 2;
    c.datasetDrift = true;
    comparison.setComparison(c);
    QCOMPARE(comparison.columnTable()->rowCount(), 3);
    QCOMPARE(comparison.columnTable()->item(0, 1)->text(), QStringLiteral("Drifted"));
    const QString text = visibleText(&comparison);
    QVERIFY(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("2 of 3")));
}

void TestDriftPageWidgets::reportIsSelfContained() {
    const HistoryView h = sixMonths();
    DriftHeatmap heatmap;
    heatmap.setHistory(h);
    SegmentShareChart shares;
    shares.setHistory(h);
    std::vector<DriftReportExporter::Figure> figures = {
        {QStringLiteral("Heatmap"), QStringLiteral("cells"), DriftReportExporter::render(&heatmap)},
        {QStringLiteral("Shares"), QStringLiteral("stacked"), DriftReportExporter::render(shares.chartView())},
    };
    QCOMPARE(figures[0].image.width(), 1000);
    const QString html = DriftReportExporter::buildHtml(h, figures);
    QCOMPARE(html.count(QStringLiteral("data:image/png;base64,")), 2);
    QString words = html;
    words.remove(QRegularExpression(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+")));
    QVERIFY(!words.contains(QRegularExpression(QStringLiteral("\\bnan\\b"), QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
    QVERIFY(html.contains(QStringLiteral("Re-segmenting suggested")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QVERIFY(DriftReportExporter::write(path, html));
    QVERIFY(QFileInfo(path).size() > 10000);
    QVERIFY(QFileInfo(path).size() < 5 * 1024 * 1024);
    QVERIFY(!DriftReportExporter::write(dir.filePath(QStringLiteral("missing/dir/report.html")), html));
}

QTEST_MAIN(TestDriftPageWidgets)
#include "test_drift_page_widgets.moc"

