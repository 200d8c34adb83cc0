// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the CSV import tests: two tables equal cell for cell (numbers bit
// for bit, NaN payloads included), as a parallel and a sequential import must be.
#include <QtTest>

#include <cstring>

#include "core/table/table.h"

namespace segmenta::testutil {

inline void compareTables(const Table& a, const Table& b) {
    QCOMPARE(a.columnCount(), b.columnCount());
    QCOMPARE(a.rowCount(), b.rowCount());
    for (std::size_t c = 0; c < a.columnCount(); ++c) {
        const Column& x = a.columns[c];
        const Column& y = b.columns[c];
        QCOMPARE(x.type, y.type);
        QVERIFY(x.missing == y.missing);
        QCOMPARE(x.numbers.size(), y.numbers.size());
        // (memcmp must not see the null data() of an empty vector.)
        QVERIFY(x.numbers.empty() || std::memcmp(x.numbers.data(), y.numbers.data(), x.numbers.size() * sizeof(double)) == 0);
        QVERIFY(x.times == y.times);
        QVERIFY(x.codes == y.codes);
        QVERIFY(x.levels == y.levels);
        QCOMPARE(x.strings.size(), y.strings.size());
        for (std::size_t i = 0; i < x.strings.size(); ++i) QCOMPARE(x.strings[i], y.strings[i]);
    }
}

} // namespace segmenta::testutil
