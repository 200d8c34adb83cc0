// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import's behaviour on generated inputs: sampling and promotion,
// overrides, limits, cancellation and progress, parallel = sequential, preview.
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

#include <unistd.h>
#include <chrono>

#include "core/io/csv_reader.h"

using namespace segmenta;

namespace {

std::string manyRows(int n, const std::string& tail, int tailRow) {
    std::string s = "id,value\n";
    for (int i = 0; i < n; ++i) s += std::to_string(i) + "," + (i == tailRow ? tail : std::to_string(i % 97)) + "\n";
    return s;
}

bool sameTables(const Table& a, const Table& b) {
    if (a.columnCount() != b.columnCount() || a.rowCount() != b.rowCount()) return false;
    for (std::size_t c = 0; c < a.columnCount(); ++c) {
        if (a.columns[c].type != b.columns[c].type || a.columns[c].name != b.columns[c].name) return false;
        for (std::size_t r = 0; r < a.rowCount(); ++r)
            if (a.columns[c].displayText(r) != b.columns[c].displayText(r) ||
                a.columns[c].isMissing(r) != b.columns[c].isMissing(r))
                return false;
    }
    return true;
}

// One block of tricky records: quoted delimiters, doubled quotes, embedded line
// breaks (LF and CRLF), multibyte letters, an undecodable byte, missing tokens,
// ragged rows, a category and yes/no. `block` makes the ids unique.
std::string trickyBlock(int block, int rows) {
    static const char* countries[] = {"DE", "FR", "GB", "US", "NL", "ES"};
    std::string s;
    for (int i = 0; i < rows; ++i) {
        s += "b" + std::to_string(block) + "-" + std::to_string(i) + ",";
        if (i % 97 == 5) s += "\"M\xC3\xBCller, \"\"Jo\"\"\r\nline two\"";
        else if (i % 89 == 3) s += "\"Ren\xC3\xA9" "e\nSmith\"";
        else if (i % 5003 == 17) s += "bad\xFF byte";
        else s += "name" + std::to_string(i % 1000);
        s += ",";
        s += countries[(i * 7) % 6];
        s += ",";
        if (i % 13 == 0) s += (i % 2 ? "NA" : "-");
        else if (i % 17 == 0) s += "";
        else s += std::to_string(i % 500) + "." + std::to_string(i % 10) + std::to_string(i % 7);
        s += ",";
        s += i % 3 ? "yes" : "no";
        if (i % 1001 == 11) s += ",extra";
        if (i % 1009 == 12) s.resize(s.rfind(','));
        s += "\n";
    }
    return s;
}

} // namespace

class TestCsvBehaviour : public QObject {
    Q_OBJECT
private slots:
    // A value far below the sampled rows that does not fit must not be lost:
    // the column is re-read with a type that holds it.
    void lateValuesWidenTheColumn_data() {
        QTest::addColumn<QString>("late");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("shown");
        QTest::newRow("decimal in integers") << QStringLiteral("2.5") << QStringLiteral("decimal") << QStringLiteral("2.5");
        QTest::newRow("word in integers") << QStringLiteral("lots") << QStringLiteral("category") << QStringLiteral("lots");
    }
    void lateValuesWidenTheColumn() {
        QFETCH(QString, late);
        QFETCH(QString, type);
        QFETCH(QString, shown);
        // 300,000 rows: the late row sits between the spread sample's windows.
        const int n = 300000, row = 151237;
        auto r = readCsvBytes(manyRows(n, late.toStdString(), row));
        QVERIFY(r.ok());
        const Column& c = r->table.columns[1];
        QCOMPARE(QString::fromUtf8(toString(c.type)), type);
        QCOMPARE(QString::fromStdString(c.displayText(std::size_t(row))), shown);
        QCOMPARE(QString::fromStdString(c.displayText(5)), QStringLiteral("5"));
        QCOMPARE(c.missingCount(), std::size_t(0));
        QCOMPARE(r->report.columns[1].invalidCount, std::int64_t(0));
    }

    // A type the user chose: what does not fit becomes missing, counted, with examples.
    void overrideCountsMisfits() {
        CsvOptions o;
        o.typeOverrides["b"] = ColumnType::Integer;
        auto r = readCsvBytes("a,b\n1,2\n2,x\n3,4.5\n4,\n5,y\n", o);
        QVERIFY(r.ok());
        const auto& info = r->report.columns[1];
        QCOMPARE(info.guessedType, ColumnType::Integer);
        QCOMPARE(info.invalidCount, std::int64_t(3));
        QCOMPARE(info.invalidExamples, (std::vector<std::string>{"x", "4.5", "y"}));
        QCOMPARE(r->table.columns[1].missingCount(), std::size_t(4));
        QCOMPARE(r->report.rowsWithProblems, std::int64_t(3));
        bool found = false;
        for (const auto& w : r->report.warnings)
            if (w.kind == "type_mismatch") { found = true; QCOMPARE(w.line, std::int64_t(3)); }
        QVERIFY(found);
    }

