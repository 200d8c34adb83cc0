// SPDX-License-Identifier: GPL-3.0-or-later
// The history next to other processes and other files: first writers racing to
// create one history, a model save killed at any moment, files of other programs
// and empty files left byte-identical by readers, read-only places, stored
// values out of range, a full disk at creation. (Paths SQLite would not keep as
// files: tests/cli/test_cli_history_safety.cpp, through every command.)
#include <QtTest>

#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/common/random.h"
#include "core/history/history.h"
#include "core/history/sha256.h"
#include "history_test_util.h"
#include "tests/run_together.h"
#include "tests/test_files.h"

using namespace segmenta;
namespace fs = std::filesystem;

namespace {

using testutil::filesIn;
using testutil::readAll;

SnapshotSource src(const std::string& name) { return {name, 1, sha256Hex(name)}; }

// Runs `body` in a child process and returns its exit status (0 = every check
// held); the child says what failed on stderr. Checks in a child cannot use
// QVERIFY: a failing one would return into the parent's copy of the test run.
template <typename Body>
int inChild(Body&& body) {
    const pid_t child = fork();
    if (child == 0) _exit(body());
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

int failed(int code, const std::string& why) {
    std::fprintf(stderr, "child check %d failed: %s\n", code, why.c_str());
    return code;
}

void exec(sqlite3* db, const char* sqlText) {
    char* msg = nullptr;
    if (sqlite3_exec(db, sqlText, nullptr, nullptr, &msg) != SQLITE_OK) {
        const std::string why = msg ? msg : "?";
        sqlite3_free(msg);
        QFAIL(why.c_str());
    }
}

// Changes stored values behind the history's back, as a damaged disk or another program would.
void tamper(const std::string& path, const char* sqlText) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    exec(db, sqlText);
    sqlite3_close(db);
}

std::int64_t count(History& h, const char* sqlText) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h.handle(), sqlText, -1, &st, nullptr) != SQLITE_OK) return -1;
    const std::int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
}

} // namespace

class TestHistoryNeighbours : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string path(const std::string& name) { return (fs::path(dir.path().toStdString()) / name).string(); }

