// SPDX-License-Identifier: GPL-3.0-or-later
// Slicing rows by columns, bins, crossings and a segmentation.
#include <QtTest>
#include <cmath>

#include "core/metrics/slice_report.h"
#include "core/metrics/slicing.h"
#include "tests/test_columns.h"

using namespace segmenta;
using segmenta::testutil::numberColumn;

namespace {

Column category(const std::string& name, const std::vector<const char*>& values) {
    Column c;
    c.name = name;
    c.type = ColumnType::Category;
    for (const char* v : values) v ? c.appendCategory(v) : c.appendMissing();
    return c;
}

SliceDimension byColumn(const std::string& name, NumericBinning binning = {}) {
    return {SliceDimension::Kind::Column, name, binning};
}

std::vector<std::string> labels(const Slicing& s) {
    std::vector<std::string> out;
    for (std::uint32_t i = 0; i < s.sliceCount(); ++i) out.push_back(s.label(i));
    return out;
}

} // namespace

class TestSlices : public QObject {
    Q_OBJECT
private slots:
    void categoryWithMissing() {
        Table t;
        t.columns.push_back(category("country", {"FR", "DE", nullptr, "FR", "AT"}));
        auto s = makeSlicing(t, {byColumn("country")});
        QVERIFY(s.ok());
        QCOMPARE(labels(*s), (std::vector<std::string>{"AT", "DE", "FR", "(missing)"}));
        QCOMPARE(s->sizes, (std::vector<std::int64_t>{1, 1, 2, 1}));
        QCOMPARE(s->sliceOfRow, (std::vector<std::uint32_t>{2, 1, 3, 2, 0}));
        QCOMPARE(s->rowsOf(2), (std::vector<std::uint32_t>{0, 3}));
        QCOMPARE(s->keys[0][0].column, std::string("country"));
    }

    void numericBinning_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("quartiles") << int(NumericBinning::Mode::Quantiles)
                                   << QStringList{"≤ 3.25", "3.25 to 5.5", "5.5 to 7.75", "> 7.75", "(missing)"};
        QTest::newRow("edges") << int(NumericBinning::Mode::Edges) << QStringList{"≤ 2", "2 to 5", "> 5", "(missing)"};
        QTest::newRow("auto many values") << int(NumericBinning::Mode::Auto)
                                          << QStringList{"≤ 3.25", "3.25 to 5.5", "5.5 to 7.75", "> 7.75", "(missing)"};
    }
    void numericBinning() {
        QFETCH(int, mode);
        QFETCH(QStringList, expected);
        Table t;
        t.columns.push_back(numberColumn("spend", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NAN}));
        NumericBinning b;
        b.mode = NumericBinning::Mode(mode);
        b.edges = {5, 2};
        b.maxDistinctAsValues = 5;
        auto s = makeSlicing(t, {byColumn("spend", b)});
        QVERIFY(s.ok());
        QStringList got;
        for (const auto& l : labels(*s)) got << QString::fromStdString(l);
        QCOMPARE(got, expected);
        std::int64_t total = 0;
        for (auto n : s->sizes) total += n;
        QCOMPARE(total, 11);
        if (b.mode == NumericBinning::Mode::Edges) QCOMPARE(s->sizes, (std::vector<std::int64_t>{2, 3, 5, 1}));
    }

    void fewValuedNumbersAreCategories() {
        Table t;
        t.columns.push_back(numberColumn("segment", {2, 0, 1, 2, 0}, ColumnType::Integer));
        auto s = makeSlicing(t, {byColumn("segment")});
        QVERIFY(s.ok());
        QCOMPARE(labels(*s), (std::vector<std::string>{"0", "1", "2"}));
    }

    void quantileEdgesMatchNumpy() {
        // numpy.quantile([1, 2, 4, 8, 16], [0.25, 0.5, 0.75]) = [2, 4, 8]
        QCOMPARE(quantileEdges({16, 1, 8, 2, 4}, 4), (std::vector<double>{2, 4, 8}));
        // numpy.quantile([1, 2, 3, 4], [1/3, 2/3]) = [2, 3]
        const auto e = quantileEdges({1, 2, 3, 4}, 3);
        QVERIFY(std::abs(e[0] - 2) < 1e-12 && std::abs(e[1] - 3) < 1e-12);
        QVERIFY(quantileEdges({5, 5, 5}, 4).size() == 1);
    }

    void crossedColumns() {
        Table t;
        t.columns.push_back(category("channel", {"web", "shop", "web", "web"}));
        t.columns.push_back(category("country", {"FR", "FR", "DE", "FR"}));
        auto s = makeSlicing(t, {byColumn("channel"), byColumn("country")});
        QVERIFY(s.ok());
        QCOMPARE(labels(*s), (std::vector<std::string>{"shop × FR", "web × DE", "web × FR"}));
        QCOMPARE(s->sizes, (std::vector<std::int64_t>{1, 1, 2}));
        QCOMPARE(s->keys[2][1].column, std::string("country"));
        QVERIFY(!makeSlicing(t, {byColumn("channel"), byColumn("channel")}).ok());
    }

    void segmentationAndErrors() {
        Table t;
        t.columns.push_back(category("country", {"FR", "DE", "FR"}));
        auto none = makeSlicing(t, {SliceDimension{SliceDimension::Kind::Segmentation, {}, {}}});
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.find("segmentation") != std::string::npos);
        SegmentMembership m;
        m.segmentOfRow = {1, -1, 0};
        m.names = {"Loyal", "New"};
        auto s = makeSlicing(t, {byColumn("segment"), byColumn("country")}, &m);
        QVERIFY(s.ok());
        QCOMPARE(labels(*s), (std::vector<std::string>{"Loyal × FR", "New × FR", "(missing) × DE"}));
        auto bad = makeSlicing(t, {byColumn("nope")});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::NotFound);
    }

    void tooSmallSlicesAreKeptAndMarked() {
        Table t;
        std::vector<const char*> v(40, "big");
        v.push_back("small");
        t.columns.push_back(category("g", v));
        MetricsOptions o;
        o.slices = {byColumn("g")};
        auto r = computeSliceReport(t, o);
        QVERIFY(r.ok());
        QCOMPARE(r->slices.size(), std::size_t(2));
        QVERIFY(!r->slices[0].tooSmall);
        QVERIFY(r->slices[1].tooSmall);
        QCOMPARE(r->slices[1].rows, 1);
        o.minRows = 1;
        QVERIFY(!computeSliceReport(t, o)->slices[1].tooSmall);
    }

    void tooManySlicesIsAnError() {
        Table t;
        Column c;
        c.name = "id";
        c.type = ColumnType::Text;
        for (int i = 0; i < 600; ++i) c.appendString(std::to_string(i));
        t.columns.push_back(c);
        auto s = makeSlicing(t, {byColumn("id")});
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.find("bins") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSlices)
#include "test_slices.moc"
