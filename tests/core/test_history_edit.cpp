// SPDX-License-Identifier: GPL-3.0-or-later
// Tidying the history by hand (core/history/history_edit.h) and saving a
// segmentation (save_segmentation.h): each change touches only its own rows;
// every other row of every table is byte-for-byte what it was.
#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <set>

#include "core/history/history.h"
#include "core/history/history_edit.h"
#include "core/history/save_segmentation.h"
#include "core/history/sha256.h"
#include "history_test_util.h"

using namespace segmenta;
namespace fs = std::filesystem;

namespace {

SnapshotSource src(const std::string& name) { return {name, 1234, sha256Hex(name)}; }

// Every row a query returns, each cell as its type and raw bytes.
std::vector<std::string> rows(sqlite3* db, const std::string& query) {
    sqlite3_stmt* st = nullptr;
    std::vector<std::string> out;
    if (sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) != SQLITE_OK) return {"prepare failed: " + query};
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, c));
            row += std::to_string(sqlite3_column_type(st, c)) + ":" +
                   std::string(bytes ? bytes : "", std::size_t(sqlite3_column_bytes(st, c))) + "\x1f";
        }
        out.push_back(row);
    }
    sqlite3_finalize(st);
    return out;
}

const char* const kTables[] = {"datasets", "snapshots", "column_summaries", "models", "scorings", "drift_results"};

// Every table but the audit log, each in a fixed order; `where` narrows a table.
std::map<std::string, std::vector<std::string>> dump(sqlite3* db, const std::map<std::string, std::string>& where = {}) {
    std::map<std::string, std::vector<std::string>> out;
    for (const char* t : kTables) {
        const auto w = where.find(t);
        out[t] = rows(db, std::string("SELECT * FROM ") + t + (w == where.end() ? "" : " WHERE " + w->second) +
                              " ORDER BY rowid");
    }
    return out;
}

} // namespace

class TestHistoryEdit : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    int files = 0;

    // Two datasets: "Shop" with January (a model was built on it), February and
    // March scored with it; "Other" with one month.
    struct Fixture {
        std::optional<History> h;
        std::int64_t shop = 0, jan = 0, feb = 0, mar = 0, other = 0;
    };
    Fixture make() {
        Fixture f;
        auto h = History::open((fs::path(dir.path().toStdString()) / ("h" + std::to_string(++files) + ".sqlite")).string());
        if (!h) return f;
        f.h = std::move(*h);
        const Table train = testutil::customers(800, 0, 10);
        auto jan = f.h->recordSnapshot("Shop", train, src("jan.csv"), {"2026-01-31", "2026-01", {}, {}});
        auto saved = saveModel(*f.h, "Shop", "Spend", testutil::twoSegmentModel(), jan->id, &train);
        ScoreOptions so;
        so.asOf = "2026-02-28";
        so.label = "2026-02";
        auto feb = f.h->score("Spend", testutil::customers(800, 0.2, 11), src("feb.csv"), so);
        so.asOf = "2026-03-31";
        so.label = "2026-03";
        auto mar = f.h->score("Spend", testutil::customers(800, 0.6, 12), src("mar.csv"), so);
        auto other = f.h->recordSnapshot("Other", testutil::customers(300, 0, 13), src("o.csv"), {"2026-01-31", "", {}, {}});
        if (!jan || !saved || !feb || !mar || !other) return Fixture{};
        f.shop = jan->datasetId;
        f.jan = jan->id;
        f.feb = feb->snapshot.id;
        f.mar = mar->snapshot.id;
        f.other = other->id;
        return f;
    }

