// SPDX-License-Identifier: GPL-3.0-or-later
// The history under stress: a writer killed with SIGKILL mid-record, two writers
// at once, and a writer that finds the file locked.
#include <QtTest>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "core/history/history.h"
#include "core/history/sha256.h"
#include "history_test_util.h"

using namespace segmenta;
namespace fs = std::filesystem;

namespace {

SnapshotSource src(const std::string& name) { return {name, 1, sha256Hex(name)}; }

// Every snapshot must have all of its column summaries: a half-written one would not.
bool consistent(History& h, std::int64_t datasetId, std::size_t& count) {
    auto snaps = h.snapshots(datasetId);
    if (!snaps) return false;
    count = snaps->size();
    for (const auto& s : *snaps) {
        auto sums = h.summaries(s.id);
        if (!sums || int(sums->size()) != s.columns) return false;
    }
    return true;
}

} // namespace

class TestHistoryReliability : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string path(const std::string& name) { return (fs::path(dir.path().toStdString()) / name).string(); }

private slots:
    void sigkillMidRecordKeepsEarlierSnapshots_data() {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("early") << 5;
        QTest::newRow("middle") << 60;
        QTest::newRow("late") << 150;
    }
    void sigkillMidRecordKeepsEarlierSnapshots() {
        QFETCH(int, delayMs);
        const std::string p = path("kill-" + std::to_string(delayMs) + ".sqlite");
        std::int64_t datasetId = 0;
        std::vector<std::int64_t> before;
        {
            auto h = History::open(p);
            QVERIFY(h);
            for (int i = 0; i < 2; ++i) {
                auto s = h->recordSnapshot("Shop", testutil::customers(2000, 0, std::uint64_t(i)), src("early.csv"));
                QVERIFY(s);
                before.push_back(s->id);
                datasetId = s->datasetId;
            }
        }
        const Table big = testutil::customers(300000, 0.3, 99);
        int ready[2];
        QCOMPARE(pipe(ready), 0);
        const pid_t child = fork();
        if (child == 0) {
            auto h = History::open(p);
            if (!h) _exit(3);
            bool told = false;
            for (int i = 0; i < 1000; ++i) {
                if (!told) { const char c = 'x'; if (write(ready[1], &c, 1) != 1) _exit(4); told = true; }
                (void)h->recordSnapshot("Shop", big, src("big.csv"));
            }
            _exit(0);
        }
        char c;
        QCOMPARE(read(ready[0], &c, 1), ssize_t(1));
        usleep(useconds_t(delayMs) * 1000);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(WIFSIGNALED(status));
        close(ready[0]);
        close(ready[1]);

        auto h = History::open(p);
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        std::size_t count = 0;
        QVERIFY(consistent(*h, datasetId, count));
        QVERIFY(count >= 2);
        for (auto id : before) {
            auto s = h->snapshot(id);
            QVERIFY(s);
            QCOMPARE(s->fileName, std::string("early.csv"));
        }
        QVERIFY(h->recordSnapshot("Shop", testutil::customers(500, 0, 7), src("after.csv")));
    }

    void twoWritersBothSucceed() {
        const std::string p = path("two.sqlite");
        { QVERIFY(History::open(p)); }
        pid_t kids[2];
        for (int w = 0; w < 2; ++w) {
            kids[w] = fork();
            if (kids[w] == 0) {
                History::OpenOptions o;
                o.busyTimeoutMs = 20000;
                auto h = History::open(p, o);
                if (!h) _exit(3);
                for (int i = 0; i < 5; ++i)
                    if (!h->recordSnapshot("Shared", testutil::customers(20000, 0, std::uint64_t(w * 10 + i)),
                                           src("w" + std::to_string(w) + ".csv")))
                        _exit(4);
                _exit(0);
            }
        }
        for (pid_t k : kids) {
            int status = 0;
            waitpid(k, &status, 0);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
        }
        auto h = History::open(p);
        QVERIFY(h);
        auto ds = h->dataset("Shared");
        QVERIFY(ds);
        std::size_t count = 0;
        QVERIFY(consistent(*h, ds->id, count));
        QCOMPARE(count, std::size_t(10));
    }

    void lockedFileReportsBusyAndLosesNothing() {
        const std::string p = path("busy.sqlite");
        {
            auto h = History::open(p);
            QVERIFY(h);
            QVERIFY(h->recordSnapshot("Shop", testutil::customers(500, 0, 1), src("first.csv")));
        }
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);   // the other writer
        History::OpenOptions o;
        o.busyTimeoutMs = 200;
        auto h = History::open(p, o);
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        auto r = h->recordSnapshot("Shop", testutil::customers(500, 0, 2), src("second.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Busy);
        QVERIFY(r.error().message.find("busy") != std::string::npos);
        // The GUI can still read while the other job writes.
        auto ds = h->dataset("Shop");
        QVERIFY(ds);
        QCOMPARE(h->snapshots(ds->id)->size(), std::size_t(1));
        QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        QVERIFY(h->recordSnapshot("Shop", testutil::customers(500, 0, 2), src("second.csv")));
        QCOMPARE(h->snapshots(ds->id)->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestHistoryReliability)
#include "test_history_reliability.moc"
