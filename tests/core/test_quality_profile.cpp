// SPDX-License-Identifier: GPL-3.0-or-later
// Column statistics against pandas (tests/fixtures/quality/make_profile.py).
#include <QtTest>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/io/csv_reader.h"
#include "core/common/random.h"
#include "core/quality/profile.h"
#include "core/quality/value_keys.h"

using namespace segmenta;
using nlohmann::json;

namespace {

const json& reference() {
    static const json ref = [] {
        std::ifstream in(SEGMENTA_SOURCE_DIR "/tests/fixtures/quality/profile_reference.json");
        return json::parse(in, nullptr, false);
    }();
    return ref;
}

Column columnFromJson(const json& spec) {
    Column c;
    c.name = spec["name"].get<std::string>();
    if (!parseColumnType(spec["type"].get<std::string>(), c.type)) qFatal("unknown type in fixture");
    for (const auto& v : spec["values"]) {
        if (v.is_null()) c.appendMissing();
        else if (c.type == ColumnType::Category) c.appendCategory(v.get<std::string>());
        else if (isStringLike(c.type)) c.appendString(v.get<std::string>());
        else c.appendNumber(v.get<double>());
    }
    return c;
}

// Relative agreement (0 = exactly equal).
bool near(double actual, double expected, double rel) {
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

#define COMPARE_NEAR(actual, expected, rel)                                                                  \
    QVERIFY2(near((actual), (expected), (rel)),                                                               \
             qPrintable(QStringLiteral("%1 = %2, pandas %3").arg(QStringLiteral(#actual)).arg((actual), 0, 'g', 17) \
                            .arg((expected), 0, 'g', 17)))

void compareNumbers(const ColumnProfile& p, const json& e) {
    QCOMPARE(p.missing, e["missing"].get<std::int64_t>());
    QCOMPARE(p.distinct, e["distinct"].get<std::int64_t>());
    if (e["count"].get<std::int64_t>() == 0) return;
    COMPARE_NEAR(p.min, e["min"].get<double>(), 0.0);
    COMPARE_NEAR(p.max, e["max"].get<double>(), 0.0);
    COMPARE_NEAR(p.mean, e["mean"].get<double>(), 1e-13);
    COMPARE_NEAR(p.median, e["median"].get<double>(), 0.0);
    if (e["std"].is_null()) {
        QVERIFY(std::isnan(p.std));
    } else {
        // pandas' own rounding error reaches ~1e-9 on ill-conditioned columns (large
        // offset, tiny spread); against the exact value we hold 1e-12 everywhere.
        COMPARE_NEAR(p.std, e["std_exact"].get<double>(), 1e-12);
        COMPARE_NEAR(p.std, e["std"].get<double>(), 1e-8);
    }
    QVERIFY(!p.top.empty());
    QCOMPARE(p.top.front().count, e["top_count"].get<std::int64_t>());
}

// A column of `n` numbers drawn by `draw` (NaN = missing cell), with a few
// NaN values that are not marked missing.
template <typename Draw>
Column numberColumn(ColumnType type, int n, Draw&& draw) {
    Column c;
    c.name = "x";
    c.type = type;
    for (int i = 0; i < n; ++i) {
        const double x = draw(i);
        if (std::isnan(x)) c.appendMissing();
        else if (isTemporal(type)) c.appendTime(std::int64_t(x));
        else c.appendNumber(x);
    }
    if (!isTemporal(type))
        for (int i = 7; i < n; i += 9973) { c.numbers[std::size_t(i)] = std::nan(""); c.missing[std::size_t(i)] = 0; }
    return c;
}

} // namespace

class TestQualityProfile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(!reference().is_discarded(), "run tests/fixtures/quality/make_profile.py"); }

    void synthetic_data() {
        QTest::addColumn<int>("index");
        int i = 0;
        for (const auto& spec : reference()["synthetic"])
            QTest::newRow(spec["name"].get<std::string>().c_str()) << i++;
    }
    void synthetic() {
        QFETCH(int, index);
        const json& spec = reference()["synthetic"][std::size_t(index)];
        const Column c = columnFromJson(spec);
        const ColumnProfile p = profileColumn(c);
        const json& e = spec["expected"];
        QCOMPARE(p.rows, std::int64_t(c.size()));
        if (isNumeric(c.type)) {
            compareNumbers(p, e);
        } else {
            QCOMPARE(p.missing, e["missing"].get<std::int64_t>());
            QCOMPARE(p.distinct, e["distinct"].get<std::int64_t>());
            QCOMPARE(p.top.front().count, e["top_count"].get<std::int64_t>());
            // Every listed value with pandas' count, most frequent first.
            for (std::size_t k = 0; k < p.top.size(); ++k) {
                QCOMPARE(p.top[k].count, e["counts"][p.top[k].value].get<std::int64_t>());
                if (k) QVERIFY(p.top[k - 1].count >= p.top[k].count);
            }
            std::int64_t listed = 0;
            for (const auto& v : p.top) listed += v.count;
            QCOMPARE(listed + p.otherCount, e["count"].get<std::int64_t>());
        }
    }

    void flagsOfSynthetic() {
        const json& cols = reference()["synthetic"];
        auto profileOf = [&](const char* name) {
            for (const auto& spec : cols)
                if (spec["name"] == name) return profileColumn(columnFromJson(spec));
            return ColumnProfile{};
        };
        QVERIFY(profileOf("constant").has(QualityFlag::Constant));
        QVERIFY(profileOf("almost_constant").has(QualityFlag::AlmostConstant));
        QVERIFY(!profileOf("small_integers").has(QualityFlag::AlmostConstant));
        QVERIFY(profileOf("even_count").has(QualityFlag::IdentifierLike));   // 1..1000, a numbering
        QVERIFY(!profileOf("lognormal_missing").has(QualityFlag::IdentifierLike));
        QVERIFY(profileOf("single_value").has(QualityFlag::MostlyMissing));
        QCOMPARE(profileOf("small_integers").binCounts.size(), std::size_t(24));
    }

    // The profile's grouping of hash keys (split by the top bits, then a small
    // hash table per part) must give every distinct key once, with its count and
    // its first row, whatever the keys look like.
    void hashGroupsEqualPlainCounting_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("shape");
        QTest::newRow("small") << 1000 << 300 << 0;
        QTest::newRow("all distinct") << 200000 << 200000 << 0;
        QTest::newRow("heavy repeats") << 200000 << 50 << 0;
        QTest::newRow("one part, colliding low bits") << 100000 << 20000 << 1;
        QTest::newRow("one value") << 50000 << 1 << 0;
    }
    void hashGroupsEqualPlainCounting() {
        QFETCH(int, n);
        QFETCH(int, distinct);
        QFETCH(int, shape);
        Random rng(7);
        std::vector<std::uint64_t> pool(std::size_t(distinct), 0);
        for (auto& k : pool) {
            k = quality_detail::mix64(rng.below(~0ULL));
            // Same top byte (one part) and only 64 different low halves: long probe chains.
            if (shape == 1) k = (0xABULL << 56) | ((k >> 8) & 0x00FFFFFF00000000ULL) | (k & 63);
        }
        std::vector<std::uint64_t> keys;
        std::vector<std::uint32_t> rows;
        std::map<std::uint64_t, std::pair<std::int64_t, std::uint32_t>> expected;
        for (int i = 0; i < n; ++i) {
            if (i % 7 == 3) continue;   // rows with gaps, as missing cells leave
            keys.push_back(pool[rng.below(std::uint64_t(distinct))]);
            rows.push_back(std::uint32_t(i));
            auto [it, added] = expected.try_emplace(keys.back(), 0, std::uint32_t(i));
            ++it->second.first;
        }
        std::map<std::uint32_t, std::int64_t> got, want;   // first row -> count
        std::size_t groups = 0;
        quality_detail::forEachHashGroup(keys, rows, [&](std::int64_t count, std::uint32_t firstRow) {
            ++groups;
            got[firstRow] = count;
        });
        for (const auto& [key, v] : expected) want[v.second] = v.first;
        QCOMPARE(groups, expected.size());
        QVERIFY(got == want);
    }

