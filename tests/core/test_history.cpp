// SPDX-License-Identifier: GPL-3.0-or-later
// The history: recording, splitting, statuses in words, models and scoring,
// migrations from every earlier schema version, damaged files.
#include <QtTest>

#include <algorithm>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "core/history/history.h"
#include "core/history/schema.h"
#include "core/history/sha256.h"
#include "history_test_util.h"
#include "tests/test_files.h"

using namespace segmenta;
namespace fs = std::filesystem;

namespace {

using testutil::readAll;

SnapshotSource src(const std::string& name) { return {name, 1234, sha256Hex(name)}; }

} // namespace

class TestHistory : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string path(const char* name) { return (fs::path(dir.path().toStdString()) / name).string(); }

private slots:
    void sha256KnownValues() {
        QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 h;
        const std::string longer(1000, 'a');
        h.update(longer.substr(0, 333));
        h.update(longer.substr(333));
        QCOMPARE(h.hexDigest(), sha256Hex(longer));
    }

    void recordAndRead() {
        auto h = History::open(path("a.sqlite"));
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        QCOMPARE(h->schemaVersion(), kHistorySchemaVersion);
        auto s1 = h->recordSnapshot("Shop", testutil::customers(3000, 0, 1), src("jan.csv"), {"2026-01-31", "", {}, {}});
        QVERIFY2(s1, s1 ? "" : s1.error().message.c_str());
        QCOMPARE(s1->status, SnapshotStatus::Ok);
        auto s2 = h->recordSnapshot("Shop", testutil::customers(3000, 0, 2), src("feb.csv"), {"2026-02-28", "", {}, {}});
        QVERIFY(s2);
        QCOMPARE(s2->status, SnapshotStatus::Ok);   // same distribution
        QCOMPARE(*s2->referenceId, s1->id);
        auto s3 = h->recordSnapshot("Shop", testutil::customers(3000, 0.8, 3), src("mar.csv"), {"2026-03-31", "", {}, {}});
        QVERIFY(s3);
        QCOMPARE(s3->status, SnapshotStatus::Drift);
        QVERIFY(!s3->reasons.empty());
        QVERIFY2(s3->reasons[0].find("spend rose") != std::string::npos ||
                     s3->reasons[0].find("channel changed") != std::string::npos,
                 s3->reasons[0].c_str());
        auto ds = h->datasets();
        QVERIFY(ds);
        QCOMPARE(ds->size(), std::size_t(1));
        QCOMPARE((*ds)[0].snapshotCount, 3);
        auto snaps = h->snapshots((*ds)[0].id);
        QVERIFY(snaps);
        QCOMPARE(snaps->size(), std::size_t(3));
        QCOMPARE((*snaps)[0].fileName, std::string("jan.csv"));
        QCOMPARE((*snaps)[2].asOf, std::string("2026-03-31"));
        QCOMPARE((*snaps)[2].status, s3->status);   // judged alone at write time, the same
        QCOMPARE((*snaps)[2].reasons, s3->reasons);
        // The personal column is kept only as counts.
        auto sums = h->summaries(s1->id);
        QVERIFY(sums);
        for (const auto& s : *sums)
            if (s.name == "email") QCOMPARE(s.kind, SummaryKind::Withheld);
        // Any two snapshots side by side.
        auto d = h->drift(s1->id, s3->id);
        QVERIFY(d);
        QVERIFY(d->datasetDrift);
        // Thresholds are per dataset and change the verdict.
        AlertThresholds loose;
        loose.drift.wassersteinNormed = 50;
        loose.drift.jsDistance = 0.9;
        loose.drift.datasetDriftShare = 1.0;
        QVERIFY(h->setThresholds((*ds)[0].id, loose));
        auto again = h->snapshots((*ds)[0].id);
        QCOMPARE((*again)[2].status, SnapshotStatus::Ok);
        auto audit = h->audit();
        QVERIFY(audit);
        QVERIFY(audit->size() >= 4);
        // Unknown dataset: one clear sentence.
        auto missing = h->dataset("Nope");
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void splitByPeriod_data() {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<QString>("firstAsOf");
        // 90 days from 2026-01-01
        QTest::newRow("month") << QStringLiteral("month") << 3 << QStringLiteral("2026-01") << QStringLiteral("2026-01-31");
        QTest::newRow("quarter") << QStringLiteral("quarter") << 1 << QStringLiteral("2026-Q1") << QStringLiteral("2026-03-31");
        QTest::newRow("week") << QStringLiteral("week") << 14 << QStringLiteral("2026-W01") << QStringLiteral("2026-01-04");
    }
    void splitByPeriod() {
        QFETCH(QString, period);
        QFETCH(int, count);
        QFETCH(QString, firstLabel);
        QFETCH(QString, firstAsOf);
        const std::string p = path(("split-" + period.toStdString() + ".sqlite").c_str());
        auto h = History::open(p);
        QVERIFY(h);
        SplitPeriod sp;
        QVERIFY(parseSplitPeriod(period.toStdString(), sp));
        auto r = h->recordSplit("Orders", testutil::customers(5000, 0, 4, daysFromCivil(2026, 1, 1)), src("orders.csv"),
                                "order_date", sp);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QCOMPARE(int(r->size()), count);
        QCOMPARE(QString::fromStdString((*r)[0].label), firstLabel);
        QCOMPARE(QString::fromStdString((*r)[0].asOf), firstAsOf);
        std::int64_t rows = 0;
        for (const auto& s : *r) rows += s.rows;
        QCOMPARE(rows, std::int64_t(5000));
        auto bad = h->recordSplit("Orders", testutil::customers(10, 0, 4), src("o.csv"), "spend", sp);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::BadInput);
    }

    void modelsAndScoring() {
        auto h = History::open(path("m.sqlite"));
        QVERIFY(h);
        const Table train = testutil::customers(2000, 0, 10);
        auto snap = h->recordSnapshot("Shop", train, src("train.csv"), {"2026-01-31", "", {}, {}});
        QVERIFY(snap);
        const auto model = testutil::twoSegmentModel();
        auto saved = saveModel(*h, "Shop", "Spend", model, snap->id, &train);
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());
        QCOMPARE(saved->version, 1);
        QCOMPARE(saved->segmentNames, model.names);
        QCOMPARE(saved->features, (std::vector<std::string>{"spend", "visits"}));
        QCOMPARE(saved->trainedOnSnapshotId, snap->id);
        // Saving the name again keeps the first and uses the newest.
        auto saved2 = saveModel(*h, "Shop", "Spend", model, snap->id, &train);
        QVERIFY(saved2);
        QCOMPARE(saved2->version, 2);
        auto unknownDs = saveModel(*h, "Nope", "X", model, 0);
        QVERIFY(!unknownDs);
        QCOMPARE(unknownDs.error().kind, ErrorKind::NotFound);

        ScoreOptions so;
        so.asOf = "2026-02-28";
        auto same = h->score("Spend", testutil::customers(2000, 0, 11), src("feb.csv"), so);
        QVERIFY2(same, same ? "" : same.error().message.c_str());
        QVERIFY(!same->scoring.resegmentSuggested);
        QCOMPARE(same->segmentOfRow.size(), std::size_t(2000));
        QVERIFY(same->scoring.labelColumn);
        QCOMPARE(*same->scoring.labelColumn, std::string("churned"));
        so.asOf = "2026-03-31";
        auto moved = h->score("Spend", testutil::customers(2000, 0.9, 12), src("mar.csv"), so);
        QVERIFY(moved);
        QVERIFY(moved->scoring.resegmentSuggested);
        QCOMPARE(moved->snapshot.status, SnapshotStatus::Drift);
        QVERIFY(moved->snapshot.resegmentSuggested);
        bool said = false;
        for (const auto& r : moved->snapshot.reasons) said = said || r == "Re-segmenting suggested";
        QVERIFY(said);
        QVERIFY(moved->driftVsTraining);
        // The status returned at write time (only the new month judged) is the one
        // the whole history gives it.
        auto all = h->snapshots(saved2->datasetId);
        QVERIFY(all);
        for (const auto* written : {&same->snapshot, &moved->snapshot}) {
            const auto it = std::find_if(all->begin(), all->end(), [&](const SnapshotInfo& s) { return s.id == written->id; });
            QVERIFY(it != all->end());
            QCOMPARE(it->status, written->status);
            QCOMPARE(it->reasons, written->reasons);
            QCOMPARE(it->resegmentSuggested, written->resegmentSuggested);
            QCOMPARE(it->referenceId, written->referenceId);
            QCOMPARE(it->driftShare, written->driftShare);
        }

        auto shares = h->segmentShares(saved2->id);
        QVERIFY(shares);
        QCOMPARE(shares->labels.size(), std::size_t(3));   // training + two months
        QCOMPARE(shares->segmentNames, model.names);
        QVERIFY(shares->shares[2][1] > shares->shares[0][1]);   // more high spenders in March
        auto quality = h->quality(saved2->id);
        QVERIFY(quality);
        QCOMPARE(quality->meanDistance.size(), std::size_t(3));
        auto outcome = h->outcomeRates(saved2->id);
        QVERIFY(outcome);
        QCOMPARE(outcome->labelColumn, std::string("churned"));
        QVERIFY(outcome->rates.back()[0].has_value());

        auto matrix = h->driftMatrix(saved2->datasetId, ReferenceMode::Training, saved2->id);
        QVERIFY(matrix);
        QCOMPARE(matrix->snapshots.size(), std::size_t(3));
        QVERIFY(!matrix->referenceIds[0]);              // the training snapshot is the reference
        QCOMPARE(*matrix->referenceIds[2], snap->id);
        QVERIFY(!matrix->columns.empty());
        QVERIFY(matrix->cells[2][0].has_value());

        // A file without the model's columns: named, nothing recorded.
        Table lacking = testutil::customers(100, 0, 13);
        lacking.columns.erase(lacking.columns.begin() + 1);   // drop "visits"
        auto bad = h->score("Spend", lacking, src("bad.csv"), so);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::BadInput);
        QVERIFY2(bad.error().message.find("visits") != std::string::npos, bad.error().message.c_str());
        QCOMPARE(h->snapshots(saved2->datasetId)->size(), std::size_t(3));
        auto unknown = h->score("Nope", lacking, src("x.csv"), so);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }

    void migratesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("from");
        for (int v = 0; v < kHistorySchemaVersion; ++v) QTest::newRow(qPrintable(QString::number(v))) << v;
    }
    void migratesFromEveryEarlierVersion() {
        QFETCH(int, from);
        const std::string p = path(("old-" + std::to_string(from) + ".sqlite").c_str());
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(p.c_str(), &db), SQLITE_OK);
            std::string err;
            QVERIFY(history_schema::migrate(db, 0, from, &err));
            if (from >= 1) {
                QCOMPARE(sqlite3_exec(db, "INSERT INTO datasets(id, name, created_at) VALUES(1, 'Old', '2025-01-01');"
                                          "INSERT INTO snapshots(id, dataset_id, label, as_of, file_name, file_size, sha256, "
                                          "imported_at, row_count, column_count, schema_json) VALUES(1, 1, '2025-01', "
                                          "'2025-01-31', 'old.csv', 10, 'ab', '2025-02-01', 100, 0, '[]');",
                                      nullptr, nullptr, nullptr), SQLITE_OK);
            }
            if (from >= 2) {
                QCOMPARE(sqlite3_exec(db, "INSERT INTO models(id, dataset_id, name, version, algorithm, segment_count, "
                                          "trained_on_snapshot, created_at, app_version, model_json) VALUES(1, 1, 'M', 1, "
                                          "'kmeans', 2, 1, '2025-02-01', '0.1', '{}');"
                                          "INSERT INTO scorings(model_id, snapshot_id, scored_at, counts_json, unassigned) "
                                          "VALUES(1, 1, '2025-02-01', '[60,40]', 0);",
                                      nullptr, nullptr, nullptr), SQLITE_OK);
            }
            sqlite3_close(db);
        }
        auto h = History::open(p);
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        QCOMPARE(h->schemaVersion(), kHistorySchemaVersion);
        if (from >= 1) {
            auto ds = h->dataset("Old");
            QVERIFY(ds);
            auto snaps = h->snapshots(ds->id);
            QVERIFY(snaps);
            QCOMPARE(snaps->size(), std::size_t(1));
            QCOMPARE((*snaps)[0].fileName, std::string("old.csv"));
            auto audit = h->audit();
            QVERIFY(audit->back().action == "migrate");
        }
        if (from >= 2) {
            auto m = h->model("M");
            QVERIFY(m);
            QCOMPARE(m->segmentNames.size(), std::size_t(2));   // defaults when the old row had none
            auto shares = h->segmentShares(m->id);
            QVERIFY(shares);
            QCOMPARE(shares->shares[0][0], 0.6);
        }
        // And it keeps working: record into the migrated file.
        QVERIFY(h->recordSnapshot("Old", testutil::customers(200, 0, 1), src("new.csv"), {"2025-03-31", "", {}, {}}));
    }

    void damagedFilesAreKeptAndExplained_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("corrupted pages") << QStringLiteral("pages");
    }
    void damagedFilesAreKeptAndExplained() {
        QFETCH(QString, kind);
        const std::string p = path(("damaged-" + kind.toStdString() + ".sqlite").c_str());
        if (kind == QStringLiteral("garbage")) {
            std::ofstream(p, std::ios::binary) << std::string(5000, 'x');
        } else {
            {
                auto h = History::open(p);
                QVERIFY(h);
                for (int i = 0; i < 4; ++i)
                    QVERIFY(h->recordSnapshot("Shop", testutil::customers(3000, 0, std::uint64_t(i)), src("m.csv")));
            }
            std::string bytes = readAll(p);
            if (kind == QStringLiteral("truncated")) bytes.resize(bytes.size() / 3);
            else for (std::size_t i = 8192; i + 100 < bytes.size(); i += 4096) bytes.replace(i + 40, 60, std::string(60, '\x5a'));
            std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
            fs::remove(p + "-wal");
            fs::remove(p + "-shm");
        }
        const std::string before = readAll(p);
        auto h = History::open(p);
        QVERIFY(!h);
        QCOMPARE(h.error().kind, ErrorKind::Damaged);
        QVERIFY2(h.error().message.find("damaged") != std::string::npos, h.error().message.c_str());
        QVERIFY2(h.error().message.find(".fresh") != std::string::npos, h.error().message.c_str());
        QCOMPARE(readAll(p), before);   // never overwritten
        const std::string fresh = History::freshPathBeside(p);
        QVERIFY(!fs::exists(fresh));
        QVERIFY(History::open(fresh));
    }

    void newerFormatIsRefused() {
        const std::string p = path("newer.sqlite");
        {
            auto h = History::open(p);
            QVERIFY(h);
            sqlite3_exec(h->handle(), "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        }
        auto h = History::open(p);
        QVERIFY(!h);
        QCOMPARE(h.error().kind, ErrorKind::BadInput);
        QVERIFY(h.error().message.find("newer Segmenta") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
