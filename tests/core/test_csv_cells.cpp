// SPDX-License-Identifier: GPL-3.0-or-later
// The cell appenders' shortcuts (a fixed-place read of "YYYY-MM-DD", the last
// date remembered, category lookups) must store exactly what the general
// parsers give, misfits and missing cells included.
#include <QtTest>

#include <string>
#include <vector>

#include "core/io/column_builder.h"
#include "core/io/value_parsing.h"
#include "core/table/column.h"

using namespace segmenta;
using namespace segmenta::csv;

namespace {

// What the general path stores for one date cell: {ok, value}.
std::pair<bool, std::int64_t> reference(std::string_view cell, const ColumnPlan& p) {
    const auto v = trimSpaces(cell);
    DateParts d;
    std::int64_t days;
    if (!splitDate(v, d) || !datePartsToDays(d, p.dateOrder, days) ||
        !(p.type == ColumnType::DateTime || !d.hasTime || p.acceptMisfits))
        return {false, 0};
    return {true, p.type == ColumnType::DateTime ? datePartsToSeconds(d, days) : days};
}

} // namespace

class TestCsvCells : public QObject {
    Q_OBJECT
private slots:
    void datesAsTheGeneralParserReadsThem_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("cells");
        const QStringList cells = {
            QStringLiteral("2024-02-29"), QStringLiteral("2024-02-29"), QStringLiteral("2023-02-29"),   // leap, repeat, impossible
            QStringLiteral("2023-02-28"), QStringLiteral(" 2023-02-28 "), QStringLiteral("2023-2-28"),  // spaces, short month
            QStringLiteral("1970-01-01"), QStringLiteral("0000-01-01"), QStringLiteral("9999-12-31"),
            QStringLiteral("2024-13-01"), QStringLiteral("2024-00-10"), QStringLiteral("2024-01-00"),
            QStringLiteral("2024-01-05 10:30"), QStringLiteral("2024-01-05"), QStringLiteral("2024-01-05T23:59:59Z"),
            QStringLiteral("2024/01/05"), QStringLiteral("05/01/2024"), QStringLiteral("2024-01-0x"),
            QStringLiteral(""), QStringLiteral("NA"), QStringLiteral("2024-01-05"), QStringLiteral("2024-01-05"),
        };
        QTest::newRow("date") << int(ColumnType::Date) << cells;
        QTest::newRow("datetime") << int(ColumnType::DateTime) << cells;
    }
    void datesAsTheGeneralParserReadsThem() {
        QFETCH(int, type);
        QFETCH(QStringList, cells);
        for (const bool accept : {false, true}) {
            ColumnPlan plan;
            plan.type = ColumnType(type);
            plan.kind = CellKind::Temporal;
            plan.acceptMisfits = accept;
            ColumnStorage storage;
            storage.reserve(plan.kind, std::size_t(cells.size()));
            std::vector<ColumnPart> parts;
            parts.emplace_back(plan);
            parts.front().attach(storage, 0, std::size_t(cells.size()), 0, 8);
            std::vector<std::string> texts;
            for (const auto& c : cells) texts.push_back(c.toStdString());
            for (const auto& t : texts) parts.front().append(t, false, 1);
            const std::int64_t invalid = parts.front().invalid;
            Column col;
            mergeParts(parts, storage, plan, col);
            QCOMPARE(col.size(), texts.size());
            std::int64_t misfits = 0;
            for (std::size_t i = 0; i < texts.size(); ++i) {
                const auto [ok, value] = reference(texts[i], plan);
                const bool missingToken = isMissingToken(trimSpaces(texts[i]));
                misfits += !ok && !missingToken;
                QCOMPARE(bool(col.missing[i]), !ok);
                if (ok) QCOMPARE(col.times[i], value);
            }
            QCOMPARE(invalid, misfits);
        }
    }

    void categoriesKeepFirstAppearanceOrder() {
        ColumnPlan plan;
        plan.type = ColumnType::Category;
        plan.kind = CellKind::Category;
        // Keys of every length the lookup treats differently (0-3, 4-7, 8-16, longer),
        // and keys that share a prefix or a suffix.
        const std::vector<std::string> cells = {"US", "DE", "US", "marketplace", "market", "marketplaces", "a", "b", "ab",
                                                "abc", "abcd", "abce", "bbcd", "0123456789abcdef", "0123456789abcdeg",
                                                "a very long level name, longer than sixteen bytes", "US", "marketplace",
                                                "a very long level name, longer than sixteen bytez", "-", "abcd"};
        ColumnStorage storage;
        storage.reserve(plan.kind, cells.size());
        std::vector<ColumnPart> parts;
        parts.emplace_back(plan);
        parts.front().attach(storage, 0, cells.size(), 0, 8);
        for (const auto& c : cells) parts.front().append(c, false, 1);
        Column col;
        mergeParts(parts, storage, plan, col);
        std::vector<std::string> expectedLevels;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (cells[i] == "-") {
                QVERIFY(col.missing[i]);
                continue;
            }
            auto it = std::find(expectedLevels.begin(), expectedLevels.end(), cells[i]);
            if (it == expectedLevels.end()) it = expectedLevels.insert(expectedLevels.end(), cells[i]);
            QCOMPARE(col.codes[i], std::int32_t(it - expectedLevels.begin()));
        }
        QVERIFY(col.levels == expectedLevels);
    }
};

QTEST_GUILESS_MAIN(TestCsvCells)
#include "test_csv_cells.moc"
