// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli history --delete / --rename / --redate: one month changed, asked
// for (--yes) before deleting, the other months and the model unchanged; a month
// a model was built on is kept; bad input exits 2 with one line.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "cli_run.h"

using nlohmann::json;

using segmenta::testutil::cli;
using segmenta::testutil::kDemo;
using segmenta::testutil::oneLine;

class TestCliHistoryEdit : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string db() { return dir.path().toStdString() + "/history.sqlite"; }

    json history() {
        const auto r = cli({"history", "--db", db(), "--dataset", "Demo", "--json"});
        return r.code == 0 ? json::parse(r.out) : json();
    }
    static std::vector<std::string> labels(const json& h) {
        std::vector<std::string> out;
        for (const auto& s : h["snapshots"]) out.push_back(s["label"]);
        return out;
    }

private slots:
    void initTestCase() {
        auto r = cli({"segment", kDemo + "customers.csv", "--k", "5", "--db", db(), "--dataset", "Demo", "--save-model", "Shop"});
        QVERIFY2(r.code == 0, r.err.c_str());
        for (int m = 1; m <= 3; ++m) {
            r = cli({"score", kDemo + "customers_2026-0" + std::to_string(m) + ".csv", "--db", db(), "--model", "Shop",
                     "--label", "2026-0" + std::to_string(m)});
            QVERIFY2(r.code == 0, r.err.c_str());
        }
        QCOMPARE(history()["snapshots"].size(), std::size_t(4));
    }

    void deleteNeedsYes() {
        const auto r = cli({"history", "--db", db(), "--dataset", "Demo", "--delete", "2026-02"});
        QCOMPARE(r.code, 2);
        QVERIFY(oneLine(r.err));
        QVERIFY2(r.err.find("--yes") != std::string::npos, r.err.c_str());
        QCOMPARE(history()["snapshots"].size(), std::size_t(4));
    }

    void deletesOneMonth() {
        const json before = history();
        const auto r = cli({"history", "--db", db(), "--dataset", "Demo", "--delete", "2026-02", "--yes"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const json after = history();
        const auto left = labels(after);
        QCOMPARE(left.size(), std::size_t(3));
        QVERIFY(std::find(left.begin(), left.end(), "2026-02") == left.end());
        // The months left are recorded as they were (their ids, files and fingerprints).
        for (const auto& s : after["snapshots"]) {
            bool found = false;
            for (const auto& b : before["snapshots"])
                if (b["id"] == s["id"]) {
                    found = true;
                    for (const char* key : {"label", "as_of", "file_name", "sha256", "rows"}) QCOMPARE(s[key], b[key]);
                }
            QVERIFY(found);
        }
        QCOMPARE(after["model"], before["model"]);
    }

    void renamesAndRedates() {
        auto r = cli({"history", "--db", db(), "--dataset", "Demo", "--rename", "2026-03", "--to", "March"});
        QVERIFY2(r.code == 0, r.err.c_str());
        r = cli({"history", "--db", db(), "--dataset", "Demo", "--redate", "March", "--to", "2026-03-30"});
        QVERIFY2(r.code == 0, r.err.c_str());
        bool seen = false;
        const json after = history();
        for (const auto& s : after["snapshots"])
            if (s["label"] == "March") {
                seen = true;
                QCOMPARE(s["as_of"].get<std::string>(), std::string("2026-03-30"));
            }
        QVERIFY(seen);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown month") << QStringList{QStringLiteral("--delete"), QStringLiteral("1999-01"), QStringLiteral("--yes")}
                                       << QStringLiteral("no month labelled");
        QTest::newRow("training month") << QStringList{QStringLiteral("--delete"), QStringLiteral("id:1"), QStringLiteral("--yes")}
                                        << QStringLiteral("delete that model first");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--redate"), QStringLiteral("2026-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2026-13-01")}
                                  << QStringLiteral("not a date");
        QTest::newRow("no --to") << QStringList{QStringLiteral("--rename"), QStringLiteral("2026-01")} << QStringLiteral("--to");
        QTest::newRow("two at once") << QStringList{QStringLiteral("--rename"), QStringLiteral("2026-01"), QStringLiteral("--delete"),
                                                    QStringLiteral("2026-01")}
                                     << QStringLiteral("one of");
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        std::vector<std::string> a = {"history", "--db", db(), "--dataset", "Demo"};
        for (const auto& s : args) a.push_back(s.toStdString());
        const json before = history();
        const auto r = cli(a);
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err), r.err.c_str());
        QVERIFY2(r.err.find(says.toStdString()) != std::string::npos, r.err.c_str());
        QCOMPARE(history(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliHistoryEdit)
#include "test_cli_history_edit.moc"
