// SPDX-License-Identifier: GPL-3.0-or-later
// The Drift page on the demo history: the page records the demo's months into a
// fresh history (ensureDemoHistory, off the GUI thread) and shows them. Checks the
// timeline, the heatmap, the share chart, the overlay, the comparison, the
// reference toggle, the report, the empty and damaged states, and saves
// screenshots to /tmp/drift_page_*.png (1280×800).
#include <QAreaSeries>
#include <QLineSeries>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

#include "core/demo/demo_generator.h"
#include "core/history/demo_history.h"
#include "core/io/csv_reader.h"
#include "ui/common/chart_view.h"
#include "ui/common/workspace.h"
#include "ui/drift/distribution_overlay.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_metrics_panel.h"
#include "ui/drift/drift_page.h"
#include "ui/drift/drift_picker.h"
#include "ui/drift/history_recorder.h"
#include "ui/drift/quality_chart.h"
#include "ui/drift/segment_share_chart.h"
#include "ui/drift/snapshot_comparison.h"
#include "ui/drift/snapshot_timeline.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 240000;  // recording the demo on a busy CI machine
constexpr int kMonths = 6;

QString demoDirectory(const QTemporaryDir& tmp) {
    // The bundled demo files; generated the same way when absent.
    const QString bundled = QStringLiteral(SEGMENTA_SOURCE_DIR "/resources/demo");
    if (QFileInfo::exists(bundled + QStringLiteral("/customers_2026-01.csv"))) return bundled;
    const QString dir = tmp.filePath(QStringLiteral("demo"));
    auto written = writeDemoFiles(dir.toStdString(), DemoFilesOptions{});
    return written ? dir : QString();
}

QString visibleText(QWidget* root) {
    QString all;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->isVisibleTo(root)) all += l->text() + QLatin1Char('\n');
    for (QTableWidget* t : root->findChildren<QTableWidget*>())
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (t->item(r, c)) all += t->item(r, c)->text() + QLatin1Char('\n');
    return all;
}

bool hasNan(const QString& text) {
    return text.contains(QRegularExpression(QStringLiteral("\\bnan\\b"), QRegularExpression::CaseInsensitiveOption));
}

} // namespace

class TestDriftPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void timelineShowsTheDemoMonths();
    void heatmapIsFeaturesBySnapshots();
    void shareChartOneSeriesPerSegment();
    void clickingACellOverlaysDistributions();
    void comparisonOfAnyTwoMonths();
    void referenceToggleComparesWithPreviousMonth();
    void reportIsOneSmallHtmlFile();
    void screenshots();
    void noNanAnywhere();
    void recordingShowsTheNewDataset();
    void emptyHistorySaysWhatToDo();
    void damagedHistoryIsKeptAndExplained();
    void cleanupTestCase();

private:
    void waitFor(QObject* sender, const char* signal);
    QTemporaryDir tmp_;
    QString db_;
    Workspace* workspace_ = nullptr;
    DriftPage* page_ = nullptr;
};

void TestDriftPage::waitFor(QObject* sender, const char* signal) {
    QSignalSpy spy(sender, signal);
    QVERIFY(spy.wait(kWaitMs));
}

