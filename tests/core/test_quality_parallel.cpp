// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's paths for long columns: text columns of 2^17 rows and more are
// grouped on all workers by profileTable (row blocks, then ranges of hash parts),
// whole-number columns get their sum from the counts. Each must give what plain
// counting and a compensated sum in row order give, bit for bit.
#include <QtTest>
#include <cmath>
#include <cstring>
#include <map>
#include <string>

#include "core/common/random.h"
#include "core/quality/profile.h"

using namespace segmenta;

namespace {

struct Expected {
    std::int64_t distinct = 0, other = 0;
    std::vector<std::pair<std::string, std::int64_t>> top;
};

// Count descending, first appearance ascending, as the profile lists text values.
Expected countPlainly(const Column& c, std::size_t k) {
    std::map<std::string, std::pair<std::int64_t, std::size_t>> seen;   // value -> (count, first row)
    std::int64_t present = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i]) continue;
        ++present;
        auto [it, added] = seen.try_emplace(std::string(c.strings[i]), 0, i);
        ++it->second.first;
    }
    std::vector<std::pair<std::int64_t, std::size_t>> order;
    std::map<std::size_t, std::string> byRow;
    for (const auto& [value, cf] : seen) {
        order.emplace_back(cf.first, cf.second);
        byRow[cf.second] = value;
    }
    std::sort(order.begin(), order.end(),
              [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    Expected e;
    e.distinct = std::int64_t(seen.size());
    std::int64_t shown = 0;
    for (std::size_t t = 0; t < std::min(k, order.size()); ++t) {
        e.top.emplace_back(byRow[order[t].second], order[t].first);
        shown += order[t].first;
    }
    e.other = present - shown;
    return e;
}

double neumaierMean(const Column& c) {
    double sum = 0, comp = 0;
    std::int64_t n = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i] || std::isnan(c.numbers[i])) continue;
        const double x = c.numbers[i], t = sum + x;
        comp += std::abs(sum) >= std::abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
        ++n;
    }
    return (sum + comp) / double(n);
}

std::uint64_t bits(double v) {
    std::uint64_t u;
    std::memcpy(&u, &v, sizeof u);
    return u;
}

} // namespace

class TestQualityParallel : public QObject {
    Q_OBJECT
private slots:
    void longColumns_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<double>("missingShare");
        QTest::newRow("ids, none missing") << 300000 << 0 << 0.0;
        QTest::newRow("heavy repeats, 60% missing") << 200000 << 3000 << 0.6;
        QTest::newRow("few values, 3% missing") << 140000 << 7 << 0.03;
        QTest::newRow("below the split") << 100000 << 500 << 0.1;
    }
    void longColumns() {
        QFETCH(int, rows);
        QFETCH(int, distinct);
        QFETCH(double, missingShare);
        Random rng(2026);
        Table table;
        Column text, small, huge, zeros;
        text.name = "text";
        text.type = distinct == 0 ? ColumnType::Identifier : ColumnType::Text;
        small.name = "small";
        small.type = ColumnType::Integer;
        huge.name = "huge";
        huge.type = ColumnType::Integer;
        zeros.name = "zeros";
        zeros.type = ColumnType::Decimal;
        for (int i = 0; i < rows; ++i) {
            if (rng.uniform() < missingShare) text.appendMissing();
            else if (distinct == 0) text.appendString("ID" + std::to_string(std::int64_t(i) * 7919 % rows));
            else text.appendString("value-" + std::to_string(rng.below(std::uint64_t(distinct))) + "@x.example");
            if (rng.uniform() < missingShare) small.appendMissing();
            else small.appendNumber(double(rng.below(1000)) - 300.0);
            // Whole numbers near 2^45: partial sums pass 2^53, so the sum is not exact
            // and the counts may not stand in for it.
            huge.appendNumber(35184372088832.0 + double(rng.below(100)));
            zeros.appendNumber(rng.below(3) == 0 ? (rng.below(2) ? -0.0 : 0.0) : double(rng.below(20)) / 4.0);
        }
        table.columns = {text, small, huge, zeros};
        const auto profile = profileTable(table);
        QVERIFY(bool(profile));
        const Expected expected = countPlainly(table.columns[0], 10);
        for (const ColumnProfile& p : {profile->columns[0], profileColumn(table.columns[0])}) {
            QCOMPARE(p.distinct, expected.distinct);
            QCOMPARE(p.otherCount, expected.other);
            QCOMPARE(p.top.size(), expected.top.size());
            for (std::size_t t = 0; t < p.top.size(); ++t) {
                QCOMPARE(p.top[t].value, expected.top[t].first);
                QCOMPARE(p.top[t].count, expected.top[t].second);
            }
        }
        for (std::size_t j = 1; j < table.columns.size(); ++j) {
            const ColumnProfile& p = profile->columns[j];
            QCOMPARE(bits(p.mean), bits(neumaierMean(table.columns[j])));
            const ColumnProfile single = profileColumn(table.columns[j]);
            QCOMPARE(bits(p.std), bits(single.std));
            QCOMPARE(p.distinct, single.distinct);
        }
        // -0.0 and 0.0 are one value; a sort or the few-values counter decides its sign.
        QCOMPARE(profile->columns[3].distinct, std::int64_t(20));
    }
};

QTEST_GUILESS_MAIN(TestQualityParallel)
#include "test_quality_parallel.moc"
