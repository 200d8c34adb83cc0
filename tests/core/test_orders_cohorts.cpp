// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cohorts, the customer table as an ordinary table, and the holdout check
// (core/orders/cohorts.h, customers.h, lifetime_value.h).
#include <QtTest>

#include <set>

#include "core/common/random.h"
#include "core/orders/cohorts.h"
#include "core/orders/customers.h"
#include "core/orders/lifetime_value.h"
#include "core/table/dates.h"

using namespace segmenta;
using namespace segmenta::orders;

namespace {

std::int64_t day(int y, unsigned m, unsigned d) { return daysFromCivil(y, m, d); }

// a: Jan 5 (10), Jan 20 (5), Mar 2 (20); b: Jan 31 (7), Feb 1 (3); c: Feb 10 (50).
OrderLog smallLog() {
    OrderLog log;
    log.customerKeys = {"a", "b", "c"};
    const auto add = [&](std::uint32_t c, std::int64_t d, double amount) {
        log.orders.push_back(Order{c, d * 86400 + 3600, amount, -1, -1});
    };
    add(0, day(2024, 1, 5), 10);
    add(0, day(2024, 1, 20), 5);
    add(0, day(2024, 3, 2), 20);
    add(1, day(2024, 1, 31), 7);
    add(1, day(2024, 2, 1), 3);
    add(2, day(2024, 2, 10), 50);
    return log;
}

// Customers who buy at a steady rate until they drop out (seeded).
OrderLog simulatedLog(std::uint64_t seed, std::int64_t lastDay) {
    Random rng(seed);
    OrderLog log;
    for (std::uint32_t c = 0; c < 600; ++c) {
        log.customerKeys.push_back("customer" + std::to_string(100000 + c));
        const double meanGap = rng.lognormal(std::log(40.0), 0.8);
        const double dropout = rng.uniform(0.05, 0.5);
        double t = double(rng.below(std::uint64_t(lastDay / 2)));
        while (t < double(lastDay)) {
            log.orders.push_back(Order{c, std::int64_t(t) * 86400, 20 + rng.uniform(0, 30), -1, -1});
            if (rng.bernoulli(dropout)) break;
            t += 1 + rng.exponential(meanGap);
        }
    }
    return log;
}

} // namespace

class TestOrdersCohorts : public QObject {
    Q_OBJECT
private slots:
    void cohortsByHand() {
        const auto cohorts = monthlyCohorts(smallLog(), day(2024, 3, 10));
        QCOMPARE(cohorts.size(), std::size_t(2));
        const Cohort& jan = cohorts[0];
        QCOMPARE(jan.label(), std::string("2024-01"));
        QCOMPARE(jan.customers, std::int64_t(2));
        QCOMPARE(jan.repeatShare, (std::vector<double>{0.5, 0.5, 0.5}));
        QCOMPARE(jan.cumulativeRevenuePerCustomer, (std::vector<double>{11, 12.5, 22.5}));
        QCOMPARE(jan.complete, (std::vector<bool>{true, true, false}));
        const Cohort& feb = cohorts[1];
        QCOMPARE(feb.label(), std::string("2024-02"));
        QCOMPARE(feb.repeatShare, (std::vector<double>{0, 0}));
        QCOMPARE(feb.cumulativeRevenuePerCustomer, (std::vector<double>{50, 50}));
        QCOMPARE(feb.complete, (std::vector<bool>{true, false}));
        // A month ending the day before the as-of day is complete.
        QCOMPARE(monthlyCohorts(smallLog(), day(2024, 4, 1))[0].complete, (std::vector<bool>{true, true, true}));
        QVERIFY(monthlyCohorts(OrderLog{}, 0).empty());
    }

