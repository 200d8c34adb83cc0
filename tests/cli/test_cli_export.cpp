// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli export-model: the exported SQL run by SQLite, and the exported
// PMML run by an independent evaluator written from the PMML 4.4 specification
// (tests/export/pmml_evaluate.py), give every one of 100,000 rows the segment
// `segmenta-cli score` gives it, missing values, refunds below log1p's domain
// and unseen categories included. Bad requests get one clear line.
#include <QtTest>

#include <sqlite3.h>

#include "tests/cli/export_fixture.h"

using namespace exportfixture;

namespace {

// Loads the scored rows into a fresh in-memory SQLite database as table
// "customers" (dates as ISO text, booleans as 0/1, empty cells as NULL), runs
// the query and collects customer_id → (segment_id, segment).
std::string runInSqlite(const std::vector<Row>& rows, const std::string& sql, std::map<std::string, Assigned>& got) {
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    const auto closer = qScopeGuard([&] { sqlite3_close(db); });
    std::string create = "CREATE TABLE customers (";
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
        const Kind k = kColumns[c].kind;
        create += std::string(c ? ", " : "") + kColumns[c].name + " " +
                  (k == Kind::Real ? "REAL" : k == Kind::Integer || k == Kind::Boolean ? "INTEGER" : "TEXT");
    }
    if (sqlite3_exec(db, (create + ")").c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) return sqlite3_errmsg(db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &ins, nullptr);
    for (const auto& r : rows) {
        for (std::size_t c = 0; c < r.size(); ++c) {
            const int p = int(c) + 1;
            if (r[c].empty()) sqlite3_bind_null(ins, p);
            else if (kColumns[c].kind == Kind::Real) sqlite3_bind_double(ins, p, std::strtod(r[c].c_str(), nullptr));
            else if (kColumns[c].kind == Kind::Integer) sqlite3_bind_int64(ins, p, std::stoll(r[c]));
            else if (kColumns[c].kind == Kind::Boolean) sqlite3_bind_int(ins, p, r[c] == "true");
            else sqlite3_bind_text(ins, p, r[c].c_str(), int(r[c].size()), SQLITE_TRANSIENT);
        }
        sqlite3_step(ins);
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &q, nullptr) != SQLITE_OK) return sqlite3_errmsg(db);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const auto text = [&](int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(q, i))); };
        got[text(0)] = {sqlite3_column_int(q, 1), text(2)};
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? "" : sqlite3_errmsg(db);
}

