// SPDX-License-Identifier: GPL-3.0-or-later
// Score with a saved model… on the Drift page: the dialog's defaults, scoring a
// new demo month with the demo model (it appears in the timeline, the heatmap and
// the segment-share chart), and bad input: missing model columns named, unseen
// categories counted, a damaged history kept as it is, a cancelled run recording
// nothing. Screenshots: /tmp/drift_score_dialog.png, /tmp/drift_page_scored.png.
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>
#include <cmath>

#include "core/demo/demo_generator.h"
#include "core/history/demo_history.h"
#include "core/history/history.h"
#include "ui/common/background_task.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_page.h"
#include "ui/drift/drift_picker.h"
#include "ui/drift/model_scorer.h"
#include "ui/drift/score_dialog.h"
#include "ui/drift/segment_share_chart.h"
#include "ui/drift/snapshot_timeline.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 240000;   // the demo history on a busy machine

int snapshotCount(const QString& db) {
    auto h = History::open(db.toStdString(), {true, 5000, false});
    if (!h) return -1;
    auto d = h->dataset(kDemoDatasetName);
    if (!d) return -1;
    auto s = h->snapshots(d->id);
    return s ? int(s->size()) : -1;
}

// A copy of `from` with cells changed: column `column` dropped, or its value set
// to `value` in the first `rows` data rows. (The demo files have no quoted commas.)
bool rewriteCsv(const QString& from, const QString& to, const QString& column, const QString& value, int rows) {
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text) || !out.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    QTextStream r(&in), w(&out);
    const QStringList header = r.readLine().split(QLatin1Char(','));
    const auto at = header.indexOf(column);
    if (at < 0) return false;
    auto write = [&](QStringList cells) {
        if (value.isNull()) cells.removeAt(at);
        w << cells.join(QLatin1Char(',')) << '\n';
    };
    write(header);
    for (int i = 0; !r.atEnd(); ++i) {
        QStringList cells = r.readLine().split(QLatin1Char(','));
        if (!value.isNull() && i < rows) cells[at] = value;
        write(cells);
    }
    return true;
}

} // namespace

class TestDriftScore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogDefaults();
    void scoresANewMonthOntoThePage();
    void missingModelColumnsAreNamed();
    void unseenCategoriesAreCounted();
    void damagedHistoryIsKept();
    void cancelledRecordsNothing();
    void cleanupTestCase();

private:
    const DatasetView& demoDataset() const { return *page_->picker()->currentDataset(); }
    ScoreRequest requestFor(const QString& file) const;
    // Runs a scoring on its own scorer; returns the outcome or the failure text.
    bool runScorer(const QString& db, const ScoreRequest& request, ScoreOutcome* outcome, QString* failure);

    QTemporaryDir tmp_;
    QString db_;
    QString july_;     // customers_2026-07.csv: a month the history does not have
    Workspace* workspace_ = nullptr;
    DriftPage* page_ = nullptr;
};

void TestDriftScore::initTestCase() {
    QVERIFY(tmp_.isValid());
    // Seven demo months: the page's history gets the first six, July is new.
    const QString files = tmp_.filePath(QStringLiteral("files"));
    DemoFilesOptions o;
    o.months = 7;
    QVERIFY(writeDemoFiles(files.toStdString(), o));
    july_ = files + QStringLiteral("/customers_2026-07.csv");
    const QString demo = tmp_.filePath(QStringLiteral("demo"));
    QVERIFY(QDir().mkpath(demo));
    QVERIFY(QFile::copy(files + QStringLiteral("/customers.csv"), demo + QStringLiteral("/customers.csv")));
    for (int m = 1; m <= 6; ++m) {
        const QString name = QStringLiteral("/customers_2026-%1.csv").arg(m, 2, 10, QLatin1Char('0'));
        QVERIFY(QFile::copy(files + name, demo + name));
    }
    db_ = tmp_.filePath(QStringLiteral("history.sqlite"));
    workspace_ = new Workspace(this);
    workspace_->setHistoryPath(db_);
    page_ = new DriftPage(workspace_);
    page_->setDemoDirectory(demo);
    page_->resize(1280, 800);
    QSignalSpy loaded(page_, &DriftPage::historyLoaded);
    page_->show();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(int(page_->history().snapshots.size()), 7);
    QVERIFY(page_->scoreButton()->isEnabled());   // the demo dataset has a saved model
}

ScoreRequest TestDriftScore::requestFor(const QString& file) const {
    ScoreDialog dialog(demoDataset(), page_->picker()->modelId(), file);
    return dialog.request();
}

void TestDriftScore::dialogDefaults() {
    ScoreDialog dialog(demoDataset(), page_->picker()->modelId(), july_);
    const ScoreRequest r = dialog.request();
    QCOMPARE(r.model, QString::fromUtf8(kDemoModelName));   // the model the page shows
    QCOMPARE(r.dataset, QString::fromUtf8(kDemoDatasetName));
    QVERIFY(r.asOfFromFile);
    QCOMPARE(r.file, july_);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.resize(dialog.sizeHint());
    dialog.grab().save(testshots::path(QStringLiteral("drift_score_dialog.png")));
    // No such file: cannot be accepted, and the note says why.
    dialog.setFile(tmp_.filePath(QStringLiteral("nowhere.csv")));
    QVERIFY(!ok->isEnabled());
    dialog.grab().save(testshots::path(QStringLiteral("drift_score_dialog_missing.png")));
}

