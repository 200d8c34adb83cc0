// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the CLI: drift agrees with SciPy on the demo files; record,
// segment --save-model, score six months, history; bad input exits 2 with one
// line and loses nothing.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_run.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

using segmenta::testutil::cli;
using segmenta::testutil::kDemo;
using segmenta::testutil::oneLine;

} // namespace

class TestCliDriftHistory : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string db() { return dir.path().toStdString() + "/history.sqlite"; }

private slots:
    void driftMatchesScipy() {
        const auto r = cli({"drift", kDemo + "customers.csv", kDemo + "customers_2026-06.csv", "--json"});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out);
        std::ifstream in(SEGMENTA_SOURCE_DIR "/tests/fixtures/drift/cli_demo_drift.json");
        const json fx = json::parse(in);
        QVERIFY(j.contains("drift_share"));
        QVERIFY(j["dataset_drift"].is_boolean());
        int checked = 0;
        for (const auto& c : j["columns"]) {
            for (const char* key : {"name", "kind", "test", "statistic", "p_value", "ks_statistic", "ks_p_value",
                                    "wasserstein_normed", "chi2_statistic", "chi2_p_value", "psi", "js_distance",
                                    "missing_share_ref", "missing_share_cur", "drifted"})
                QVERIFY2(c.contains(key), key);
            const std::string name = c["name"];
            if (!fx.contains(name)) continue;
            const auto& f = fx[name];
            QCOMPARE(c["kind"].get<std::string>(), f["kind"].get<std::string>());
            for (auto& [key, value] : f.items()) {
                if (key == "kind") continue;
                const double ours = c[key].get<double>(), ref = value.get<double>();
                QVERIFY2(std::fabs(ours - ref) <= 1e-9 * std::max(1.0, std::fabs(ref)) ||
                             (key.find("p_value") != std::string::npos && std::fabs(ours - ref) <= 1e-6 * std::fabs(ref)),
                         qPrintable(QStringLiteral("%1.%2: %3 vs %4").arg(QString::fromStdString(name),
                                                                         QString::fromStdString(key)).arg(ours).arg(ref)));
            }
            if (c["kind"] == "numeric") QVERIFY(c["chi2_statistic"].is_null());
            else QVERIFY(c["ks_statistic"].is_null());
            ++checked;
        }
        QCOMPARE(checked, 11);
        QVERIFY(j["dataset_drift"].get<bool>());
    }

    void recordScoreHistory() {
        auto r = cli({"record", kDemo + "customers.csv", "--db", db(), "--dataset", "Demo", "--as-of", "2025-12-31", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QCOMPARE(json::parse(r.out)["snapshots"][0]["status"].get<std::string>(), std::string("ok"));
        const std::string trainingSha = json::parse(r.out)["snapshots"][0]["sha256"];
        r = cli({"segment", kDemo + "customers.csv", "--k", "5", "--db", db(), "--dataset", "Demo", "--save-model", "Shop"});
        QVERIFY2(r.code == 0, r.err.c_str());
        for (int m = 1; m <= 6; ++m) {
            const std::string file = kDemo + "customers_2026-0" + std::to_string(m) + ".csv";
            r = cli({"score", file, "--db", db(), "--model", "Shop", "--json", "--out",
                     dir.path().toStdString() + "/scored.csv"});
            QVERIFY2(r.code == 0, r.err.c_str());
            const json j = json::parse(r.out);
            QCOMPARE(j["segments"].size(), std::size_t(5));
            QVERIFY(j["drift"].is_object());
            QCOMPARE(j["snapshot"]["rows"].get<int>(), 2500);
        }
        QVERIFY(fs::file_size(dir.path().toStdString() + "/scored.csv") > 100000);
        r = cli({"history", "--db", db(), "--dataset", "Demo", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const json h = json::parse(r.out);
        // The reference and the training snapshot may be one or two records.
        QVERIFY(h["snapshots"].size() >= 7);
        // record and segment --save-model fingerprint the same bytes (both hash what they imported).
        int trainingRecords = 0;
        for (const auto& s : h["snapshots"])
            if (s["file_name"] == "customers.csv") {
                ++trainingRecords;
                QCOMPARE(s["sha256"].get<std::string>(), trainingSha);
            }
        QVERIFY(trainingRecords >= 1);
        const auto& last = h["snapshots"].back();
        QCOMPARE(last["status"].get<std::string>(), std::string("drift"));
        QVERIFY(!last["reasons"].empty());
        QVERIFY(last["segment_shares"].is_array());
        QVERIFY(last["drift"]["columns"].size() >= 10);
        QCOMPARE(h["model"].get<std::string>(), std::string("Shop"));
        // The text form too.
        r = cli({"history", "--db", db(), "--dataset", "Demo"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("drift") != std::string::npos);
    }

    void badInputExitsTwoWithOneLine_data() {
        QTest::addColumn<QStringList>("args");
        const QString d = QString::fromStdString(db()), demo = QString::fromStdString(kDemo);
        QTest::newRow("unknown dataset") << QStringList{QStringLiteral("history"), QStringLiteral("--db"), d,
                                                        QStringLiteral("--dataset"), QStringLiteral("Nope")};
        QTest::newRow("unknown model") << QStringList{QStringLiteral("score"), demo + QStringLiteral("customers_2026-01.csv"),
                                                      QStringLiteral("--db"), d, QStringLiteral("--model"), QStringLiteral("Nope")};
        QTest::newRow("no db") << QStringList{QStringLiteral("history"), QStringLiteral("--db"),
                                              QString::fromStdString(dir.path().toStdString() + "/none.sqlite"),
                                              QStringLiteral("--dataset"), QStringLiteral("Demo")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("drift"), QStringLiteral("/nonexistent.csv"),
                                                     demo + QStringLiteral("customers.csv")};
        QTest::newRow("bad split") << QStringList{QStringLiteral("record"), demo + QStringLiteral("customers.csv"),
                                                  QStringLiteral("--db"), d, QStringLiteral("--dataset"), QStringLiteral("X"),
                                                  QStringLiteral("--split-by"), QStringLiteral("snapshot_date:year")};
    }
    void badInputExitsTwoWithOneLine() {
        QFETCH(QStringList, args);
        std::vector<std::string> a;
        for (const auto& s : args) a.push_back(s.toStdString());
        const auto r = cli(a);
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err), r.err.c_str());
    }

    void missingModelColumnsAreNamed() {
        // A month without "revenue": the model cannot score it.
        std::ifstream in(kDemo + "customers_2026-01.csv");
        std::string header, line, text;
        std::getline(in, header);
        std::vector<std::string> cols;
        std::stringstream hs(header);
        for (std::string c; std::getline(hs, c, ',');) cols.push_back(c);
        const auto drop = std::size_t(std::find(cols.begin(), cols.end(), "revenue") - cols.begin());
        QVERIFY(drop < cols.size());
        auto without = [drop](const std::string& row) {
            std::stringstream ss(row);
            std::string out, cell;
            std::size_t i = 0;
            while (std::getline(ss, cell, ',')) { if (i++ != drop) out += (out.empty() ? "" : ",") + cell; }
            return out;
        };
        const std::string file = dir.path().toStdString() + "/no_revenue.csv";
        std::ofstream outFile(file);
        outFile << without(header) << "\n";
        while (std::getline(in, line)) outFile << without(line) << "\n";
        outFile.close();
        const auto before = json::parse(cli({"history", "--db", db(), "--dataset", "Demo", "--json"}).out)["snapshots"].size();
        const auto r = cli({"score", file, "--db", db(), "--model", "Shop"});
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err) && r.err.find("revenue") != std::string::npos, r.err.c_str());
        const auto after = json::parse(cli({"history", "--db", db(), "--dataset", "Demo", "--json"}).out)["snapshots"].size();
        QCOMPARE(after, before);   // nothing recorded, nothing lost
    }

    // The history opens while the file is imported: a file that cannot be
    // imported leaves no new history behind, and an existing one as it was.
    void failedRecordLeavesNoNewHistory() {
        const std::string fresh = dir.path().toStdString() + "/never.sqlite";
        auto r = cli({"record", "/nonexistent/month.csv", "--db", fresh, "--dataset", "X"});
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err), r.err.c_str());
        QVERIFY(!fs::exists(fresh));
        QVERIFY(!fs::exists(fresh + "-wal"));
        const auto before = json::parse(cli({"history", "--db", db(), "--dataset", "Demo", "--json"}).out)["snapshots"].size();
        r = cli({"record", "/nonexistent/month.csv", "--db", db(), "--dataset", "Demo"});
        QCOMPARE(r.code, 2);
        QVERIFY(fs::exists(db()));
        const auto after = json::parse(cli({"history", "--db", db(), "--dataset", "Demo", "--json"}).out)["snapshots"].size();
        QCOMPARE(after, before);
    }

    void damagedDatabase() {
        const std::string bad = dir.path().toStdString() + "/bad.sqlite";
        std::ofstream(bad) << std::string(4096, 'z');
        const auto r = cli({"history", "--db", bad, "--dataset", "Demo"});
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err) && r.err.find("damaged") != std::string::npos, r.err.c_str());
        QCOMPARE(fs::file_size(bad), std::uintmax_t(4096));
    }
};

QTEST_GUILESS_MAIN(TestCliDriftHistory)
#include "test_cli_drift_history.moc"
