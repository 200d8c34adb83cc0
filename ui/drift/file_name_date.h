// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

namespace segmenta {
class Table;
}

namespace segmenta::ui {

// A date written in a file's name: "customers_2026-05-14.csv" → 2026-05-14,
// "customers_2026-03.csv" → 2026-03-31 (the month's last day); invalid when none.
QDate dateInFileName(const QString& path);

// The month a file's name speaks for, as the history labels months: "2026-03";
// empty when the name holds no year-month.
QString monthLabelInFileName(const QString& path);

// The date a file speaks for, as recording and scoring propose it: the latest date
// in its date column, else a date in its name, else today.
QDate asOfDateFor(const Table& table, const QString& path);

} // namespace segmenta::ui
