// SPDX-License-Identifier: GPL-3.0-or-later
// The counted summary paths (index counting of multiples of a power of ten,
// hashing, and the moments read off the counts) against the definition: the
// distinct values and counts of a sorted copy, the sketch of the sorted column,
// and mean / standard deviation summed exactly (compensated) over the rows.
// Whatever path a column takes, its summary must be the definition's: the same
// values, counts and quantiles, interval means within 1e-12 of the magnitude,
// moments within 1e-13 (whole numbers: the mean with the in-order sum's bits).
#include <QtTest>

#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "core/common/random.h"
#include "core/drift/column_summary.h"
#include "core/drift/quantile_sketch.h"
#include "core/drift/value_counts.h"
#include "exact_moments.h"

using namespace segmenta;
using namespace segmenta::summarydetail;

namespace {

enum class Shape {
    Ages, WideWhole, FarWholeLate, FarWholeBeyondWindow, HugeWhole, Cents, NegativeCents, Shares4ZeroInflated,
    Shares5, Micro6, FullPrecisionFew, FullPrecisionMany, TwoValuesOneSlot, NegativeZero, Constant, NaNLate,
    SmallColumn, IntegersThenDecimals, CentsLongTail
};

std::vector<double> makeColumn(Shape shape, std::size_t n, std::uint64_t seed) {
    Random rng(seed);
    std::vector<double> v(n);
    const double levels[] = {0.1, 0.2, 0.3, 0.7, 1.1, 2.5, 1.0 / 3.0, 2.0 / 7.0};
    for (std::size_t i = 0; i < n; ++i) {
        double x = 0;
        switch (shape) {
        case Shape::Ages: x = std::round(40 + 12 * rng.normal()); break;
        case Shape::WideWhole: x = std::floor(rng.uniform() * 60000); break;
        case Shape::FarWholeLate: x = i + 2 == n ? 20000 : double(rng.below(100)); break;          // window grows
        case Shape::FarWholeBeyondWindow: x = i + 2 == n ? 1e9 : double(rng.below(100)); break;   // falls back
        case Shape::HugeWhole: x = std::round((rng.uniform() - 0.5) * 1e18); break;
        case Shape::Cents: x = std::round((20 + 15 * rng.uniform()) * 100) / 100; break;
        case Shape::NegativeCents: x = std::round(rng.normal() * 3000) / 100; break;
        case Shape::Shares4ZeroInflated: x = rng.uniform() < 0.8 ? 0.0 : std::round(rng.uniform() * 1e4) / 1e4; break;
        case Shape::Shares5: x = std::round(1e5 / (1 + std::exp(-rng.normal()))) / 1e5; break;
        case Shape::Micro6: x = std::round(rng.uniform() * 5e4) / 1e6; break;
        case Shape::FullPrecisionFew: x = levels[rng.below(8)] * (1 + double(rng.below(50))); break;
        case Shape::FullPrecisionMany: x = rng.normal(); break;
        case Shape::TwoValuesOneSlot: x = rng.below(2) ? 0.1 : std::nextafter(0.1, 1.0); break;
        case Shape::NegativeZero: x = rng.uniform() < 0.4 ? (rng.below(2) ? -0.0 : 0.0) : std::round(rng.normal() * 10) / 10; break;
        case Shape::Constant: x = 3.25; break;
        case Shape::NaNLate: x = i == n - n / 5 ? std::nan("") : double(rng.below(500)); break;
        case Shape::SmallColumn: x = std::round(rng.normal() * 100) / 100; break;
        case Shape::IntegersThenDecimals: x = i < n / 2 ? double(rng.below(10)) : std::round(rng.uniform() * 100) / 10; break;
        case Shape::CentsLongTail: x = std::round(std::exp(4 + 0.8 * rng.normal()) * 100) / 100; break;
        }
        v[i] = x;
    }
    return v;
}

} // namespace