    void customerTableIsAnOrdinaryTable() {
        const CustomerSummary s = summariseCustomers(smallLog(), day(2024, 3, 10));
        QCOMPARE(s.recencyDays, (std::vector<std::int64_t>{8, 38, 29}));
        QCOMPARE(s.tenureDays, (std::vector<std::int64_t>{65, 39, 29}));
        QCOMPARE(s.x, (std::vector<double>{2, 1, 0}));
        QCOMPARE(s.tx, (std::vector<double>{57, 1, 0}));
        QCOMPARE(s.repeatValue, (std::vector<double>{12.5, 3, 0}));
        const Table t = customerTable(s, "orders.csv");
        QCOMPARE(t.rowCount(), std::size_t(3));
        const std::vector<std::string> names{"customer", "first_order", "last_order", "orders", "repeat_orders",
                                             "recency_days", "tenure_days", "monetary", "average_value"};
        QCOMPARE(t.columnCount(), names.size());
        for (std::size_t c = 0; c < names.size(); ++c) QCOMPARE(t.columns[c].name, names[c]);
        QCOMPARE(t.column("first_order")->type, ColumnType::Date);
        QCOMPARE(t.column("first_order")->displayText(0), std::string("2024-01-05"));
        QCOMPARE(t.column("orders")->type, ColumnType::Integer);
        QCOMPARE(t.column("average_value")->numbers[0], 35.0 / 3);
        QCOMPARE(t.column("customer")->role, ColumnRole::Identifier);

        // An as-of day inside the data leaves later orders out, and counts them.
        const CustomerSummary early = summariseCustomers(smallLog(), day(2024, 2, 1));
        QCOMPARE(early.size(), std::size_t(2));
        QCOMPARE(early.ordersAfterAsOf, std::int64_t(3));
    }

    void holdoutComparesPredictedWithActual() {
        const std::int64_t lastDay = 730;
        const OrderLog log = simulatedLog(14, lastDay);
        const CustomerSummary all = summariseCustomers(log, lastDay);
        QCOMPARE(defaultHoldoutDays(all), (lastDay - *std::min_element(all.firstDay.begin(), all.firstDay.end())) / 4);
        const std::int64_t days = 180;
        const HoldoutCheck h = holdoutCheck(log, lastDay, days);
        QVERIFY2(h.ok, h.message.c_str());
        QCOMPARE(h.deciles.size(), std::size_t(10));
        std::int64_t inDeciles = 0;
        double predicted = 0, actual = 0;
        for (const auto& d : h.deciles) {
            inDeciles += d.customers;
            predicted += d.predicted * double(d.customers);
            actual += d.actual * double(d.customers);
        }
        QCOMPARE(std::size_t(inDeciles), h.customers);
        QVERIFY(std::abs(predicted - h.predictedTotal) < 1e-6 * h.predictedTotal);
        QVERIFY(std::abs(actual - h.actualTotal) < 1e-9);
        // The actual count, directly: distinct order days in the last 180 days of
        // customers whose first order came before them.
        std::set<std::pair<std::uint32_t, std::int64_t>> seen;
        std::vector<std::int64_t> first(log.customerKeys.size(), INT64_MAX);
        for (const auto& o : log.orders) first[o.customer] = std::min(first[o.customer], o.time / 86400);
        for (const auto& o : log.orders)
            if (first[o.customer] < lastDay - days && o.time / 86400 >= lastDay - days) seen.insert({o.customer, o.time / 86400});
        QCOMPARE(h.actualTotal, double(seen.size()));
        // The lowest predicted decile orders less than the highest, as a useful model must.
        QVERIFY(h.deciles.front().actual < h.deciles.back().actual);
        QVERIFY(h.meanAbsoluteError > 0 && std::isfinite(h.meanAbsoluteError));
        QVERIFY(!h.sentence.empty());
    }

    void holdoutWithTooLittleHistorySaysSo() {
        const HoldoutCheck h = holdoutCheck(smallLog(), day(2024, 3, 10), 30);
        QVERIFY(!h.ok);
        QVERIFY(!h.message.empty());
    }
};

QTEST_APPLESS_MAIN(TestOrdersCohorts)
#include "test_orders_cohorts.moc"
