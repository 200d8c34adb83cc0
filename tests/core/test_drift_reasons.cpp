// SPDX-License-Identifier: GPL-3.0-or-later
// Drift reasons as data (core/drift/drift_reason.h): the right kind and numbers for
// constructed drifts, and the English sentence made from them is the one the CLI
// and the history have always written.
#include <QtTest>
#include <cmath>

#include "core/drift/drift.h"
#include "core/history/demo_history.h"
#include "core/history/history.h"

using namespace segmenta;

namespace {

std::vector<double> range(int from, int to) {   // from … to−1
    std::vector<double> v;
    for (int i = from; i < to; ++i) v.push_back(i);
    return v;
}

} // namespace

class TestDriftReasons : public QObject {
    Q_OBJECT
private slots:
    void numericBandMoved();
    void missingShareOnly();
    void categoryShrankAndNewValues();
    void tooFewRows();
    void datasetLinesFollowReasons();
    void unseenEntries_data();
    void unseenEntries();
    void historySegmentReasons();
};

void TestDriftReasons::numericBandMoved() {
    // 0…999 against 500…1499: the top decile band [899.1, ∞) now holds 60 % (was 10 %).
    const ColumnDrift c = numericDrift("spend", range(0, 1000), range(500, 1500), 0, 0);
    QVERIFY(c.drifted);
    QCOMPARE(c.reasonParts.size(), std::size_t(1));
    const DriftReason& r = c.reasonParts[0];
    QCOMPARE(r.kind, DriftReasonKind::ValuesMoved);
    QCOMPARE(r.column, std::string("spend"));
    QCOMPARE(r.direction, DriftDirection::Rose);
    QCOMPARE(r.band, DriftBand::Highest);
    QVERIFY(std::fabs(r.bandLow - 899.1) < 1e-9);
    QVERIFY(std::isnan(r.bandHigh));
    QCOMPARE(r.before, 0.1);
    QCOMPARE(r.after, 0.6);
    QCOMPARE(r.label, std::string("≥ 899.1"));
    QCOMPARE(c.reason, std::string("spend rose: 60 % of rows are now in the highest band (≥ 899.1) (was 10 %)"));
    QCOMPARE(englishText(c.reasonParts), c.reason);

    // The other way: the lowest band [−∞, 99.9) gains, the median falls.
    const ColumnDrift down = numericDrift("spend", range(0, 1000), range(-500, 500), 0, 0);
    QCOMPARE(down.reasonParts.at(0).direction, DriftDirection::Fell);
    QCOMPARE(down.reasonParts.at(0).band, DriftBand::Lowest);
    QVERIFY(std::isnan(down.reasonParts.at(0).bandLow));
    QVERIFY(std::fabs(down.reasonParts.at(0).bandHigh - 99.9) < 1e-9);
    QCOMPARE(down.reasonParts.at(0).after, 0.6);
}

void TestDriftReasons::missingShareOnly() {
    const ColumnDrift c = numericDrift("age", range(0, 1000), range(0, 1000), 0, 250);
    QVERIFY(c.drifted);
    QVERIFY(!c.valueDrift);
    QCOMPARE(c.reasonParts.size(), std::size_t(1));
    const DriftReason& r = c.reasonParts[0];
    QCOMPARE(r.kind, DriftReasonKind::MissingChanged);
    QCOMPARE(r.before, 0.0);
    QCOMPARE(r.after, 0.2);
    QCOMPARE(c.reason, std::string("age is missing more often: 20 % of rows (was 0 %)"));
}

void TestDriftReasons::categoryShrankAndNewValues() {
    const ColumnDrift c = categoricalDrift("channel", {"web", "store"}, {60, 40}, {"web", "store", "tiktok"},
                                           {20, 50, 30}, 0, 0);
    QVERIFY(c.drifted);
    QCOMPARE(c.reasonParts.size(), std::size_t(2));
    const DriftReason& moved = c.reasonParts[0];
    QCOMPARE(moved.kind, DriftReasonKind::CategoryMoved);
    QCOMPARE(moved.column, std::string("channel"));
    QCOMPARE(moved.label, std::string("web"));
    QCOMPARE(moved.before, 0.6);
    QCOMPARE(moved.after, 0.2);
    const DriftReason& fresh = c.reasonParts[1];
    QCOMPARE(fresh.kind, DriftReasonKind::NewCategories);
    QCOMPARE(fresh.names, std::vector<std::string>{"tiktok"});
    QCOMPARE(fresh.count, std::int64_t(1));
    QCOMPARE(c.reason, std::string("channel changed: 'web' shrank from 60 % to 20 % of rows; new values: tiktok"));
}

