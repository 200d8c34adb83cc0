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
        QTest::newRow("negative as text") << QStringLiteral("-3.5") << false << QStringLiteral("'-3.5");
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
