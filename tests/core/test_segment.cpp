// SPDX-License-Identifier: GPL-3.0-or-later
// runSegmentation end to end: demo data, cars.csv, mixtures, the saved model, edge cases.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "core/common/random.h"

#include "core/demo/demo_generator.h"
#include "core/segment/cluster_scores.h"
#include "core/segment/gmm.h"
#include "core/segment/profiles.h"
#include "core/segment/segment_naming.h"
#include "core/segment/segmentation.h"
#include "core/io/csv_reader.h"

using namespace segmenta;

namespace {

Table demo(std::size_t rows = 3000) {
    DemoOptions o;
    o.rows = rows;
    return generateCustomers(o).table;
}

// Four segments of the demo's customers, quickly (two starts): the model the
// round-trip and naming tests save and read back.
Result<SegmentationResult> fourDemoSegments(const Table& t) {
    SegmentationOptions o;
    o.k = 4;
    o.nInit = 2;
    return runSegmentation(t, o);
}

Column numbers(const std::string& name, const std::vector<double>& v) {
    Column c;
    c.name = name;
    c.type = ColumnType::Decimal;
    for (double x : v) c.appendNumber(x);
    return c;
}

} // namespace

class TestSegment : public QObject {
    Q_OBJECT
private slots:
    // The bundled demo file with the defaults (as `segmenta-cli segment` runs it):
    // a handful of segments, none swallowing most customers, and the GUI's
    // structured parts render to the same English as the core's text.
    void bundledDemoGetsAHandfulOfSegments() {
        auto imported = readCsvFile(std::string(SEGMENTA_SOURCE_DIR) + "/resources/demo/customers.csv");
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
        const SegmentationOptions o = recommendedOptions();
        auto r = runSegmentation(imported->table, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY2(r->k >= 3 && r->k <= 6, qPrintable(QStringLiteral("k = %1: %2").arg(r->k).arg(QString::fromStdString(r->kReasonText))));
        for (const auto& s : r->segments) {
            QVERIFY2(s.share < 0.6, "no segment holds most of the customers");
            QCOMPARE(s.description, englishDescription(s.parts));
            std::string name;
            for (const auto& p : s.parts) {
                QCOMPARE(p.label, englishWord(p));
                name += (name.empty() ? "" : " \xC2\xB7 ") + p.label;
            }
            if (s.parts.empty()) name = "Average profile";
            if (s.nameNumber >= 2) name += " (" + std::to_string(s.nameNumber) + ")";
            QCOMPARE(s.name, name);
        }
        qInfo() << "bundled demo k" << r->k << r->kReasonText.c_str();
    }

    void demoDataGetsNamedSegments() {
        const Table t = demo();
        SegmentationOptions o;
        o.nInit = 3;
        o.kMax = 8;
        auto r = runSegmentation(t, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->k >= 2 && r->k <= 8);
        QCOMPARE(r->kScan.size(), std::size_t(7));
        QVERIFY(!r->kReasonText.empty());
        QCOMPARE(r->segments.size(), std::size_t(r->k));
        double share = 0;
        std::set<std::string> names;
        for (const auto& s : r->segments) {
            share += s.share;
            QVERIFY(!s.name.empty());
            QVERIFY(!s.description.empty());
            names.insert(s.name);
        }
        QVERIFY(std::abs(share - 1) < 1e-12);
        QCOMPARE(names.size(), r->segments.size());   // unique names
        // the recommended k has the best silhouette of the scan, or of 3..6 when
        // k = 2 is better by less than the tolerance (and the sentence says so)
        double two = 0;
        for (const auto& row : r->kScan) {
            if (row.k == 2) two = row.scores.silhouette;
            if (r->kReason == KReason::HandfulOverTwo && (row.k < 3 || row.k > 6)) continue;
            QVERIFY(row.scores.silhouette <= r->scores.silhouette + 1e-12);
        }
        if (r->kReason == KReason::HandfulOverTwo) {
            QVERIFY(r->k >= 3 && r->k <= 6);
            QVERIFY(two > r->scores.silhouette && two <= r->scores.silhouette + kHandfulTolerance);
            QCOMPARE(r->kReasonDetail.alternativeK, 2);
            QVERIFY(r->kReasonText.find("Two segments separate a little better") != std::string::npos);
        }
        // honest wording: "clearly" only for a silhouette of at least 0.5
        QCOMPARE(r->kReasonText.find("clearly") != std::string::npos, r->scores.silhouette >= 0.5);
        // scores are those of the scaled matrix and the labels
        QVERIFY(std::abs(r->scores.calinskiHarabasz - calinskiHarabaszScore(r->features.matrix, r->labels)) < 1e-9);
        // at least one segment is explained by a significant difference
        bool explained = false;
        for (const auto& s : r->segments) explained |= !s.parts.empty();
        QVERIFY(explained);
        const auto m = toMembership(*r);
        QCOMPARE(m.segmentOfRow.size(), t.rowCount());
        QCOMPARE(m.centroids.rows(), Eigen::Index(r->k));
        qInfo() << "demo k" << r->k;
        for (const auto& s : r->segments) qInfo() << s.name.c_str() << "|" << s.description.c_str() << s.share;
    }

    void deterministicForSeed() {
        const Table t = demo(2000);
        SegmentationOptions o;
        o.k = 4;
        o.nInit = 2;
        o.seed = 5;
        auto a = runSegmentation(t, o), b = runSegmentation(t, o);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->labels, b->labels);
        QCOMPARE(a->scores.silhouette, b->scores.silhouette);
        QCOMPARE(a->segments[0].name, b->segments[0].name);
    }