void TestDriftScore::scoresANewMonthOntoThePage() {
    QSignalSpy loaded(page_, &DriftPage::historyLoaded);
    QString summary;
    connect(page_->scorer(), &ModelScorer::scored, this, [&summary](const ScoreOutcome&, const QString& s) { summary = s; });
    page_->scorer()->score(requestFor(july_));
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY2(summary.contains(QStringLiteral("2026-07")), qPrintable(summary));
    const HistoryView& h = page_->history();
    QCOMPARE(int(h.snapshots.size()), 8);
    const SnapshotView& last = h.snapshots.back();
    QCOMPARE(last.label, QStringLiteral("2026-07"));
    QCOMPARE(last.asOf, QStringLiteral("2026-07-31"));   // the file's latest date
    QCOMPARE(last.segmentShares.size(), std::size_t(h.segmentNames.size()));
    double total = 0;
    for (double s : last.segmentShares) total += s;
    QVERIFY(std::fabs(total - 1) < 1e-9);
    QCOMPARE(page_->heatmap()->columnCount(), 8);
    QCOMPARE(page_->timeline()->count(), 8);
    QVERIFY(!page_->shareChart()->isEmpty());
    QVERIFY(!last.outcomeRates.empty());   // followed with the same outcome column as the demo months
    QCOMPARE(snapshotCount(db_), 8);
    // Notes, if any, are shown without blocking; close them for the screenshot.
    QTest::qWait(50);
    for (QMessageBox* box : page_->findChildren<QMessageBox*>()) box->close();
    page_->grab().save(testshots::path(QStringLiteral("drift_page_scored.png")));
    page_->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    page_->grab().save(testshots::path(QStringLiteral("drift_page_scored_segments.png")));
    page_->tabs()->setCurrentIndex(0);
}

bool TestDriftScore::runScorer(const QString& db, const ScoreRequest& request, ScoreOutcome* outcome, QString* failure) {
    Workspace ws;
    ws.setHistoryPath(db);
    ModelScorer scorer(&ws);
    bool done = false, ok = false;
    connect(&scorer, &ModelScorer::scored, this, [&](const ScoreOutcome& o, const QString&) { *outcome = o; ok = done = true; });
    connect(&scorer, &ModelScorer::failed, this, [&](const QString& m) { *failure = m; done = true; });
    // Scripted: a month already in the history is kept beside the new one without asking.
    ScoreRequest keepBoth = request;
    keepBoth.sameMonth = SameMonthChoice::KeepBoth;
    scorer.score(keepBoth);
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs)) return false;
    return ok;
}

void TestDriftScore::missingModelColumnsAreNamed() {
    const QString file = tmp_.filePath(QStringLiteral("no_revenue_2026-08.csv"));
    QVERIFY(rewriteCsv(july_, file, QStringLiteral("revenue"), QString(), 0));
    const int before = snapshotCount(db_);
    ScoreOutcome o;
    QString failure;
    QVERIFY(!runScorer(db_, requestFor(file), &o, &failure));
    QVERIFY2(failure.contains(QStringLiteral("revenue")), qPrintable(failure));
    QVERIFY2(failure.startsWith(QStringLiteral("no_revenue_2026-08.csv")), qPrintable(failure));
    QCOMPARE(snapshotCount(db_), before);   // nothing recorded, nothing lost
}

void TestDriftScore::unseenCategoriesAreCounted() {
    const QString file = tmp_.filePath(QStringLiteral("customers_tiktok.csv"));
    QVERIFY(rewriteCsv(july_, file, QStringLiteral("channel"), QStringLiteral("tiktok"), 40));
    ScoreOutcome o;
    QString failure;
    QVERIFY2(runScorer(db_, requestFor(file), &o, &failure), qPrintable(failure));
    QCOMPARE(o.label, QStringLiteral("2026-07-31"));   // no month in the name: labelled by the file's latest date
    QVERIFY2(o.unseenCategories.join(QLatin1Char(' ')).contains(QStringLiteral("tiktok")),
             qPrintable(o.unseenCategories.join(QLatin1Char(' '))));
    QVERIFY2(o.unseenCategories.join(QLatin1Char(' ')).contains(QStringLiteral("40")), qPrintable(o.unseenCategories.join(QLatin1Char(' '))));
    QVERIFY(ModelScorer::notes(o).contains(QStringLiteral("tiktok")));
}

void TestDriftScore::damagedHistoryIsKept() {
    const QString bad = tmp_.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a'));
    }
    QFile f(bad);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    ScoreRequest r = requestFor(july_);
    ScoreOutcome o;
    QString failure;
    QVERIFY(!runScorer(bad, r, &o, &failure));
    QVERIFY2(failure.contains(QStringLiteral("damaged")), qPrintable(failure));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);   // never written to
}

void TestDriftScore::cancelledRecordsNothing() {
    const int before = snapshotCount(db_);
    Workspace ws;
    ws.setHistoryPath(db_);
    ModelScorer scorer(&ws);
    QSignalSpy finished(scorer.task(), &BackgroundTask::finished);
    QSignalSpy scored(&scorer, &ModelScorer::scored);
    scorer.score(requestFor(july_));
    scorer.task()->cancel();
    QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
    QTest::qWait(200);   // the worker has returned (BackgroundTask waits for it)
    QCOMPARE(scored.count(), 0);
    QCOMPARE(snapshotCount(db_), before);
}

void TestDriftScore::cleanupTestCase() { delete page_; }

QTEST_MAIN(TestDriftScore)
#include "test_drift_score.moc"
