// SPDX-License-Identifier: GPL-3.0-or-later
// The quantile sketch computed by selection (what recording uses) against the
// definition from a fully sorted copy: the quantiles are the same order
// statistics (equal values), the interval means differ only by the order of
// summation.
#include <QtTest>

#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "core/common/random.h"
#include "core/drift/column_summary.h"
#include "core/drift/drift_stats.h"
#include "core/drift/quantile_sketch.h"
#include "exact_moments.h"

using namespace segmenta;

namespace {

enum class Data {
    Normal, LogNormal, HeavyTail, FewTies, ZeroInflated, NegativeZero, Constant, Infinities, Outlier, Tiny,
    Clustered, Small, WideIntegers, LateFarInteger, NegativeIntegers, CentsLongTail, TwoValues
};

std::vector<double> makeData(Data kind, std::size_t n, std::uint64_t seed) {
    Random rng(seed);
    std::vector<double> v(n);
    const double inf = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        double x = 0;
        switch (kind) {
        case Data::Normal: x = rng.normal() * 3 - 1; break;
        case Data::LogNormal: x = std::exp(4 + 0.8 * rng.normal()); break;
        case Data::HeavyTail: x = 1 / std::pow(rng.uniform() + 1e-12, 1.5); break;
        case Data::FewTies: x = std::round(rng.normal() * 800) / 4; break;   // ~ 4,000 distinct, many ties
        case Data::ZeroInflated: x = rng.uniform() < 0.8 ? 0.0 : std::round(rng.uniform() * 1e4) / 1e4; break;
        case Data::NegativeZero: x = rng.uniform() < 0.3 ? (rng.below(2) ? -0.0 : 0.0) : rng.normal(); break;
        case Data::Constant: x = 2.5; break;
        case Data::Infinities: x = rng.uniform() < 0.01 ? (rng.below(2) ? inf : -inf) : rng.normal(); break;
        case Data::Outlier: x = i == n / 3 ? 1e12 : rng.uniform() * 100; break;   // one bucket holds everything
        case Data::Tiny: x = 1e-300 * rng.normal(); break;
        case Data::Clustered: x = double(rng.below(3)) * 1e6 + rng.normal() * 1e-3; break;
        case Data::Small: x = rng.normal(); break;
        // Whole numbers: counted by index in a window (more distinct values than
        // the hashed count takes), and falling back to hashing for one value far
        // outside the window at the very end.
        case Data::WideIntegers: x = std::round(rng.normal() * 4000); break;
        case Data::LateFarInteger: x = i + 1 == n ? 1e9 : std::round(rng.normal() * 300); break;
        case Data::NegativeIntegers: x = rng.uniform() < 0.1 ? -0.0 : -double(rng.below(3000)); break;
        // Many buckets hold only two neighbouring prices (solved by counting them).
        case Data::CentsLongTail: x = std::round(std::exp(4 + 0.8 * rng.normal()) * 100) / 100; break;
        case Data::TwoValues: x = rng.uniform() < 0.3 ? -1.5 : 2.25; break;
        }
        v[i] = x;
    }
    return v;
}

QuantileSketch sortedSketch(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return sketchFromSorted(v, kQuantileIntervals);
}

} // namespace

