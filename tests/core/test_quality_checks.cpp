// SPDX-License-Identifier: GPL-3.0-or-later
// Personal-data detectors, quality flags, duplicated rows and columns.
#include <QtTest>
#include <cmath>

#include "core/quality/profile.h"

using namespace segmenta;

namespace {

Column textColumn(const char* name, const std::vector<const char*>& values, ColumnType type = ColumnType::Text) {
    Column c;
    c.name = name;
    c.type = type;
    for (const char* v : values) {
        if (!v) c.appendMissing();
        else if (type == ColumnType::Category) c.appendCategory(v);
        else c.appendString(v);
    }
    return c;
}

Column numberColumn(const char* name, const std::vector<double>& values, ColumnType type = ColumnType::Decimal) {
    Column c;
    c.name = name;
    c.type = type;
    for (double v : values) {
        if (std::isnan(v)) c.appendMissing(); else c.appendNumber(v);
    }
    return c;
}

const double NA = std::nan("");

} // namespace

Q_DECLARE_METATYPE(segmenta::PiiKind)

class TestQualityChecks : public QObject {
    Q_OBJECT
private slots:
    void classify_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<PiiKind>("kind");
        QTest::newRow("empty") << QString() << PiiKind::None;
        QTest::newRow("email") << QStringLiteral("anna.smith42@example.com") << PiiKind::Email;
        QTest::newRow("email plus tag") << QStringLiteral("a+news@mail.example.org") << PiiKind::Email;
        QTest::newRow("email spaces") << QStringLiteral("  bo@example.net ") << PiiKind::Email;
        QTest::newRow("two @") << QStringLiteral("a@b@example.com") << PiiKind::None;
        QTest::newRow("no tld") << QStringLiteral("root@localhost") << PiiKind::None;
        QTest::newRow("numeric tld") << QStringLiteral("a@example.123") << PiiKind::None;
        QTest::newRow("handle") << QStringLiteral("@segmenta") << PiiKind::None;
        QTest::newRow("dot start") << QStringLiteral(".a@example.com") << PiiKind::None;
        QTest::newRow("visa") << QStringLiteral("4111 1111 1111 1111") << PiiKind::Card;
        QTest::newRow("visa plain") << QStringLiteral("4111111111111111") << PiiKind::Card;
        QTest::newRow("mastercard dashes") << QStringLiteral("5555-5555-5555-4444") << PiiKind::Card;
        QTest::newRow("amex") << QStringLiteral("378282246310005") << PiiKind::Card;
        QTest::newRow("luhn fails") << QStringLiteral("4111 1111 1111 1112") << PiiKind::None;
        QTest::newRow("mixed separators") << QStringLiteral("4111 1111-1111 1111") << PiiKind::None;
        QTest::newRow("zeros") << QStringLiteral("0000000000000000") << PiiKind::None;
        QTest::newRow("us phone") << QStringLiteral("+1-202-555-0136") << PiiKind::Phone;
        QTest::newRow("uk phone") << QStringLiteral("+44 20 7946 0867") << PiiKind::Phone;
        QTest::newRow("parentheses") << QStringLiteral("(202) 555-0136") << PiiKind::Phone;
        QTest::newRow("german trunk") << QStringLiteral("030 23125990") << PiiKind::Phone;
        QTest::newRow("00 prefix") << QStringLiteral("0049 30 23125990") << PiiKind::Phone;
        QTest::newRow("date") << QStringLiteral("2024-03-31") << PiiKind::None;
        QTest::newRow("decimal") << QStringLiteral("123456789.25") << PiiKind::None;
        QTest::newRow("plain number") << QStringLiteral("123456789012") << PiiKind::None;
        QTest::newRow("zero padded id") << QStringLiteral("0000012345") << PiiKind::None;
        QTest::newRow("short") << QStringLiteral("555-0136") << PiiKind::None;
        QTest::newRow("too long") << QStringLiteral("+49 30 1234 5678 9012 345") << PiiKind::None;
        QTest::newRow("words") << QStringLiteral("call me maybe") << PiiKind::None;
    }
    void classify() {
        QFETCH(QString, value);
        QFETCH(PiiKind, kind);
        const QByteArray utf8 = value.toUtf8();
        QCOMPARE(classifyPii(std::string_view(utf8.constData(), std::size_t(utf8.size()))), kind);
    }

    void columnPii_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<PiiKind>("kind");
        QTest::newRow("emails with junk") << 0 << PiiKind::Email;
        // One real address among other values is still personal data (text with it inside).
        QTest::newRow("mostly junk") << 1 << PiiKind::FreeText;
        QTest::newRow("card category") << 2 << PiiKind::Card;
        QTest::newRow("card integers") << 3 << PiiKind::Card;
        QTest::newRow("all missing") << 4 << PiiKind::None;
    }
    void columnPii() {
        QFETCH(int, which);
        QFETCH(PiiKind, kind);
        Column c;
        switch (which) {
        case 0: c = textColumn("e", {"a@example.com", "b@example.org", "n/a", nullptr, "c@example.net"}); break;
        case 1: c = textColumn("e", {"a@example.com", "x", "y", "z"}); break;
        case 2: c = textColumn("c", {"4111111111111111", "4111111111111111", "5555555555554444"}, ColumnType::Category); break;
        case 3: c = numberColumn("c", {4111111111111111.0, 5555555555554444.0, 378282246310005.0}, ColumnType::Integer); break;
        default: c = textColumn("m", {nullptr, nullptr}); break;
        }
        QCOMPARE(profileColumn(c).pii, kind);
    }

    void flags_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("empty column") << 0 << QStringList{QStringLiteral("empty")};
        QTest::newRow("constant with gaps") << 1 << QStringList{QStringLiteral("constant"), QStringLiteral("mostly_missing")};
        QTest::newRow("almost constant") << 2 << QStringList{QStringLiteral("almost_constant")};
        QTest::newRow("ids") << 3 << QStringList{QStringLiteral("identifier_like")};
        QTest::newRow("decimals all different") << 4 << QStringList{};
        QTest::newRow("few unique rows") << 5 << QStringList{};
        QTest::newRow("no rows") << 6 << QStringList{};
    }
    void flags() {
        QFETCH(int, which);
        QFETCH(QStringList, flags);
        Column c;
        switch (which) {
        case 0: c = numberColumn("x", {NA, NA, NA}); break;
        case 1: c = numberColumn("x", {3, NA, NA, 3, NA}); break;
        case 2: {
            std::vector<double> v(100, 1.0);
            v[7] = 2.0;
            c = numberColumn("x", v, ColumnType::Integer);
            break;
        }
        case 3: {
            c.name = "id";
            c.type = ColumnType::Text;
            for (int i = 0; i < 50; ++i) c.appendString("ID-" + std::to_string(i * 7919 % 1000));
            break;
        }
        case 4: {
            std::vector<double> v;
            for (int i = 0; i < 50; ++i) v.push_back(i * 1.37);
            c = numberColumn("x", v);
            break;
        }
        case 5: c = textColumn("x", {"a", "b", "c"}); break;
        default: c = numberColumn("x", {}); break;
        }
        const ColumnProfile p = profileColumn(c);
        QStringList got;
        for (auto f : p.flags) got << QString::fromLatin1(toString(f));
        QCOMPARE(got, flags);
    }

    void emptyColumnStatistics() {
        const ColumnProfile p = profileColumn(numberColumn("x", {}));
        QCOMPARE(p.rows, std::int64_t(0));
        QCOMPARE(p.missingShare, 0.0);
        QVERIFY(std::isnan(p.mean) && std::isnan(p.std) && std::isnan(p.median));
        QVERIFY(p.top.empty() && p.edges.empty());
        const ColumnProfile one = profileColumn(numberColumn("x", {2.5}));
        QCOMPARE(one.mean, 2.5);
        QVERIFY(std::isnan(one.std));   // sample std needs two values
    }

    void duplicateRows_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("repeated with missing") << 1 << qint64(3);
        QTest::newRow("differ only in one cell") << 2 << qint64(0);
        QTest::newRow("one row") << 3 << qint64(0);
    }
    void duplicateRows() {
        QFETCH(int, which);
        QFETCH(qint64, expected);
        Table t;
        switch (which) {
        case 0:
            t.columns = {numberColumn("a", {1, 2, 3}), textColumn("b", {"x", "x", "x"})};
            break;
        case 1:   // rows 0=2=4 (missing equals missing), 1=3
            t.columns = {numberColumn("a", {1, 2, 1, 2, 1}),
                         textColumn("b", {nullptr, "y", nullptr, "y", nullptr}, ColumnType::Category)};
            break;
        case 2:
            t.columns = {numberColumn("a", {1, 1}), textColumn("b", {"x", "X"})};
            break;
        default:
            t.columns = {numberColumn("a", {1})};
        }
        const auto p = profileTable(t);
        QVERIFY(p.ok());
        QCOMPARE(p->duplicateRows, expected);
    }

    void duplicateColumns() {
        Table t;
        t.columns = {numberColumn("a", {1, 2, NA}), textColumn("b", {"x", "y", "x"}),
                     numberColumn("a_copy", {1, 2, NA}, ColumnType::Integer),
                     textColumn("b_as_category", {"x", "y", "x"}, ColumnType::Category),
                     numberColumn("almost", {1, 2, 3}), textColumn("b_other", {"x", "y", "z"})};
        const auto p = profileTable(t);
        QVERIFY(p.ok());
        QCOMPARE(p->duplicateColumns.size(), std::size_t(2));
        QCOMPARE(p->duplicateColumns[0].column, std::size_t(2));
        QCOMPARE(p->duplicateColumns[0].sameAs, std::size_t(0));
        QCOMPARE(p->duplicateColumns[1].column, std::size_t(3));
        QCOMPARE(p->duplicateColumns[1].sameAs, std::size_t(1));
        QVERIFY(p->columns[2].has(QualityFlag::DuplicateColumn));
        QVERIFY(!p->columns[0].has(QualityFlag::DuplicateColumn));
    }

    void cancelled() {
        Table t;
        t.columns = {numberColumn("a", {1, 2, 3})};
        Progress progress;
        progress.cancel();
        const auto p = profileTable(t, {}, &progress);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ErrorKind::Cancelled);
    }

    void topValuesOrder() {
        const ColumnProfile p = profileColumn(numberColumn("x", {5, 3, 3, 5, 1, 9, 9}, ColumnType::Integer));
        QCOMPARE(p.top.size(), std::size_t(4));
        QCOMPARE(p.top[0].value, std::string("3"));   // ties: smaller value first
        QCOMPARE(p.top[1].value, std::string("5"));
        QCOMPARE(p.top[2].value, std::string("9"));
        QCOMPARE(p.top[3].value, std::string("1"));
        QCOMPARE(p.edges.size(), std::size_t(10));      // 1..9: one bin per value
        QCOMPARE(p.binCounts[2], std::int64_t(2));       // value 3

        // Text: equal counts in order of first appearance.
        const ColumnProfile t = profileColumn(textColumn("t", {"c", "b", "a", "b", "a", "d"}));
        QCOMPARE(t.top.size(), std::size_t(4));
        QCOMPARE(t.top[0].value, std::string("b"));
        QCOMPARE(t.top[1].value, std::string("a"));
        QCOMPARE(t.top[2].value, std::string("c"));
        QCOMPARE(t.top[3].value, std::string("d"));
        QCOMPARE(t.distinct, std::int64_t(4));
    }
};

QTEST_GUILESS_MAIN(TestQualityChecks)
#include "test_quality_checks.moc"