void TestDriftPage::initTestCase() {
    QVERIFY(tmp_.isValid());
    db_ = tmp_.filePath(QStringLiteral("history.sqlite"));
    const QString demo = demoDirectory(tmp_);
    QVERIFY(!demo.isEmpty());
    workspace_ = new Workspace(this);
    workspace_->setHistoryPath(db_);
    page_ = new DriftPage(workspace_);
    page_->setDemoDirectory(demo);
    page_->resize(1280, 800);
    QSignalSpy loaded(page_, &DriftPage::historyLoaded);
    QSignalSpy failed(page_, &DriftPage::loadFailed);
    page_->show();  // first show records the demo on a worker, then loads it
    QVERIFY(loaded.wait(kWaitMs) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(QFileInfo::exists(db_));
    QCOMPARE(page_->history().dataset, QString::fromUtf8(kDemoDatasetName));
    QCOMPARE(page_->history().model, QString::fromUtf8(kDemoModelName));
    // Let the first overlay and comparison arrive too.
    QTRY_VERIFY_WITH_TIMEOUT(!page_->overlay()->chartView()->chart()->series().isEmpty(), 20000);
    qInfo("Demo history opened in %lld ms", page_->lastOpenMs());
}

void TestDriftPage::timelineShowsTheDemoMonths() {
    SnapshotTimeline* timeline = page_->timeline();
    QCOMPARE(timeline->count(), int(page_->history().snapshots.size()));
    // The demo: the reference file (customers.csv, the model's training snapshot)
    // and six monthly files, each scored against it.
    QCOMPARE(timeline->count(), 1 + kMonths);
    // The model is trained on the first snapshot: it is the reference, the six months get a status.
    QVERIFY(page_->history().snapshots.front().isTraining);
    QCOMPARE(timeline->statusAt(0), ui::SnapshotStatus::Unknown);
    int notOk = 0;
    for (int i = 1; i < timeline->count(); ++i) {
        QVERIFY(timeline->statusAt(i) != ui::SnapshotStatus::Unknown);
        if (timeline->statusAt(i) != ui::SnapshotStatus::Ok) ++notOk;
    }
    QVERIFY2(notOk > 0, "the demo drifts, so some month must be Warning or Drift");
    // The strongest drift is in the last month: it is not OK and says why in words.
    const SnapshotView& last = page_->history().snapshots.back();
    QVERIFY(last.status == ui::SnapshotStatus::Drift || last.status == ui::SnapshotStatus::Warning);
    QVERIFY(!last.reasons.isEmpty());
    QVERIFY(SnapshotTimeline::describe(last).contains(last.reasons.first().toHtmlEscaped()));
}

void TestDriftPage::heatmapIsFeaturesBySnapshots() {
    DriftHeatmap* heatmap = page_->heatmap();
    const HistoryView& h = page_->history();
    QCOMPARE(heatmap->rowCount(), int(h.features.size()));
    QVERIFY(heatmap->rowCount() >= 8);
    QCOMPARE(heatmap->columnCount(), 1 + kMonths);
    for (int c = 0; c < heatmap->columnCount(); ++c) QCOMPARE(heatmap->columnName(c), h.snapshots[std::size_t(c)].label);
    // Identifiers and personal data are never compared.
    for (const QString& name : {QStringLiteral("customer_id"), QStringLiteral("email"), QStringLiteral("phone")})
        QVERIFY2(!h.features.contains(name), qPrintable(name));
    QVERIFY(h.features.contains(QStringLiteral("revenue")));
    QVERIFY(heatmap->cell(0, 0) == nullptr);  // the training month is the reference
    QVERIFY(heatmap->driftedCellCount() > 0);
    // More drift later: the last month has at least as many drifted cells as the second.
    auto drifted = [&](int c) {
        int n = 0;
        for (int r = 0; r < heatmap->rowCount(); ++r)
            if (const auto* x = heatmap->cell(r, c); x && x->drifted) ++n;
        return n;
    };
    QVERIFY(drifted(kMonths) >= drifted(1));
    QVERIFY(drifted(kMonths) > 0);
    for (int c = 1; c < heatmap->columnCount(); ++c)
        for (int r = 0; r < heatmap->rowCount(); ++r) {
            const ColumnDriftView* x = heatmap->cell(r, c);
            QVERIFY(x);
            if (x->compared && x->judged) QVERIFY2(std::isfinite(x->effect), qPrintable(x->column));
        }
}

void TestDriftPage::shareChartOneSeriesPerSegment() {
    SegmentShareChart* chart = page_->shareChart();
    const HistoryView& h = page_->history();
    QVERIFY(h.segmentNames.size() >= 2);
    QCOMPARE(chart->seriesCount(), int(h.segmentNames.size()));
    QCOMPARE(chart->seriesNames(), h.segmentNames);
    const std::size_t months = chart->shares(0).size();
    QCOMPARE(months, std::size_t(1 + kMonths));  // every month is scored, the reference by training
    for (std::size_t m = 0; m < months; ++m) {
        double sum = 0;
        for (int s = 0; s < chart->seriesCount(); ++s) sum += chart->shares(s).at(m);
        QVERIFY2(std::abs(sum - 1.0) < 1e-6, qPrintable(QString::number(sum, 'g', 10)));
    }
    // The segment mix moves in the demo: some segment's share changes by 3+ points.
    double maxChange = 0;
    for (int s = 0; s < chart->seriesCount(); ++s)
        maxChange = std::max(maxChange, std::abs(chart->shares(s).back() - chart->shares(s).front()));
    QVERIFY(maxChange > 0.03);
    QCOMPARE(page_->qualityChart()->pointCount(), 1 + kMonths);
}

void TestDriftPage::clickingACellOverlaysDistributions() {
    DriftHeatmap* heatmap = page_->heatmap();
    const int row = int(page_->history().features.indexOf(QStringLiteral("revenue")));
    QVERIFY(row >= 0);
    QSignalSpy shown(page_, &DriftPage::distributionShown);
    heatmap->selectCell(row, kMonths);
    QVERIFY(shown.wait(20000));
    auto* chart = page_->overlay()->chartView()->chart();
    QCOMPARE(chart->series().size(), 2);  // reference and current histograms
    QVERIFY(chart->title().contains(QStringLiteral("revenue")));
    DriftMetricsPanel* m = page_->overlay()->metricsPanel();
    QVERIFY(m->valueText(QStringLiteral("ks")) != QStringLiteral("—"));
    QVERIFY(m->valueText(QStringLiteral("wasserstein")) != QStringLiteral("—"));
    QCOMPARE(m->valueText(QStringLiteral("chi2")), QStringLiteral("—"));  // not for numbers
    // A category column shows bars and chi-square instead.
    const int channel = int(page_->history().features.indexOf(QStringLiteral("channel")));
    QVERIFY(channel >= 0);
    heatmap->selectCell(channel, kMonths);
    QVERIFY(shown.wait(20000));
    QCOMPARE(chart->series().size(), 1);
    QVERIFY(m->valueText(QStringLiteral("chi2_p")) != QStringLiteral("—"));
    QCOMPARE(m->valueText(QStringLiteral("ks")), QStringLiteral("—"));
}

void TestDriftPage::comparisonOfAnyTwoMonths() {
    SnapshotComparison* cmp = page_->comparison();
    QSignalSpy shown(page_, &DriftPage::comparisonShown);
    cmp->choose(1, 4);
    QVERIFY(shown.wait(20000));
    QCOMPARE(cmp->firstId(), page_->history().snapshots[1].id);
    QCOMPARE(cmp->secondId(), page_->history().snapshots[4].id);
    QVERIFY(cmp->columnTable()->rowCount() >= 8);
}

void TestDriftPage::referenceToggleComparesWithPreviousMonth() {
    QSignalSpy loaded(page_, &DriftPage::historyLoaded);
    page_->picker()->setReference(DriftReference::Previous);
    QVERIFY(loaded.wait(20000));
    const HistoryView& h = page_->history();
    QCOMPARE(h.reference, DriftReference::Previous);
    QVERIFY(h.snapshots[0].isReference);
    for (std::size_t i = 1; i < h.snapshots.size(); ++i) QCOMPARE(h.snapshots[i].referenceId, h.snapshots[i - 1].id);
    QCOMPARE(page_->heatmap()->columnCount(), 1 + kMonths);
    page_->picker()->setReference(DriftReference::Training);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page_->history().reference, DriftReference::Training);
}