private slots:
    void deletingAMonthRemovesOnlyItsRows() {
        auto f = make();
        QVERIFY(f.h);
        sqlite3* db = f.h->handle();
        const std::string m = std::to_string(f.feb);
        // What must stay: everything but February's own rows and the drift stored against it.
        const auto expected = dump(db, {{"snapshots", "id != " + m},
                                        {"column_summaries", "snapshot_id != " + m},
                                        {"scorings", "snapshot_id != " + m},
                                        {"drift_results", "snapshot_id != " + m + " AND reference_id != " + m}});
        QVERIFY(rows(db, "SELECT 1 FROM column_summaries WHERE snapshot_id = " + m).size() > 3);
        QCOMPARE(rows(db, "SELECT 1 FROM scorings WHERE snapshot_id = " + m).size(), std::size_t(1));
        auto done = deleteSnapshot(*f.h, f.feb);
        QVERIFY2(done, done ? "" : done.error().message.c_str());
        QCOMPARE(dump(db), expected);
        auto left = f.h->snapshots(f.shop);
        QVERIFY(left);
        QCOMPARE(left->size(), std::size_t(2));
        QCOMPARE(left->back().label, std::string("2026-03"));
        auto audit = f.h->audit(f.shop);
        QVERIFY(audit && !audit->empty());
        QCOMPARE(audit->back().action, std::string("delete_snapshot"));
    }

    void theTrainingMonthIsNotDeleted() {
        auto f = make();
        QVERIFY(f.h);
        const auto before = dump(f.h->handle());
        auto refused = deleteSnapshot(*f.h, f.jan);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QVERIFY2(refused.error().message.find("Spend") != std::string::npos, refused.error().message.c_str());
        QCOMPARE(dump(f.h->handle()), before);
        QCOMPARE(deleteSnapshot(*f.h, 9999).error().kind, ErrorKind::NotFound);
    }

    void renamingAndRedatingChangeOneCell() {
        auto f = make();
        QVERIFY(f.h);
        sqlite3* db = f.h->handle();
        const std::string m = std::to_string(f.mar);
        auto others = dump(db, {{"snapshots", "id != " + m}});
        const auto marchBefore = rows(db, "SELECT id, dataset_id, file_name, file_size, sha256, imported_at, row_count, "
                                          "column_count, schema_json FROM snapshots WHERE id = " + m);
        QVERIFY(renameSnapshot(*f.h, f.mar, "March"));
        QVERIFY(redateSnapshot(*f.h, f.mar, "2026-04-01"));
        QCOMPARE(dump(db, {{"snapshots", "id != " + m}}), others);
        QCOMPARE(rows(db, "SELECT id, dataset_id, file_name, file_size, sha256, imported_at, row_count, column_count, "
                          "schema_json FROM snapshots WHERE id = " + m), marchBefore);
        auto march = f.h->snapshot(f.mar);
        QVERIFY(march);
        QCOMPARE(march->label, std::string("March"));
        QCOMPARE(march->asOf, std::string("2026-04-01"));
        // Bad input: said, nothing written.
        const auto now = dump(db);
        QCOMPARE(redateSnapshot(*f.h, f.mar, "2026-02-30").error().kind, ErrorKind::Usage);
        QCOMPARE(redateSnapshot(*f.h, f.mar, "soon").error().kind, ErrorKind::Usage);
        QCOMPARE(renameSnapshot(*f.h, f.mar, "").error().kind, ErrorKind::Usage);
        QCOMPARE(dump(db), now);
    }

    void modelsAreRenamedAndDeletedAlone() {
        auto f = make();
        QVERIFY(f.h);
        sqlite3* db = f.h->handle();
        const auto snapshotsBefore = dump(db, {{"models", "0"}, {"scorings", "0"}});
        // A second version and a second model.
        const Table train = testutil::customers(800, 0, 10);
        QVERIFY(saveModel(*f.h, "Shop", "Spend", testutil::twoSegmentModel(), f.jan, &train));
        QVERIFY(saveModel(*f.h, "Shop", "Other model", testutil::twoSegmentModel(), f.jan, &train));
        const auto keptModel = rows(db, "SELECT * FROM models WHERE name = 'Other model'");
        QCOMPARE(renameModel(*f.h, f.shop, "Spend", "Other model").error().kind, ErrorKind::BadInput);
        QVERIFY(renameModel(*f.h, f.shop, "Spend", "Spending"));
        QCOMPARE(rows(db, "SELECT version FROM models WHERE name = 'Spending' ORDER BY version").size(), std::size_t(2));
        QVERIFY(!f.h->model("Spend", f.shop));
        QCOMPARE(f.h->model("Spending", f.shop)->version, 2);
        QCOMPARE(rows(db, "SELECT * FROM models WHERE name = 'Other model'"), keptModel);
        const auto otherScorings = rows(db, "SELECT sc.* FROM scorings sc JOIN models m ON m.id = sc.model_id "
                                            "WHERE m.name = 'Other model' ORDER BY sc.rowid");
        QVERIFY(deleteModel(*f.h, f.shop, "Spending"));
        QVERIFY(rows(db, "SELECT 1 FROM models WHERE name = 'Spending'").empty());
        QCOMPARE(rows(db, "SELECT * FROM models WHERE name = 'Other model'"), keptModel);
        QCOMPARE(rows(db, "SELECT * FROM scorings ORDER BY rowid"), otherScorings);
        QCOMPARE(dump(db, {{"models", "0"}, {"scorings", "0"}}), snapshotsBefore);   // every month as it was
        QCOMPARE(deleteModel(*f.h, f.shop, "Spending").error().kind, ErrorKind::NotFound);
    }

    void findsTheSameMonth() {
        auto f = make();
        QVERIFY(f.h);
        auto byLabel = snapshotsOfSameMonth(*f.h, f.shop, "2026-02", "2026-02-27");
        QVERIFY(byLabel);
        QCOMPARE(byLabel->size(), std::size_t(1));
        QCOMPARE(byLabel->front().id, f.feb);
        auto byDate = snapshotsOfSameMonth(*f.h, f.shop, "2026-03-31", "2026-03-31");
        QVERIFY(byDate);
        QCOMPARE(byDate->size(), std::size_t(1));
        QCOMPARE(byDate->front().id, f.mar);
        QVERIFY(snapshotsOfSameMonth(*f.h, f.shop, "2026-05", "2026-05-31")->empty());
        QVERIFY(snapshotsOfSameMonth(*f.h, f.other, "2026-02", "2026-02-28")->empty());   // another dataset
        QCOMPARE(snapshotsWithLabel(*f.h, f.shop, "2026-03")->size(), std::size_t(1));
    }

    void savingASegmentationReusesTheMonthOfTheSameBytes() {
        auto f = make();
        QVERIFY(f.h);
        const Table train = testutil::customers(800, 0, 10);
        auto saved = saveSegmentation(*f.h, "Shop", "Again", src("jan.csv"), train, testutil::twoSegmentModel());
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());
        QCOMPARE(saved->trainedOnSnapshotId, f.jan);
        QCOMPARE(f.h->snapshots(f.shop)->size(), std::size_t(3));
        // One baseline scoring for the training month.
        QCOMPARE(f.h->scorings(saved->id)->size(), std::size_t(1));
        // Other bytes: a month of its own; a new dataset is started.
        auto fresh = saveSegmentation(*f.h, "New", "First", src("apr.csv"), train, testutil::twoSegmentModel());
        QVERIFY(fresh);
        QVERIFY(fresh->trainedOnSnapshotId != f.jan);
        QCOMPARE(f.h->snapshots(fresh->datasetId)->size(), std::size_t(1));
        QCOMPARE(saveSegmentation(*f.h, "New", "", src("apr.csv"), train, testutil::twoSegmentModel()).error().kind,
                 ErrorKind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestHistoryEdit)
#include "test_history_edit.moc"
