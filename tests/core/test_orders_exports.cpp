// SPDX-License-Identifier: GPL-3.0-or-later
// Every named export is recognised from its header and its rows become the
// right orders (core/orders/platforms.h, order_log.h, members.h, customers.h).
#include <QtTest>

#include "core/orders/customers.h"
#include "core/orders/export_file.h"
#include "core/orders/members.h"
#include "core/orders/order_log.h"
#include "core/table/dates.h"

using namespace segmenta;
using namespace segmenta::orders;

namespace {

ExportFile load(const char* name) {
    auto f = readExportFile(std::string(SEGMENTA_TEST_DATA) + "/orders/" + name);
    if (!f) qFatal("%s: %s", name, f.error().message.c_str());
    return std::move(*f);
}

OrderLog ordersOf(const char* name) {
    const ExportFile f = load(name);
    auto log = buildOrderLog(f.raw, f.recognition);
    if (!log) qFatal("%s: %s", name, log.error().message.c_str());
    return std::move(*log);
}

std::int64_t leftOut(const OrderLog& log, const char* reason) {
    const auto it = log.leftOut.find(reason);
    return it == log.leftOut.end() ? 0 : it->second;
}

// Per customer key: (orders, total) from the summary.
std::map<std::string, std::pair<std::int64_t, double>> totals(const CustomerSummary& s) {
    std::map<std::string, std::pair<std::int64_t, double>> out;
    for (std::size_t i = 0; i < s.size(); ++i) out[s.keys[i]] = {s.orders[i], s.monetary[i]};
    return out;
}

std::int64_t day(int y, unsigned m, unsigned d) { return daysFromCivil(y, m, d); }

} // namespace