    // Numbers are counted three ways (an array indexed by the scaled value, a
    // hash counter, a sort); whichever runs, the profile must be what plain
    // counting gives: distinct values, min, max, median, mean, the top values
    // with their text, and the sign of zero as the hash counter (few distinct
    // values: the first zero seen) or the sort (-0 when any zero is negative) gives it.
    void countingPathsAgree_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("negativeZero");
        QTest::newRow("integers 0-99, gaps") << 0 << false;
        QTest::newRow("cents 0-500") << 1 << false;
        QTest::newRow("rates, 3 decimals") << 2 << false;
        QTest::newRow("scores, 4 decimals") << 3 << false;
        QTest::newRow("-0 first, few values") << 4 << true;
        QTest::newRow("+0 first then -0, few values") << 5 << false;
        QTest::newRow("+0 first then -0, 40k values") << 6 << true;
        QTest::newRow("wide range (hash/sort)") << 7 << false;
        QTest::newRow("dates") << 8 << false;
        QTest::newRow("unrounded decimals (sort)") << 9 << false;
        QTest::newRow("booleans") << 10 << false;
        QTest::newRow("cents with one odd value late") << 11 << false;
        QTest::newRow("integers whose range grows late") << 12 << false;
        QTest::newRow("cents to 9000, 300k rows") << 13 << false;
        QTest::newRow("cents -3000 to 3000, 300k rows") << 14 << false;
        QTest::newRow("cents with a huge value late") << 15 << false;
        QTest::newRow("5 decimals, 300k rows") << 16 << false;
        QTest::newRow("6 decimals") << 17 << false;
        QTest::newRow("negative cents, the window widens left late") << 18 << false;
        QTest::newRow("tenths, one unrounded value inside the range") << 19 << false;
    }
    void countingPathsAgree() {
        QFETCH(int, kind);
        QFETCH(bool, negativeZero);
        Random rng(std::uint64_t(11 + kind));
        const int n = kind >= 13 && kind <= 16 ? 300000 : 60000;
        const ColumnType type = kind == 0 || kind == 7 || kind == 12 ? ColumnType::Integer
                                : kind == 8            ? ColumnType::Date
                                : kind == 10           ? ColumnType::Boolean
                                                       : ColumnType::Decimal;
        const Column c = numberColumn(type, n, [&](int i) -> double {
            if (rng.below(20) == 0) return std::nan("");
            if (kind >= 4 && kind <= 6) {   // zero the most frequent value; which zero comes first is set
                if (i < 3) return 1.0;
                if (i == 3) return kind == 4 ? -0.0 : 0.0;
                if (i == 900) return kind == 4 ? 0.0 : -0.0;
                if (rng.below(kind == 6 ? 8 : 4) == 0) return 0.0;
            }
            switch (kind) {
            case 0: return double(rng.below(100));
            case 1: return double(rng.below(50001)) / 100;
            case 2: return double(rng.below(1001)) / 1000;
            case 3: return double(rng.below(10001)) / 10000;
            case 4: case 5: return double(std::int64_t(rng.below(101)) - 50);
            case 6: return double(rng.below(100000));
            case 7: return double(rng.below(1000000000));
            case 8: return double(18000 + std::int64_t(rng.below(2000)));
            case 9: return rng.uniform(0, 100);
            case 10: return double(rng.below(2));
            case 11: return i == n - 5 ? 1.0 / 3.0 : double(rng.below(50001)) / 100;
            case 12: return double(rng.below(i < 30000 ? 100 : 5000));
            case 13: return double(rng.below(900001)) / 100;
            case 14: return double(std::int64_t(rng.below(600001)) - 300000) / 100;
            case 16: return double(rng.below(100001)) / 100000;
            case 17: return double(rng.below(50001)) / 1000000;
            case 18: return i > n - 50 ? -double(rng.below(20001)) / 100 : double(rng.below(5001)) / 100;
            case 19: return i == n / 2 ? 2.0 / 3.0 : double(rng.below(1001)) / 10;
            default: return i == n - 9 ? 1e300 : double(rng.below(50001)) / 100;
            }
        });
        const ColumnProfile p = profileColumn(c);

        std::map<double, std::int64_t> counts;   // -0 and +0 are one key
        long double sum = 0;
        std::int64_t present = 0;
        for (std::size_t i = 0; i < c.size(); ++i) {
            const double x = isTemporal(type) ? double(c.times[i]) : c.numbers[i];
            if (c.missing[i] || std::isnan(x)) continue;
            ++counts[x];
            sum += x;
            ++present;
        }
        auto shown = [&](double x) { return x == 0 && negativeZero ? -0.0 : x; };
        QCOMPARE(p.missing, std::int64_t(c.size()) - present);
        QCOMPARE(p.distinct, std::int64_t(counts.size()));
        QCOMPARE(quality_detail::doubleBits(p.min), quality_detail::doubleBits(counts.begin()->first));
        QCOMPARE(std::signbit(p.min), std::signbit(shown(counts.begin()->first)));
        QCOMPARE(p.max, counts.rbegin()->first);
        std::vector<double> sorted;
        for (const auto& [x, k] : counts) sorted.insert(sorted.end(), std::size_t(k), x);
        const std::size_t m = sorted.size();
        const double median = m % 2 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
        QCOMPARE(p.median, isTemporal(type) ? std::floor(median) : median);
        if (!isTemporal(type)) QVERIFY(std::abs(p.mean - double(sum / present)) <= 1e-13 * std::max(1.0, std::abs(p.mean)));
        std::vector<std::pair<double, std::int64_t>> byCount(counts.begin(), counts.end());
        std::stable_sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        QCOMPARE(p.top.size(), std::min<std::size_t>(10, byCount.size()));
        for (std::size_t k = 0; k < p.top.size(); ++k) {
            QCOMPARE(p.top[k].value, quality_detail::valueText(type, shown(byCount[k].first)));
            QCOMPARE(p.top[k].count, byCount[k].second);
        }
        std::int64_t binned = 0;
        for (const auto b : p.binCounts) binned += b;
        if (type != ColumnType::Boolean) QCOMPARE(binned, present);
        if (kind >= 4 && kind <= 6) QCOMPARE(p.top.front().value, std::string(negativeZero ? "-0" : "0"));
    }

    // The bundled demo read by the real CSV reader, against pandas on the same file.
    void demoFile() {
        auto imported = readCsvFile(SEGMENTA_SOURCE_DIR "/resources/demo/customers.csv");
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
        auto profile = profileTable(imported->table);
        QVERIFY(profile.ok());
        const json& demo = reference()["demo"];
        QCOMPARE(profile->rows, demo["_rows"].get<std::int64_t>());
        QCOMPARE(profile->duplicateRows, demo["_duplicate_rows"].get<std::int64_t>());
        for (const ColumnProfile& p : profile->columns) {
            const json& e = demo[p.name];
            if (isNumeric(p.type) && e.contains("mean")) compareNumbers(p, e);
            else {
                QCOMPARE(p.missing, e["missing"].get<std::int64_t>());
                QCOMPARE(p.distinct, e["distinct"].get<std::int64_t>());
            }
        }
        auto col = [&](const char* name) { return profile->columns[*imported->table.find(name)]; };
        QCOMPARE(col("email").pii, PiiKind::Email);
        QCOMPARE(col("phone").pii, PiiKind::Phone);
        QCOMPARE(col("customer_id").pii, PiiKind::None);
        QVERIFY(col("customer_id").has(QualityFlag::IdentifierLike));
        QVERIFY(col("email").has(QualityFlag::IdentifierLike));
        QVERIFY(!col("country").has(QualityFlag::IdentifierLike));
        QCOMPARE(col("country").distinct, std::int64_t(12));   // "NA" is Namibia, not missing
        QVERIFY(col("snapshot_date").has(QualityFlag::Constant));
        QVERIFY(profile->duplicateColumns.empty());
    }
};

QTEST_GUILESS_MAIN(TestQualityProfile)
#include "test_quality_profile.moc"