class TestDriftSketch : public QObject {
    Q_OBJECT
private slots:
    void selectionEqualsSorted_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("n");
        QTest::newRow("normal 1M") << int(Data::Normal) << 1000000;
        QTest::newRow("normal odd size") << int(Data::Normal) << 123457;
        QTest::newRow("lognormal") << int(Data::LogNormal) << 300000;
        QTest::newRow("heavy tail") << int(Data::HeavyTail) << 300000;
        QTest::newRow("ties") << int(Data::FewTies) << 250000;
        QTest::newRow("80 % zeros") << int(Data::ZeroInflated) << 200000;
        QTest::newRow("negative zero") << int(Data::NegativeZero) << 100000;
        QTest::newRow("constant") << int(Data::Constant) << 50000;
        QTest::newRow("infinities") << int(Data::Infinities) << 60000;
        QTest::newRow("one huge outlier") << int(Data::Outlier) << 200000;
        QTest::newRow("subnormal range") << int(Data::Tiny) << 50000;
        QTest::newRow("three tight clusters") << int(Data::Clustered) << 150000;
        QTest::newRow("fewer rows than intervals") << int(Data::Small) << 700;
        QTest::newRow("between") << int(Data::Small) << 5003;
        QTest::newRow("just above the histogram size") << int(Data::Small) << 16390;
        QTest::newRow("one value") << int(Data::Small) << 1;
        QTest::newRow("two values") << int(Data::Small) << 2;
        QTest::newRow("whole numbers, 25,000 distinct") << int(Data::WideIntegers) << 400000;
        QTest::newRow("whole numbers, one far away last") << int(Data::LateFarInteger) << 200000;
        QTest::newRow("negative whole numbers and -0") << int(Data::NegativeIntegers) << 200000;
        QTest::newRow("prices in cents, long tail") << int(Data::CentsLongTail) << 400000;
        QTest::newRow("two values") << int(Data::TwoValues) << 100000;
    }
    void selectionEqualsSorted() {
        QFETCH(int, kind);
        QFETCH(int, n);
        const auto v = makeData(Data(kind), std::size_t(n), 7 + std::uint64_t(kind));
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        const auto fast = sketchBySelection(v, *lo, *hi, kQuantileIntervals);
        const auto ref = sortedSketch(v);
        QCOMPARE(fast.quantiles.size(), std::size_t(kQuantileIntervals + 1));
        QCOMPARE(fast.intervalMeans.size(), std::size_t(kQuantileIntervals));
        for (std::size_t i = 0; i < ref.quantiles.size(); ++i) {
            const double a = fast.quantiles[i], b = ref.quantiles[i];
            // Equal as values (−0 == +0); NaN only where the definition gives NaN (inf − inf).
            QVERIFY2(a == b || (std::isnan(a) && std::isnan(b)),
                     qPrintable(QStringLiteral("quantile %1: %2 vs %3").arg(i).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
            QVERIFY(!std::signbit(a) || a != 0);   // −0 is reported as +0
        }
        // Means: the same values summed in another order.
        double scale = 0;
        for (double x : v)
            if (std::isfinite(x)) scale = std::max(scale, std::fabs(x));
        for (std::size_t k = 0; k < ref.intervalMeans.size(); ++k) {
            const double a = fast.intervalMeans[k], b = ref.intervalMeans[k];
            QVERIFY2(a == b || (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) <= 1e-12 * scale,
                     qPrintable(QStringLiteral("mean %1: %2 vs %3").arg(k).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        }
    }

    // Clean columns (nothing missing) take the two-pass path inside summariseColumn
    // (buckets over a sample's range); it must give the definition's values too.
    void summaryEqualsSorted_data() { selectionEqualsSorted_data(); }
    void summaryEqualsSorted() {
        QFETCH(int, kind);
        QFETCH(int, n);
        auto v = makeData(Data(kind), std::size_t(n), 11 + std::uint64_t(kind));
        Column c;
        c.name = "x";
        c.type = ColumnType::Decimal;
        for (double x : v) c.appendNumber(x);
        if (n > 10) c.numbers[std::size_t(n) / 2] = std::nan("");   // a NaN late in a clean column
        const auto s = summariseColumn(c);
        std::vector<double> kept;
        for (double x : c.numbers)
            if (!std::isnan(x)) kept.push_back(x);
        QCOMPARE(s.missing, std::int64_t(c.size() - kept.size()));
        // Moments: the in-order sums' bits (std::accumulate, stats::populationStd) on
        // the two-pass path; read off the counts (compensated) on the counted one,
        // which must then be within 1e-13 of the exactly summed values.
        const double inOrderMean = std::accumulate(kept.begin(), kept.end(), 0.0) / double(kept.size());
        const double inOrderSd = stats::populationStd(kept);
        auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
        if (!same(s.mean, inOrderMean) || !same(s.stddev, inOrderSd)) {
            const QString moments = testutil::momentsMismatch(s.mean, s.stddev, kept);
            QVERIFY2(moments.isEmpty(), qPrintable(moments));
        }
        if (s.exact()) {
            QVERIFY(s.distinct <= kExactDistinctCap);
            return;
        }
        const auto ref = sortedSketch(kept);
        for (std::size_t i = 0; i < ref.quantiles.size(); ++i)
            QVERIFY2(s.quantiles[i] == ref.quantiles[i] || (std::isnan(s.quantiles[i]) && std::isnan(ref.quantiles[i])),
                     qPrintable(QStringLiteral("quantile %1").arg(i)));
        double scale = 0;
        for (double x : kept)
            if (std::isfinite(x)) scale = std::max(scale, std::fabs(x));
        for (std::size_t k = 0; k < ref.intervalMeans.size(); ++k) {
            const double a = s.intervalMeans[k], b = ref.intervalMeans[k];
            QVERIFY2(a == b || (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) <= 1e-12 * scale,
                     qPrintable(QStringLiteral("mean %1: %2 vs %3").arg(k).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        }
        QCOMPARE(s.min, *std::min_element(kept.begin(), kept.end()));
        QCOMPARE(s.max, *std::max_element(kept.begin(), kept.end()));
    }

    // Few whole numbers are kept exactly (counted by index): the same values and
    // counts as counting them one by one, −0 counted as 0, NaN left out.
    void wholeNumbersCountedExactly() {
        Random rng(17);
        Column c;
        c.name = "visits";
        c.type = ColumnType::Integer;
        std::map<double, std::int64_t> expected;
        for (int i = 0; i < 100000; ++i) {
            const double x = i % 1000 == 0 ? -0.0 : double(rng.below(200)) - 100;
            c.appendNumber(i == 5000 ? std::nan("") : x);
            if (i != 5000) ++expected[x == 0 ? 0.0 : x];
        }
        const auto s = summariseColumn(c);
        QVERIFY(s.exact());
        QCOMPARE(s.missing, std::int64_t(1));
        QCOMPARE(s.values.size(), expected.size());
        std::size_t k = 0;
        for (const auto& [x, n] : expected) {
            QCOMPARE(s.values[k], x);
            QVERIFY(!std::signbit(s.values[k]) || s.values[k] != 0);
            QCOMPARE(s.counts[k], n);
            ++k;
        }
    }

    // The summary of a column goes through the selection path; its quantiles are
    // the column's exact order statistics (no rounding of the values).
    void summaryUsesExactOrderStatistics() {
        Column c;
        c.name = "x";
        c.type = ColumnType::Decimal;
        auto v = makeData(Data::LogNormal, 200000, 3);
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i % 97 == 0) c.appendMissing();
            else if (i % 89 == 0) c.appendNumber(std::nan(""));
            else c.appendNumber(v[i]);
        }
        std::vector<double> kept;
        for (std::size_t i = 0; i < c.size(); ++i)
            if (!c.missing[i] && !std::isnan(c.numbers[i])) kept.push_back(c.numbers[i]);
        const auto s = summariseColumn(c);
        QCOMPARE(s.missing, std::int64_t(c.size() - kept.size()));
        const auto ref = sortedSketch(kept);
        QCOMPARE(s.quantiles, ref.quantiles);
        QCOMPARE(s.min, *std::min_element(kept.begin(), kept.end()));
        QCOMPARE(s.max, *std::max_element(kept.begin(), kept.end()));
        for (std::size_t k = 0; k < ref.intervalMeans.size(); ++k)
            QVERIFY(std::fabs(s.intervalMeans[k] - ref.intervalMeans[k]) <= 1e-12 * s.max);
        // Rows given explicitly take the copying path: the same summary.
        std::vector<std::uint32_t> all(c.size());
        std::iota(all.begin(), all.end(), 0u);
        const auto viaRows = summariseColumn(c, &all);
        QCOMPARE(viaRows.quantiles, s.quantiles);
        QCOMPARE(viaRows.intervalMeans, s.intervalMeans);
        QCOMPARE(viaRows.mean, s.mean);
        QCOMPARE(viaRows.stddev, s.stddev);
    }
};

QTEST_GUILESS_MAIN(TestDriftSketch)
#include "test_drift_sketch.moc"
