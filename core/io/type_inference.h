// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/csv_reader.h"
#include "core/io/value_parsing.h"

namespace segmenta::csv {

// How the cells of one column are turned into values.
enum class CellKind : std::uint8_t { Number, Boolean, Temporal, Category, String, Raw, Skip };

struct ColumnPlan {
    ColumnType type = ColumnType::Text;
    CellKind kind = CellKind::String;
    // Values that do not fit become missing and are counted (the user chose the
    // type, or the sample already showed a few misfits). Otherwise a misfit means
    // the sample was unrepresentative and the column is re-read with a wider type.
    bool acceptMisfits = false;
    bool userChosen = false;
    bool naIsValue = false;       // "NA" is Namibia, not missing
    bool zeroOneBool = false;     // booleans also written as 0/1
    DateOrder dateOrder = DateOrder::DMY;
    char decimal = '.';
    char thousands = 0;
};

struct Inference {
    ColumnPlan plan;
    double confidence = 1;
    std::string note;
};

// Guesses a column's type from a sample of its cells (after unquoting).
// `dayFirst` settles day/month order when the values cannot. `strict`: every
// value must fit (used on a whole column, where a misfit would be lost data).
Inference inferColumn(std::string_view name, const std::vector<std::string_view>& values, const CsvDialect& dialect,
                      std::optional<bool> dayFirst, bool strict = false);

// The plan for a type the user chose; the sample still decides details such as
// the day/month order.
Inference planForType(ColumnType type, std::string_view name, const std::vector<std::string_view>& values,
                      const CsvDialect& dialect, std::optional<bool> dayFirst);

// A role to start from, guessed from the name and type (churn flag → label …).
ColumnRole guessRole(std::string_view name, ColumnType type);

bool nameLooksLikeId(std::string_view name);
bool nameLooksLikeFlag(std::string_view name);

} // namespace segmenta::csv
