// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/demo/demo_generator.h"
#include "core/table/dates.h"

using namespace segmenta;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double share(const Column& c, std::string_view level) {
    std::size_t n = 0;
    for (auto code : c.codes) n += code >= 0 && c.levels[std::size_t(code)] == level;
    return double(n) / double(c.codes.size());
}

// Mean of `value` over rows where `channel` is (or is not) the given level.
double channelMean(const Table& t, const char* column, std::string_view level, bool equal) {
    const Column& ch = *t.column("channel");
    const Column& v = *t.column(column);
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rowCount(); ++i) {
        if ((ch.levels[std::size_t(ch.codes[i])] == level) != equal) continue;
        sum += v.numbers[i];
        ++n;
    }
    return n ? sum / double(n) : std::nan("");
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void schema() {
        DemoOptions o;
        o.rows = 300;
        const DemoTable d = generateCustomers(o);
        QCOMPARE(d.table.columnCount(), std::size_t(18));
        QCOMPARE(d.table.rowCount(), std::size_t(300));
        QCOMPARE(d.latentSegment.size(), std::size_t(300));
        for (const auto& c : d.table.columns) QCOMPARE(c.size(), std::size_t(300));
        QCOMPARE(d.table.columns.front().name, std::string("customer_id"));
        QCOMPARE(std::string(d.table.columns.front().strings[0]), std::string("C0000001"));
        QCOMPARE(d.table.column("churned")->role, ColumnRole::Label);
        QCOMPARE(d.table.column("churn_score")->role, ColumnRole::Score);
        QCOMPARE(formatDate(d.table.column("snapshot_date")->times[0]), std::string("2025-12-31"));
    }

    void deterministic_data() {
        QTest::addColumn<quint64>("seedA");
        QTest::addColumn<quint64>("seedB");
        QTest::addColumn<bool>("same");
        QTest::newRow("same seed") << quint64(7) << quint64(7) << true;
        QTest::newRow("other seed") << quint64(7) << quint64(8) << false;
    }
    void deterministic() {
        QFETCH(quint64, seedA);
        QFETCH(quint64, seedB);
        QFETCH(bool, same);
        QTemporaryDir dir;
        DemoOptions a, b;
        a.rows = b.rows = 500;
        a.seed = seedA;
        b.seed = seedB;
        const std::string pa = dir.filePath(QStringLiteral("a.csv")).toStdString();
        const std::string pb = dir.filePath(QStringLiteral("b.csv")).toStdString();
        QVERIFY(writeDemoCsv(generateCustomers(a).table, pa).ok());
        QVERIFY(writeDemoCsv(generateCustomers(b).table, pb).ok());
        QCOMPARE(slurp(pa) == slurp(pb), same);
    }

    void realisticReference() {
        DemoOptions o;
        o.rows = 20000;
        const Table t = generateCustomers(o).table;
        const Column& country = *t.column("country");
        QCOMPARE(country.levels.size(), std::size_t(12));
        QVERIFY(share(country, "US") > 0.2);                       // skewed
        QVERIFY(share(country, "NA") > 0 && share(country, "NA") < 0.02);   // Namibia, rare
        QCOMPARE(share(*t.column("channel"), "social"), 0.0);      // the new channel does not exist yet
        const double churn = channelMean(t, "churned", "", false);
        QVERIFY2(churn > 0.1 && churn < 0.35, qPrintable(QString::number(churn)));
        // The score is calibrated outside marketplace and underestimates churn inside it.
        const double gapOther = channelMean(t, "churn_score", "marketplace", false) - channelMean(t, "churned", "marketplace", false);
        const double gapMarket = channelMean(t, "churn_score", "marketplace", true) - channelMean(t, "churned", "marketplace", true);
        QVERIFY2(std::abs(gapOther) < 0.04, qPrintable(QString::number(gapOther)));
        QVERIFY2(gapMarket < -0.05, qPrintable(QString::number(gapMarket)));
        const Column& age = *t.column("age");
        const double ageMissing = double(age.missingCount()) / double(t.rowCount());
        QVERIFY(ageMissing > 0.03 && ageMissing < 0.1);
    }

    void driftGrows() {
        DemoOptions o;
        o.rows = 20000;
        const DemoTable refDemo = generateCustomers(o);
        o.drift = 1;
        const DemoTable curDemo = generateCustomers(o);
        const Table& ref = refDemo.table;
        const Table& cur = curDemo.table;
        QVERIFY(share(*cur.column("channel"), "social") > 0.15);
        QVERIFY(cur.column("age")->missingCount() > 2 * ref.column("age")->missingCount());
        // Prices rise within a segment (the mix shifts too, so compare like with like).
        auto meanOf = [](const DemoTable& d, const char* column, int segment) {
            const Column& c = *d.table.column(column);
            double s = 0; std::size_t n = 0;
            for (std::size_t i = 0; i < c.size(); ++i)
                if (!c.missing[i] && (segment < 0 || d.latentSegment[i] == segment)) { s += c.numbers[i]; ++n; }
            return s / double(n);
        };
        QVERIFY(meanOf(curDemo, "avg_order_value", 1) > 1.08 * meanOf(refDemo, "avg_order_value", 1));
        QVERIFY(meanOf(curDemo, "days_since_last_order", -1) > meanOf(refDemo, "days_since_last_order", -1));
    }

    void bundleFiles() {
        QTemporaryDir dir;
        DemoFilesOptions o;
        const auto summary = writeDemoFiles(dir.path().toStdString(), o);
        QVERIFY(summary.ok());
        QCOMPARE(summary->files.size(), std::size_t(7));
        QVERIFY(summary->bytes < 3'000'000);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("customers.csv"))));
        const std::string june = slurp(dir.filePath(QStringLiteral("customers_2026-06.csv")).toStdString());
        const std::string header = june.substr(0, june.find('\n'));
        QVERIFY(header.rfind("customer_id,email,", 0) == 0);
        QCOMPARE(std::count(header.begin(), header.end(), ','), 17L);
        QCOMPARE(std::count(june.begin(), june.end(), '\n'), 2501L);
        QVERIFY(june.find(",2026-06-30\n") != std::string::npos);
    }

    void badFolder() {
        const auto r = writeDemoFiles("/proc/segmenta-cannot-write-here", DemoFilesOptions{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