    void overridesOfDialectAndRole() {
        CsvOptions o;
        o.delimiter = ';';
        o.header = false;
        o.decimal = ',';
        o.roleOverrides["column_2"] = ColumnRole::Score;
        auto r = readCsvBytes("a;1,5\nb;2,5\n", o);
        QVERIFY(r.ok());
        QCOMPARE(r->report.dialect.delimiter, ';');
        QCOMPARE(r->report.dialect.header, false);
        QCOMPARE(r->report.dialect.delimiterConfidence, 1.0);
        QCOMPARE(r->table.rowCount(), std::size_t(2));
        QCOMPARE(r->table.columns[1].numbers[1], 2.5);
        QCOMPARE(r->table.columns[1].role, ColumnRole::Score);
    }

    void encodingOverride() {
        CsvOptions o;
        QVERIFY(parseTextEncoding("latin-1", *(o.encoding = TextEncoding::Utf8)));
        QCOMPARE(*o.encoding, TextEncoding::Windows1252);
        auto r = readCsvBytes("name\nZo\xEB\n", o);
        QVERIFY(r.ok());
        QCOMPARE(r->table.columns[0].displayText(0), std::string("Zo\xC3\xAB"));
        TextEncoding e;
        QVERIFY(!parseTextEncoding("klingon", e));
    }

    void preview() {
        CsvOptions o;
        o.previewRows = 2;
        auto r = readCsvBytes("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n2,3\n4,5\n", o);
        QVERIFY(r.ok());
        QCOMPARE(r->report.preview.size(), std::size_t(2));
        QCOMPARE(r->report.preview[0], (std::vector<std::string>{"x, y", "say \"hi\""}));
        QCOMPARE(r->report.preview[1], (std::vector<std::string>{"2", "3"}));
    }

    void maxRowsStopsEarly() {
        CsvOptions o;
        o.maxRows = 10;
        auto r = readCsvBytes(manyRows(5000, "1", 0), o);
        QVERIFY(r.ok());
        QCOMPARE(r->table.rowCount(), std::size_t(10));
        QCOMPARE(r->report.rowsRead, std::int64_t(10));
    }

    // A large file takes the parallel paths (two-thread read, UTF-8 check in two
    // halves, chunks parsed on two cores and joined); a small one the sequential
    // ones. A file of 30 copies of a block of tricky records must read as 30
    // copies of that block read alone: same types, same cells, 30 times the
    // warnings and problem rows.
    void largeFileEqualsItsBlocks() {
        const int rows = 40000, copies = 30;
        const std::string header = "id,name,country,amount,newsletter\n";
        const std::string dir = QDir::tempPath().toStdString();
        const std::string smallPath = dir + "/segmenta_blocks_1.csv", bigPath = dir + "/segmenta_blocks_30.csv";
        std::size_t bigBytes = 0;
        {
            std::ofstream small(smallPath, std::ios::binary), big(bigPath, std::ios::binary);
            small << header << trickyBlock(0, rows);
            big << header;
            for (int k = 0; k < copies; ++k) {
                const std::string b = trickyBlock(k, rows);
                bigBytes += b.size();
                big << b;
            }
        }
        QVERIFY(bigBytes > (32u << 20));   // above the two-thread read's threshold
        auto one = readCsvFile(smallPath);
        auto all = readCsvFile(bigPath);
        std::remove(smallPath.c_str());
        std::remove(bigPath.c_str());
        QVERIFY(one.ok());
        QVERIFY(all.ok());
        const Table& a = one->table;
        const Table& b = all->table;
        QCOMPARE(b.rowCount(), a.rowCount() * copies);
        QCOMPARE(all->report.rowsRead, one->report.rowsRead * copies);
        QCOMPARE(all->report.rowsWithProblems, one->report.rowsWithProblems * copies);
        QCOMPARE(all->report.warningCount, one->report.warningCount * copies);
        QVERIFY(one->report.rowsWithProblems > 0);
        QCOMPARE(b.columnCount(), a.columnCount());
        for (std::size_t c = 0; c < a.columnCount(); ++c) {
            QCOMPARE(toString(b.columns[c].type), toString(a.columns[c].type));
            QCOMPARE(all->report.columns[c].invalidCount, one->report.columns[c].invalidCount * copies);
        }
        QCOMPARE(toString(a.columns[2].type), "category");
        for (std::size_t r = 0; r < b.rowCount(); r += 7)
            for (std::size_t c = 1; c < a.columnCount(); ++c) {
                const std::size_t ra = r % a.rowCount();
                if (b.columns[c].displayText(r) != a.columns[c].displayText(ra) ||
                    b.columns[c].isMissing(r) != a.columns[c].isMissing(ra))
                    QFAIL(qPrintable(QStringLiteral("row %1 column %2 differs").arg(r).arg(c)));
            }
    }

