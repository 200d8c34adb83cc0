// SPDX-License-Identifier: GPL-3.0-or-later
// The Drift page on a long history: the demo plus 29 more generated months,
// 36 snapshots in all, every one scored with the demo model. Checks that the page
// shows all of them and PRINTS how long opening takes (the figure in the README's
// benchmark table; it is not a timed assertion).
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "core/demo/demo_generator.h"
#include "core/history/demo_history.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_page.h"
#include "ui/drift/segment_share_chart.h"
#include "ui/drift/snapshot_timeline.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

class TestDriftPageOpen36 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensThirtySixSnapshots();

private:
    QTemporaryDir tmp_;
    QString db_;
};

void TestDriftPageOpen36::initTestCase() {
    db_ = tmp_.filePath(QStringLiteral("history.sqlite"));
    const std::string demo = SEGMENTA_SOURCE_DIR "/resources/demo";
    auto made = ensureDemoHistory(db_.toStdString(), demo);
    QVERIFY2(made, made ? "" : made.error().message.c_str());
    auto db = History::open(db_.toStdString());
    QVERIFY(db);
    auto dataset = db->dataset(kDemoDatasetName);
    QVERIFY(dataset);
    // 29 more months after the demo's June 2026, drifting a little further each time.
    QDate month(2026, 7, 1);
    for (int m = 0; m < 29; ++m, month = month.addMonths(1)) {
        const QDate last = month.addDays(month.daysInMonth() - 1);
        DemoOptions o;
        o.rows = 2500;
        o.seed = 1000 + std::uint64_t(m);
        o.drift = std::min(1.0, 0.5 + m / 40.0);
        o.snapshotDay = QDate(1970, 1, 1).daysTo(last);
        const QString path = tmp_.filePath(QStringLiteral("customers_%1.csv").arg(month.toString(QStringLiteral("yyyy-MM"))));
        QVERIFY(writeDemoCsv(generateCustomers(o).table, path.toStdString()));
        auto table = readCsvFile(path.toStdString());
        QVERIFY2(table, table ? "" : table.error().message.c_str());
        auto source = describeFile(path.toStdString());
        QVERIFY(source);
        ScoreOptions so;
        so.asOf = last.toString(Qt::ISODate).toStdString();
        so.label = month.toString(QStringLiteral("yyyy-MM")).toStdString();
        so.labelColumn = "churned";
        auto scored = db->score(kDemoModelName, table->table, *source, so, dataset->id);
        QVERIFY2(scored, scored ? "" : scored.error().message.c_str());
    }
}

void TestDriftPageOpen36::opensThirtySixSnapshots() {
    Workspace ws;
    ws.setHistoryPath(db_);
    DriftPage page(&ws);
    page.setDemoEnabled(false);
    page.resize(1280, 800);
    QSignalSpy loaded(&page, &DriftPage::historyLoaded);
    QElapsedTimer first;
    first.start();
    page.show();
    QVERIFY(loaded.wait(60000));
    const qint64 firstMs = first.elapsed();
    QCOMPARE(page.timeline()->count(), 36);
    QCOMPARE(page.heatmap()->columnCount(), 36);
    QCOMPARE(page.shareChart()->shares(0).size(), std::size_t(36));
    QVERIFY(page.heatmap()->driftedCellCount() > 0);

    // Re-open a few times (F5): from the click to the filled widgets, list included.
    std::vector<qint64> total, history;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        page.reload();
        QVERIFY(loaded.wait(60000));
        total.push_back(t.elapsed());
        history.push_back(page.lastOpenMs());
    }
    std::sort(total.begin(), total.end());
    std::sort(history.begin(), history.end());
    qInfo("OPEN36 first show %lld ms; reload median %lld ms (min %lld, max %lld); history part median %lld ms",
          firstMs, total[total.size() / 2], total.front(), total.back(), history[history.size() / 2]);
    page.grab().save(testshots::path(QStringLiteral("drift_page_36.png")));
}

QTEST_MAIN(TestDriftPageOpen36)
#include "test_drift_page_open36.moc"
