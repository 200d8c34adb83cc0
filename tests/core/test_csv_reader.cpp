// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import on small files, one per case (tests/data/csv, made by make_cases.py).
#include <QtTest>

#include <cmath>
#include <string>

#include "core/io/csv_reader.h"

using namespace segmenta;

namespace {

std::string caseFile(const char* name) { return std::string(SEGMENTA_TEST_DATA) + "/csv/" + name; }

// "integer,decimal,…" for the table's column types.
QString typeList(const ImportResult& r) {
    QStringList out;
    for (const auto& c : r.table.columns) out << QString::fromUtf8(toString(c.type));
    return out.join(QLatin1Char(','));
}

// Row `row` as display text joined with '|', missing shown as "<NA>".
QString rowText(const Table& t, std::size_t row) {
    QStringList out;
    for (const auto& c : t.columns)
        out << (c.isMissing(row) ? QStringLiteral("<NA>") : QString::fromStdString(c.displayText(row)));
    return out.join(QLatin1Char('|'));
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    // Each case file: what the sniffer must guess, the column types, and one row as loaded.
    void cases_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("header");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("types");
        QTest::addColumn<int>("checkRow");
        QTest::addColumn<QString>("rowText");

        auto row = [](const char* file, const char* delim, bool header, const char* dec, const char* enc, int rows,
                      const char* types, int checkRow, const QString& text) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(delim) << header << QString::fromLatin1(dec)
                                << QString::fromLatin1(enc) << rows << QString::fromLatin1(types) << checkRow << text;
        };
        row("basic_comma.csv", ",", true, ".", "UTF-8", 3, "identifier,category,integer,decimal", 1, QStringLiteral("2|Bob|41|20.25"));
        row("quoted_delimiters.csv", ",", true, ".", "UTF-8", 2, "text,text", 0, QStringLiteral("Paris, France|a, b, c"));
        row("doubled_quotes.csv", ",", true, ".", "UTF-8", 2, "category,text", 0, QStringLiteral("screen|27\" monitor"));
        row("quoted_newline_lf.csv", ",", true, ".", "UTF-8", 2, "identifier,text", 0, QStringLiteral("1|first line\nsecond line"));
        row("quoted_newline_crlf.csv", ",", true, ".", "UTF-8", 2, "identifier,text", 0, QStringLiteral("1|first line\r\nsecond line"));
        row("empty_quoted_vs_unquoted.csv", ",", true, ".", "UTF-8", 4, "identifier,text", 0, QStringLiteral("1|"));
        row("no_final_newline.csv", ",", true, ".", "UTF-8", 2, "integer,integer", 1, QStringLiteral("3|4"));
        row("blank_lines.csv", ",", true, ".", "UTF-8", 2, "integer,integer", 1, QStringLiteral("3|4"));
        row("semicolon.csv", ";", true, ".", "UTF-8", 3, "category,integer,category", 2, QStringLiteral("Cem|7|Nice"));
        row("tab_separated.csv", "\t", true, ".", "UTF-8", 2, "category,integer,text", 0, QStringLiteral("Ann|3|Paris, FR"));
        row("pipe_separated.csv", "|", true, ".", "UTF-8", 2, "category,integer,category", 1, QStringLiteral("Bob|5|Lyon"));
        row("no_header.csv", ",", false, ".", "UTF-8", 3, "integer,decimal,date", 0, QStringLiteral("1|2.5|2024-01-01"));
        row("decimal_comma_semicolon.csv", ";", true, ",", "UTF-8", 3, "category,decimal,decimal", 0, QStringLiteral("A|57.8|1.5"));
        row("thousands_separators.csv", ",", true, ".", "UTF-8", 3, "category,decimal", 1, QStringLiteral("B|12000"));
        row("thousands_dot_decimal_comma.csv", ";", true, ",", "UTF-8", 3, "category,decimal", 0, QStringLiteral("A|1234.56"));
        row("utf8_bom.csv", ",", true, ".", "UTF-8 (BOM)", 2, "category,text", 0, QStringLiteral("Zoë|Zürich"));
        row("utf16le_bom.csv", ",", true, ".", "UTF-16LE", 2, "category,text", 1, QStringLiteral("José|São Paulo"));
        row("utf16be_bom.csv", ",", true, ".", "UTF-16BE", 2, "category,text", 1, QStringLiteral("José|São Paulo"));
        row("windows1252.csv", ";", true, ".", "Windows-1252", 2, "category,text,text", 0, QStringLiteral("Zoë|Zürich|5 €"));
        row("invalid_utf8_bytes.csv", ",", true, ".", "UTF-8", 3, "category,category", 2, QStringLiteral("Zoë|Köln"));
        row("types_all.csv", ",", true, ".", "UTF-8", 40,
            "identifier,integer,decimal,boolean,boolean,date,datetime,category,text", 1,
            QStringLiteral("C0002|2|3|no|yes|2024-01-03|2024-02-03 10:02:00|NL|note number 2 about things"));
        row("bool_zero_one_flag.csv", ",", true, ".", "UTF-8", 30, "boolean,integer", 1, QStringLiteral("yes|1"));
        row("dates_dmy.csv", ",", true, ".", "UTF-8", 3, "date", 0, QStringLiteral("2024-12-31"));
        row("dates_mdy.csv", ",", true, ".", "UTF-8", 3, "date", 1, QStringLiteral("2024-01-02"));
        row("dates_ambiguous.csv", ",", true, ".", "UTF-8", 3, "date", 0, QStringLiteral("2024-02-01"));
        row("dates_german_dots.csv", ";", true, ",", "UTF-8", 3, "date,decimal", 0, QStringLiteral("2024-12-31|1.5"));
        row("missing_tokens.csv", ",", true, ".", "UTF-8", 9, "integer,category", 8, QStringLiteral("9|r"));
        row("na_namibia.csv", ",", true, ".", "UTF-8", 10, "category,integer", 1, QStringLiteral("NA|1"));
        row("ragged_rows.csv", ",", true, ".", "UTF-8", 4, "integer,integer,integer", 1, QStringLiteral("4|5|<NA>"));
        row("duplicate_headers.csv", ",", true, ".", "UTF-8", 2, "integer,integer,integer,integer", 1, QStringLiteral("5|6|7|8"));
        row("leading_zero_codes.csv", ",", true, ".", "UTF-8", 3, "category,integer", 0, QStringLiteral("01234|1"));
        row("stray_quote.csv", ",", true, ".", "UTF-8", 2, "integer,category", 0, QStringLiteral("1|abc"));
    }
    void cases() {
        QFETCH(QString, file);
        QFETCH(QString, delimiter);
        QFETCH(bool, header);
        QFETCH(QString, decimal);
        QFETCH(QString, encoding);
        QFETCH(int, rows);
        QFETCH(QString, types);
        QFETCH(int, checkRow);
        QFETCH(QString, rowText);
        auto r = readCsvFile(caseFile(file.toUtf8().constData()));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const auto& d = r->report.dialect;
        QCOMPARE(QString(QLatin1Char(d.delimiter)), delimiter);
        QCOMPARE(d.header, header);
        QCOMPARE(QString(QLatin1Char(d.decimal)), decimal);
        QCOMPARE(QString::fromUtf8(toString(d.encoding)), encoding);
        QCOMPARE(int(r->table.rowCount()), rows);
        QCOMPARE(int(r->report.rowsLoaded), rows);
        QCOMPARE(typeList(*r), types);
        QCOMPARE(::rowText(r->table, std::size_t(checkRow)), rowText);
        QCOMPARE(r->table.sourceName, file.toStdString());
    }

    // Warnings: kind and line of the first, how many in all, rows with problems.
    void warnings_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("problemRows");
        QTest::newRow("ragged") << QStringLiteral("ragged_rows.csv") << QStringLiteral("ragged_row") << 3 << 2 << 2;
        QTest::newRow("invalid bytes") << QStringLiteral("invalid_utf8_bytes.csv") << QStringLiteral("invalid_bytes") << 3 << 1 << 1;
        QTest::newRow("duplicate names") << QStringLiteral("duplicate_headers.csv") << QStringLiteral("renamed_column") << 1 << 2 << 0;
        QTest::newRow("unclosed quote") << QStringLiteral("unclosed_quote.csv") << QStringLiteral("unclosed_quote") << 2 << 1 << 1;
        QTest::newRow("stray quote") << QStringLiteral("stray_quote.csv") << QStringLiteral("stray_quote") << 2 << 1 << 1;
        QTest::newRow("clean file") << QStringLiteral("basic_comma.csv") << QString() << 0 << 0 << 0;
    }
    void warnings() {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, line);
        QFETCH(int, count);
        QFETCH(int, problemRows);
        auto r = readCsvFile(caseFile(file.toUtf8().constData()));
        QVERIFY(r.ok());
        QCOMPARE(int(r->report.warningCount), count);
        QCOMPARE(int(r->report.warnings.size()), count);
        QCOMPARE(int(r->report.rowsWithProblems), problemRows);
        if (count > 0) {
            QCOMPARE(QString::fromStdString(r->report.warnings.front().kind), kind);
            QCOMPARE(int(r->report.warnings.front().line), line);
            QVERIFY(!r->report.warnings.front().message.empty());
        }
    }

    // Bad inputs: an Error of the right kind with a message that says what is wrong.
    void badInputs_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        const QString dir = QStringLiteral(SEGMENTA_TEST_DATA "/csv/");
        QTest::newRow("empty") << dir + QStringLiteral("empty.csv") << int(ErrorKind::BadInput) << QStringLiteral("is empty");
        QTest::newRow("blank lines only") << dir + QStringLiteral("only_blank_lines.csv") << int(ErrorKind::BadInput) << QStringLiteral("is empty");
        QTest::newRow("header only") << dir + QStringLiteral("header_only.csv") << int(ErrorKind::BadInput) << QStringLiteral("no data rows");
        QTest::newRow("png renamed") << dir + QStringLiteral("png_renamed.csv") << int(ErrorKind::BadInput) << QStringLiteral("PNG image");
        QTest::newRow("directory") << dir << int(ErrorKind::BadInput) << QStringLiteral("is a folder");
        QTest::newRow("missing") << dir + QStringLiteral("no_such_file.csv") << int(ErrorKind::NotFound) << QStringLiteral("does not exist");
    }
    void badInputs() {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, words);
        auto r = readCsvFile(path.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY2(QString::fromStdString(r.error().message).contains(words), r.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