void TestDriftPage::reportIsOneSmallHtmlFile() {
    const QString path = tmp_.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(page_->exportReport(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(file.size() < 5 * 1024 * 1024);
    qInfo("Report: %lld bytes", qlonglong(file.size()));
    QVERIFY(html.count(QStringLiteral("data:image/png;base64,")) >= 4);  // timeline, heatmap, shares, fit
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("src='http")) && !html.contains(QStringLiteral("src=\"http")));
    QString words = html;
    words.remove(QRegularExpression(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+")));
    QVERIFY(!hasNan(words));
    QVERIFY(words.contains(QStringLiteral("revenue")));
    // Keep a copy to look at.
    QFile::remove(testshots::path(QStringLiteral("drift_report.html")));
    QFile::copy(path, testshots::path(QStringLiteral("drift_report.html")));
}

void TestDriftPage::screenshots() {
    page_->resize(1280, 800);
    for (int tab = 0; tab < page_->tabs()->count(); ++tab) {
        page_->tabs()->setCurrentIndex(tab);
        if (tab == 2) {
            QSignalSpy shown(page_, &DriftPage::comparisonShown);
            page_->comparison()->choose(0, kMonths);
            QVERIFY(shown.wait(20000));
        }
        QTest::qWait(50);
        const QPixmap shot = page_->grab();
        QCOMPARE(shot.size(), QSize(1280, 800));
        QVERIFY(shot.save(testshots::path(QStringLiteral("drift_page_tab%1.png").arg(tab))));
    }
    page_->tabs()->setCurrentIndex(0);
}

void TestDriftPage::noNanAnywhere() {
    for (int tab = 0; tab < page_->tabs()->count(); ++tab) {
        page_->tabs()->setCurrentIndex(tab);
        QVERIFY2(!hasNan(visibleText(page_)), qPrintable(visibleText(page_)));
    }
    page_->tabs()->setCurrentIndex(0);
}

// Recording the loaded file into a new dataset switches the page to that dataset
// (it stayed on the demo before), and a later reload keeps it.
void TestDriftPage::recordingShowsTheNewDataset() {
    auto* recorder = page_->findChild<HistoryRecorder*>();
    auto* picker = page_->findChild<DriftPicker*>();
    QVERIFY(recorder && picker);
    QCOMPARE(picker->currentDataset()->name, QString::fromUtf8(kDemoDatasetName));
    DemoOptions o;
    o.rows = 400;
    const QString path = tmp_.filePath(QStringLiteral("shop_2026-02.csv"));
    QVERIFY(writeDemoCsv(generateCustomers(o).table, path.toStdString()));
    auto imported = readCsvFile(path.toStdString());
    QVERIFY(imported);
    workspace_->setTable(std::make_shared<const Table>(std::move(imported->table)), nullptr, path);
    QSignalSpy listed(page_, &DriftPage::datasetsLoaded);
    recorder->record({QStringLiteral("shop"), QDate(2026, 2, 28), QString(), SplitPeriod::Month});
    QVERIFY(listed.wait(kWaitMs));
    QCOMPARE(picker->currentDataset()->name, QStringLiteral("shop"));
    page_->reload();
    QVERIFY(listed.wait(kWaitMs));
    QCOMPARE(picker->currentDataset()->name, QStringLiteral("shop"));
}

void TestDriftPage::emptyHistorySaysWhatToDo() {
    Workspace ws;
    ws.setHistoryPath(tmp_.filePath(QStringLiteral("none.sqlite")));
    DriftPage page(&ws);
    page.setDemoEnabled(false);
    QSignalSpy listed(&page, &DriftPage::datasetsLoaded);
    page.resize(1280, 800);
    page.show();
    QVERIFY(listed.wait(20000));
    QVERIFY2(page.emptyText().contains(QStringLiteral("No history yet")), qPrintable(page.emptyText()));
    QVERIFY2(page.emptyText().contains(QStringLiteral("Record this file in history")), qPrintable(page.emptyText()));
    bool offered = false;
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("Record")) && b->isVisibleTo(&page)) offered = true;
    QVERIFY(offered);
    page.grab().save(testshots::path(QStringLiteral("drift_page_empty.png")));

    // Recording the loaded table through the page's recorder fills the page.
    DemoOptions o;
    o.rows = 1500;
    const QString csv = tmp_.filePath(QStringLiteral("customers_2026-01.csv"));
    QVERIFY(writeDemoCsv(generateCustomers(o).table, csv.toStdString()));
    auto imported = readCsvFile(csv.toStdString());
    QVERIFY(imported);
    ws.setTable(std::make_shared<const Table>(std::move(imported->table)), nullptr, csv);
    QSignalSpy loaded(&page, &DriftPage::historyLoaded);
    page.recorder()->record({QStringLiteral("shop"), QDate(2026, 1, 31), QString(), SplitPeriod::Month});
    QVERIFY(loaded.wait(30000));
    QCOMPARE(page.history().snapshots.size(), std::size_t(1));
    QCOMPARE(page.history().snapshots.front().asOf, QStringLiteral("2026-01-31"));
    QVERIFY(page.emptyText().isEmpty());
}

void TestDriftPage::damagedHistoryIsKeptAndExplained() {
    const QString bad = tmp_.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray junk = QByteArray("this is not a database ").repeated(200);
    file.write(junk);
    file.close();
    Workspace ws;
    ws.setHistoryPath(bad);
    DriftPage page(&ws);
    page.setDemoEnabled(false);
    QSignalSpy failed(&page, &DriftPage::loadFailed);
    page.resize(1280, 800);
    page.show();
    QVERIFY(failed.wait(20000));
    QVERIFY(!page.emptyText().isEmpty());
    QVERIFY(page.findChild<QPushButton*>() != nullptr);
    bool offered = false;
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("fresh history")) && b->isVisibleTo(&page)) offered = true;
    QVERIFY(offered);
    QFile again(bad);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), junk);  // never overwritten
    page.grab().save(testshots::path(QStringLiteral("drift_page_damaged.png")));
}

void TestDriftPage::cleanupTestCase() {
    delete page_;
    page_ = nullptr;
}

QTEST_MAIN(TestDriftPage)
#include "test_drift_page.moc"
