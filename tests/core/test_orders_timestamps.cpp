// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps and amounts as shop exports write them (core/orders/timestamp.h, money.h).
#include <QtTest>

#include "core/orders/money.h"
#include "core/orders/timestamp.h"
#include "core/table/dates.h"

using namespace segmenta;
using namespace segmenta::orders;

namespace {
std::int64_t utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0) {
    return daysFromCivil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
}
} // namespace

class TestOrdersTimestamps : public QObject {
    Q_OBJECT
private slots:
    void readsExportTimestamps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dayFirst");
        QTest::addColumn<qint64>("expected");   // -1 = not a timestamp
        QTest::newRow("shopify offset") << "2024-01-01 15:38:24 +0100" << false << qint64(utc(2024, 1, 1, 14, 38, 24));
        QTest::newRow("iso T Z") << "2024-01-01T15:38:24Z" << false << qint64(utc(2024, 1, 1, 15, 38, 24));
        QTest::newRow("iso offset colon") << "2024-01-01T01:00:00+02:00" << false << qint64(utc(2023, 12, 31, 23));
        QTest::newRow("iso fraction") << "2023-04-01T09:30:00.000Z" << false << qint64(utc(2023, 4, 1, 9, 30));
        QTest::newRow("stripe minutes") << "2024-03-15 11:30" << false << qint64(utc(2024, 3, 15, 11, 30));
        QTest::newRow("date only") << "2024-02-29" << false << qint64(utc(2024, 2, 29));
        QTest::newRow("month name") << "Jun 12 1998" << false << qint64(utc(1998, 6, 12));
        QTest::newRow("month name comma") << "June 12, 1998" << false << qint64(utc(1998, 6, 12));
        QTest::newRow("day month name time") << "12 Jun 1998 15:04" << false << qint64(utc(1998, 6, 12, 15, 4));
        QTest::newRow("weekday") << "Fri, 12 Jun 1998 15:04:05 +0000" << false << qint64(utc(1998, 6, 12, 15, 4, 5));
        QTest::newRow("us pm") << "12/06/1998 3:04 PM" << false << qint64(utc(1998, 12, 6, 15, 4));
        QTest::newRow("day first pm") << "12/06/1998 3:04 PM" << true << qint64(utc(1998, 6, 12, 15, 4));
        QTest::newRow("12 am") << "12/06/1998 12:10 AM" << true << qint64(utc(1998, 6, 12, 0, 10));
        QTest::newRow("two digit year") << "01/15/24" << false << qint64(utc(2024, 1, 15));
        QTest::newRow("dots") << "15.01.2024" << true << qint64(utc(2024, 1, 15));
        QTest::newRow("utc word") << "2024-01-01 10:00:00 UTC" << false << qint64(utc(2024, 1, 1, 10));
        QTest::newRow("empty") << "" << false << qint64(-1);
        QTest::newRow("words") << "yesterday" << false << qint64(-1);
        QTest::newRow("impossible") << "2024-02-30" << false << qint64(-1);
        QTest::newRow("month 13") << "13/01/2024" << false << qint64(-1);
        QTest::newRow("bad hour") << "2024-01-01 25:00" << false << qint64(-1);
    }
    void readsExportTimestamps() {
        QFETCH(QString, text);
        QFETCH(bool, dayFirst);
        QFETCH(qint64, expected);
        TimestampFormat f;
        f.order = dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
        const auto t = parseTimestamp(text.toStdString(), f);
        if (expected < 0) QVERIFY(!t);
        else {
            QVERIFY2(t.has_value(), qPrintable(text));
            QCOMPARE(qint64(*t), expected);
        }
    }

    void unixSecondsAreDecidedFromTheColumn() {
        const std::vector<std::string_view> values = {"1704067200", "1704153600", ""};
        const auto g = guessTimestampFormat(values);
        QVERIFY(g.format.unixSeconds);
        QCOMPARE(g.readable, std::size_t(2));
        QCOMPARE(*parseTimestamp("1704067200", g.format), utc(2024, 1, 1));
    }

    void dayFirstIsDecidedFromTheData() {
        const std::vector<std::string_view> uk = {"03/02/2024", "15/01/2024", "01/03/2024"};
        const auto g = guessTimestampFormat(uk);
        QCOMPARE(g.format.order, DayMonthOrder::DayFirst);
        QVERIFY(!g.ambiguous);
        QVERIFY(g.note.find("15/01/2024") != std::string::npos);
        QCOMPARE(g.readable, std::size_t(3));
        QCOMPARE(*parseTimestamp(uk[0], g.format), utc(2024, 2, 3));

        const std::vector<std::string_view> us = {"03/02/2024", "01/25/2024"};
        QCOMPARE(guessTimestampFormat(us).format.order, DayMonthOrder::MonthFirst);

        const std::vector<std::string_view> unsure = {"03/02/2024", "04/05/2024"};
        const auto u = guessTimestampFormat(unsure);
        QVERIFY(u.ambiguous);
        QCOMPARE(u.format.order, DayMonthOrder::MonthFirst);
        QCOMPARE(guessTimestampFormat(unsure, true).format.order, DayMonthOrder::DayFirst);

        const std::vector<std::string_view> iso = {"2024-01-02", "2024-03-04"};
        QVERIFY(!guessTimestampFormat(iso).ambiguous);
    }

    void typedPattern() {
        QCOMPARE(*parseWithPattern("31.12.2023 23:59", "%d.%m.%Y %H:%M"), utc(2023, 12, 31, 23, 59));
        QCOMPARE(*parseWithPattern("Dec 31 2023 11:59 PM +0100", "%b %d %Y %I:%M %p %z"), utc(2023, 12, 31, 22, 59));
        QVERIFY(!parseWithPattern("31.12.2023", "%d/%m/%Y"));
        QVERIFY(!parseWithPattern("31.13.2023", "%d.%m.%Y"));
        QVERIFY(!parseWithPattern("31.12.2023 extra", "%d.%m.%Y"));
        TimestampFormat f;
        f.pattern = "%d.%m.%Y";
        QCOMPARE(*parseTimestamp(" 01.02.2024 ", f), utc(2024, 2, 1));
    }

    void money_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "60" << 60.0 << "" << true;
        QTest::newRow("decimals") << "60.00" << 60.0 << "" << true;
        QTest::newRow("dollar") << "$60.00" << 60.0 << "$" << true;
        QTest::newRow("minus dollar") << "-$10.00" << -10.0 << "$" << true;
        QTest::newRow("accounting") << "($20.00)" << -20.0 << "$" << true;
        QTest::newRow("thousands") << "$1,234.00" << 1234.0 << "$" << true;
        QTest::newRow("thousands no decimals") << "1,080" << 1080.0 << "" << true;
        QTest::newRow("comma decimal") << "12,50" << 12.5 << "" << true;
        QTest::newRow("euro") << "\xE2\x82\xAC" "12.50" << 12.5 << "\xE2\x82\xAC" << true;
        QTest::newRow("code after") << "12.50 EUR" << 12.5 << "EUR" << true;
        QTest::newRow("code before") << "USD 7" << 7.0 << "USD" << true;
        QTest::newRow("empty") << "" << 0.0 << "" << false;
        QTest::newRow("word") << "twelve" << 0.0 << "" << false;
        QTest::newRow("units") << "12kg" << 0.0 << "" << false;
    }
    void money() {
        QFETCH(QString, text);
        QFETCH(double, amount);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        const auto m = parseMoney(text.toStdString());
        QCOMPARE(m.has_value(), ok);
        if (!ok) return;
        QCOMPARE(m->amount, amount);
        QCOMPARE(QString::fromStdString(m->currency), currency);
    }
};

QTEST_APPLESS_MAIN(TestOrdersTimestamps)
#include "test_orders_timestamps.moc"
