// SPDX-License-Identifier: GPL-3.0-or-later
// RFM cut points, scores and segment totals against pandas
// (tests/fixtures/orders/make_rfm_reference.py on rfm_orders.csv).
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/orders/customers.h"
#include "core/orders/export_file.h"
#include "core/orders/rfm.h"
#include "core/table/dates.h"

using namespace segmenta;
using namespace segmenta::orders;
using nlohmann::json;

namespace {

const std::string kFixtures = std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/orders/";

json reference() {
    std::ifstream in(kFixtures + "rfm_reference.json");
    return json::parse(in);
}

CustomerSummary fixtureCustomers() {
    auto f = readExportFile(kFixtures + "rfm_orders.csv");
    if (!f) qFatal("%s", f.error().message.c_str());
    auto log = buildOrderLog(f->raw, f->recognition);
    if (!log) qFatal("%s", log.error().message.c_str());
    return summariseCustomers(*log);
}

void compareCuts(const std::array<double, 4>& cuts, const json& expected) {
    for (std::size_t k = 0; k < 4; ++k)
        QVERIFY2(std::abs(cuts[k] - expected[k].get<double>()) <= 1e-9 * (1 + std::abs(cuts[k])),
                 qPrintable(QStringLiteral("cut %1: %2 vs %3").arg(k).arg(cuts[k]).arg(expected[k].get<double>())));
}

} // namespace

class TestOrdersRfm : public QObject {
    Q_OBJECT
private slots:
    void customerTableMatchesPandas() {
        const json ref = reference();
        const CustomerSummary c = fixtureCustomers();
        QCOMPARE(c.size(), ref["customers"].get<std::size_t>());
        QCOMPARE(formatDate(c.asOfDay), ref["as_of"].get<std::string>());
        for (std::size_t i = 0; i < c.size(); ++i) {
            QCOMPARE(c.keys[i], ref["keys"][i].get<std::string>());
            QCOMPARE(c.recencyDays[i], ref["recency"][i].get<std::int64_t>());
            QCOMPARE(c.orders[i], ref["frequency"][i].get<std::int64_t>());
            QVERIFY(std::abs(c.monetary[i] - ref["monetary"][i].get<double>()) < 1e-6);
        }
    }

    void scoresAndSegmentsMatchPandas_data() {
        QTest::addColumn<QString>("rule");
        QTest::newRow("quantile") << "rfm";
        QTest::newRow("rank") << "rank";
    }
    void scoresAndSegmentsMatchPandas() {
        QFETCH(QString, rule);
        const json ref = reference()[rule.toStdString()];
        const CustomerSummary c = fixtureCustomers();
        const RfmResult r = scoreRfm(c, rule == QLatin1String("rank") ? RfmRule::Rank : RfmRule::Quantile);
        compareCuts(r.cuts.recency, ref["cuts"]["recency"]);
        compareCuts(r.cuts.frequency, ref["cuts"]["frequency"]);
        compareCuts(r.cuts.monetary, ref["cuts"]["monetary"]);
        for (std::size_t i = 0; i < c.size(); ++i) {
            QCOMPARE(int(r.r[i]), ref["r"][i].get<int>());
            QCOMPARE(int(r.f[i]), ref["f"][i].get<int>());
            QCOMPARE(int(r.m[i]), ref["m"][i].get<int>());
        }
        const auto totals = segmentTotals(c, r);
        QCOMPARE(totals.size(), ref["segments"].size());
        double share = 0, revenueShare = 0;
        for (std::size_t s = 0; s < totals.size(); ++s) {
            const json& e = ref["segments"][s];
            QCOMPARE(totals[s].name, e["name"].get<std::string>());
            QCOMPARE(totals[s].customers, e["customers"].get<std::int64_t>());
            QCOMPARE(totals[s].orders, e["orders"].get<std::int64_t>());
            QVERIFY(std::abs(totals[s].revenue - e["revenue"].get<double>()) < 1e-6);
            share += totals[s].shareCustomers;
            revenueShare += totals[s].shareRevenue;
        }
        QVERIFY(std::abs(share - 1) < 1e-12);
        QVERIFY(std::abs(revenueShare - 1) < 1e-12);
    }

    // Hand-checked: values 1..10, type-7 quantiles 2.8, 4.6, 6.4, 8.2; cuts +1.
    void quantileCutsByHand() {
        CustomerSummary c;
        for (int i = 1; i <= 10; ++i) {
            c.keys.push_back("c" + std::to_string(i));
            c.recencyDays.push_back(i);
            c.orders.push_back(i);
            c.monetary.push_back(double(i));
        }
        const RfmResult r = scoreRfm(c);
        const std::array<double, 4> expected{3.8, 5.6, 7.4, 9.2};
        for (std::size_t k = 0; k < 4; ++k) QVERIFY(std::abs(r.cuts.frequency[k] - expected[k]) < 1e-12);
        const std::vector<int> f{1, 1, 1, 2, 2, 3, 3, 4, 4, 5};
        for (std::size_t i = 0; i < 10; ++i) {
            QCOMPARE(int(r.f[i]), f[i]);
            QCOMPARE(int(r.r[i]), 6 - f[i]);   // recency reversed
        }
        // First match wins: R 5, F 1, M 1 meets Potential Loyalist before New Customers, and
        // R 1, F 5, M 5 meets At Risk before Can't Lose Them.
        QCOMPARE(r.segmentNames[std::size_t(r.segment[0])], std::string("Potential Loyalist"));
        QCOMPARE(r.segmentNames[std::size_t(r.segment[9])], std::string("At Risk"));
    }

    void emptyAndSingleCustomer() {
        CustomerSummary none;
        const RfmResult e = scoreRfm(none);
        QVERIFY(e.r.empty());
        QCOMPARE(segmentTotals(none, e).size(), defaultSegmentRules().size() + 1);
        CustomerSummary one;
        one.keys = {"a"};
        one.recencyDays = {3};
        one.orders = {1};
        one.monetary = {10};
        for (const auto rule : {RfmRule::Quantile, RfmRule::Rank}) {
            const RfmResult r = scoreRfm(one, rule);
            QCOMPARE(r.r.size(), std::size_t(1));
            QVERIFY(r.r[0] >= 1 && r.r[0] <= 5 && r.f[0] >= 1 && r.f[0] <= 5);
        }
    }

    void firstMatchingRuleWinsElseOthers() {
        const auto rules = defaultSegmentRules();
        QCOMPARE(rules.front().name, std::string("Champions"));
        QVERIFY(rules[0].matches(5, 5, 5));
        QVERIFY(rules[1].matches(5, 5, 5));   // Loyal also matches, Champions is first
        CustomerSummary c;
        c.keys = {"a"};
        c.recencyDays = {1};
        c.orders = {1};
        c.monetary = {1};
        std::vector<SegmentRule> custom{{"Only fives", 5, 5, 5, 5, 5, 5, ""}};
        const RfmResult r = scoreRfm(c, RfmRule::Quantile, custom);
        QCOMPARE(r.segmentNames[std::size_t(r.segment[0])], std::string(kOthersSegment));
    }
};

QTEST_APPLESS_MAIN(TestOrdersRfm)
#include "test_orders_rfm.moc"
