// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's six months are in the history after the first start, once.
#include <QtTest>
#include <utility>

#include "core/history/demo_history.h"
#include "core/history/history.h"

using namespace segmenta;

namespace {

// Snapshots and models of the demo dataset in the history at `db` (0 when absent).
std::pair<std::size_t, std::size_t> demoCounts(const std::string& db) {
    auto h = History::open(db);
    if (!h) return {0, 0};
    auto ds = h->dataset(kDemoDatasetName);
    if (!ds) return {0, 0};
    auto snaps = h->snapshots(ds->id);
    auto models = h->models(ds->id);
    return {snaps ? snaps->size() : 0, models ? models->size() : 0};
}

} // namespace

class TestHistoryDemo : public QObject {
    Q_OBJECT
private slots:
    void demoHistoryOnce() {
        QTemporaryDir dir;
        const std::string db = dir.path().toStdString() + "/history.sqlite";
        const std::string demo = SEGMENTA_SOURCE_DIR "/resources/demo";
        auto added = ensureDemoHistory(db, demo);
        QVERIFY2(added, added ? "" : added.error().message.c_str());
        QVERIFY(*added);
        auto again = ensureDemoHistory(db, demo);
        QVERIFY(again);
        QVERIFY(!*again);
        auto h = History::open(db);
        QVERIFY(h);
        auto ds = h->dataset(kDemoDatasetName);
        QVERIFY(ds);
        auto snaps = h->snapshots(ds->id);
        QVERIFY(snaps);
        QCOMPARE(snaps->size(), std::size_t(7));   // the reference and six months
        QCOMPARE(snaps->front().status, SnapshotStatus::Ok);
        QVERIFY(snaps->back().status != SnapshotStatus::Ok);   // month 6 drifted
        auto models = h->models(ds->id);
        QVERIFY(models);
        QCOMPARE(models->size(), std::size_t(1));
        auto shares = h->segmentShares(models->front().id);
        QVERIFY(shares);
        QCOMPARE(shares->labels.size(), std::size_t(7));
        auto outcome = h->outcomeRates(models->front().id);
        QVERIFY(outcome);
        QCOMPARE(outcome->labelColumn, std::string("churned"));
        auto matrix = h->driftMatrix(ds->id, ReferenceMode::Training);
        QVERIFY(matrix);
        QVERIFY(matrix->columns.size() >= 10);
    }

    // Cancelling the first start half way (or closing the app) must not leave a
    // demo of 3 months for ever: the next start records what is missing.
    void interruptedFirstStartIsResumed() {
        QTemporaryDir dir;
        const std::string db = dir.path().toStdString() + "/history.sqlite";
        const std::string demo = SEGMENTA_SOURCE_DIR "/resources/demo";
        Progress* self = nullptr;
        Progress halfway([&self](double fraction, const std::string&) {
            if (fraction >= 0.5 && self) self->cancel();
        });
        self = &halfway;
        auto first = ensureDemoHistory(db, demo, &halfway);
        QVERIFY(!first);
        QCOMPARE(first.error().kind, ErrorKind::Cancelled);
        const auto [partialSnapshots, partialModels] = demoCounts(db);
        QVERIFY(partialSnapshots > 1 && partialSnapshots < 7);   // really half done
        QCOMPARE(partialModels, std::size_t(1));
        auto resumed = ensureDemoHistory(db, demo);
        QVERIFY2(resumed, resumed ? "" : resumed.error().message.c_str());
        QVERIFY(*resumed);
        auto again = ensureDemoHistory(db, demo);
        QVERIFY(again);
        QVERIFY(!*again);
        // The reference and six months, and the model not fitted twice.
        QCOMPARE(demoCounts(db), std::make_pair(std::size_t(7), std::size_t(1)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryDemo)
#include "test_history_demo.moc"
