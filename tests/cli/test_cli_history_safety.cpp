// SPDX-License-Identifier: GPL-3.0-or-later
// The history through the command line next to other processes and files:
// first recorders racing (some whose import fails), `history` on files that are
// not histories, non-plain --db paths, `segment --save-model` all at once or
// not at all, and a full disk while a new history is made.
#include <QtTest>

#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/common/random.h"
#include "tests/cli/cli_run.h"
#include "tests/run_together.h"
#include "tests/test_files.h"

namespace fs = std::filesystem;

namespace {

using segmenta::testutil::cli;
using segmenta::testutil::filesIn;
using segmenta::testutil::kDemo;
using segmenta::testutil::oneLine;
using segmenta::testutil::readAll;
using Run = segmenta::testutil::CliRun;

std::int64_t count(const std::string& db, const char* sqlText) {
    sqlite3* h = nullptr;
    sqlite3_stmt* st = nullptr;
    std::int64_t n = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(h, sqlText, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
}

int exitCodeOf(pid_t child) {
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

} // namespace

class TestCliHistorySafety : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string at(const std::string& name) { return dir.path().toStdString() + "/" + name; }

private slots:
    // Two to four `record` processes start on the same new history at once, 20
    // rounds; in some rounds one of them is given a file that cannot be
    // imported. Every import that works is recorded, none is refused, and the
    // failing one never removes the history the others record into.
    void concurrentFirstRecorders() {
        segmenta::Random rng(7);
        for (int round = 0; round < 20; ++round) {
            const std::string db = at("race-" + std::to_string(round) + ".sqlite");
            const int writers = 2 + int(rng.below(3));
            const int failing = rng.below(2) ? int(rng.below(std::uint64_t(writers))) : -1;
            const auto codes = segmenta::testutil::runTogether(writers, [&](int w) {
                const std::string file = w == failing ? at("missing.csv")
                                                      : kDemo + "customers_2026-0" + std::to_string(1 + w) + ".csv";
                const auto r = cli({"record", file, "--db", db, "--dataset", "Shop"});
                if (r.code != 0 && w != failing) std::fprintf(stderr, "writer %d: %s", w, r.err.c_str());
                return r.code;
            });
            for (int w = 0; w < writers; ++w) QCOMPARE(codes[std::size_t(w)], w == failing ? 2 : 0);
            const int good = writers - (failing >= 0 ? 1 : 0);
            QVERIFY(fs::exists(db));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM snapshots"), std::int64_t(good));
            QCOMPARE(count(db, "SELECT SUM(row_count) FROM snapshots"), std::int64_t(good) * 2500);
        }
        for (const auto& name : filesIn(dir.path().toStdString()))
            QVERIFY2(name.find(".new-") == std::string::npos, name.c_str());
    }

    // `history` only reads: another program's database and an empty file are
    // refused in one line and stay byte-identical, with no side files made.
    void historyLeavesOtherFilesByteIdentical_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign");
        QTest::newRow("empty file") << QStringLiteral("empty");
    }
    void historyLeavesOtherFilesByteIdentical() {
        QFETCH(QString, kind);
        const std::string folder = at("other-" + kind.toStdString());
        fs::create_directory(folder);
        const std::string db = folder + "/app.db";
        if (kind == QStringLiteral("empty")) {
            std::ofstream(db, std::ios::binary).flush();
        } else {
            sqlite3* h = nullptr;
            QCOMPARE(sqlite3_open(db.c_str(), &h), SQLITE_OK);
            QCOMPARE(sqlite3_exec(h, "CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT);"
                                     "INSERT INTO contacts(name) VALUES('keep')",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(h);
        }
        const std::string before = readAll(db);
        const auto r = cli({"history", "--db", db, "--dataset", "Shop"});
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err) && r.err.find("not a Segmenta history") != std::string::npos, r.err.c_str());
        QVERIFY(readAll(db) == before);
        QCOMPARE(filesIn(folder), std::vector<std::string>{"app.db"});
    }