class TestColumnSummaryCounts : public QObject {
    Q_OBJECT
private slots:
    void summaryIsTheDefinition_data() {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("n");
        QTest::newRow("ages") << int(Shape::Ages) << 300000;
        QTest::newRow("whole numbers, 60,000 distinct") << int(Shape::WideWhole) << 400000;
        QTest::newRow("whole numbers, the window grows late") << int(Shape::FarWholeLate) << 200000;
        QTest::newRow("whole numbers, one beyond any window") << int(Shape::FarWholeBeyondWindow) << 200000;
        QTest::newRow("huge whole numbers") << int(Shape::HugeWhole) << 100000;
        QTest::newRow("prices in cents") << int(Shape::Cents) << 300000;
        QTest::newRow("negative cents") << int(Shape::NegativeCents) << 300000;
        QTest::newRow("4 decimals, 80 % zeros") << int(Shape::Shares4ZeroInflated) << 300000;
        QTest::newRow("5 decimals, ~90,000 distinct") << int(Shape::Shares5) << 500000;
        QTest::newRow("6 decimals") << int(Shape::Micro6) << 200000;
        QTest::newRow("full precision, few values (hashed)") << int(Shape::FullPrecisionFew) << 200000;
        QTest::newRow("full precision, all distinct") << int(Shape::FullPrecisionMany) << 200000;
        QTest::newRow("two doubles in one slot") << int(Shape::TwoValuesOneSlot) << 100000;
        QTest::newRow("-0 and +0") << int(Shape::NegativeZero) << 100000;
        QTest::newRow("constant") << int(Shape::Constant) << 50000;
        QTest::newRow("a NaN late") << int(Shape::NaNLate) << 100000;
        QTest::newRow("smaller than the sample") << int(Shape::SmallColumn) << 3000;
        QTest::newRow("a little larger than the sample") << int(Shape::FullPrecisionMany) << 8000;
        QTest::newRow("one value") << int(Shape::SmallColumn) << 1;
        QTest::newRow("whole numbers, then tenths") << int(Shape::IntegersThenDecimals) << 200000;
        QTest::newRow("cents with a long tail") << int(Shape::CentsLongTail) << 400000;
    }
    void summaryIsTheDefinition() {
        QFETCH(int, shape);
        QFETCH(int, n);
        const auto v = makeColumn(Shape(shape), std::size_t(n), 100 + std::uint64_t(shape));
        Column c;
        c.name = "x";
        c.type = ColumnType::Decimal;
        for (double x : v) c.appendNumber(x);
        std::vector<double> kept;
        for (double x : v)
            if (!std::isnan(x)) kept.push_back(x == 0 ? 0.0 : x);
        std::map<double, std::int64_t> counts;
        for (double x : kept) ++counts[x];
        const auto s = summariseColumn(c);
        QCOMPARE(s.missing, std::int64_t(v.size() - kept.size()));
        QCOMPARE(s.min, counts.begin()->first);
        QCOMPARE(s.max, counts.rbegin()->first);
        // Moments: within 1e-13 of the exactly summed ones; whole numbers: the bits
        // of the in-order sum (std::accumulate), which is exact for them.
        const QString moments = testutil::momentsMismatch(s.mean, s.stddev, kept);
        QVERIFY2(moments.isEmpty(), qPrintable(moments));
        const double nk = double(kept.size());
        bool whole = true;
        double maxAbs = 0;
        for (double x : kept) { whole = whole && x == std::floor(x); maxAbs = std::max(maxAbs, std::fabs(x)); }
        if (whole && maxAbs * nk < 0x1p53)
            QCOMPARE(s.mean, std::accumulate(kept.begin(), kept.end(), 0.0) / nk);   // the same bits
        if (counts.size() <= std::size_t(kExactDistinctCap)) {
            QVERIFY(s.exact());
            QCOMPARE(s.distinct, std::int64_t(counts.size()));
            QCOMPARE(s.values.size(), counts.size());
            std::size_t k = 0;
            for (const auto& [x, count] : counts) {
                QCOMPARE(s.values[k], x);
                QVERIFY(s.values[k] != 0 || !std::signbit(s.values[k]));   // −0 is kept as +0
                QCOMPARE(s.counts[k], count);
                ++k;
            }
        } else {
            QVERIFY(!s.exact());
            QCOMPARE(s.distinct, std::int64_t(kExactDistinctCap + 1));
            std::vector<double> sorted = kept;
            std::sort(sorted.begin(), sorted.end());
            const auto ref = sketchFromSorted(sorted, kQuantileIntervals);
            QCOMPARE(s.quantiles.size(), ref.quantiles.size());
            for (std::size_t i = 0; i < ref.quantiles.size(); ++i)
                QVERIFY2(s.quantiles[i] == ref.quantiles[i], qPrintable(QStringLiteral("quantile %1").arg(i)));
            for (std::size_t k = 0; k < ref.intervalMeans.size(); ++k)
                QVERIFY2(std::fabs(s.intervalMeans[k] - ref.intervalMeans[k]) <= 1e-12 * maxAbs,
                         qPrintable(QStringLiteral("interval mean %1").arg(k)));
        }
        // Rows given explicitly take the copying path: the same summary.
        std::vector<std::uint32_t> all(c.size());
        std::iota(all.begin(), all.end(), 0u);
        const auto viaRows = summariseColumn(c, &all);
        QCOMPARE(viaRows.values, s.values);
        QCOMPARE(viaRows.counts, s.counts);
        QCOMPARE(viaRows.quantiles, s.quantiles);
        QCOMPARE(viaRows.mean, s.mean);
        QCOMPARE(viaRows.stddev, s.stddev);
    }