private slots:
    // Two to four processes create the same new history at the same moment, 20
    // times: every one of them records, none is refused, nothing is lost.
    void concurrentFirstWritersAllRecord() {
        Random rng(19);
        const Table small = testutil::customers(300, 0, 5);
        for (int round = 0; round < 20; ++round) {
            const std::string p = path("first-" + std::to_string(round) + ".sqlite");
            const int writers = 2 + int(rng.below(3));
            const auto codes = testutil::runTogether(writers, [&](int w) {
                History::OpenOptions o;
                o.busyTimeoutMs = 20000;
                auto h = History::open(p, o);
                if (!h) return failed(3, h.error().message);
                auto s = h->recordSnapshot("Shop", small, src("w" + std::to_string(w) + ".csv"));
                if (!s) return failed(4, s.error().message);
                return 0;
            });
            QCOMPARE(codes, std::vector<int>(std::size_t(writers), 0));
            auto h = History::open(p);
            QVERIFY2(h, h ? "" : h.error().message.c_str());
            auto ds = h->dataset("Shop");
            QVERIFY(ds);
            QCOMPARE(h->snapshots(ds->id)->size(), std::size_t(writers));
            // Nothing but the history and SQLite's own files: no half-made copies left.
            for (const auto& name : filesIn(dir.path().toStdString()))
                QVERIFY2(name.find(".new-") == std::string::npos, name.c_str());
        }
    }

    // segment --save-model killed at random moments: the history holds the whole
    // model (its snapshot, the model, one training scoring) or none of it.
    void sigkillDuringSaveModelLeavesAllOrNothing() {
        const std::string p = path("save-kill.sqlite");
        { QVERIFY(History::open(p)); }
        const Table table = testutil::customers(40000, 0, 3);
        const SegmentModel model = testutil::twoSegmentModel();
        Random rng(2026);
        int saved = 0;
        for (int round = 0; round < 12; ++round) {
            int ready[2];
            QCOMPARE(pipe(ready), 0);
            const pid_t child = fork();
            if (child == 0) {
                auto h = History::open(p);
                if (!h) _exit(3);
                const char c = 'x';
                if (write(ready[1], &c, 1) != 1) _exit(4);
                for (int i = 0;; ++i)
                    (void)recordAndSaveModel(*h, "Shop", "Spend", model, table, src("train.csv"));
            }
            char c;
            QCOMPARE(read(ready[0], &c, 1), ssize_t(1));
            usleep(useconds_t(rng.below(400)) * 1000);
            kill(child, SIGKILL);
            int status = 0;
            waitpid(child, &status, 0);
            QVERIFY(WIFSIGNALED(status));
            close(ready[0]);
            close(ready[1]);
            auto h = History::open(p);
            QVERIFY2(h, h ? "" : h.error().message.c_str());
            const auto models = count(*h, "SELECT COUNT(*) FROM models");
            QCOMPARE(count(*h, "SELECT COUNT(*) FROM snapshots"), models);   // no snapshot without its model
            QCOMPARE(count(*h, "SELECT COUNT(*) FROM scorings"), models);    // one training scoring each
            QCOMPARE(count(*h, "SELECT COUNT(*) FROM models m WHERE NOT EXISTS (SELECT 1 FROM scorings s WHERE "
                               "s.model_id = m.id AND s.snapshot_id = m.trained_on_snapshot)"),
                     std::int64_t(0));
            QCOMPARE(count(*h, "SELECT COUNT(*) FROM snapshots s WHERE s.column_count <> (SELECT COUNT(*) FROM "
                               "column_summaries c WHERE c.snapshot_id = s.id)"),
                     std::int64_t(0));
            saved = int(models);
        }
        QVERIFY(saved > 0);   // the kills did not all come before the first save
    }

    void saveModelChecksNamesBeforeWriting() {
        const std::string p = path("names.sqlite");
        auto h = History::open(p);
        QVERIFY(h);
        const Table table = testutil::customers(500, 0, 1);
        auto r = recordAndSaveModel(*h, "Shop", "", testutil::twoSegmentModel(), table, src("t.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QCOMPARE(count(*h, "SELECT COUNT(*) FROM snapshots"), std::int64_t(0));
        QCOMPARE(count(*h, "SELECT COUNT(*) FROM datasets"), std::int64_t(0));
    }

    // Reading a file that is not a history (another program's SQLite database,
    // in either journal mode, or an empty file) is refused with a plain sentence
    // and leaves it byte for byte as it was, without SQLite's side files.
    void readersLeaveForeignFilesByteIdentical_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign");
        QTest::newRow("foreign sqlite in WAL mode") << QStringLiteral("foreign-wal");
        QTest::newRow("empty file") << QStringLiteral("empty");
    }
    void readersLeaveForeignFilesByteIdentical() {
        QFETCH(QString, kind);
        const std::string p = path("other-" + kind.toStdString() + ".db");
        if (kind == QStringLiteral("empty")) {
            std::ofstream(p, std::ios::binary).flush();
        } else {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(p.c_str(), &db), SQLITE_OK);
            if (kind == QStringLiteral("foreign-wal")) exec(db, "PRAGMA journal_mode=WAL");
            exec(db, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('keep me')");
            sqlite3_close(db);
        }
        const std::string before = readAll(p);
        const auto filesBefore = filesIn(dir.path().toStdString());
        History::OpenOptions o;
        o.readOnly = true;
        auto h = History::open(p, o);
        QVERIFY(!h);
        QCOMPARE(h.error().kind, ErrorKind::BadInput);
        QVERIFY2(h.error().message.find("not a Segmenta history") != std::string::npos, h.error().message.c_str());
        QVERIFY(h.error().message.find('\n') == std::string::npos);
        QVERIFY(readAll(p) == before);
        QCOMPARE(filesIn(dir.path().toStdString()), filesBefore);
        if (kind != QStringLiteral("empty")) {   // a writer refuses another program's database too
            auto w = History::open(p);
            QVERIFY(!w);
            QCOMPARE(w.error().kind, ErrorKind::BadInput);
            QVERIFY(readAll(p) == before);
        }
        fs::remove(p);
    }

    // An intact history in a folder that cannot be written opens read-only and
    // says why; writing is refused with that reason; nothing changes on disk.
    void readOnlyFolderOpensReadOnly() {
        const std::string folder = path("locked");
        fs::create_directory(folder);
        const std::string p = folder + "/history.sqlite";
        std::int64_t datasetId = 0;
        {
            auto h = History::open(p);
            QVERIFY(h);
            auto s = h->recordSnapshot("Shop", testutil::customers(500, 0, 1), src("jan.csv"));
            QVERIFY(s);
            datasetId = s->datasetId;
        }
        QVERIFY(!fs::exists(p + "-wal"));
        const std::string before = readAll(p);
        // root may write anywhere: the checks then run as user "nobody", who owns the file but not the folder
        const bool root = geteuid() == 0;
        if (root) {
            fs::permissions(dir.path().toStdString(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                                          fs::perms::others_read | fs::perms::others_exec);
            QCOMPARE(chown(p.c_str(), 65534, 65534), 0);
        }
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
        const int code = inChild([&]() -> int {
            if (root && (setgid(65534) != 0 || setuid(65534) != 0)) return failed(2, "cannot become nobody");
            auto h = History::open(p);
            if (!h) return failed(3, h.error().message);
            if (!h->readOnly() || h->readOnlyReason().find("folder") == std::string::npos)
                return failed(4, "not read-only: '" + h->readOnlyReason() + "'");
            auto snaps = h->snapshots(datasetId);
            if (!snaps || snaps->size() != 1) return failed(5, "cannot read the snapshots");
            if (!h->driftMatrix(datasetId, ReferenceMode::Previous)) return failed(6, "cannot read the drift");
            auto w = h->recordSnapshot("Shop", testutil::customers(500, 0, 2), src("feb.csv"));
            if (w || w.error().message.find("can only be read") == std::string::npos ||
                w.error().message.find("folder is read-only") == std::string::npos)
                return failed(7, w ? "recorded" : w.error().message);
            History::OpenOptions o;
            o.readOnly = true;
            auto r = History::open(p, o);
            if (!r || !r->dataset("Shop")) return failed(8, r ? "no dataset" : r.error().message);
            return 0;
        });
        fs::permissions(folder, fs::perms::owner_all);
        QCOMPARE(code, 0);
        QVERIFY(readAll(p) == before);
        QCOMPARE(filesIn(folder), std::vector<std::string>{"history.sqlite"});
    }

    // A stored value that steers a computation is checked when read back: the
    // command stops at once with damage named, instead of running for hours.
    void corruptedStoredFieldsAreNamed_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("field");
        QTest::newRow("psi_bins huge") << QStringLiteral("UPDATE datasets SET thresholds_json = '{\"psi_bins\": 1e9}'")
                                       << QStringLiteral("psi_bins");
        QTest::newRow("psi_bins fraction") << QStringLiteral("UPDATE datasets SET thresholds_json = '{\"psi_bins\": 2.5}'")
                                           << QStringLiteral("psi_bins");
        QTest::newRow("p_value text") << QStringLiteral("UPDATE datasets SET thresholds_json = '{\"p_value\": \"low\"}'")
                                      << QStringLiteral("p_value");
        QTest::newRow("drift share negative")
            << QStringLiteral("UPDATE datasets SET thresholds_json = '{\"dataset_drift_share\": -3}'")
            << QStringLiteral("dataset_drift_share");
        QTest::newRow("not json") << QStringLiteral("UPDATE datasets SET thresholds_json = '{psi'")
                                  << QStringLiteral("thresholds_json");
        QTest::newRow("segment_count huge") << QStringLiteral("UPDATE models SET segment_count = 1000000000")
                                            << QStringLiteral("segment_count");
    }
    void corruptedStoredFieldsAreNamed() {
        QFETCH(QString, sql);
        QFETCH(QString, field);
        const std::string p = path("tampered-" + field.toStdString() + ".sqlite");
        fs::remove(p);
        const Table jan = testutil::customers(2000, 0, 1, 20454), feb = testutil::customers(2000, 0.5, 2, 20485);
        {
            auto h = History::open(p);
            QVERIFY(h);
            QVERIFY(h->recordSnapshot("Shop", jan, src("jan.csv")));
            QVERIFY(recordAndSaveModel(*h, "Shop", "Spend", testutil::twoSegmentModel(), jan, src("jan.csv")));
        }
        tamper(p, sql.toStdString().c_str());
        auto h = History::open(p);
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        auto ds = h->dataset("Shop");
        QVERIFY(ds);
        const std::int64_t snapshotsBefore = count(*h, "SELECT COUNT(*) FROM snapshots");
        auto named = [&](const Error& e) {
            return e.kind == ErrorKind::Damaged && e.message.find(field.toStdString()) != std::string::npos &&
                   e.message.find('\n') == std::string::npos;
        };
        // What `history`, `record`, `record --split-by` and `score` do first.
        if (field == QStringLiteral("segment_count")) {
            auto m = h->models(ds->id);
            QVERIFY(!m);
            QVERIFY2(named(m.error()), m.error().message.c_str());
            auto s = h->score("Spend", feb, src("feb.csv"));
            QVERIFY(!s);
            QVERIFY2(named(s.error()), s.error().message.c_str());
        } else {
            auto t = h->thresholds(ds->id);
            QVERIFY(!t);
            QVERIFY2(named(t.error()), t.error().message.c_str());
            auto m = h->driftMatrix(ds->id, ReferenceMode::Previous);
            QVERIFY(!m);
            QVERIFY2(named(m.error()), m.error().message.c_str());
            auto r = h->recordSnapshot("Shop", feb, src("feb.csv"));
            QVERIFY(!r);
            QVERIFY2(named(r.error()), r.error().message.c_str());
            auto split = h->recordSplit("Shop", feb, src("feb.csv"), "order_date", SplitPeriod::Month);
            QVERIFY(!split);
            QVERIFY2(named(split.error()), split.error().message.c_str());
            auto s = h->score("Spend", feb, src("feb.csv"));
            QVERIFY(!s);
            QVERIFY2(named(s.error()), s.error().message.c_str());
        }
        QCOMPARE(count(*h, "SELECT COUNT(*) FROM snapshots"), snapshotsBefore);   // nothing half-recorded
    }

    // Recording a file split by month stores each month's drift judged with the
    // dataset's own thresholds (as recording one file does), not the defaults.
    void splitUsesTheDatasetsThresholds() {
        const std::string p = path("split-thresholds.sqlite");
        auto h = History::open(p);
        QVERIFY(h);
        const Table months = testutil::customers(6000, 0, 4);   // order dates over three months
        auto storedDrifts = [&](const std::string& dataset) {
            auto recorded = h->recordSplit(dataset, months, src("q1.csv"), "order_date", SplitPeriod::Month);
            if (!recorded || recorded->size() != 3) return std::int64_t(-1);
            const std::string q = "SELECT COUNT(*) FROM drift_results r JOIN snapshots s ON s.id = r.snapshot_id "
                                  "JOIN datasets d ON d.id = s.dataset_id WHERE r.verdict = 'drift' AND d.name = '" +
                                  dataset + "'";   // a fixed name of this test, not data
            return count(*h, q.c_str());
        };
        QCOMPARE(storedDrifts("Defaults"), std::int64_t(0));   // three months of one population
        auto id = h->ensureDataset("Strict");
        QVERIFY(id);
        AlertThresholds strict;
        strict.drift.pValue = 1.0;   // every difference "significant"
        strict.drift.wassersteinNormed = 0;
        strict.drift.jsDistance = 0;
        QVERIFY(h->setThresholds(*id, strict));
        QVERIFY(storedDrifts("Strict") >= 2 * 4);   // months 2 and 3, spend, visits, channel and churned at least
        AlertThresholds wild;
        wild.drift.psiBins = 1000000000;
        auto refused = h->setThresholds(*id, wild);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.find("psi_bins") != std::string::npos);
    }

    // A full disk while a new history is set up: the error says so and nothing
    // is left behind (the history, its -wal/-shm, or a half-made copy).
    void fullDiskAtCreationLeavesNothing() {
        const std::string folder = path("full");
        fs::create_directory(folder);
        const std::string p = folder + "/new.sqlite";
        const int code = inChild([&]() -> int {
            signal(SIGXFSZ, SIG_IGN);
            rlimit limit{16384, 16384};   // files may not grow past 16 KiB: a new history needs more
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return failed(2, "setrlimit");
            auto h = History::open(p);
            if (h) return failed(3, "created despite the full disk");
            if (h.error().kind != ErrorKind::Io) return failed(4, h.error().message);
            return 0;
        });
        QCOMPARE(code, 0);
        QCOMPARE(filesIn(folder), std::vector<std::string>{});
        // With room again, the same path works.
        auto h = History::open(p);
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        QVERIFY(h->recordSnapshot("Shop", testutil::customers(300, 0, 1), src("m.csv")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryNeighbours)
#include "test_history_neighbours.moc"