class TestOrdersExports : public QObject {
    Q_OBJECT
private slots:
    void recognisesEveryPlatform_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("members");
        QTest::newRow("shopify orders") << "shopify_orders.csv" << "shopify_orders" << false;
        QTest::newRow("shopify customers") << "shopify_customers.csv" << "shopify_customers" << true;
        QTest::newRow("woo orders") << "woocommerce_orders.csv" << "woocommerce_orders" << false;
        QTest::newRow("woo customers") << "woocommerce_customers.csv" << "woocommerce_customers" << true;
        QTest::newRow("stripe") << "stripe_payments.csv" << "stripe" << false;
        QTest::newRow("etsy") << "etsy_sold_orders.csv" << "etsy" << false;
        QTest::newRow("etsy uk") << "etsy_sold_orders_uk.csv" << "etsy" << false;
        QTest::newRow("square") << "square_transactions.csv" << "square" << false;
        QTest::newRow("patreon") << "patreon_members.csv" << "patreon" << true;
        QTest::newRow("substack") << "substack_email_list.csv" << "substack" << true;
        QTest::newRow("mailchimp") << "mailchimp_audience.csv" << "mailchimp" << true;
        QTest::newRow("anything else") << "../../fixtures/orders/rfm_orders.csv" << "generic" << false;
    }
    void recognisesEveryPlatform() {
        QFETCH(QString, file);
        QFETCH(QString, platform);
        QFETCH(bool, members);
        const ExportFile f = load(file.toUtf8().constData());
        QCOMPARE(QString::fromLatin1(toString(f.recognition.platform)), platform);
        QCOMPARE(f.recognition.kind == ExportKind::Members, members);
        QVERIFY(!f.recognition.mapping.customer.empty());
    }

    void emptyHeaderIsGenericWithoutGuesses() {
        const Recognition r = recogniseExport({});
        QCOMPARE(r.platform, Platform::Generic);
        QVERIFY(r.mapping.customer.empty() && r.mapping.date.empty() && r.mapping.amount.empty());
        Table empty;
        QVERIFY(!buildOrderLog(empty, r));
    }

    // A two-line order is one order; refunded, cancelled, test, guest and
    // other-currency orders are left out and counted; e-mails in any case are one customer.
    void shopifyOrders() {
        const OrderLog log = ordersOf("shopify_orders.csv");
        QCOMPARE(log.rows, std::int64_t(11));
        QCOMPARE(log.ordersFound, std::int64_t(9));
        QCOMPARE(log.orders.size(), std::size_t(4));
        QCOMPARE(log.currency, std::string("EUR"));
        QCOMPARE(leftOut(log, reason::kRefunded), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kCancelled), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kTest), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kGuest), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kOtherCurrency), std::int64_t(1));
        QCOMPARE(log.otherCurrencies.at("USD"), std::int64_t(1));
        const CustomerSummary s = summariseCustomers(log);
        const auto t = totals(s);
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(t.at("alice@example.com"), std::make_pair(std::int64_t(2), 80.0));
        QCOMPARE(t.at("bob@example.com"), std::make_pair(std::int64_t(2), 15.0 + 35.0));   // 5.00 refunded
        // 2024-01-01 15:38:24 +0100 is 14:38:24 UTC; the as-of day follows the latest order.
        QCOMPARE(s.firstDay[0], day(2024, 1, 1));
        QCOMPARE(s.asOfDay, day(2024, 3, 2));
        // Category by order line: bob's lines are Mug (1003), Mug and Plate (1009).
        const Table table = customerTable(s);
        QCOMPARE(table.rowCount(), std::size_t(2));
        QCOMPARE(table.column("top_category")->displayText(1), std::string("Studio"));
        QCOMPARE(table.column("top_country")->displayText(1), std::string("AT"));
        QCOMPARE(table.column("top_channel")->displayText(0), std::string("web"));
    }

    // Failed charges left out and counted, refunds subtracted, the id or else the e-mail as key.
    void stripePayments() {
        const OrderLog log = ordersOf("stripe_payments.csv");
        QCOMPARE(log.orders.size(), std::size_t(4));
        QCOMPARE(log.currency, std::string("USD"));
        QCOMPARE(leftOut(log, reason::kFailed), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kRefunded), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kTest), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kOtherCurrency), std::int64_t(1));
        const auto t = totals(summariseCustomers(log));
        QCOMPARE(t.at("cus_A"), std::make_pair(std::int64_t(2), 90.0));
        QCOMPARE(t.at("cus_B"), std::make_pair(std::int64_t(1), 1080.0));
        QCOMPARE(t.at("dana@example.com"), std::make_pair(std::int64_t(1), 50.0));
    }

    void etsyUsAndUk() {
        const OrderLog us = ordersOf("etsy_sold_orders.csv");
        const OrderLog uk = ordersOf("etsy_sold_orders_uk.csv");
        for (const OrderLog* log : {&us, &uk}) {
            QCOMPARE(log->orders.size(), std::size_t(3));
            QCOMPARE(leftOut(*log, reason::kCancelled), std::int64_t(1));
            const CustomerSummary s = summariseCustomers(*log);
            QCOMPARE(s.keys, (std::vector<std::string>{"11", "12"}));
            QCOMPARE(s.firstDay[0], day(2024, 1, 15));
            QCOMPARE(s.lastDay[0], day(2024, 2, 3));   // 02/03/24 month-first, 03/02/2024 day-first
        }
        QCOMPARE(us.currency, std::string("USD"));
        QCOMPARE(uk.currency, std::string("GBP"));
        QVERIFY(uk.dateNote.find("day/month") != std::string::npos);
    }

    // $ amounts, Date + Time columns, a refund row on the same transaction subtracted.
    void squareTransactions() {
        const OrderLog log = ordersOf("square_transactions.csv");
        QCOMPARE(log.orders.size(), std::size_t(3));
        QCOMPARE(log.currency, std::string("$"));
        QCOMPARE(leftOut(log, reason::kGuest), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kRefundOnly), std::int64_t(1));
        const CustomerSummary s = summariseCustomers(log);
        const auto t = totals(s);
        QCOMPARE(t.at("C1"), std::make_pair(std::int64_t(2), 50.0 + 1234.0));
        QCOMPARE(t.at("C2"), std::make_pair(std::int64_t(1), 25.5));
        QCOMPARE(log.orders[0].time, day(2024, 1, 5) * 86400 + 13 * 3600 + 45 * 60 + 12);
    }

    void wooCommerceOrders() {
        const OrderLog log = ordersOf("woocommerce_orders.csv");
        QCOMPARE(log.orders.size(), std::size_t(3));
        QCOMPARE(leftOut(log, reason::kRefunded), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kFailed), std::int64_t(1));
        QCOMPARE(leftOut(log, reason::kCancelled), std::int64_t(1));
        const auto t = totals(summariseCustomers(log));
        QCOMPARE(t.at("Anna Schmidt"), std::make_pair(std::int64_t(2), 52.0));
        QCOMPARE(t.at("Ben Meyer"), std::make_pair(std::int64_t(1), 18.5));
    }

    // Member lists are members, never orders.
    void memberListsAreNotOrders() {
        const ExportFile f = load("patreon_members.csv");
        QVERIFY(!buildOrderLog(f.raw, f.recognition));
        auto v = buildMemberView(f.raw, f.recognition);
        QVERIFY(v.ok());
        QCOMPARE(v->table.rowCount(), std::size_t(2));
        QCOMPARE(v->withoutKey, std::int64_t(1));
        QCOMPARE(v->table.column("member")->displayText(1), std::string("jon@example.com"));
        QCOMPARE(v->table.column("lifetime_amount")->numbers[0], 60.0);
        QCOMPARE(v->asOfDay, day(2024, 1, 2));
        QCOMPARE(v->table.column("tenure_days")->numbers[0], double(day(2024, 1, 2) - day(2023, 1, 15)));
        QCOMPARE(v->byStatus.at("Former patron"), std::int64_t(1));

        const ExportFile shop = load("shopify_customers.csv");
        auto c = buildMemberView(shop.raw, shop.recognition);
        QVERIFY(c.ok());
        QCOMPARE(c->table.column("orders")->numbers[1], 2.0);
        QCOMPARE(c->table.column("member")->displayText(1), std::string("bob@example.com"));
    }

    void badAmountNamesColumnAndRow() {
        ExportFile f = load("woocommerce_orders.csv");
        Column* amount = f.raw.column("Net Sales");
        amount->strings = StringPool();
        for (std::size_t r = 0; r < f.raw.rowCount(); ++r) amount->strings.append(r == 3 ? "12x" : "1.00");
        auto log = buildOrderLog(f.raw, f.recognition);
        QVERIFY(!log);
        QCOMPARE(log.error().kind, ErrorKind::BadInput);
        QVERIFY(log.error().message.find("'Net Sales', row 4") != std::string::npos);
        QVERIFY(log.error().message.find("12x") != std::string::npos);
    }

    void unknownColumnIsNotFound() {
        ExportFile f = load("woocommerce_orders.csv");
        f.recognition.mapping.date = "Order Date";
        auto log = buildOrderLog(f.raw, f.recognition);
        QVERIFY(!log);
        QCOMPARE(log.error().kind, ErrorKind::NotFound);
        QVERIFY(log.error().message.find("'Order Date'") != std::string::npos);
    }

    void chosenCurrencyIsKept() {
        const ExportFile f = load("shopify_orders.csv");
        OrderOptions o;
        o.currency = "USD";
        auto log = buildOrderLog(f.raw, f.recognition, o);
        QVERIFY(log.ok());
        QCOMPARE(log->orders.size(), std::size_t(1));
        QCOMPARE(leftOut(*log, reason::kOtherCurrency), std::int64_t(4));
    }
};

QTEST_APPLESS_MAIN(TestOrdersExports)
#include "test_orders_exports.moc"
