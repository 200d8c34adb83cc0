// SPDX-License-Identifier: GPL-3.0-or-later
// Recording the loaded table from the GUI (File ▸ Record this file in history…):
// the dialog's defaults, the worker that records one snapshot or one per period;
// and the month line charts with gaps. (The page's empty state: test_drift_page.)
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

#include "core/demo/demo_generator.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "ui/common/background_task.h"
#include "ui/common/workspace.h"
#include "ui/drift/history_recorder.h"
#include "ui/drift/outcome_rate_chart.h"
#include "ui/drift/quality_chart.h"
#include "ui/drift/record_dialog.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

class TestDriftRecord : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultAsOf();
    void recordsOneSnapshot();
    void recordsOnePerMonth();
    void lineChartsKeepGaps();

private:
    std::shared_ptr<const Table> loadDemo(int rows, double drift, const QString& name);
    QTemporaryDir tmp_;
};

void TestDriftRecord::initTestCase() { QVERIFY(tmp_.isValid()); }

std::shared_ptr<const Table> TestDriftRecord::loadDemo(int rows, double drift, const QString& name) {
    DemoOptions o;
    o.rows = std::size_t(rows);
    o.drift = drift;
    const QString path = tmp_.filePath(name);
    if (!writeDemoCsv(generateCustomers(o).table, path.toStdString())) return nullptr;
    auto imported = readCsvFile(path.toStdString());
    if (!imported) return nullptr;
    return std::make_shared<const Table>(std::move(imported->table));
}

void TestDriftRecord::defaultAsOf() {
    Table noDates;
    Column c;
    c.name = "x";
    c.type = ColumnType::Decimal;
    c.numbers = {1, 2, 3};
    c.missing = {false, false, false};
    noDates.columns.push_back(c);
    QCOMPARE(RecordDialog::defaultAsOf(noDates, QStringLiteral("/data/customers_2026-02.csv")), QDate(2026, 2, 28));
    QCOMPARE(RecordDialog::defaultAsOf(noDates, QStringLiteral("/data/export 2026-05-14.csv")), QDate(2026, 5, 14));
    QCOMPARE(RecordDialog::defaultAsOf(noDates, QStringLiteral("/data/customers.csv")), QDate::currentDate());
    auto demo = loadDemo(300, 0, QStringLiteral("asof.csv"));
    QVERIFY(demo);
    RecordDialog dialog(*demo, QStringLiteral("/data/customers_2026-04.csv"), {QStringLiteral("Demo customers")});
    QCOMPARE(dialog.request().dataset, QStringLiteral("customers"));   // the file name without its date
    // The dialog says that "customers" is a new dataset beside "Demo customers", and
    // that the file name speaks for another date than the latest one in the file.
    const auto labelWith = [&dialog](const QString& text) {
        for (const QLabel* l : dialog.findChildren<QLabel*>())
            if (l->text().contains(text)) return true;
        return false;
    };
    QVERIFY(labelWith(QStringLiteral("Starts a new dataset “customers”")));
    QVERIFY(labelWith(QStringLiteral("The file name says 2026-04-30")));
    dialog.findChild<QComboBox*>()->setCurrentText(QStringLiteral("Demo customers"));
    QVERIFY(labelWith(QStringLiteral("Adds a snapshot to the dataset “Demo customers”")));
    dialog.findChild<QComboBox*>()->setCurrentText(QStringLiteral("customers"));
    dialog.grab().save(testshots::path(QStringLiteral("drift_record_dialog.png")));
    // The demo's snapshot day is 2025-12-31: its latest date wins over the file name.
    QCOMPARE(RecordDialog::defaultAsOf(*demo, QStringLiteral("customers_2026-04.csv")),
             QDate::fromString(QString::fromStdString(segmenta::defaultAsOf(*demo)), Qt::ISODate));
}

