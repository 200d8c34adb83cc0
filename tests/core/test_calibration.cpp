// SPDX-License-Identifier: GPL-3.0-or-later
// Reliability-diagram bins, ECE and the plain-language reading.
#include <QtTest>

#include "core/metrics/calibration.h"

using namespace segmenta;

class TestCalibration : public QObject {
    Q_OBJECT
private slots:
    // numpy.searchsorted(numpy.linspace(0, 1, 11)[1:-1], p): edges go to the lower bin.
    void binOf_data() {
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("bins");
        QTest::addColumn<int>("expected");
        QTest::newRow("zero") << 0.0 << 10 << 0;
        QTest::newRow("edge 0.1") << 0.1 << 10 << 0;
        QTest::newRow("just above 0.1") << 0.10000000000000001 + 1e-15 << 10 << 1;
        QTest::newRow("0.3 is below linspace's 0.30000000000000004") << 0.3 << 10 << 2;
        QTest::newRow("0.7") << 0.7 << 10 << 6;
        QTest::newRow("one") << 1.0 << 10 << 9;
        QTest::newRow("0.55 of 5") << 0.55 << 5 << 2;
        QTest::newRow("one bin") << 0.9 << 1 << 0;
    }
    void binOf() {
        QFETCH(double, p);
        QFETCH(int, bins);
        QFETCH(int, expected);
        QCOMPARE(calibrationBinOf(p, bins), expected);
    }

    void eceAndReading() {
        auto bins = makeCalibrationBins(10);
        QCOMPARE(bins[3].lower, 0.3);
        QCOMPARE(bins[3].upper, 0.4);
        QVERIFY(!expectedCalibrationError(bins).defined());
        // 100 rows said 70 %, 52 happened; 100 rows said 20 %, 20 happened.
        bins[6].n = 100; bins[6].sumScore = 70; bins[6].sumOutcome = 52;
        bins[1].n = 100; bins[1].sumScore = 20; bins[1].sumOutcome = 20;
        bins[9].n = 3; bins[9].sumScore = 2.9; bins[9].sumOutcome = 0;   // too few rows to read
        const auto ece = expectedCalibrationError(bins);
        QVERIFY(std::abs(*ece.value - (100.0 / 203 * 0.18 + 3.0 / 203 * (2.9 / 3))) < 1e-12);
        const auto reading = readCalibration(bins, 20);
        QVERIFY(reading.available);
        QCOMPARE(reading.bin, 6);
        QVERIFY(!reading.wellCalibrated);
        QCOMPARE(describeCalibration(reading, "France"),
                 std::string("When the model says 70 %, it happens 52 % of the time for France (100 rows)."));
        QVERIFY(!bins[0].meanScore().defined());
    }

    void readingNeedsRows() {
        auto bins = makeCalibrationBins(10);
        bins[2].n = 5; bins[2].sumScore = 1; bins[2].sumOutcome = 1;
        const auto r = readCalibration(bins, 20);
        QVERIFY(!r.available);
        QVERIFY(describeCalibration(r).find("Not enough rows") == 0);
        bins[2].n = 50; bins[2].sumScore = 12.5; bins[2].sumOutcome = 13;
        const auto ok = readCalibration(bins, 20);
        QVERIFY(ok.wellCalibrated);
        QVERIFY(describeCalibration(ok).find("can be read as probabilities") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "test_calibration.moc"