    // --db must name a file: "", ":memory:" and SQLite URIs would keep nothing
    // (exit 0 and a history gone with the process) or somewhere unexpected.
    void nonPlainDbPathsAreRefused_data() {
        QTest::addColumn<QString>("db");
        QTest::newRow("empty") << QString();
        QTest::newRow("memory") << QStringLiteral(":memory:");
        QTest::newRow("memory uri") << QStringLiteral("file:h.sqlite?mode=memory");
        QTest::newRow("uri") << QStringLiteral("file:h.sqlite");
        QTest::newRow("upper-case uri") << QStringLiteral("FILE:///tmp/h.sqlite");
    }
    void nonPlainDbPathsAreRefused() {
        QFETCH(QString, db);
        const auto before = filesIn(dir.path().toStdString());
        const fs::path cwd = fs::current_path();
        fs::current_path(dir.path().toStdString());
        const std::string month = kDemo + "customers_2026-01.csv";
        const Run runs[] = {cli({"record", month, "--db", db.toStdString(), "--dataset", "Shop"}),
                            cli({"segment", month, "--k", "3", "--db", db.toStdString(), "--dataset", "Shop",
                                 "--save-model", "M"}),
                            cli({"history", "--db", db.toStdString(), "--dataset", "Shop"}),
                            cli({"score", month, "--db", db.toStdString(), "--model", "M"})};
        fs::current_path(cwd);
        for (const auto& r : runs) {
            QCOMPARE(r.code, 2);
            QVERIFY2(oneLine(r.err), r.err.c_str());
        }
        QVERIFY2(runs[0].err.find("plain file path") != std::string::npos || db.isEmpty(), runs[0].err.c_str());
        QCOMPARE(filesIn(dir.path().toStdString()), before);
    }

    // segment --save-model writes the training snapshot, the model and one
    // training scoring together; a bad name is refused before anything is written.
    void saveModelIsOneRecord() {
        const std::string db = at("models.sqlite");
        const std::string month = kDemo + "customers_2026-01.csv";
        auto r = cli({"segment", month, "--k", "3", "--db", db, "--dataset", "Shop", "--save-model", ""});
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err) && r.err.find("--save-model") != std::string::npos, r.err.c_str());
        QVERIFY(!fs::exists(db));
        r = cli({"segment", month, "--k", "3", "--db", db, "--dataset", "Shop", "--save-model", "Three"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM snapshots"), std::int64_t(1));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM models"), std::int64_t(1));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM scorings"), std::int64_t(1));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM scorings s JOIN models m ON m.id = s.model_id "
                           "WHERE s.snapshot_id = m.trained_on_snapshot"),
                 std::int64_t(1));
        r = cli({"segment", month, "--k", "3", "--db", db, "--dataset", "", "--save-model", "Three"});
        QCOMPARE(r.code, 2);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM snapshots"), std::int64_t(1));
    }

    // `record` into a new history on a full disk: exit 2 with one line, and no
    // new history, -wal, -shm or half-made copy is left in the folder.
    void fullDiskLeavesNoNewHistory() {
        const std::string folder = at("full");
        fs::create_directory(folder);
        const std::string db = folder + "/new.sqlite";
        int pipeErr[2];
        QCOMPARE(pipe(pipeErr), 0);
        const pid_t child = fork();
        if (child == 0) {
            signal(SIGXFSZ, SIG_IGN);
            rlimit limit{16384, 16384};   // no file may grow past 16 KiB
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(9);
            const auto r = cli({"record", kDemo + "customers_2026-01.csv", "--db", db, "--dataset", "Shop"});
            if (write(pipeErr[1], r.err.data(), r.err.size()) < 0) _exit(8);
            _exit(r.code);
        }
        close(pipeErr[1]);
        const int code = exitCodeOf(child);
        std::string err;
        char buf[512];
        for (ssize_t n; (n = read(pipeErr[0], buf, sizeof buf)) > 0;) err.append(buf, std::size_t(n));
        close(pipeErr[0]);
        QCOMPARE(code, 2);
        QVERIFY2(oneLine(err), err.c_str());
        QCOMPARE(filesIn(folder), std::vector<std::string>{});
    }
};

QTEST_GUILESS_MAIN(TestCliHistorySafety)
#include "test_cli_history_safety.moc"
