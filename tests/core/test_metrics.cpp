// SPDX-License-Identifier: GPL-3.0-or-later
// Per-slice metrics against scikit-learn (tests/fixtures/metrics/make_metrics.py).
#include <QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/common/random.h"
#include "core/common/radix_sort.h"
#include "core/metrics/slice_report.h"

using namespace segmenta;
using json = nlohmann::json;

namespace {

json loadFixture(const char* name) {
    std::ifstream in(std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/metrics/" + name);
    return json::parse(in);
}

Column categoryColumn(const std::string& name, const json& values) {
    Column c;
    c.name = name;
    c.type = ColumnType::Category;
    for (const auto& v : values) c.appendCategory(v.get<std::string>());
    return c;
}

Column numberColumn(const std::string& name, const json& values, ColumnType type = ColumnType::Decimal) {
    Column c;
    c.name = name;
    c.type = type;
    for (const auto& v : values) c.appendNumber(v.get<double>());
    return c;
}

// Agreement to the last few digits: 1e-12 relative (or absolute near zero).
void compareMetric(const Metric& ours, const json& expected, const std::string& what) {
    if (expected.is_null()) {
        QVERIFY2(!ours.defined(), ("expected undefined: " + what).c_str());
        QVERIFY2(!ours.reason.empty(), ("undefined needs a reason: " + what).c_str());
        return;
    }
    QVERIFY2(ours.defined(), ("expected a value: " + what + " (" + ours.reason + ")").c_str());
    const double e = expected.get<double>(), v = *ours.value;
    QVERIFY2(std::abs(v - e) <= 1e-12 * std::max(1.0, std::abs(e)),
             (what + ": ours " + std::to_string(v) + " sklearn " + std::to_string(e)).c_str());
}

void compareBinary(const BinaryMetrics& m, const json& e, const std::string& where) {
    QCOMPARE(m.n, e["n"].get<std::int64_t>());
    const std::pair<const Metric*, const char*> pairs[] = {
        {&m.accuracy, "accuracy"}, {&m.precision, "precision"}, {&m.recall, "recall"}, {&m.f1, "f1"},
        {&m.specificity, "specificity"}, {&m.rocAuc, "roc_auc"}, {&m.averagePrecision, "average_precision"},
        {&m.logLoss, "log_loss"}, {&m.brier, "brier"}, {&m.ece, "ece"}, {&m.baseRate, "base_rate"},
        {&m.meanScore, "mean_score"}};
    for (const auto& [metric, name] : pairs) compareMetric(*metric, e[name], where + "." + name);
    const auto& cal = e["calibration"];
    QCOMPARE(m.calibration.size(), cal.size());
    for (std::size_t b = 0; b < cal.size(); ++b) {
        QCOMPARE(m.calibration[b].n, cal[b]["n"].get<std::int64_t>());
        compareMetric(m.calibration[b].meanScore(), cal[b]["mean_score"], where + ".bin" + std::to_string(b) + ".mean");
        compareMetric(m.calibration[b].observedRate(), cal[b]["observed_rate"], where + ".bin" + std::to_string(b) + ".rate");
    }
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void binaryAgainstSklearn_data() {
        QTest::addColumn<int>("index");
        const auto cases = loadFixture("binary_cases.json");
        for (std::size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << int(i);
    }
    void binaryAgainstSklearn() {
        QFETCH(int, index);
        const auto c = loadFixture("binary_cases.json")[std::size_t(index)];
        Table t;
        t.columns.push_back(categoryColumn("slice", c["slice"]));
        t.columns.push_back(numberColumn("label", c["label"], ColumnType::Integer));
        t.columns.push_back(numberColumn("score", c["score"]));
        MetricsOptions o;
        o.slices = {SliceDimension{SliceDimension::Kind::Column, "slice", {}}};
        o.label = "label";
        o.score = "score";
        o.threshold = c["threshold"].get<double>();
        o.calibrationBins = c["bins"].get<int>();
        o.minRows = 1;
        auto r = computeSliceReport(t, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->positive, std::string("1"));
        compareBinary(*r->overall.binary, c["expected"]["overall"], "overall");
        const auto& slices = c["expected"]["slices"];
        QCOMPARE(r->slices.size(), slices.size());
        for (const auto& s : r->slices) {
            QVERIFY(slices.contains(s.label));
            compareBinary(*s.binary, slices[s.label], s.label);
        }
    }

    void predictionColumnGivesThresholdMetricsOnly() {
        Table t;
        t.columns.push_back(categoryColumn("y", json::array({"yes", "no", "yes", "no", "yes"})));
        t.columns.push_back(categoryColumn("p", json::array({"yes", "yes", "no", "no", "yes"})));
        MetricsOptions o;
        o.label = "y";
        o.prediction = "p";
        auto r = computeSliceReport(t, o);
        QVERIFY(r.ok());
        const auto& b = *r->overall.binary;
        QCOMPARE(r->positive, std::string("yes"));
        QCOMPARE(b.tp, 2); QCOMPARE(b.fp, 1); QCOMPARE(b.tn, 1); QCOMPARE(b.fn, 1);
        QCOMPARE(*b.accuracy.value, 0.6);
        QVERIFY(!b.rocAuc.defined());
        QCOMPARE(b.rocAuc.reason, std::string("needs a score column"));
        QVERIFY(b.calibration.empty());
    }

    void multiclassAgainstSklearn() {
        const auto c = loadFixture("multiclass_case.json");
        Table t;
        t.columns.push_back(categoryColumn("region", c["slice"]));
        t.columns.push_back(categoryColumn("tier", c["label"]));
        t.columns.push_back(categoryColumn("predicted_tier", c["prediction"]));
        MetricsOptions o;
        o.slices = {SliceDimension{SliceDimension::Kind::Column, "region", {}}};
        o.label = "tier";
        o.prediction = "predicted_tier";
        auto r = computeSliceReport(t, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->multiclass);
        compareMetric(r->overall.multiclass->accuracy, c["expected"]["overall"]["accuracy"], "accuracy");
        compareMetric(r->overall.multiclass->macroF1, c["expected"]["overall"]["macro_f1"], "macro_f1");
        for (const auto& s : r->slices) {
            compareMetric(s.multiclass->accuracy, c["expected"][s.label]["accuracy"], s.label + ".accuracy");
            compareMetric(s.multiclass->macroF1, c["expected"][s.label]["macro_f1"], s.label + ".macro_f1");
        }
    }

    void silhouetteAgainstSklearn() {
        const auto c = loadFixture("silhouette_case.json");
        SegmentMembership m;
        const auto n = c["labels"].size();
        m.features.resize(Eigen::Index(n), 3);
        m.centroids.resize(3, 3);
        for (std::size_t i = 0; i < n; ++i) {
            for (int j = 0; j < 3; ++j) m.features(Eigen::Index(i), j) = c["features"][i][std::size_t(j)].get<double>();
            m.segmentOfRow.push_back(c["labels"][i].get<std::int32_t>());
            m.featureRows.push_back(std::uint32_t(i));
        }
        for (int k = 0; k < 3; ++k)
            for (int j = 0; j < 3; ++j) m.centroids(k, j) = c["centroids"][std::size_t(k)][std::size_t(j)].get<double>();
        m.names = {"A", "B", "C"};
        Table t;
        t.columns.push_back(categoryColumn("s", c["slice"]));
        MetricsOptions o;
        o.slices = {SliceDimension{SliceDimension::Kind::Column, "s", {}}};
        auto r = computeSliceReport(t, o, &m);
        QVERIFY(r.ok());
        QVERIFY(r->overall.segmentFit.has_value());
        QCOMPARE(r->silhouetteReferenceRows, std::int64_t(n));
        auto near = [](const Metric& ours, const json& e) { return ours.defined() && std::abs(*ours.value - e.get<double>()) < 1e-9; };
        QVERIFY(near(r->overall.segmentFit->silhouette, c["expected"]["overall"]["silhouette"]));
        QVERIFY(near(r->overall.segmentFit->centroidDistance, c["expected"]["overall"]["centroid_distance"]));
        for (const auto& s : r->slices) {
            QVERIFY2(near(s.segmentFit->silhouette, c["expected"][s.label]["silhouette"]), s.label.c_str());
            QVERIFY(near(s.segmentFit->centroidDistance, c["expected"][s.label]["centroid_distance"]));
            QCOMPARE(s.segmentFit->silhouetteRows, s.rows);
        }
        // A seeded sample when large: the size is reported and the same seed gives the same value.
        o.segmentFit.pointsPerSlice = 20;
        o.segmentFit.referenceRows = 100;
        auto a = computeSliceReport(t, o, &m), b = computeSliceReport(t, o, &m);
        QCOMPARE(a->slices[0].segmentFit->silhouetteRows, 20);
        QCOMPARE(a->silhouetteReferenceRows, 100);
        QCOMPARE(*a->slices[0].segmentFit->silhouette.value, *b->slices[0].segmentFit->silhouette.value);
        QVERIFY(std::abs(*a->overall.segmentFit->silhouette.value - c["expected"]["overall"]["silhouette"].get<double>()) < 0.1);
    }

    void intervalsAgainstScipy() {
        const auto c = loadFixture("intervals.json");
        for (const auto& w : c["wilson"]) {
            const auto e = wilsonRate(w["k"].get<std::int64_t>(), w["n"].get<std::int64_t>());
            QVERIFY(std::abs(*e.low.value - w["low"].get<double>()) < 1e-12);
            QVERIFY(std::abs(*e.high.value - w["high"].get<double>()) < 1e-12);
        }
        for (const auto& tc : c["t"]) {
            double sum = 0, sq = 0;
            for (const auto& v : tc["values"]) { sum += v.get<double>(); sq += v.get<double>() * v.get<double>(); }
            const auto e = tMean(std::int64_t(tc["values"].size()), sum, sq);
            const double lo = tc["low"].get<double>(), hi = tc["high"].get<double>();
            // SciPy's t quantile is off by ~2e-11 at df = 1 (exact: tan(0.475 pi)); Boost is closer.
            QVERIFY(std::abs(*e.low.value - lo) < 1e-9 * std::max(1.0, std::abs(lo)));
            QVERIFY(std::abs(*e.high.value - hi) < 1e-9 * std::max(1.0, std::abs(hi)));
        }
        for (const auto& z : c["ztest"]) {
            const auto p = twoProportionLowerP(z["s1"].get<std::int64_t>(), z["n1"].get<std::int64_t>(),
                                               z["s2"].get<std::int64_t>(), z["n2"].get<std::int64_t>());
            QVERIFY(std::abs(*p.value - z["p"].get<double>()) < 1e-12 * std::max(1.0, z["p"].get<double>()) + 1e-300);
        }
        std::vector<Metric> ps;
        for (const auto& p : c["bh"]["p"]) ps.push_back(Metric::of(p.get<double>()));
        ps.push_back(Metric::undefined("not tested"));
        const auto adj = benjaminiHochberg(ps);
        for (std::size_t i = 0; i + 1 < adj.size(); ++i)
            QVERIFY(std::abs(*adj[i].value - c["bh"]["adjusted"][i].get<double>()) < 1e-12);
        QVERIFY(!adj.back().defined());
        QVERIFY(!wilsonRate(0, 0).value.defined());
        QVERIFY(!tMean(1, 3, 9).low.defined());
    }

    // Four slices of 1000 rows: "worse" is truly worse (70 % vs 85 % accurate),
    // "slightly" is 1.5 points lower (noise at this size), "better" is better,
    // and "tiny" has 10 rows at 0 % (too few rows to judge).
    void significanceFlagsOnlyTheWorseSlice() {
        Table t;
        Column slice, label, pred;
        slice.name = "slice"; slice.type = ColumnType::Category;
        label.name = "y"; label.type = ColumnType::Integer;
        pred.name = "yhat"; pred.type = ColumnType::Integer;
        auto add = [&](const char* name, int rows, int correct) {
            for (int i = 0; i < rows; ++i) {
                slice.appendCategory(name);
                const int y = i % 2;
                label.appendNumber(y);
                pred.appendNumber(i < correct ? y : 1 - y);
            }
        };
        add("normal", 1000, 850);
        add("worse", 1000, 700);
        add("slightly", 1000, 835);
        add("better", 1000, 900);
        add("tiny", 10, 0);
        t.columns = {slice, label, pred};
        MetricsOptions o;
        o.slices = {SliceDimension{SliceDimension::Kind::Column, "slice", {}}};
        o.label = "y";
        o.prediction = "yhat";
        auto r = computeSliceReport(t, o);
        QVERIFY(r.ok());
        QCOMPARE(r->flagMetric, FlagMetric::Accuracy);
        QVERIFY(r->testName.find("two-proportion z-test") != std::string::npos);
        QVERIFY(r->testName.find("Benjamini-Hochberg") != std::string::npos);
        for (const auto& s : r->slices) {
            const auto& sig = s.significance;
            if (s.label == "worse") {
                QVERIFY(sig.flagged);
                QVERIFY(*sig.adjustedP.value < 1e-6);
                QVERIFY(*sig.effect.value < -0.1);
            } else if (s.label == "tiny") {
                QVERIFY(s.tooSmall);
                QVERIFY(!sig.tested);
                QVERIFY(!sig.flagged);
                QCOMPARE(sig.why, std::string("too few rows to judge"));
                QVERIFY(!sig.adjustedP.defined());
            } else {
                QVERIFY2(!sig.flagged, s.label.c_str());
                QVERIFY(sig.tested);
                QVERIFY(*sig.adjustedP.value > 0.05);
            }
        }
    }

    void outcomeRateAndMean() {
        Table t;
        t.columns.push_back(categoryColumn("g", json::array({"a", "a", "a", "b", "b"})));
        t.columns.push_back(categoryColumn("churned", json::array({"yes", "no", "yes", "no", "no"})));
        t.columns.push_back(numberColumn("revenue", json::array({10.0, 20.0, 30.0, 5.0, 7.0})));
        MetricsOptions o;
        o.slices = {SliceDimension{SliceDimension::Kind::Column, "g", {}}};
        o.label = "churned";
        o.outcomes = {"revenue"};
        o.minRows = 3;
        auto r = computeSliceReport(t, o);
        QVERIFY(r.ok());
        QCOMPARE(r->slices[0].outcomes.size(), std::size_t(2));
        QCOMPARE(*r->slices[0].outcomes[0].estimate.value.value, 2.0 / 3.0);
        QVERIFY(!r->slices[0].outcomes[1].isRate);
        QCOMPARE(*r->slices[0].outcomes[1].estimate.value.value, 20.0);
        QVERIFY(r->slices[1].tooSmall);
        QVERIFY(!r->slices[0].tooSmall);
        QCOMPARE(r->flagMetric, FlagMetric::OutcomeRate);
        QVERIFY(!r->overall.binary.has_value());
    }

    void badInputErrors_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("positive");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown label") << "nope" << "p" << "" << "no column named 'nope'";
        QTest::newRow("unknown score") << "y" << "nope" << "" << "no column named 'nope'";
        QTest::newRow("three values") << "tier" << "p" << "" << "has 3 values";
        QTest::newRow("outside 0-1") << "y" << "big" << "" << "outside 0 to 1";
        QTest::newRow("text score") << "y" << "word" << "" << "not numeric";
        QTest::newRow("no positive") << "colour" << "p" << "" << "--positive";
        QTest::newRow("bad positive") << "y" << "p" << "maybe" << "no value 'maybe'";
    }
    void badInputErrors() {
        QFETCH(QString, label);
        QFETCH(QString, score);
        QFETCH(QString, positive);
        QFETCH(QString, fragment);
        Table t;
        t.columns.push_back(numberColumn("y", json::array({0, 1, 1}), ColumnType::Integer));
        t.columns.push_back(categoryColumn("tier", json::array({"a", "b", "c"})));
        t.columns.push_back(categoryColumn("colour", json::array({"red", "blue", "red"})));
        t.columns.push_back(numberColumn("p", json::array({0.1, 0.5, 0.9})));
        t.columns.push_back(numberColumn("big", json::array({0.1, 1.5, 0.9})));
        Column word;
        word.name = "word";
        word.type = ColumnType::Text;
        for (const char* w : {"high", "low", "0.3"}) word.appendString(w);
        t.columns.push_back(word);
        MetricsOptions o;
        o.label = label.toStdString();
        o.score = score.toStdString();
        o.positive = positive.toStdString();
        auto r = computeSliceReport(t, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find(fragment.toStdString()) != std::string::npos, r.error().message.c_str());
    }

    void positiveClassDetection_data() {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("positive");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yes/no") << QStringList{"no", "yes", "no"} << "" << "yes";
        QTest::newRow("TRUE/FALSE") << QStringList{"FALSE", "TRUE"} << "" << "TRUE";
        QTest::newRow("override") << QStringList{"stayed", "left"} << "left" << "left";
        QTest::newRow("override case") << QStringList{"no", "yes"} << "NO" << "no";
        QTest::newRow("only negatives") << QStringList{"no", "no"} << "" << "";
    }
    void positiveClassDetection() {
        QFETCH(QStringList, values);
        QFETCH(QString, positive);
        QFETCH(QString, expected);
        Table t;
        json v = json::array();
        for (const auto& s : values) v.push_back(s.toStdString());
        t.columns.push_back(categoryColumn("y", v));
        MetricsOptions o;
        o.label = "y";
        o.positive = positive.toStdString();
        auto r = computeSliceReport(t, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(QString::fromStdString(r->positive), expected);
    }

    // Large enough for both cores: sorted, payload moved with its key, stable.
    void radixSortMatchesStableSort() {
        Random rng(5);
        std::vector<std::uint64_t> keys;
        std::vector<std::uint32_t> payload;
        for (std::uint32_t i = 0; i < 300000; ++i) {
            keys.push_back(scoreKey(double(rng.below(5000)) / 4999.0));   // many ties
            payload.push_back(i);
        }
        std::vector<std::pair<std::uint64_t, std::uint32_t>> expected;
        for (std::size_t i = 0; i < keys.size(); ++i) expected.emplace_back(keys[i], payload[i]);
        std::stable_sort(expected.begin(), expected.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        radixSortPairs(keys, payload);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            QCOMPARE(keys[i], expected[i].first);
            QCOMPARE(payload[i], expected[i].second);
        }
        QCOMPARE(keyScore(keys.back()), 1.0);
    }

    void emptyAndMissingRowsAreUndefinedNotNaN() {
        Table t;
        t.columns.push_back(categoryColumn("g", json::array({"a", "a", "b"})));
        Column y;
        y.name = "y"; y.type = ColumnType::Integer;
        y.appendNumber(1); y.appendNumber(0); y.appendMissing();
        t.columns.push_back(y);
        t.columns.push_back(numberColumn("p", json::array({0.8, 0.2, 0.5})));
        MetricsOptions o;
        o.slices = {SliceDimension{SliceDimension::Kind::Column, "g", {}}};
        o.label = "y";
        o.score = "p";
        auto r = computeSliceReport(t, o);
        QVERIFY(r.ok());
        const auto& b = *r->slices[1].binary;
        QCOMPARE(b.n, 0);
        for (const Metric* m : {&b.accuracy, &b.precision, &b.rocAuc, &b.logLoss, &b.ece})
            QVERIFY(!m->defined() && !m->reason.empty());
        QCOMPARE(*r->slices[0].binary->rocAuc.value, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
