// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/common/random.h"
#include "core/table/dates.h"
#include "core/table/table.h"

using namespace segmenta;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    // The generator's stream is part of the reproducibility promise: pin it.
    void randomStreamIsPinned() {
        Random r(42);
        const std::uint64_t a = r.next(), b = r.next();
        Random again(42);
        QCOMPARE(again.next(), a);
        QCOMPARE(again.next(), b);
        QVERIFY(a != b);
    }
    void belowIsInRangeAndCoversIt() {
        Random r(1);
        std::vector<int> seen(7, 0);
        for (int i = 0; i < 7000; ++i) ++seen[r.below(7)];
        for (int c : seen) QVERIFY2(c > 850 && c < 1150, "roughly uniform");
    }
    void uniformMeanAndNormalMoments() {
        Random r(7);
        double s = 0, s2 = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) { const double z = r.normal(); s += z; s2 += z * z; }
        QVERIFY(std::abs(s / n) < 0.01);
        QVERIFY(std::abs(s2 / n - 1.0) < 0.02);
    }
    void sampleWithoutReplacementIsDistinctSorted() {
        Random r(3);
        const auto idx = r.sampleWithoutReplacement(100, 30);
        QCOMPARE(idx.size(), std::size_t(30));
        for (std::size_t i = 1; i < idx.size(); ++i) QVERIFY(idx[i - 1] < idx[i]);
        QCOMPARE(r.sampleWithoutReplacement(5, 10).size(), std::size_t(5));
    }
    void datesRoundTrip_data() {
        QTest::addColumn<int>("y"); QTest::addColumn<int>("m"); QTest::addColumn<int>("d"); QTest::addColumn<qint64>("days");
        QTest::newRow("epoch") << 1970 << 1 << 1 << qint64(0);
        QTest::newRow("leap day") << 2024 << 2 << 29 << qint64(19782);
        QTest::newRow("before epoch") << 1969 << 12 << 31 << qint64(-1);
    }
    void datesRoundTrip() {
        QFETCH(int, y); QFETCH(int, m); QFETCH(int, d); QFETCH(qint64, days);
        QCOMPARE(daysFromCivil(y, unsigned(m), unsigned(d)), days);
        int yy; unsigned mm, dd;
        civilFromDays(days, yy, mm, dd);
        QCOMPARE(yy, y); QCOMPARE(int(mm), m); QCOMPARE(int(dd), d);
    }
    void invalidDates() {
        QVERIFY(!isValidDate(2023, 2, 29));
        QVERIFY(isValidDate(2000, 2, 29));
        QVERIFY(!isValidDate(1900, 2, 29));
        QVERIFY(!isValidDate(2024, 13, 1));
    }
    void uniqueNames() {
        std::vector<std::string> names{"a", "", "a", " b ", "a_2", ""};
        Table::makeUniqueNames(names);
        QCOMPARE(QString::fromStdString(names[0]), QStringLiteral("a"));
        QCOMPARE(QString::fromStdString(names[1]), QStringLiteral("column_2"));
        QCOMPARE(QString::fromStdString(names[2]), QStringLiteral("a_2"));
        QCOMPARE(QString::fromStdString(names[3]), QStringLiteral("b"));
        QCOMPARE(QString::fromStdString(names[4]), QStringLiteral("a_2_2"));
        QCOMPARE(QString::fromStdString(names[5]), QStringLiteral("column_6"));
    }
    void categoryColumnDisplay() {
        Column c;
        c.type = ColumnType::Category;
        c.appendCategory("DE");
        c.appendMissing();
        c.appendCategory("FR");
        c.appendCategory("DE");
        QCOMPARE(c.levels.size(), std::size_t(2));
        QCOMPARE(c.missingCount(), std::size_t(1));
        QCOMPARE(QString::fromStdString(c.displayText(3)), QStringLiteral("DE"));
        QCOMPARE(QString::fromStdString(c.displayText(1)), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
