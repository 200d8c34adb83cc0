// SPDX-License-Identifier: GPL-3.0-or-later
// `segmenta-cli metrics`: JSON shape and values against scikit-learn, bad input.
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"

using namespace segmenta::cli;
using json = nlohmann::json;

namespace {

json fixture() {
    std::ifstream in(std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/metrics/binary_cases.json");
    return json::parse(in)[0];   // "mixed_t0.5": ties, one-class slices, a one-row slice, constant scores
}

int run(const std::vector<std::string>& args, std::string& out, std::string& err) {
    std::ostringstream o, e;
    const int rc = runMetrics(args, o, e);
    out = o.str();
    err = e.str();
    return rc;
}

bool close(const json& ours, const json& expected) {
    if (expected.is_null()) return ours.is_null();
    if (!ours.is_number()) return false;
    const double a = ours.get<double>(), b = expected.get<double>();
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class TestCliMetrics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const auto c = fixture();
        std::ofstream f(path("scores.csv"));
        f << "region,churned,churn_score,tier,word_score,big_score\n";
        for (std::size_t i = 0; i < c["label"].size(); ++i) {
            f << c["slice"][i].get<std::string>() << "," << c["label"][i].get<int>() << ","
              << c["score"][i].dump() << "," << (i % 3 == 0 ? "gold" : i % 3 == 1 ? "silver" : "bronze") << ","
              << (i == 7 ? std::string("high") : c["score"][i].dump()) << "," << (i == 5 ? "1.5" : "0.5") << "\n";
        }
    }

    void jsonAgreesWithSklearn() {
        std::string out, err;
        const int rc = run({path("scores.csv"), "--label", "churned", "--score", "churn_score", "--slice", "region",
                            "--min-rows", "1", "--json"}, out, err);
        QVERIFY2(rc == 0, err.c_str());
        const json j = json::parse(out);
        const auto c = fixture();
        const char* names[] = {"accuracy", "precision", "recall", "f1", "specificity", "roc_auc",
                               "average_precision", "log_loss", "brier", "ece", "base_rate"};
        for (const char* n : names) QVERIFY2(close(j["overall"][n], c["expected"]["overall"][n]), n);
        QCOMPARE(j["overall"]["n"].get<int>(), c["expected"]["overall"]["n"].get<int>());
        QCOMPARE(j["slices"].size(), c["expected"]["slices"].size());
        for (const auto& s : j["slices"]) {
            const std::string name = s["slice"]["region"].get<std::string>();
            const auto& e = c["expected"]["slices"][name];
            for (const char* n : names) QVERIFY2(close(s[n], e[n]), (name + "." + n).c_str());
            QVERIFY(s["flagged"].is_boolean());
            QVERIFY(s["too_small"].is_boolean());
            QVERIFY(s.contains("p_value"));
            if (e["roc_auc"].is_null()) QVERIFY(s["undefined"]["roc_auc"].is_string());
        }
        const auto& bins = j["calibration"]["bins"];
        QCOMPARE(bins.size(), std::size_t(10));
        QCOMPARE(bins[0]["lower"].get<double>(), 0.0);
        QCOMPARE(bins[0]["upper"].get<double>(), 0.1);
        for (std::size_t b = 0; b < 10; ++b) {
            const auto& e = c["expected"]["overall"]["calibration"][b];
            QCOMPARE(bins[b]["n"].get<int>(), e["n"].get<int>());
            QVERIFY(close(bins[b]["mean_score"], e["mean_score"]));
            QVERIFY(close(bins[b]["observed_rate"], e["observed_rate"]));
        }
        QVERIFY(j["calibration"]["reading"].get<std::string>().find("When the model says") == 0);
    }

    void tooSmallSlicesAreMarked() {
        std::string out, err;
        QCOMPARE(run({path("scores.csv"), "--label", "churned", "--score", "churn_score", "--slice", "region", "--json"},
                     out, err), 0);
        const json report = json::parse(out);   // a named object: a temporary would die before the loop runs
        for (const auto& s : report["slices"]) {
            const bool small = s["n"].get<int>() < 30;
            QCOMPARE(s["too_small"].get<bool>(), small);
            if (small) { QVERIFY(s["p_value"].is_null()); QVERIFY(!s["flagged"].get<bool>()); }
        }
    }

    void textOutput() {
        std::string out, err;
        QCOMPARE(run({path("scores.csv"), "--label", "churned", "--score", "churn_score", "--slice", "region"}, out, err), 0);
        QVERIFY(out.find("All rows") != std::string::npos);
        QVERIFY(out.find("too few rows to judge") != std::string::npos);   // one_row, extremes
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown column") << QStringList{"--label", "nope"} << "no column named 'nope'";
        QTest::newRow("unknown slice") << QStringList{"--label", "churned", "--slice", "cuntry"} << "'cuntry'";
        QTest::newRow("three-valued label") << QStringList{"--label", "tier", "--score", "churn_score"} << "has 3 values";
        QTest::newRow("score outside 0-1") << QStringList{"--label", "churned", "--score", "big_score"} << "outside 0 to 1";
        QTest::newRow("non-numeric score") << QStringList{"--label", "churned", "--score", "word_score"} << "not numbers";
        QTest::newRow("missing label") << QStringList{"--score", "churn_score"} << "--label";
        QTest::newRow("bad threshold") << QStringList{"--label", "churned", "--threshold", "2"} << "--threshold";
        QTest::newRow("missing file") << QStringList{"--label", "churned", "--json"} << "";
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        std::vector<std::string> argv{QTest::currentDataTag() == QByteArray("missing file") ? path("nope.csv")
                                                                                             : path("scores.csv")};
        for (const auto& a : args) argv.push_back(a.toStdString());
        std::string out, err;
        QCOMPARE(run(argv, out, err), kExitBadInput);
        QVERIFY(out.empty());
        // One clear line; before it, one warning line per column with values that
        // do not fit its type (the file's word_score).
        std::istringstream lines(err);
        int refusals = 0;
        for (std::string line; std::getline(lines, line);) {
            QVERIFY2(line.rfind("segmenta-cli metrics: ", 0) == 0, err.c_str());
            refusals += line.find(": warning: ") == std::string::npos;
        }
        QCOMPARE(refusals, 1);
        QVERIFY2(err.find(fragment.toStdString()) != std::string::npos, err.c_str());
    }

private:
    std::string path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)).toStdString(); }
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "test_cli_metrics.moc"
