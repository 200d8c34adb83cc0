// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnPart::append stores the common cells (plain numbers, yes/no and 0/1,
// category levels, longer text, the date of the row before) inline in the record
// loop; everything else goes to appendCell, the general path. Both must store
// exactly the same: values bit for bit, missing flags, misfits, promotions.
#include <QtTest>

#include <bit>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/io/column_builder.h"
#include "core/io/value_parsing.h"
#include "core/table/column.h"

using namespace segmenta;
using namespace segmenta::csv;

namespace {

// One part fed through `append` (inline paths first) and one through
// `appendCell` only, then joined into columns.
struct Twin {
    ColumnPlan plan;
    ColumnStorage storeA, storeB;
    std::vector<ColumnPart> a, b;
    Twin(const ColumnPlan& p, std::size_t rows) : plan(p) {
        storeA.reserve(plan.kind, rows);
        storeB.reserve(plan.kind, rows);
        a.emplace_back(plan);
        b.emplace_back(plan);
        a.front().attach(storeA, 0, rows, rows, 16);
        b.front().attach(storeB, 0, rows, rows, 16);
    }
};

std::uint64_t bits(double x) { return std::bit_cast<std::uint64_t>(x); }

void compareTwin(Twin& t, const QStringList& cells) {
    std::int64_t line = 1;
    for (const QString& cell : cells) {
        const std::string s = cell.toStdString();
        t.a.front().append(s, false, line);
        t.b.front().appendCell(s, false, line);
        ++line;
    }
    QCOMPARE(t.a.front().invalid, t.b.front().invalid);
    QCOMPARE(t.a.front().sawFraction, t.b.front().sawFraction);
    QCOMPARE(t.a.front().needsWiderType, t.b.front().needsWiderType);
    QCOMPARE(t.a.front().examples.size(), t.b.front().examples.size());
    Column ca, cb;
    mergeParts(t.a, t.storeA, t.plan, ca);
    mergeParts(t.b, t.storeB, t.plan, cb);
    QCOMPARE(ca.missing, cb.missing);
    QCOMPARE(ca.missing.size(), std::size_t(cells.size()));
    QCOMPARE(ca.numbers.size(), cb.numbers.size());
    for (std::size_t i = 0; i < ca.numbers.size(); ++i) {
        if (bits(ca.numbers[i]) != bits(cb.numbers[i]))
            QFAIL(qPrintable(QStringLiteral("cell %1 (%2): %3 vs %4")
                                 .arg(i).arg(cells[qsizetype(i)]).arg(ca.numbers[i], 0, 'g', 17).arg(cb.numbers[i], 0, 'g', 17)));
    }
    QCOMPARE(ca.times, cb.times);
    QCOMPARE(ca.codes, cb.codes);
    QCOMPARE(ca.levels, cb.levels);
    QCOMPARE(ca.strings.size(), cb.strings.size());
    for (std::size_t i = 0; i < ca.strings.size(); ++i) QCOMPARE(ca.strings[i], cb.strings[i]);
}

ColumnPlan planOf(ColumnType type, CellKind kind) {
    ColumnPlan p;
    p.type = type;
    p.kind = kind;
    return p;
}

} // namespace

