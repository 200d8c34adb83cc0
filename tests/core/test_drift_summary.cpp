// SPDX-License-Identifier: GPL-3.0-or-later
// Drift from stored summaries must stay within 0.01 of the exact values from raw
// data (issue 5), and the summaries must stay small and never hold withheld values.
#include <QtTest>

#include <cmath>

#include "core/common/random.h"
#include "core/drift/column_summary.h"
#include "core/drift/drift.h"

using namespace segmenta;

namespace {

enum class Shape { Normal, LogNormal, ZeroInflated, Integers, Heavy };

Column makeColumn(Shape shape, std::size_t n, double shift, double scale, std::uint64_t seed, double missing = 0) {
    Random rng(seed);
    Column c;
    c.name = "x";
    c.type = ColumnType::Decimal;
    for (std::size_t i = 0; i < n; ++i) {
        if (rng.uniform() < missing) { c.appendMissing(); continue; }
        double v = 0;
        switch (shape) {
        case Shape::Normal: v = rng.normal() * scale + shift; break;
        case Shape::LogNormal: v = std::exp(rng.normal() * scale + shift); break;
        case Shape::ZeroInflated: v = rng.uniform() < 0.3 ? 0.0 : std::exp(rng.normal() + shift) * scale; break;
        case Shape::Integers: v = std::floor(std::fabs(rng.normal()) * 400 * scale + shift); break;
        case Shape::Heavy: v = shift + scale / std::pow(rng.uniform() + 1e-9, 0.7); break;
        }
        c.appendNumber(v);
    }
    return c;
}

std::vector<double> values(const Column& c, std::int64_t& missing) {
    std::vector<double> v;
    missing = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i]) ++missing;
        else v.push_back(c.numbers[i]);
    }
    return v;
}

} // namespace

class TestDriftSummary : public QObject {
    Q_OBJECT
private slots:
    void withinBounds_data() {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("shift");
        QTest::addColumn<double>("scale");
        QTest::newRow("normal same") << int(Shape::Normal) << 200000 << 0.0 << 1.0;
        QTest::newRow("normal shifted") << int(Shape::Normal) << 200000 << 0.3 << 1.2;
        QTest::newRow("lognormal shifted") << int(Shape::LogNormal) << 150000 << 0.2 << 1.1;
        QTest::newRow("zero inflated") << int(Shape::ZeroInflated) << 150000 << 0.5 << 1.3;
        QTest::newRow("integers many distinct") << int(Shape::Integers) << 100000 << 10.0 << 1.1;
        QTest::newRow("heavy tail") << int(Shape::Heavy) << 100000 << 1.0 << 1.2;
        QTest::newRow("small exact") << int(Shape::Normal) << 700 << 0.2 << 1.0;
        QTest::newRow("medium sketch") << int(Shape::LogNormal) << 5000 << 0.1 << 1.0;
    }
    void withinBounds() {
        QFETCH(int, shape);
        QFETCH(int, n);
        QFETCH(double, shift);
        QFETCH(double, scale);
        const Column ref = makeColumn(Shape(shape), std::size_t(n), 0.0, 1.0, 1, 0.02);
        const Column cur = makeColumn(Shape(shape), std::size_t(n) * 3 / 4, shift, scale, 2, 0.05);
        std::int64_t mr = 0, mc = 0;
        auto vr = values(ref, mr), vc = values(cur, mc);
        const auto exact = numericDrift("x", vr, vc, mr, mc);
        const auto sr = summariseColumn(ref), sc = summariseColumn(cur);
        const auto approx = driftFromSummaries(sr, sc);
        QVERIFY(approx);
        QCOMPARE(approx->kind, exact.kind);
        auto check = [](const char* what, const std::optional<double>& a, const std::optional<double>& e) {
            QVERIFY2(a && e, what);
            QVERIFY2(std::fabs(*a - *e) <= 0.01,
                     qPrintable(QStringLiteral("%1: summary %2 vs exact %3").arg(QLatin1String(what)).arg(*a).arg(*e)));
        };
        check("ks", approx->ksStatistic, exact.ksStatistic);
        check("wasserstein", approx->wassersteinNormed, exact.wassersteinNormed);
        check("psi", approx->psi, exact.psi);
        check("js", approx->jsDistance, exact.jsDistance);
        QCOMPARE(approx->missingShareRef, exact.missingShareRef);
        QCOMPARE(approx->missingShareCur, exact.missingShareCur);
        QCOMPARE(approx->drifted, exact.drifted);
    }

    void categoriesExact() {
        Column a, b;
        a.type = b.type = ColumnType::Category;
        a.name = b.name = "channel";
        const char* levels[] = {"web", "store", "phone", "social"};
        Random rng(5);
        for (int i = 0; i < 5000; ++i) a.appendCategory(levels[rng.below(3)]);
        for (int i = 0; i < 4000; ++i) b.appendCategory(levels[rng.below(4)]);
        b.appendMissing();
        const auto exact = computeDrift(Table{{a}, "a"}, Table{{b}, "b"});
        QVERIFY(exact);
        const auto approx = driftFromSummaries(summariseColumn(a), summariseColumn(b));
        QVERIFY(approx);
        QCOMPARE(*approx->chi2Statistic, *exact->columns[0].chi2Statistic);
        QCOMPARE(*approx->jsDistance, *exact->columns[0].jsDistance);
        QCOMPARE(approx->unseenCategories, std::vector<std::string>{"social"});
    }

    void roundTripAndSize() {
        // 1,000,000 rows × 18 columns must fit in 1 MB of summaries.
        Table t;
        for (int c = 0; c < 18; ++c) {
            Column col = makeColumn(c % 3 == 0 ? Shape::LogNormal : c % 3 == 1 ? Shape::Normal : Shape::Integers,
                                    1000000, 0, 1, std::uint64_t(c + 10), 0.01);
            col.name = "c" + std::to_string(c);
            t.columns.push_back(std::move(col));
        }
        std::size_t bytes = 0;
        for (const auto& col : t.columns) {
            const auto s = summariseColumn(col);
            const auto blob = serialiseSummary(s);
            bytes += blob.size();
            auto back = deserialiseSummary(blob);
            QVERIFY(back);
            QCOMPARE(back->quantiles, s.quantiles);
            QCOMPARE(back->values, s.values);
            QCOMPARE(back->missing, s.missing);
        }
        QVERIFY2(bytes <= 1000000, qPrintable(QString::number(bytes)));
        // A damaged blob is refused, not misread.
        auto blob = serialiseSummary(summariseColumn(t.columns[0]));
        blob.resize(blob.size() / 2);
        QVERIFY(!deserialiseSummary(blob));
    }

    void withheldValuesNeverStored() {
        Column email;
        email.name = "email";
        email.type = ColumnType::Text;
        email.appendString("ann@example.com");
        Column id;
        id.name = "customer_id";
        id.type = ColumnType::Decimal;
        id.role = ColumnRole::Identifier;
        id.appendNumber(123456789);
        for (const Column* c : {&email, &id}) {
            const auto s = summariseColumn(*c);
            QCOMPARE(s.kind, SummaryKind::Withheld);
            const auto blob = serialiseSummary(s);
            QVERIFY(blob.find("ann@") == std::string::npos);
            QVERIFY(s.values.empty() && s.quantiles.empty() && s.levels.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDriftSummary)
#include "test_drift_summary.moc"