    void carsSanity() {
        // cars.csv has no quotes: read its numeric columns directly so this test
        // does not depend on the importer
        std::ifstream in(SEGMENTA_TEST_DATA "/public/cars.csv");
        QVERIFY2(in, "tests/data/public/cars.csv is part of the repository");
        std::string line;
        std::getline(in, line);
        const std::vector<std::string> wanted{"Miles_per_Gallon", "Horsepower", "Weight_in_lbs", "Acceleration"};
        const int index[] = {1, 4, 5, 6};
        Table t;
        for (const auto& w : wanted) { t.columns.emplace_back(); t.columns.back().name = w; t.columns.back().type = ColumnType::Decimal; }
        while (std::getline(in, line)) {
            std::vector<std::string> cells;
            std::stringstream ss(line);
            std::string cell;
            while (std::getline(ss, cell, ',')) cells.push_back(cell);
            cells.resize(9);
            for (std::size_t c = 0; c < wanted.size(); ++c) {
                const std::string& v = cells[std::size_t(index[c])];
                if (v.empty()) t.columns[c].appendMissing();
                else t.columns[c].appendNumber(std::stod(v));
            }
        }
        SegmentationOptions o;
        o.features.columns = wanted;
        o.k = 3;
        auto r = runSegmentation(t, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->scores.silhouette > 0.3);
        QVERIFY(!r->features.imputation.empty());   // cars.csv has missing mpg/horsepower
        for (const auto& s : r->segments) qInfo() << s.name.c_str() << "|" << s.description.c_str();
    }