    // Two workers must give exactly the sequential result, also when the cut
    // between them falls inside a quoted field with line breaks.
    void parallelEqualsSequential() {
        std::string s = "id,comment,amount,when\n";
        for (int i = 0; i < 60000; ++i)
            s += std::to_string(i) + ",\"line one\nline two, with \"\"quotes\"\"\n" + std::string(std::size_t(i % 50), 'x') +
                 "\"," + std::to_string(i * 0.25) + ",2024-01-" + (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + "\n";
        CsvOptions one, two;
        one.threads = 1;
        two.threads = 2;
        auto a = readCsvBytes(s, one);
        auto b = readCsvBytes(s, two);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->table.rowCount(), std::size_t(60000));
        QVERIFY(sameTables(a->table, b->table));
        QCOMPARE(a->table.columns[1].displayText(3), std::string("line one\nline two, with \"quotes\"\nxxx"));
    }

    void warningsAreCappedButCounted() {
        std::string s = "a,b,c\n";
        for (int i = 0; i < 250; ++i) s += "1,2\n";
        auto r = readCsvBytes(s);
        QVERIFY(r.ok());
        QCOMPARE(r->report.warnings.size(), std::size_t(100));
        QCOMPARE(r->report.warningCount, std::int64_t(250));
        QCOMPARE(r->report.rowsWithProblems, std::int64_t(250));
        QCOMPARE(r->report.rowsLoaded, std::int64_t(250));
        QCOMPARE(r->report.warnings.back().line, std::int64_t(101));
    }

    void cancellation() {
        Progress p([](double, const std::string&) {});
        p.cancel();
        auto r = readCsvBytes(manyRows(50000, "1", 0), {}, &p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
    }

    void cancellationMidway() {
        Progress* self = nullptr;
        int reports = 0;
        Progress p([&](double f, const std::string&) {
            if (f > 0.2 && ++reports == 2) self->cancel();
        });
        self = &p;
        CsvOptions o;
        o.threads = 1;
        auto r = readCsvBytes(manyRows(200000, "1", 0), o, &p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
    }

    void progressRisesToOne() {
        std::vector<double> seen;
        Progress p([&](double f, const std::string& stage) {
            seen.push_back(f);
            QVERIFY(!stage.empty());
        });
        auto r = readCsvBytes(manyRows(100000, "1", 0), {}, &p);
        QVERIFY(r.ok());
        QVERIFY(seen.size() >= 4);
        for (std::size_t i = 1; i < seen.size(); ++i) QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.back(), 1.0);
    }

    void tooManyColumns() {
        std::string s;
        for (int i = 0; i < 10000; ++i) {
            if (i) s += ',';
            s += 'c';
            s += std::to_string(i);
        }
        s += "\n";
        for (int i = 0; i < 10000; ++i) s += i ? ",1" : "1";
        s += "\n";
        auto r = readCsvBytes(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY(r.error().message.find("10000 columns") != std::string::npos);
    }

    void hugeLine() {
        std::string s = "a,b\n1,2\n3," + std::string(10u << 20, 'x') + "\n";
        auto r = readCsvBytes(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().line, std::int64_t(3));
        QVERIFY(r.error().message.find("Line 3") != std::string::npos);
    }

    void hugeLineFarDown() {
        // Past the first rows, found by a worker: the line is still the file's.
        std::string s = manyRows(100000, "1", 0);
        s += "7," + std::string(5u << 20, 'y') + "\n";
        auto r = readCsvBytes(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().line, std::int64_t(100002));
    }

    // A file that is shorter than its size said when it is read: /sys files
    // report 4096 bytes and give fewer, which is the same situation.
    void fileShrinksWhileRead() {
        const std::string path = "/sys/kernel/mm/transparent_hugepage/enabled";
        std::ifstream probe(path);
        if (!probe) QSKIP("no /sys file to stand in for a shrinking file");
        auto r = readCsvFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(r.error().message.find("shorter") != std::string::npos);
    }

    // A writer truncating the file during the import: an error or a result, never a crash.
    void fileTruncatedConcurrently() {
        const std::string path = QDir::temp().filePath(QStringLiteral("segmenta_shrink.csv")).toStdString();
        {
            std::ofstream f(path, std::ios::binary);
            f << manyRows(400000, "1", 0);
        }
        std::thread cutter([&] { std::this_thread::sleep_for(std::chrono::milliseconds(2)); (void)::truncate(path.c_str(), 100); });
        auto r = readCsvFile(path);
        cutter.join();
        if (!r.ok()) QVERIFY(!r.error().message.empty());
        else QVERIFY(r->table.rowCount() > 0);
        std::remove(path.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCsvBehaviour)
#include "test_csv_behaviour.moc"
