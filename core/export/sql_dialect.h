// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The few places where SQL engines disagree, and nothing else. The exported
// query is otherwise the same text for every engine.
#include <string>
#include <string_view>

#include "core/prep/feature_prep.h"

namespace segmenta {

//  Postgres: PostgreSQL (also DuckDB): "quoted" names, DOUBLE PRECISION, date − date
//  Sqlite:   SQLite ≥ 3.35 with its math functions (LN): dates as ISO text, strftime('%s')
//  Spark:    Spark SQL: `quoted` names, DOUBLE, backslash escapes, datediff / unix_timestamp
//  BigQuery: GoogleSQL: `quoted` names, FLOAT64, backslash escapes, DATE_DIFF / DATETIME_DIFF
enum class SqlDialect { Postgres, Sqlite, Spark, BigQuery };
const char* toString(SqlDialect d) noexcept;                         // "postgres", "sqlite", "spark", "bigquery"
bool parseSqlDialect(std::string_view text, SqlDialect& out) noexcept; // also "postgresql", "duckdb"

// A column or table name, quoted (so any name works, also reserved words).
// "schema.table" is quoted part by part.
std::string quoteName(SqlDialect d, std::string_view name);
// A string constant.
std::string stringLiteral(SqlDialect d, std::string_view text);
// The 64-bit floating-point type in CAST(… AS type).
const char* doubleType(SqlDialect d) noexcept;
// A double constant the engine reads as exactly that double.
std::string doubleLiteral(SqlDialect d, double v);
// Ends each step of the query so the engine computes the step once per row
// instead of copying its expressions into every later use (PostgreSQL and
// SQLite flatten subqueries; a step ending in OFFSET 0 is never flattened).
// Spark and BigQuery already keep shared expressions apart: "".
const char* stepEnd(SqlDialect d) noexcept;
// The number the model's days-since feature takes for the (quoted) column
// expression `column`, as a double: whole days for a Date column, seconds / 86400
// for a DateTime column, both counted back from the model's reference date.
// NULL when the column is NULL.
std::string daysSince(SqlDialect d, const ColumnTransform& t, const std::string& column);

} // namespace segmenta