class TestCsvInlineCells : public QObject {
    Q_OBJECT
private slots:
    void inlineEqualsGeneralPath_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("flags");   // 1 accept misfits, 2 user chosen, 4 0/1 booleans, 8 NA is a value, 16 decimal comma + '.' thousands
        QTest::addColumn<QStringList>("cells");
        const QStringList numbers = {
            QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("-0"), QStringLiteral("+12"), QStringLiteral("007"),
            QStringLiteral("123456789012345678"), QStringLiteral("1234567890123456789"), QStringLiteral("9007199254740993"),
            QStringLiteral("214.65"), QStringLiteral("-0.157"), QStringLiteral(".5"), QStringLiteral("5."), QStringLiteral("."),
            QStringLiteral("0.1234567890123456"), QStringLiteral("123456789012345.6"), QStringLiteral("1e5"),
            QStringLiteral("1,234"), QStringLiteral("1.234,5"), QStringLiteral("57,8"), QStringLiteral(" 42"),
            QStringLiteral("42 "), QStringLiteral(""), QStringLiteral("-"), QStringLiteral("+"), QStringLiteral("NA"),
            QStringLiteral("n/a"), QStringLiteral("abc"), QStringLiteral("12a"), QStringLiteral("0.30000000000000004"),
        };
        for (const int f : {0, 1, 2, 3, 16, 17})
            for (const auto type : {ColumnType::Integer, ColumnType::Decimal})
                QTest::addRow("number %s flags %d", toString(type), f) << int(type) << int(CellKind::Number) << f << numbers;
        const QStringList booleans = {
            QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("Yes"),
            QStringLiteral("NO"), QStringLiteral("true"), QStringLiteral("f"), QStringLiteral(" yes"), QStringLiteral("2"),
            QStringLiteral(""), QStringLiteral("?"), QStringLiteral("yess"), QStringLiteral("n"),
        };
        for (const int f : {0, 1, 4, 5})
            QTest::addRow("boolean flags %d", f) << int(ColumnType::Boolean) << int(CellKind::Boolean) << f << booleans;
        const QStringList levels = {
            QStringLiteral("US"), QStringLiteral("NA"), QStringLiteral("na"), QStringLiteral(" DE"), QStringLiteral("DE"),
            QStringLiteral("DE "), QStringLiteral(""), QStringLiteral("-"), QStringLiteral("null"), QStringLiteral("NULL"),
            QStringLiteral("#N/A"), QStringLiteral("marketplace"), QStringLiteral("US"), QStringLiteral("nan"),
        };
        for (const int f : {0, 8})
            QTest::addRow("category flags %d", f) << int(ColumnType::Category) << int(CellKind::Category) << f << levels;
        const QStringList texts = {
            QStringLiteral("olivia@example.com"), QStringLiteral("null"), QStringLiteral("nulls"), QStringLiteral(" null "),
            QStringLiteral("  abcd"), QStringLiteral("abcde "), QStringLiteral("abcde"), QStringLiteral(""),
            QStringLiteral("NA"), QStringLiteral("\tNaN\t"), QStringLiteral("+1-617-555-0136"), QStringLiteral("#N/A"),
        };
        for (const int f : {0, 8})
            for (const auto type : {ColumnType::Text, ColumnType::Identifier})
                QTest::addRow("%s flags %d", toString(type), f) << int(type) << int(CellKind::String) << f << texts;
        const QStringList dates = {
            QStringLiteral("2025-12-31"), QStringLiteral("2025-12-31"), QStringLiteral(" 2025-12-31"),
            QStringLiteral("2025-12-31 "), QStringLiteral("2024-02-29"), QStringLiteral("2024-02-29"), QStringLiteral(""),
            QStringLiteral("2024-02-30"), QStringLiteral("2024-02-29"), QStringLiteral("2024-02-29 10:00"),
        };
        for (const int f : {0, 1})
            for (const auto type : {ColumnType::Date, ColumnType::DateTime})
                QTest::addRow("%s flags %d", toString(type), f) << int(type) << int(CellKind::Temporal) << f << dates;
    }
    void inlineEqualsGeneralPath() {
        QFETCH(int, type);
        QFETCH(int, kind);
        QFETCH(int, flags);
        QFETCH(QStringList, cells);
        ColumnPlan plan = planOf(ColumnType(type), CellKind(kind));
        plan.acceptMisfits = flags & 1;
        plan.userChosen = flags & 2;
        plan.zeroOneBool = flags & 4;
        plan.naIsValue = flags & 8;
        if (flags & 16) {
            plan.decimal = ',';
            plan.thousands = '.';
        }
        Twin twin(plan, std::size_t(cells.size()));
        compareTwin(twin, cells);
    }

    // The inline number reader equals strtod wherever it accepts a cell, and it
    // accepts the shapes exports are made of.
    void plainNumbersAsStrtod_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("integer") << QStringLiteral("362") << true;
        QTest::newRow("18 digits") << QStringLiteral("999999999999999999") << true;
        QTest::newRow("19 digits") << QStringLiteral("1234567890123456789") << false;
        QTest::newRow("cents") << QStringLiteral("1145.41") << true;
        QTest::newRow("negative rate") << QStringLiteral("-0.083") << true;
        QTest::newRow("15 digits with a point") << QStringLiteral("12345678.9012345") << true;
        QTest::newRow("15 digits with a point") << QStringLiteral("999999999999.999") << true;
        QTest::newRow("16 digits with a point") << QStringLiteral("1234567890123.456") << false;
        QTest::newRow("16 digits above 2^53") << QStringLiteral("9999999999999.999") << false;
        QTest::newRow("17 digits with a point") << QStringLiteral("12345678901234.567") << false;
        QTest::newRow("leading point") << QStringLiteral(".25") << true;
        QTest::newRow("trailing point") << QStringLiteral("25.") << true;
        QTest::newRow("point alone") << QStringLiteral(".") << false;
        QTest::newRow("exponent") << QStringLiteral("2.5e3") << false;
        QTest::newRow("space") << QStringLiteral("2.5 ") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("sign alone") << QStringLiteral("-") << false;
    }
    void plainNumbersAsStrtod() {
        QFETCH(QString, cell);
        QFETCH(bool, accepted);
        const std::string s = cell.toStdString();
        double x = 0;
        bool integer = false, leadingZero = false;
        double general = 0;
        if (parseNumber(s, '.', 0, general)) QCOMPARE(bits(general), bits(std::strtod(s.c_str(), nullptr)));
        QCOMPARE(parsePlainNumber(s, '.', x, integer, leadingZero), accepted);
        if (!accepted) return;
        QCOMPARE(bits(x), bits(std::strtod(s.c_str(), nullptr)));
        QCOMPARE(integer, s.find('.') == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCsvInlineCells)
#include "test_csv_inline_cells.moc"
