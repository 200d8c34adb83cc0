// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include <cmath>

#include "core/prep/feature_prep.h"
#include "core/prep/prep_stats.h"
#include "tests/test_columns.h"

using namespace segmenta;
using segmenta::testutil::numberColumn;

namespace {

Column category(const std::string& name, const std::vector<std::string>& v) {
    Column c;
    c.name = name;
    c.type = ColumnType::Category;
    for (const auto& s : v) {
        if (s.empty()) c.appendMissing();
        else c.appendCategory(s);
    }
    return c;
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestPrep : public QObject {
    Q_OBJECT
private slots:
    void defaultsWithReasons() {
        Table t;
        t.columns.push_back(numberColumn("customer_id", {1, 2, 3, 4}, ColumnType::Integer));
        t.columns.push_back(numberColumn("revenue", {10, 12, 11, 500}));
        Column email;
        email.name = "email";
        email.type = ColumnType::Text;
        for (const char* s : {"a@x", "b@x", "c@x", "d@x"}) email.appendString(s);
        t.columns.push_back(std::move(email));
        t.columns.push_back(category("country", {"DE", "FR", "DE", "IT"}));
        t.columns.push_back(numberColumn("churned", {0, 1, 0, 0}, ColumnType::Boolean));
        t.columns.back().role = ColumnRole::Label;
        t.columns.push_back(numberColumn("constant", {5, 5, 5, 5}));
        const auto s = suggestFeatures(t);
        QCOMPARE(s.size(), std::size_t(6));
        QCOMPARE(s[0].reasonCode, FeatureReason::Identifier);
        QVERIFY(s[1].selected);
        QCOMPARE(s[2].reasonCode, FeatureReason::PersonalData);
        QVERIFY(s[3].selected);
        QCOMPARE(s[3].levels, std::size_t(3));
        QCOMPARE(s[4].reasonCode, FeatureReason::Label);
        QCOMPARE(s[5].reasonCode, FeatureReason::Constant);
        for (const auto& f : s) QVERIFY(!f.reason.empty());
    }

    void skewSuggestsLog1p() {
        std::vector<double> v(200, 1.0);
        v[0] = 1000;
        Table t;
        t.columns.push_back(numberColumn("spend", v));
        const auto s = suggestFeatures(t);
        QVERIFY(s[0].skewness > 2);
        QVERIFY(s[0].suggestLog1p);
        QVERIFY(!s[0].log1pReason.empty());
    }

    void scalings_data() {
        QTest::addColumn<int>("scaling");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("last");
        // x = 1, 2, 3, 4, 10: mean 4, population sd sqrt(10); median 3, IQR 4 − 2 = 2; min 1, max 10
        QTest::newRow("standard") << int(Scaling::Standard) << (1 - 4) / std::sqrt(10.0) << (10 - 4) / std::sqrt(10.0);
        QTest::newRow("robust") << int(Scaling::Robust) << (1 - 3) / 2.0 << (10 - 3) / 2.0;
        QTest::newRow("minmax") << int(Scaling::MinMax) << 0.0 << 1.0;
        QTest::newRow("none") << int(Scaling::None) << 1.0 << 10.0;
    }
    void scalings() {
        QFETCH(int, scaling);
        QFETCH(double, first);
        QFETCH(double, last);
        Table t;
        t.columns.push_back(numberColumn("x", {1, 2, 3, 4, 10}));
        FeatureOptions o;
        o.scaling = Scaling(scaling);
        auto p = prepareFeatures(t, o);
        QVERIFY(p.ok());
        QVERIFY(std::abs(p->matrix(0, 0) - first) < 1e-15);
        QVERIFY(std::abs(p->matrix(4, 0) - last) < 1e-15);
        const auto& tr = p->pipeline.transforms[0];
        QVERIFY(std::abs(unscaleValue(tr, 0, p->matrix(4, 0)) - 10) < 1e-12);
    }

    void imputationAndOneHotWeight() {
        Table t;
        t.columns.push_back(numberColumn("x", {1, NaN, 3, 5}));
        t.columns.push_back(category("c", {"a", "b", "", "a"}));
        auto p = prepareFeatures(t, FeatureOptions{});
        QVERIFY(p.ok());
        QCOMPARE(p->imputation.size(), std::size_t(2));
        QCOMPARE(p->imputation[0].count, std::size_t(1));
        QCOMPARE(p->pipeline.transforms[0].imputeValue, 3.0);       // median of 1, 3, 5
        QCOMPARE(p->pipeline.transforms[1].imputeLevel, std::string("a"));
        QCOMPARE(p->matrix.cols(), Eigen::Index(3));
        // the one-hot block has total variance 1, like one standardised number
        double var = 0;
        for (int j = 1; j < 3; ++j) {
            const auto col = p->matrix.col(j).array();
            var += (col - col.mean()).square().mean();
        }
        QVERIFY(std::abs(var - 1) < 1e-12);
    }

    void refusals_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("too many levels") << 0;
        QTest::newRow("all missing") << 1;
        QTest::newRow("infinity") << 2;
        QTest::newRow("unknown column") << 3;
        QTest::newRow("text column") << 4;
        QTest::newRow("empty table") << 5;
    }
    void refusals() {
        QFETCH(int, which);
        Table t;
        std::vector<std::string> many;
        for (int i = 0; i < 10000; ++i) many.push_back("level" + std::to_string(i));
        t.columns.push_back(category("city", many));
        std::vector<double> miss(10000, NaN), withInf(10000, 1.0);
        withInf[17] = std::numeric_limits<double>::infinity();
        t.columns.push_back(numberColumn("gone", miss));
        t.columns.push_back(numberColumn("bad", withInf));
        Column text;
        text.name = "note";
        text.type = ColumnType::Text;
        for (int i = 0; i < 10000; ++i) text.appendString("x");
        t.columns.push_back(std::move(text));
        FeatureOptions o;
        const char* cols[] = {"city", "gone", "bad", "nope", "note"};
        if (which < 5) o.columns = {cols[which]};
        else { t = Table{}; t.columns.push_back(numberColumn("x", {})); o.columns = {"x"}; }
        auto p = prepareFeatures(t, o);
        QVERIFY(!p.ok());
        QVERIFY(!p.error().message.empty());
        QVERIFY(p.error().message.find('\n') == std::string::npos);
        if (which == 0) QVERIFY(p.error().message.find("10000") != std::string::npos);
        if (which == 2) QVERIFY(p.error().message.find("row 18") != std::string::npos);
    }

    void applyToNewTable() {
        Table a;
        a.columns.push_back(numberColumn("x", {1, 2, 3}));
        a.columns.push_back(category("c", {"a", "b", "a"}));
        auto p = prepareFeatures(a, FeatureOptions{});
        QVERIFY(p.ok());
        auto same = applyPipeline(p->pipeline, a);
        QVERIFY(same.ok());
        QVERIFY((*same - p->matrix).cwiseAbs().maxCoeff() == 0);
        Table b;
        b.columns.push_back(numberColumn("x", {NaN, 7}));
        b.columns.push_back(category("c", {"z", "a"}));
        ApplyReport rep;
        auto m = applyPipeline(p->pipeline, b, &rep);
        QVERIFY(m.ok());
        QCOMPARE(rep.unseenLevels["c"]["z"], std::size_t(1));
        QCOMPARE(rep.imputed["x"], std::size_t(1));
        Table c;
        c.columns.push_back(numberColumn("y", {1}));
        auto e = applyPipeline(p->pipeline, c);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ErrorKind::NotFound);
        QVERIFY(e.error().message.find("'x'") != std::string::npos && e.error().message.find("'c'") != std::string::npos);
    }

    void statsMatchNumpy() {
        std::vector<double> v{4, 1, 3, 2};
        QCOMPARE(medianInPlace(v), 2.5);
        std::vector<double> q{1, 2, 3, 4, 10};
        QCOMPARE(quantileInPlace(q, 0.25), 2.0);
        QCOMPARE(quantileInPlace(q, 0.9), 7.6000000000000005);   // numpy.percentile([1,2,3,4,10], 90), bit for bit
        QVERIFY(std::abs(skewness({1, 2, 3, 4, 10}) - 1.1384199576606167) < 1e-12);   // scipy.stats.skew
    }
};

QTEST_GUILESS_MAIN(TestPrep)
#include "test_prep.moc"
