// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data never reaches the disk: the crafted file tests/data/privacy/personal.csv
// (e-mails under a neutral header, names, street addresses, IPv4/IPv6, phones,
// card numbers, notes with e-mails inside) goes through every command that
// writes — record, record split by month, segment --save-model, segment --out,
// score --out — and the whole database file, its WAL and every export are
// searched byte for byte for each personal value of the input. Only a column
// the user keeps on purpose (--keep-personal) may be found.
#include <QtTest>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <fstream>
#include <sqlite3.h>
#include <sstream>

#include "tests/cli/cli_run.h"

using segmenta::testutil::cli;
using Run = segmenta::testutil::CliRun;

namespace fs = std::filesystem;

namespace {

const std::string kData = SEGMENTA_SOURCE_DIR "/tests/data/privacy/";

struct PersonalValue {
    std::string column, value;
};

// personal_values.txt: "column<TAB>value" per line (made by make_privacy_files.py).
std::vector<PersonalValue> personalValues() {
    std::vector<PersonalValue> out;
    std::ifstream in(kData + "personal_values.txt");
    for (std::string line; std::getline(in, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) out.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return out;
}

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every file the commands wrote into `dir`: the database, its -wal/-shm, the exports.
std::string everythingWritten(const std::string& dir) {
    std::string all;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file()) all += bytesOf(e.path().string()) + '\n';
    return all;
}

// The personal values found in `bytes`, as "column: value" (empty = none).
QStringList found(const std::string& bytes, const std::vector<std::string>& keptColumns = {}) {
    QStringList hits;
    for (const auto& v : personalValues()) {
        if (std::find(keptColumns.begin(), keptColumns.end(), v.column) != keptColumns.end()) continue;
        if (bytes.find(v.value) != std::string::npos)
            hits << QString::fromStdString(v.column + ": " + v.value);
    }
    return hits;
}

std::size_t countFound(const std::string& bytes, const std::string& column) {
    std::size_t n = 0;
    for (const auto& v : personalValues())
        if (v.column == column && bytes.find(v.value) != std::string::npos) ++n;
    return n;
}

} // namespace

class TestCliPrivacy : public QObject {
    Q_OBJECT

private slots:
    void inputHasEveryCase() {
        const auto values = personalValues();
        QVERIFY(values.size() > 150);
        const std::string input = bytesOf(kData + "personal.csv");
        for (const auto& v : values) QVERIFY2(input.find(v.value) != std::string::npos, v.value.c_str());
        // The search itself works: the input holds every value it looks for.
        QCOMPARE(found(input).size(), qsizetype(values.size()));
    }