void TestDriftReasons::tooFewRows() {
    const ColumnDrift c = numericDrift("spend", range(0, 1000), range(0, 12), 0, 0);
    QCOMPARE(c.verdict, DriftVerdict::TooFewRows);
    QCOMPARE(c.reasonParts.size(), std::size_t(1));
    QCOMPARE(c.reasonParts[0].kind, DriftReasonKind::TooFewRows);
    QCOMPARE(c.reasonParts[0].count, std::int64_t(12));
    QCOMPARE(c.reasonParts[0].needed, std::int64_t(30));
    QCOMPARE(c.reason, std::string("spend: too few rows to judge (12 values; at least 30 needed)"));
}

void TestDriftReasons::datasetLinesFollowReasons() {
    std::vector<ColumnDrift> cols{numericDrift("a", range(0, 1000), range(0, 1000), 0, 0),
                                  numericDrift("b", range(0, 1000), range(500, 1500), 0, 0),
                                  numericDrift("c", range(0, 1000), range(0, 1000), 0, 500)};
    const DatasetDrift d = summariseDrift(cols, DriftThresholds{});
    QCOMPARE(d.reasons.size(), std::size_t(2));
    QCOMPARE(d.reasonLines.size(), d.reasons.size());
    for (std::size_t i = 0; i < d.reasons.size(); ++i) QCOMPARE(englishText(d.reasonLines[i]), d.reasons[i]);
    QCOMPARE(d.reasonLines[0].at(0).column, std::string("b"));   // strongest first
}

void TestDriftReasons::unseenEntries_data() {
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("count");
    QTest::newRow("plain") << QStringLiteral("channel: social (95 rows)") << QStringLiteral("channel") << QStringLiteral("social") << qint64(95);
    QTest::newRow("colon in value") << QStringLiteral("region: a: b (1 rows)") << QStringLiteral("region") << QStringLiteral("a: b") << qint64(1);
    QTest::newRow("not split") << QStringLiteral("something else") << QStringLiteral("") << QStringLiteral("something else") << qint64(-1);
    QTest::newRow("no number") << QStringLiteral("x: y (many rows)") << QStringLiteral("") << QStringLiteral("x: y (many rows)") << qint64(-1);
}

void TestDriftReasons::unseenEntries() {
    QFETCH(QString, entry);
    QFETCH(QString, column);
    QFETCH(QString, name);
    QFETCH(qint64, count);
    DriftReason r;
    r.kind = DriftReasonKind::UnseenByModel;
    addUnseenEntry(r, entry.toStdString());
    QCOMPARE(QString::fromStdString(r.columns.at(0)), column);
    QCOMPARE(QString::fromStdString(r.names.at(0)), name);
    QCOMPARE(qint64(r.counts.at(0)), count);
    QCOMPARE(englishText({r}), "Values the model has not seen: " + entry.toStdString());
}

void TestDriftReasons::historySegmentReasons() {
    // Thresholds so low that every scored month suggests re-segmenting: the share
    // and fit reasons come first, "Re-segmenting suggested" last, each as data.
    QTemporaryDir dir;
    const std::string db = dir.path().toStdString() + "/history.sqlite";
    auto added = ensureDemoHistory(db, SEGMENTA_SOURCE_DIR "/resources/demo");
    QVERIFY2(added, added ? "" : added.error().message.c_str());
    auto h = History::open(db);
    QVERIFY(h);
    auto ds = h->dataset(kDemoDatasetName);
    QVERIFY(ds);
    auto thr = h->thresholds(ds->id);
    QVERIFY(thr);
    thr->segmentSharePsi = 0;
    thr->qualityDecay = -1;   // the lowest a stored threshold may be
    QVERIFY(h->setThresholds(ds->id, *thr));
    auto snaps = h->snapshots(ds->id);
    QVERIFY(snaps);
    const SnapshotInfo& last = snaps->back();
    QVERIFY(last.resegmentSuggested);
    QCOMPARE(last.reasonLines.size(), last.reasons.size());
    for (std::size_t i = 0; i < last.reasons.size(); ++i) QCOMPARE(englishText(last.reasonLines[i]), last.reasons[i]);
    QCOMPARE(last.reasonLines.front().at(0).kind, DriftReasonKind::SegmentShares);
    QVERIFY(!last.reasonLines.front().at(0).label.empty());
    QVERIFY(last.reasonLines.front().at(0).before != last.reasonLines.front().at(0).after);
    QCOMPARE(last.reasonLines.at(1).at(0).kind, DriftReasonKind::FitWorse);
    QCOMPARE(last.reasonLines.back().at(0).kind, DriftReasonKind::Resegment);
    QCOMPARE(last.reasons.back(), std::string("Re-segmenting suggested"));
    bool unseen = false;
    for (const auto& line : last.reasonLines)
        if (line.at(0).kind == DriftReasonKind::UnseenByModel) {
            unseen = true;
            QCOMPARE(line.at(0).columns.at(0), std::string("channel"));
            QVERIFY(line.at(0).counts.at(0) > 0);
        }
    QVERIFY(unseen);   // the demo's new "social" channel
}

QTEST_GUILESS_MAIN(TestDriftReasons)
#include "test_drift_reasons.moc"
