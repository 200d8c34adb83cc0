// SPDX-License-Identifier: GPL-3.0-or-later
// Writing tables to CSV: RFC 4180 quoting, formula neutralisation, round trip.
#include <QtTest>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"

using namespace segmenta;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void cells_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("abc") << false << QStringLiteral("abc");
        QTest::newRow("delimiter") << QStringLiteral("a,b") << false << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("27\" tv") << false << QStringLiteral("\"27\"\" tv\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << false << QStringLiteral("\"a\nb\"");
        QTest::newRow("edge spaces") << QStringLiteral(" a ") << false << QStringLiteral("\" a \"");
        QTest::newRow("formula =") << QStringLiteral("=SUM(A1)") << false << QStringLiteral("'=SUM(A1)");
        QTest::newRow("formula +") << QStringLiteral("+49 30") << false << QStringLiteral("'+49 30");
        QTest::newRow("formula -") << QStringLiteral("-cmd") << false << QStringLiteral("'-cmd");
        QTest::newRow("formula @") << QStringLiteral("@x") << false << QStringLiteral("'@x");
        QTest::newRow("formula tab") << QStringLiteral("\tx") << false << QStringLiteral("'\tx");
        QTest::newRow("formula CR") << QStringLiteral("\rx") << false << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << false << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("negative number") << QStringLiteral("-3.5") << true << QStringLiteral("-3.5");
        QTest::newRow("negative as text") << QStringLiteral("-345.03") << false << QStringLiteral("-345.03");
        QTest::newRow("negative exponent as text") << QStringLiteral("-1e5") << false << QStringLiteral("-1e5");
        QTest::newRow("plus number as text") << QStringLiteral("+7") << false << QStringLiteral("+7");
        QTest::newRow("negative decimal comma") << QStringLiteral("-3,5") << false << QStringLiteral("\"-3,5\"");
        QTest::newRow("minus then formula") << QStringLiteral("-1+1") << false << QStringLiteral("'-1+1");
        QTest::newRow("lone minus") << QStringLiteral("-") << false << QStringLiteral("'-");
        QTest::newRow("space then =") << QStringLiteral(" =1+1") << false << QStringLiteral("\"' =1+1\"");
        QTest::newRow("spaces then @") << QStringLiteral("   @SUM(A1)") << false << QStringLiteral("\"'   @SUM(A1)\"");
        QTest::newRow("newline then =") << QStringLiteral("\n=1+1") << false << QStringLiteral("\"'\n=1+1\"");
        QTest::newRow("no-break space then =") << QStringLiteral("\u00A0=1+1") << false << QStringLiteral("'\u00A0=1+1");
        QTest::newRow("ideographic space then +") << QStringLiteral("\u3000+1") << false << QStringLiteral("'\u3000+1");
        QTest::newRow("full-width =") << QStringLiteral("\uFF1D1+1") << false << QStringLiteral("'\uFF1D1+1");
        QTest::newRow("full-width +") << QStringLiteral("\uFF0B1") << false << QStringLiteral("'\uFF0B1");
        QTest::newRow("full-width -") << QStringLiteral("\uFF0D3.5") << false << QStringLiteral("'\uFF0D3.5");
        QTest::newRow("full-width @") << QStringLiteral("\uFF20x") << false << QStringLiteral("'\uFF20x");
        QTest::newRow("small form =") << QStringLiteral("\uFE66x") << false << QStringLiteral("'\uFE66x");
        QTest::newRow("minus sign") << QStringLiteral("\u22125") << false << QStringLiteral("'\u22125");
        QTest::newRow("space then full-width =") << QStringLiteral(" \uFF1DA1") << false << QStringLiteral("\"' \uFF1DA1\"");
        QTest::newRow("= inside is fine") << QStringLiteral("a=1") << false << QStringLiteral("a=1");
        QTest::newRow("other full-width") << QStringLiteral("\uFF21bc") << false << QStringLiteral("\uFF21bc");
    }
    void cells() {
        QFETCH(QString, text);
        QFETCH(bool, numeric);
        QFETCH(QString, written);
        QCOMPARE(QString::fromStdString(csvCell(text.toStdString(), ',', true, numeric)), written);
    }

    void tableWithExtraColumnRoundTrips() {
        auto in = readCsvFile(std::string(SEGMENTA_TEST_DATA) + "/csv/formula_cells.csv");
        QVERIFY(in.ok());
        Column segment;
        segment.name = "segment";
        segment.type = ColumnType::Category;
        for (const char* s : {"Loyal, high", "New", "Lapsing"}) segment.appendCategory(s);
        std::ostringstream out;
        writeCsv(out, in->table, {segment});
        QCOMPARE(QString::fromStdString(out.str()),
                 QStringLiteral("name,value,segment\n'=SUM(A1),-3.5,\"Loyal, high\"\n'+cmd,4,New\n'@x,,Lapsing\n"));
        auto back = readCsvBytes(out.str());
        QVERIFY(back.ok());
        QCOMPARE(back->table.rowCount(), std::size_t(3));
        QCOMPARE(back->table.columns[2].displayText(0), std::string("Loyal, high"));
        QCOMPARE(back->table.columns[1].numbers[0], -3.5);
    }

    // A cell that did not fit its column's type is missing for every
    // computation, but the export writes what the file held (it was written
    // empty before). Also when the misfit is found only past the sample.
    void misfitCellsAreWrittenAsTheFileHadThem() {
        std::string csv = "id,weight\n";
        for (int i = 1; i <= 40; ++i) csv += std::to_string(i) + "," + (i == 7 ? "12 kg" : std::to_string(50 + i)) + "\n";
        auto in = readCsvBytes(csv);
        QVERIFY(in.ok());
        const Column& weight = in->table.columns[1];
        QCOMPARE(weight.type, ColumnType::Integer);
        QVERIFY(weight.isMissing(6));
        QCOMPARE(in->report.columns[1].invalidCount, std::int64_t(1));
        std::ostringstream out;
        writeCsv(out, in->table);
        QVERIFY2(out.str().find("\n7,12 kg\n") != std::string::npos, out.str().c_str());
        QVERIFY(out.str().find("\n8,58\n") != std::string::npos);

        // Formulas among them are neutralised like any text.
        std::string late = "id,amount\n";
        for (int i = 1; i <= 5000; ++i) late += std::to_string(i) + "," + (i == 4800 ? "=1+1" : std::to_string(i % 97)) + "\n";
        auto far = readCsvBytes(late);
        QVERIFY(far.ok());
        QVERIFY(far->table.columns[1].isMissing(4799));
        std::ostringstream farOut;
        writeCsv(farOut, far->table);
        QVERIFY(farOut.str().find("\n4800,'=1+1\n") != std::string::npos);
    }

    void fileOptionsAndErrors() {
        Table t;
        Column c;
        c.name = "x";
        c.type = ColumnType::Integer;
        for (double v : {1.0, 2.0, 3.0}) c.appendNumber(v);
        t.columns.push_back(c);
        const std::string path = QDir::temp().filePath(QStringLiteral("segmenta_writer.csv")).toStdString();
        CsvWriteOptions o;
        o.delimiter = ';';
        o.crlf = true;
        o.rows = {2, 0};
        auto n = writeCsvFile(path, t, {}, o);
        QVERIFY(n.ok());
        QCOMPARE(*n, std::size_t(2));
        std::ifstream f(path, std::ios::binary);
        std::stringstream ss;
        ss << f.rdbuf();
        QCOMPARE(ss.str(), std::string("x\r\n3\r\n1\r\n"));
        std::remove(path.c_str());

        Column shortColumn;
        shortColumn.name = "s";
        shortColumn.appendString("a");
        QCOMPARE(writeCsvFile(path, t, {shortColumn}).error().kind, ErrorKind::Usage);
        o.rows = {7};
        QCOMPARE(writeCsvFile(path, t, {}, o).error().kind, ErrorKind::Usage);
        QCOMPARE(writeCsvFile("/nonexistent-folder/x.csv", t).error().kind, ErrorKind::Io);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