bool haveProgram(const QString& program) { return !QStandardPaths::findExecutable(program).isEmpty(); }

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    Fixture fx;

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        QVERIFY(fx.setUp(dir.path()));
        // the rows the export has to get right besides the plain ones
        QVERIFY(fx.cases().missing > 5000);
        QVERIFY(fx.cases().unseen > 1000);
        QVERIFY(fx.cases().belowLog1p > 100);
        for (const auto& [name, algorithm] : {std::pair{"kmeans", "kmeans"}, {"gmm", "gmm"}, {"gmm_diag", "gmm-diag"}}) {
            const auto r = fx.saveModel(name, algorithm);
            QVERIFY2(r.code == 0, r.err.c_str());
        }
    }

    void sqlInSqliteAgreesWithScore_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("k-means") << "kmeans";
        QTest::newRow("gaussian mixture, full") << "gmm";
        QTest::newRow("gaussian mixture, diagonal") << "gmm_diag";
    }
    void sqlInSqliteAgreesWithScore() {
        QFETCH(QString, model);
        const std::string name = model.toStdString(), out = fx.path(name + ".sql");
        const auto r = fx.exportModel(name, {"--format", "sql", "--dialect", "sqlite", "--id", "customer_id"}, out);
        QVERIFY2(r.code == 0, r.err.c_str());
        std::string error;
        const auto scored = fx.score(name, error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(scored.size(), Fixture::kScoredRows);
        std::map<std::string, Assigned> got;
        error = runInSqlite(fx.scoredRows(), readFile(out), got);
        QVERIFY2(error.empty(), error.c_str());
        const auto names = fx.segmentNames(name);
        QCOMPARE(names.size(), std::size_t(5));
        const std::string diff = compare(scored, got, names);
        QVERIFY2(diff.empty(), diff.c_str());
    }

    void pmmlIsWellFormedAndAgreesWithScore() {
        const std::string out = fx.path("kmeans.pmml");
        const auto r = fx.exportModel("kmeans", {"--format", "pmml"}, out);
        QVERIFY2(r.code == 0, r.err.c_str());
        if (!haveProgram("xmllint")) QSKIP("xmllint is not installed (Debian package libxml2-utils)");
        if (!QFileInfo::exists("/usr/bin/python3")) QSKIP("/usr/bin/python3 is not installed");
        QProcess lint;
        lint.start("xmllint", {"--noout", QString::fromStdString(out)});
        QVERIFY(lint.waitForFinished(60000));
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());

        const std::string assigned = fx.path("pmml_assigned.tsv");
        QProcess eval;
        eval.start("/usr/bin/python3", {QStringLiteral(SEGMENTA_SOURCE_DIR "/tests/export/pmml_evaluate.py"),
                                        QString::fromStdString(out), QString::fromStdString(fx.scorePath()),
                                        QString::fromStdString(assigned)});
        QVERIFY(eval.waitForFinished(300000));
        QVERIFY2(eval.exitCode() == 0, eval.readAllStandardError().constData());

        std::string error;
        const auto scored = fx.score("kmeans", error);
        QVERIFY2(error.empty(), error.c_str());
        const auto names = fx.segmentNames("kmeans");
        std::map<std::string, Assigned> got;
        std::istringstream lines(readFile(assigned));
        std::string line;
        for (std::size_t i = 0; std::getline(lines, line) && i < fx.scoredRows().size(); ++i) {
            const auto tab = line.find('\t');
            got[fx.scoredRows()[i][0]] = {std::stoi(line.substr(0, tab)), line.substr(tab + 1)};
        }
        const std::string diff = compare(scored, got, names);
        QVERIFY2(diff.empty(), diff.c_str());
    }

    void sqlTextFollowsTheDialect() {
        const std::string spark = fx.path("spark.sql"), bq = fx.path("bq.sql"), pg = fx.path("pg.sql");
        QCOMPARE(fx.exportModel("kmeans", {"--format", "sql", "--dialect", "spark", "--table", "shop.customers"}, spark).code, 0);
        QCOMPARE(fx.exportModel("kmeans", {"--format", "sql", "--dialect", "bigquery"}, bq).code, 0);
        QCOMPARE(fx.exportModel("kmeans", {"--format", "sql"}, pg).code, 0);
        const std::string s = readFile(spark), b = readFile(bq), p = readFile(pg);
        QVERIFY(s.find("FROM `shop`.`customers`") != std::string::npos);
        QVERIFY(s.find("AS DOUBLE)") != std::string::npos && s.find("datediff(DATE '2025-06-30', `last_order`)") != std::string::npos);
        QVERIFY(b.find("AS FLOAT64)") != std::string::npos && b.find("DATE_DIFF(DATE '2025-06-30', `last_order`, DAY)") != std::string::npos);
        // without --table the dataset's name; without --id every input column is written beside the segment
        QVERIFY(p.find("FROM \"customers\"") != std::string::npos);
        QVERIFY(p.find("(DATE '2025-06-30' - \"last_order\")") != std::string::npos);
        QVERIFY(p.find("    \"satisfaction\",\n") != std::string::npos);
        for (const auto* text : {&s, &b, &p}) {
            QVERIFY(text->find("ROW_NUMBER") == std::string::npos);   // one pass, no sort
            QVERIFY(text->find("segment_id") != std::string::npos);
        }
    }

    void badRequestsGetOneClearLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("mixture as PMML") << QStringList{"--model", "gmm", "--format", "pmml"} << "Gaussian mixture";
        QTest::newRow("unknown format") << QStringList{"--model", "kmeans", "--format", "onnx"} << "unknown --format 'onnx'";
        QTest::newRow("unknown dialect") << QStringList{"--model", "kmeans", "--format", "sql", "--dialect", "oracle"}
                                         << "unknown --dialect 'oracle'";
        QTest::newRow("unknown model") << QStringList{"--model", "nope", "--format", "sql"} << "nope";
        QTest::newRow("key named like an output") << QStringList{"--model", "kmeans", "--format", "sql", "--id", "segment"}
                                                  << "rename it in a view";
        QTest::newRow("table for PMML") << QStringList{"--model", "kmeans", "--format", "pmml", "--table", "t"} << "--format sql";
    }
    void badRequestsGetOneClearLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        std::vector<std::string> argv = {"export-model", "--db", fx.db()};
        for (const auto& a : args) argv.push_back(a.toStdString());
        const auto r = cli(argv);
        QCOMPARE(r.code, segmenta::cli::kExitBadInput);
        QVERIFY2(r.err.find(says.toStdString()) != std::string::npos, r.err.c_str());
        QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), 1);
        QVERIFY(r.out.empty());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