    // Every way there is to write, into one folder; then search all of it.
    void nothingPersonalIsWritten() {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString(), db = d + "/history.sqlite", file = kData + "personal.csv";
        Run r = cli({"record", file, "--db", db, "--dataset", "Shop", "--as-of", "2026-03-31"});
        QVERIFY2(r.code == 0, r.err.c_str());
        r = cli({"record", file, "--db", db, "--dataset", "Monthly", "--split-by", "order_date:month"});
        QVERIFY2(r.code == 0, r.err.c_str());
        r = cli({"segment", file, "--k", "3", "--seed", "7", "--db", db, "--dataset", "Shop", "--save-model", "Shop",
                 "--out", d + "/segments.csv", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(found(r.out).isEmpty(), qPrintable(found(r.out).join(QStringLiteral("; "))));
        // The defaults used no personal column as a feature.
        const auto features = nlohmann::json::parse(r.out)["features"].get<std::vector<std::string>>();
        QCOMPARE(features, (std::vector<std::string>{"city", "country", "product", "orders", "revenue"}));
        // The export says what it left out, on one line.
        QVERIFY(r.err.find("leaves out personal data") != std::string::npos);
        QVERIFY(r.err.find("contact (e-mail addresses)") != std::string::npos);
        r = cli({"score", file, "--db", db, "--model", "Shop", "--as-of", "2026-04-30", "--out", d + "/scored.csv"});
        QVERIFY2(r.code == 0, r.err.c_str());
        r = cli({"segment", file, "--k", "2", "--out", d + "/plain.csv"});
        QVERIFY2(r.code == 0, r.err.c_str());

        for (const char* f : {"/history.sqlite", "/segments.csv", "/scored.csv", "/plain.csv"})
            QVERIFY2(fs::exists(d + f), f);
        const std::string all = everythingWritten(d);
        const QStringList hits = found(all);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
        // The exports still hold the ordinary columns and every row.
        const std::string scored = bytesOf(d + "/scored.csv");
        QVERIFY(scored.rfind("customer_id,city,country,product,orders,revenue,order_date,segment", 0) == 0);
        QCOMPARE(std::count(scored.begin(), scored.end(), '\n'), std::ptrdiff_t(241));
    }

    // The WAL is searched too: keep a second connection open so it is not
    // checkpointed away before it is read.
    void nothingPersonalInTheWal() {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString(), db = d + "/history.sqlite", file = kData + "personal.csv";
        Run r = cli({"record", file, "--db", db, "--dataset", "Shop", "--as-of", "2026-03-31"});
        QVERIFY2(r.code == 0, r.err.c_str());
        // A reader holding the database open: the next writer's pages stay in the WAL
        // (the last connection to close would checkpoint and delete it).
        sqlite3* reader = nullptr;
        QCOMPARE(sqlite3_open_v2(db.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "SELECT count(*) FROM snapshots", nullptr, nullptr, nullptr), SQLITE_OK);
        const std::string wal = db + "-wal";
        r = cli({"record", file, "--db", db, "--dataset", "Monthly", "--split-by", "order_date:month"});
        QVERIFY2(r.code == 0, r.err.c_str());
        r = cli({"segment", file, "--k", "2", "--db", db, "--dataset", "Shop", "--save-model", "Shop"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(fs::exists(wal) && fs::file_size(wal) > 0);
        const std::string bytes = bytesOf(db) + bytesOf(wal);
        sqlite3_close(reader);
        QVERIFY2(found(bytes).isEmpty(), qPrintable(found(bytes).join(QStringLiteral("; "))));
    }

    // --keep-personal is the user's explicit choice: that column (and only it) is written.
    void keptColumnIsWrittenOthersAreNot() {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString(), db = d + "/history.sqlite", file = kData + "personal.csv";
        Run r = cli({"record", file, "--db", db, "--dataset", "Shop", "--keep-personal", "contact"});
        QVERIFY2(r.code == 0, r.err.c_str());
        r = cli({"segment", file, "--k", "2", "--features", "revenue,contact", "--keep-personal", "contact", "--db", db,
                 "--dataset", "Shop", "--save-model", "WithContact", "--out", d + "/segments.csv"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const std::string all = everythingWritten(d);
        QCOMPARE(countFound(all, "contact"), std::size_t(20));                 // all 20 addresses kept
        QCOMPARE(countFound(bytesOf(d + "/segments.csv"), "contact"), std::size_t(20));
        const QStringList hits = found(all, {"contact", "notes"});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
        // A note quoting an e-mail of the kept column holds that address; the notes themselves are not written.
        for (const auto& v : personalValues())
            if (v.column == "notes") QVERIFY2(all.find(v.value) == std::string::npos, v.value.c_str());
    }

    // A personal column named as a feature without keeping it is refused before
    // anything is written; an unknown kept column too.
    void personalFeatureIsRefused() {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString(), db = d + "/history.sqlite", file = kData + "personal.csv";
        Run r = cli({"segment", file, "--k", "2", "--features", "revenue,contact", "--db", db, "--dataset", "Shop",
                     "--save-model", "M"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.find("contact") != std::string::npos);
        QVERIFY(r.err.find("personal data") != std::string::npos);
        QVERIFY(r.err.find("--keep-personal") != std::string::npos);
        QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), std::ptrdiff_t(1));
        QVERIFY(!fs::exists(db));
        r = cli({"record", file, "--db", db, "--dataset", "Shop", "--keep-personal", "nosuch"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.find("nosuch") != std::string::npos);
        QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), std::ptrdiff_t(1));
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "test_cli_privacy.moc"
