// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli segment end to end, scores against scikit-learn's fixture.
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"

using namespace segmenta::cli;
using nlohmann::json;

namespace {

const std::string kBlobs = std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/segment/blobs.csv";

int run(const std::vector<std::string>& args, std::string& out, std::string& err) {
    std::ostringstream o, e;
    const int code = runSegment(args, o, e);
    out = o.str();
    err = e.str();
    return code;
}

json fixture() {
    std::ifstream in(std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/segment/scores.json");
    return json::parse(in);
}

std::string tempPath(const char* name) { return QDir::temp().filePath(QString::fromLatin1(name)).toStdString(); }

} // namespace

class TestCliSegment : public QObject {
    Q_OBJECT
private slots:
    // With --scale standard and numbers only, the matrix is the z-scored file, so
    // the scores are scikit-learn's on that matrix and those labels.
    void jsonScoresAgreeWithSklearn() {
        std::string out, err;
        QCOMPARE(run({kBlobs, "--k", "3", "--scale", "standard", "--json", "--seed", "1"}, out, err), kExitOk);
        const json j = json::parse(out);
        const json ref = fixture()["datasets"]["blobs"]["zscored_k3"];
        QCOMPARE(j["algorithm"].get<std::string>(), std::string("kmeans"));
        QCOMPARE(j["k"].get<int>(), 3);
        QCOMPARE(j["features"].size(), std::size_t(3));
        QCOMPARE(j["scale"].get<std::string>(), std::string("standard"));
        QVERIFY(j["silhouette_sample_size"].is_null());
        QVERIFY(!j.contains("k_scan"));
        const double tol = 1e-9;
        QVERIFY2(std::abs(j["inertia"].get<double>() - ref["inertia"].get<double>()) < tol * ref["inertia"].get<double>(), out.c_str());
        QVERIFY(std::abs(j["silhouette"].get<double>() - ref["silhouette"].get<double>()) < tol);
        QVERIFY(std::abs(j["calinski_harabasz"].get<double>() - ref["calinski_harabasz"].get<double>()) < tol * ref["calinski_harabasz"].get<double>());
        QVERIFY(std::abs(j["davies_bouldin"].get<double>() - ref["davies_bouldin"].get<double>()) < tol);
        double share = 0;
        std::size_t size = 0;
        for (const auto& s : j["segments"]) {
            share += s["share"].get<double>();
            size += s["size"].get<std::size_t>();
            QVERIFY(!s["name"].get<std::string>().empty());
            QVERIFY(!s["description"].get<std::string>().empty());
            QCOMPARE(s["centroid"].size(), std::size_t(3));
            QVERIFY(s["centroid"]["x1"].is_number());
        }
        QCOMPARE(size, std::size_t(300));
        QVERIFY(std::abs(share - 1) < 1e-12);
    }

    void autoKHasScanAndOutWritesEveryRow() {
        std::string out, err;
        const std::string path = tempPath("segmenta_cli_segment_out.csv");
        QCOMPARE(run({kBlobs, "--k", "auto", "--k-max", "6", "--json", "--out", path}, out, err), kExitOk);
        const json j = json::parse(out);
        QCOMPARE(j["k_scan"].size(), std::size_t(5));
        QCOMPARE(j["k_scan"][0]["k"].get<int>(), 2);
        for (const auto& row : j["k_scan"])
            for (const char* key : {"inertia", "silhouette", "calinski_harabasz", "davies_bouldin"}) QVERIFY(row[key].is_number());
        std::ifstream in(path);
        std::string header, line;
        std::getline(in, header);
        QCOMPARE(header, std::string("x1,x2,x3,segment,segment_name"));
        std::size_t rows = 0;
        while (std::getline(in, line)) ++rows;
        QCOMPARE(rows, std::size_t(300));
        std::remove(path.c_str());
    }

    void mixture() {
        std::string out, err;
        QCOMPARE(run({kBlobs, "--k", "4", "--algorithm", "gmm", "--json"}, out, err), kExitOk);
        const json j = json::parse(out);
        QCOMPARE(j["algorithm"].get<std::string>(), std::string("gmm_full"));
        QVERIFY(j["bic"].is_number());
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        const QString b = QString::fromStdString(kBlobs);
        QTest::newRow("unknown feature") << QStringList{b, QStringLiteral("--features"), QStringLiteral("x1,nope")} << QStringLiteral("nope");
        QTest::newRow("k larger than distinct rows") << QStringList{b, QStringLiteral("--k"), QStringLiteral("400")} << QStringLiteral("segments");
        QTest::newRow("empty selection") << QStringList{b, QStringLiteral("--features"), QStringLiteral(",")} << QStringLiteral("features");
        QTest::newRow("bad k") << QStringList{b, QStringLiteral("--k"), QStringLiteral("many")} << QStringLiteral("--k");
        QTest::newRow("bad scale") << QStringList{b, QStringLiteral("--scale"), QStringLiteral("log")} << QStringLiteral("scale");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.csv")} << QString();
        QTest::newRow("save without db") << QStringList{b, QStringLiteral("--save-model"), QStringLiteral("m")} << QStringLiteral("--db");
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        std::vector<std::string> a;
        for (const auto& s : args) a.push_back(s.toStdString());
        std::string out, err;
        QCOMPARE(run(a, out, err), kExitBadInput);
        QVERIFY(out.empty());
        QVERIFY(!err.empty());
        QCOMPARE(std::count(err.begin(), err.end(), '\n'), std::ptrdiff_t(1));   // one line
        if (!needle.isEmpty()) QVERIFY2(err.find(needle.toStdString()) != std::string::npos, err.c_str());
    }

    void textColumnForcedIsRefused() {
        const std::string path = tempPath("segmenta_cli_segment_text.csv");
        {
            std::ofstream f(path);
            f << "name,spend\n";
            for (int i = 0; i < 50; ++i) f << "customer " << i << " with a long free text note," << i * 3 << "\n";
        }
        std::string out, err;
        QCOMPARE(run({path, "--features", "name,spend"}, out, err), kExitBadInput);
        QVERIFY2(err.find("name") != std::string::npos, err.c_str());
        std::remove(path.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliSegment)
#include "test_cli_segment.moc"
