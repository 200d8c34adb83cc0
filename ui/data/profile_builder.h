// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

#include "core/common/progress.h"
#include "core/table/table.h"

namespace segmenta::ui {

// Everything the profile panel shows about one column, already in words. Built on
// a worker from core/quality's numbers; the panel only lays it out.
struct ColumnProfileView {
    struct Stat { QString name, value, tip; };
    struct Flag { QString text, tip; bool warning = false; };

    int column = -1;
    QString name;
    ColumnType type = ColumnType::Text;
    std::int64_t rows = 0;
    std::int64_t missing = 0;
    std::int64_t distinct = -1;   // -1 = not computed
    std::vector<Stat> stats;
    std::vector<Flag> flags;

    // A histogram (numbers, dates): bin edges (bins + 1) and counts. Dates are in
    // days since 1970, date-times in seconds.
    std::vector<double> edges;
    std::vector<std::int64_t> binCounts;
    // A bar chart (categories, yes/no, text): the most frequent values and counts.
    std::vector<std::pair<QString, std::int64_t>> topValues;
    std::int64_t otherCount = 0;   // rows with a value not among topValues
};

class ProfileBuilder {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::ProfileBuilder)
public:
    static constexpr int kBins = 24;
    static constexpr int kTopValues = 10;
    // Runs on a worker; `table` must stay alive (the caller holds a shared_ptr).
    static ColumnProfileView build(const Table& table, std::size_t column, const Progress* progress = nullptr);
};

} // namespace segmenta::ui
