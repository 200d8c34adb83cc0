// SPDX-License-Identifier: GPL-3.0-or-later
// Each chunk of a parallel import writes into its own window of the joined
// columns' storage, sized from the first rows' length. Whatever the windows
// hold (too few rows, far too many, a cut inside a quoted line break), the
// table must equal a one-thread import of the same bytes, cell for cell.
#include <QtTest>

#include <cstring>
#include <string>

#include "core/io/csv_reader.h"
#include "table_compare.h"

using namespace segmenta;
using segmenta::testutil::compareTables;

namespace {

// `longRows` rows with a long text cell first (the row estimate comes from
// them), then `shortRows` short ones: the windows get far too few rows.
// With the order reversed they get far too many.
std::string shrinkingRows(int longRows, int shortRows, bool longFirst) {
    std::string s = "id,amount,country,joined,note,flag\n";
    const char* countries[] = {"DE", "FR", "US", "ES", "IT", "NL", "PL"};
    auto row = [&](int i, bool longNote) {
        s += std::to_string(i) + "," + (i % 11 == 0 ? std::string("NA") : std::to_string(i % 1000) + "." + std::to_string(i % 10)) +
             "," + countries[(i * 7) % 7 == 0 ? i % 7 : (i / 3) % 7] + ",2024-0" + std::to_string(1 + i % 9) + "-2" +
             std::to_string(i % 9) + ",";
        s += longNote ? "\"" + std::string(150 + i % 50, char('a' + i % 26)) + ", with a comma\"" : "n" + std::to_string(i % 5000);
        s += i % 4 ? ",yes\n" : ",no\n";
    };
    const int total = longRows + shortRows;
    for (int i = 0; i < total; ++i) row(i, longFirst ? i < longRows : i >= shortRows);
    return s;
}

// Quoted line breaks everywhere, so a guessed cut can fall inside a field.
std::string quotedBreaks(int rows) {
    std::string s = "id,text,value\n";
    for (int i = 0; i < rows; ++i)
        s += std::to_string(i) + ",\"line one\nline " + std::to_string(i % 97) + "\n\"," + std::to_string(i % 300) + ".5\n";
    return s;
}

} // namespace

class TestCsvWindows : public QObject {
    Q_OBJECT
private slots:
    void parallelEqualsSequential_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("rows");
        const std::string tooFew = shrinkingRows(2000, 300000, true);
        const std::string tooMany = shrinkingRows(40000, 2000, false);
        const std::string breaks = quotedBreaks(150000);
        QTest::newRow("windows-too-small") << QByteArray(tooFew.data(), qsizetype(tooFew.size())) << 302000;
        QTest::newRow("windows-too-large") << QByteArray(tooMany.data(), qsizetype(tooMany.size())) << 42000;
        QTest::newRow("cut-inside-quotes") << QByteArray(breaks.data(), qsizetype(breaks.size())) << 150000;
    }
    void parallelEqualsSequential() {
        QFETCH(QByteArray, content);
        QFETCH(int, rows);
        const std::string_view bytes(content.constData(), std::size_t(content.size()));
        QVERIFY(bytes.size() > (2u << 20));   // large enough for two chunks
        CsvOptions one, two, four;
        one.threads = 1;
        two.threads = 2;
        four.threads = 4;
        const auto a = readCsvBytes(bytes, one);
        const auto b = readCsvBytes(bytes, two);
        const auto c = readCsvBytes(bytes, four);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->table.rowCount(), std::size_t(rows));
        compareTables(a->table, b->table);
        compareTables(a->table, c->table);
        QCOMPARE(a->report.rowsWithProblems, b->report.rowsWithProblems);
        QCOMPARE(a->report.warningCount, c->report.warningCount);
    }
};

QTEST_GUILESS_MAIN(TestCsvWindows)
#include "test_csv_windows.moc"