    // Index counting on its own (core/table/scaled_counts.h, as the summary plans
    // it): counter order is value order, a value that is no exact multiple of
    // 1/scale (a second double for one counter) or beyond the widest window ends
    // it, NaN is reported.
    void countByIndexOutcomes() {
        std::vector<double> v;
        for (int i = 0; i < 10000; ++i) v.push_back(double((i * 37) % 500) / 100);
        auto sample = sampleColumn(v);
        QCOMPARE(sample.scale, 100.0);
        ValueCounts c;
        QCOMPARE(countByIndex(v, sample, c), CountOutcome::Counted);
        QCOMPARE(c.values.size(), std::size_t(500));
        QVERIFY(std::is_sorted(c.values.begin(), c.values.end()));
        QCOMPARE(std::accumulate(c.counts.begin(), c.counts.end(), std::int64_t(0)), std::int64_t(10000));

        auto twoInSlot = v;
        twoInSlot[7777] = std::nextafter(twoInSlot[7777], 10.0);
        QCOMPARE(countByIndex(twoInSlot, sample, c), CountOutcome::TooMany);
        auto beyond = v;
        beyond[9000] = 1e7;   // 10^9 hundredths from the rest
        QCOMPARE(countByIndex(beyond, sample, c), CountOutcome::TooMany);
        auto grows = v;
        grows[9000] = 900;    // 90,000 hundredths: the window widens
        QCOMPARE(countByIndex(grows, sample, c), CountOutcome::Counted);
        QCOMPARE(c.values.back(), 900.0);
        auto nan = v;
        nan[9999] = std::nan("");
        QCOMPARE(countByIndex(nan, sample, c), CountOutcome::SawNaN);
        auto inf = v;
        inf[5] = std::numeric_limits<double>::infinity();
        QCOMPARE(countByIndex(inf, sample, c), CountOutcome::TooMany);

        // Cents spanning more than the narrow window, most of them close together
        // (revenue): counted with the wide window, which grows for the long tail.
        const auto revenue = makeColumn(Shape::CentsLongTail, 400000, 7);
        const auto wide = sampleColumn(revenue);
        QCOMPARE(wide.scale, 100.0);
        QVERIFY(wide.wide);
        QVERIFY(std::uint64_t(wide.lastIndex - wide.firstIndex) >= kMaxIndexWindow / 4);
        QCOMPARE(countByIndex(revenue, wide, c), CountOutcome::Counted);
        QVERIFY(c.values.size() > 16384);   // more than hashing takes
        QCOMPARE(c.values.back(), *std::max_element(revenue.begin(), revenue.end()));
        // Five decimals spread over most of 0..1: the sketch is cheaper, no plan.
        const auto shares = makeColumn(Shape::Shares5, 400000, 7);
        QCOMPARE(sampleColumn(shares).scale, 0.0);
        QVERIFY(!sampleColumn(shares).wide);

        // Not multiples of a power of ten: no scale.
        std::vector<double> thirds;
        for (int i = 0; i < 5000; ++i) thirds.push_back(double(i % 30) / 3);
        QCOMPARE(sampleColumn(thirds).scale, 0.0);
        QCOMPARE(countByHash(thirds, 100, c), CountOutcome::Counted);
        QCOMPARE(c.values.size(), std::size_t(30));
        QCOMPARE(countByHash(thirds, 20, c), CountOutcome::TooMany);
    }
};

QTEST_GUILESS_MAIN(TestColumnSummaryCounts)
#include "test_column_summary_counts.moc"