void TestDriftRecord::recordsOneSnapshot() {
    Workspace ws;
    ws.setHistoryPath(tmp_.filePath(QStringLiteral("one.sqlite")));
    auto table = loadDemo(2000, 0.5, QStringLiteral("customers_2026-03.csv"));
    QVERIFY(table);
    ws.setTable(table, nullptr, tmp_.filePath(QStringLiteral("customers_2026-03.csv")));
    HistoryRecorder recorder(&ws);
    QSignalSpy done(&recorder, &HistoryRecorder::recorded);
    QSignalSpy failed(&recorder, &HistoryRecorder::failed);
    recorder.record({QStringLiteral("customers"), QDate(2026, 3, 31), QString(), SplitPeriod::Month});
    QVERIFY(done.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(done.first().at(1).toInt(), 1);
    auto db = History::open(ws.historyPath().toStdString());
    QVERIFY(db);
    auto ds = db->dataset("customers");
    QVERIFY(ds);
    auto snaps = db->snapshots(ds->id);
    QVERIFY(snaps);
    QCOMPARE(snaps->size(), std::size_t(1));
    QCOMPARE(snaps->front().asOf, std::string("2026-03-31"));
    QCOMPARE(snaps->front().fileName, std::string("customers_2026-03.csv"));
    QCOMPARE(snaps->front().sha256.size(), std::size_t(64));
}

void TestDriftRecord::recordsOnePerMonth() {
    Workspace ws;
    ws.setHistoryPath(tmp_.filePath(QStringLiteral("split.sqlite")));
    auto table = loadDemo(3000, 0.2, QStringLiteral("split.csv"));
    QVERIFY(table);
    // The date column spanning the most time (the demo's signup date).
    const Column* signup = nullptr;
    std::int64_t widest = -1;
    for (const Column& c : table->columns) {
        if (!isTemporal(c.type) || c.times.empty()) continue;
        const auto [lo, hi] = std::minmax_element(c.times.begin(), c.times.end());
        if (*hi - *lo > widest) { widest = *hi - *lo; signup = &c; }
    }
    QVERIFY2(signup, "the demo has a date column");
    ws.setTable(table, nullptr, tmp_.filePath(QStringLiteral("split.csv")));
    HistoryRecorder recorder(&ws);
    QSignalSpy done(&recorder, &HistoryRecorder::recorded);
    recorder.record({QStringLiteral("by month"), QDate(), QString::fromStdString(signup->name), SplitPeriod::Quarter});
    QVERIFY(done.wait(30000));
    const int n = done.first().at(1).toInt();
    QVERIFY2(n > 1, qPrintable(done.first().at(2).toString()));
    auto db = History::open(ws.historyPath().toStdString());
    QVERIFY(db);
    auto snaps = db->snapshots(db->dataset("by month")->id);
    QVERIFY(snaps);
    QCOMPARE(int(snaps->size()), n);
    QVERIFY(QString::fromStdString(snaps->back().label).contains(QStringLiteral("-Q")));
}

void TestDriftRecord::lineChartsKeepGaps() {
    HistoryView h;
    h.model = QStringLiteral("m");
    h.segmentNames = {QStringLiteral("A"), QStringLiteral("B")};
    h.outcomeName = QStringLiteral("churned");
    h.trainingMeanDistance = 1.0;
    for (int i = 0; i < 36; ++i) {
        SnapshotView s;
        s.label = QDate(2024, 1, 1).addMonths(i).toString(QStringLiteral("yyyy-MM"));
        s.meanDistance = i % 5 == 3 ? kNoValue : 1.0 + i / 100.0;
        s.outcomeRates = i % 7 == 0 ? std::vector<double>{} : std::vector<double>{0.1, 0.2};
        h.snapshots.push_back(s);
    }
    QualityChart quality;
    quality.setHistory(h);
    QCOMPARE(quality.pointCount(), 36 - 7);   // months 3, 8, …, 33 have no fit
    OutcomeRateChart outcome;
    outcome.setHistory(h);
    QCOMPARE(outcome.monthsWithValues(), 36 - 6);
    quality.resize(500, 300);
    quality.grab().save(testshots::path(QStringLiteral("drift_quality_36.png")));
}

QTEST_MAIN(TestDriftRecord)
#include "test_drift_record.moc"
