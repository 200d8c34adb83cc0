// SPDX-License-Identifier: GPL-3.0-or-later
// What the Data page, import dialog and main window tests share: small tables
// built in memory, and a file dropped onto a window as the user would.
#pragma once
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <memory>
#include <string>
#include <vector>

#include "core/table/table.h"

namespace segmenta::ui::test {

inline Column makeColumn(std::string name, ColumnType type) {
    Column c;
    c.name = std::move(name);
    c.type = type;
    return c;
}

inline std::shared_ptr<const Table> makeTable(std::string sourceName, std::vector<Column> columns) {
    Table t;
    t.sourceName = std::move(sourceName);
    t.columns = std::move(columns);
    return std::make_shared<const Table>(std::move(t));
}

// 30 rows: amount 0.5..29.5 with row 4 missing, a two-level category (FR every
// third row, else DE), a constant, dates from 2024-01-01, unique e-mail-like
// ids and a yes/no column.
inline std::shared_ptr<const Table> sampleTable() {
    Column amount = makeColumn("amount", ColumnType::Decimal);
    Column country = makeColumn("country", ColumnType::Category);
    Column constant = makeColumn("plan", ColumnType::Category);
    Column joined = makeColumn("joined", ColumnType::Date);
    Column email = makeColumn("email", ColumnType::Identifier);
    Column flag = makeColumn("newsletter", ColumnType::Boolean);
    for (int i = 0; i < 30; ++i) {
        if (i == 4) amount.appendMissing(); else amount.appendNumber(i + 0.5);
        country.appendCategory(i % 3 ? "DE" : "FR");
        constant.appendCategory("basic");
        joined.appendTime(19723 + i);   // 2024-01-01 + i
        email.appendString("user" + std::to_string(i) + "@example.com");
        flag.appendNumber(i % 2);
    }
    return makeTable("sample.csv", {std::move(amount), std::move(country), std::move(constant), std::move(joined),
                                    std::move(email), std::move(flag)});
}

// `rows` rows of one integer column counting from 0: a table that is already
// loaded, to check what replaces it (or that nothing does).
inline std::shared_ptr<const Table> countingTable(std::string sourceName, std::string column, int rows) {
    Column c = makeColumn(std::move(column), ColumnType::Integer);
    c.reserve(std::size_t(rows));
    for (int i = 0; i < rows; ++i) c.appendNumber(i);
    return makeTable(std::move(sourceName), {std::move(c)});
}

// Drags `path` over `target` and drops it; returns whether the drag was accepted.
inline bool dropFile(QWidget* target, const QString& path) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) return false;
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return true;
}

} // namespace segmenta::ui::test