    void mixtures_data() {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("diag") << int(Algorithm::GmmDiag);
        QTest::newRow("full") << int(Algorithm::GmmFull);
    }
    void mixtures() {
        QFETCH(int, algorithm);
        const Table t = demo(1500);
        SegmentationOptions o;
        o.algorithm = Algorithm(algorithm);
        o.kMax = 5;
        o.nInit = 1;
        auto r = runSegmentation(t, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->kReason, KReason::BestBic);
        for (const auto& row : r->kScan) QVERIFY(row.scores.bic >= r->scores.bic);
        QCOMPARE(r->probabilities.rows(), Eigen::Index(t.rowCount()));
        for (Eigen::Index i = 0; i < r->probabilities.rows(); i += 97)
            QVERIFY(std::abs(r->probabilities.row(i).sum() - 1) < 1e-9);
        // saved and re-applied: same assignments and probabilities
        auto m = modelFromJson(modelToJson(r->model));
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().message.c_str());
        auto a = assignSegments(*m, t);
        QVERIFY(a.ok());
        QCOMPARE(a->labels, r->labels);
        QVERIFY((a->probabilities - r->probabilities).cwiseAbs().maxCoeff() < 1e-9);
    }

    void gmmRecoversSeparatedGroups() {
        Eigen::MatrixXd x(600, 2);
        Random rng(1);
        for (Eigen::Index i = 0; i < 600; ++i) {
            const double c = i < 300 ? -5 : 5;
            x(i, 0) = c + rng.normal();
            x(i, 1) = rng.normal() * (i < 300 ? 0.5 : 2);
        }
        GmmOptions g;
        g.k = 2;
        auto f = fitGmm(x, g);
        QVERIFY(f.ok());
        QVERIFY(f->converged);
        QVERIFY(std::abs(f->weights(0) - 0.5) < 0.02);
        const std::size_t first = std::size_t(f->labels[0]);
        for (Eigen::Index i = 0; i < 600; ++i) QCOMPARE(std::size_t(f->labels[std::size_t(i)]) == first, i < 300);
        // BIC = −2·log L + p·ln n with p = 2·(2·3/2) + 2·2 + 1 = 11
        QVERIFY(std::abs(f->bic - (-2 * f->meanLogLikelihood * 600 + 11 * std::log(600.0))) < 1e-9);
    }

    void modelRoundTripAndBatchScoring() {
        const Table t = demo(2000);
        auto r = fourDemoSegments(t);
        QVERIFY(r.ok());
        const std::string json = modelToJson(r->model);
        auto m = modelFromJson(json);
        QVERIFY(m.ok());
        QCOMPARE(modelToJson(*m), json);
        auto a = assignSegments(*m, t);
        QVERIFY(a.ok());
        QCOMPARE(a->labels, r->labels);
        QVERIFY(std::abs(a->meanDistance - r->model.trainingMeanDistance) < 1e-9);
        // a later month: same columns, some shift; a missing column is an error naming it
        DemoOptions later;
        later.rows = 1000;
        later.drift = 1;
        later.seed = 9;
        Table next = generateCustomers(later).table;
        QVERIFY(assignSegments(*m, next).ok());
        next.columns.erase(next.columns.begin() + std::ptrdiff_t(*next.find(r->features.columns[0])));
        auto bad = assignSegments(*m, next);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::NotFound);
        QVERIFY(bad.error().message.find(r->features.columns[0]) != std::string::npos);
        QVERIFY(!modelFromJson("{\"format\": \"segmenta-segment-model\"}").ok());
        QVERIFY(!modelFromJson("not json").ok());
    }

    // The automatic names are kept with the model as word ids, so a GUI can say them
    // in its language after the history stored the model; a renamed segment is not
    // automatic; a model saved without them still reads; inconsistent ones are damage.
    void modelKeepsNameWords() {
        const Table t = demo(2000);
        auto r = fourDemoSegments(t);
        QVERIFY(r.ok());
        QCOMPARE(r->model.nameWords.size(), r->segments.size());
        for (std::size_t s = 0; s < r->segments.size(); ++s) {
            const auto& words = r->model.nameWords[s];
            QVERIFY(words.automatic);
            QCOMPARE(words.number, r->segments[s].nameNumber);
            QCOMPARE(words.words.size(), r->segments[s].parts.size());
            for (std::size_t w = 0; w < words.words.size(); ++w) {
                ExplanationPart p;
                p.word = NameWord(words.words[w]);
                p.featureText = words.features[w];
                p.level = words.levels[w];
                QCOMPARE(englishWord(p), englishWord(r->segments[s].parts[w]));
            }
        }
        renameSegment(*r, 1, "Loyal");
        QVERIFY(!r->model.nameWords[1].automatic);
        const std::string json = modelToJson(r->model);
        auto m = modelFromJson(json);
        QVERIFY(m.ok());
        QCOMPARE(m->nameWords.size(), r->model.nameWords.size());
        QVERIFY(m->nameWords[0].automatic && !m->nameWords[1].automatic);
        QCOMPARE(m->nameWords[0].words, r->model.nameWords[0].words);
        QCOMPARE(m->nameWords[0].features, r->model.nameWords[0].features);
        QCOMPARE(modelToJson(*m), json);
        // a model saved before the words were kept: no words, the JSON unchanged
        SegmentModel older = r->model;
        older.nameWords.clear();
        const std::string olderJson = modelToJson(older);
        QVERIFY(olderJson.find("name_words") == std::string::npos);
        auto o2 = modelFromJson(olderJson);
        QVERIFY(o2.ok());
        QVERIFY(o2->nameWords.empty());
        QCOMPARE(modelToJson(*o2), olderJson);
        // words for the wrong number of segments: damaged
        SegmentModel wrong = r->model;
        wrong.nameWords.pop_back();
        QVERIFY(!modelFromJson(modelToJson(wrong)).ok());
    }

    void edgeCases_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("ok");
        QTest::newRow("k larger than distinct rows") << 0 << false;
        QTest::newRow("one row, automatic k") << 1 << false;
        QTest::newRow("one row, k = 1") << 2 << true;
        QTest::newRow("k = 1") << 3 << true;
        QTest::newRow("constant feature kept when chosen") << 4 << true;
        QTest::newRow("NaN counted as missing") << 5 << true;
        QTest::newRow("empty selection") << 6 << false;
    }
    void edgeCases() {
        QFETCH(int, which);
        QFETCH(bool, ok);
        Table t;
        SegmentationOptions o;
        o.nInit = 1;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        switch (which) {
        case 0: t.columns.push_back(numbers("x", {1, 1, 2, 2, 1})); o.k = 3; break;
        case 1: t.columns.push_back(numbers("x", {1})); break;
        case 2: t.columns.push_back(numbers("x", {1})); o.k = 1; o.features.columns = {"x"}; break;
        case 3: t.columns.push_back(numbers("x", {1, 2, 3, 10})); o.k = 1; break;
        case 4:
            t.columns.push_back(numbers("x", {1, 2, 3, 10, 11, 12}));
            t.columns.push_back(numbers("c", {5, 5, 5, 5, 5, 5}));
            o.features.columns = {"x", "c"};
            o.k = 2;
            break;
        case 5: t.columns.push_back(numbers("x", {1, nan, 3, 10, 11, nan})); o.k = 2; break;
        case 6: t.columns.push_back(numbers("id", {1, 1, 1})); t.columns[0].role = ColumnRole::Identifier; break;
        }
        auto r = runSegmentation(t, o);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().message.empty());
            return;
        }
        QCOMPARE(r->labels.size(), t.rowCount());
        if (which == 3) QVERIFY(std::isnan(r->scores.silhouette));
        if (which == 4) QCOMPARE(r->labels[0] == r->labels[2], true);
    }

    void cancellation() {
        const Table t = demo(20000);
        std::atomic<int> n{0};
        Progress p([&](double, const std::string&) {
            if (++n == 4) p.cancel();
        });
        SegmentationOptions o;
        auto r = runSegmentation(t, o, &p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
    }

    void statisticsMatchScipy() {
        // scipy.stats.ttest_ind([1,2,3,4,5],[2,4,6,8,10,12], equal_var=False).pvalue
        const double p = welchPValue(3, 2.5, 5, 7, 14, 6);
        QVERIFY(std::abs(p - 0.04928433820673049) < 1e-12);
        // scipy.stats.chi2_contingency([[10, 20], [30, 15]], correction=False)[1]
        QVERIFY(std::abs(chiSquare2x2PValue(10, 20, 30, 15) - 0.0045863920802535025) < 1e-14);
        // statsmodels multipletests(..., method="fdr_bh")
        const auto adj = benjaminiHochberg({0.01, 0.04, 0.03, 0.2});
        QVERIFY(std::abs(adj[0] - 0.04) < 1e-15 && std::abs(adj[1] - 0.04 * 4 / 3) < 1e-15 &&
                std::abs(adj[2] - 0.04 * 4 / 3) < 1e-15 && std::abs(adj[3] - 0.2) < 1e-15);
    }
};

QTEST_GUILESS_MAIN(TestSegment)
#include "test_segment.moc"
