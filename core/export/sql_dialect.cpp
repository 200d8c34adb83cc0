// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/sql_dialect.h"

#include "core/export/export_common.h"

namespace segmenta {

namespace {

constexpr const char* kNames[] = {"postgres", "sqlite", "spark", "bigquery"};

bool backtickNames(SqlDialect d) { return d == SqlDialect::Spark || d == SqlDialect::BigQuery; }

std::string quotePart(SqlDialect d, std::string_view part) {
    const char q = backtickNames(d) ? '`' : '"';
    std::string out(1, q);
    for (char c : part) {
        if (c == q) out += d == SqlDialect::BigQuery ? '\\' : q;   // "" in standard SQL, `` in Spark, \` in BigQuery
        out += c;
    }
    return out + q;
}

} // namespace

const char* toString(SqlDialect d) noexcept { return kNames[int(d)]; }

bool parseSqlDialect(std::string_view text, SqlDialect& out) noexcept {
    for (int i = 0; i < 4; ++i)
        if (text == kNames[i]) { out = SqlDialect(i); return true; }
    if (text == "postgresql" || text == "duckdb") { out = SqlDialect::Postgres; return true; }
    if (text == "sparksql" || text == "databricks") { out = SqlDialect::Spark; return true; }
    return false;
}

std::string quoteName(SqlDialect d, std::string_view name) {
    std::string out;
    std::size_t start = 0;
    for (std::size_t dot; (dot = name.find('.', start)) != std::string_view::npos; start = dot + 1)
        out += quotePart(d, name.substr(start, dot - start)) + ".";
    return out + quotePart(d, name.substr(start));
}

std::string stringLiteral(SqlDialect d, std::string_view text) {
    // Standard SQL doubles the quote and takes backslashes literally; Spark and
    // BigQuery read backslash escapes, so there both are escaped (and line breaks,
    // which their string literals may not hold raw).
    const bool backslash = d == SqlDialect::Spark || d == SqlDialect::BigQuery;
    std::string out = "'";
    for (char c : text) {
        if (!backslash) { out += c == '\'' ? "''" : std::string(1, c); continue; }
        if (c == '\'' || c == '\\') { out += '\\'; out += c; }
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out + "'";
}

const char* doubleType(SqlDialect d) noexcept {
    switch (d) {
    case SqlDialect::Spark: return "DOUBLE";
    case SqlDialect::BigQuery: return "FLOAT64";
    default: return "DOUBLE PRECISION";
    }
}

const char* stepEnd(SqlDialect d) noexcept {
    switch (d) {
    case SqlDialect::Postgres: return " OFFSET 0";
    case SqlDialect::Sqlite: return " LIMIT -1 OFFSET 0";   // SQLite takes OFFSET only after a LIMIT
    default: return "";
    }
}

std::string doubleLiteral(SqlDialect d, double v) {
    // PostgreSQL reads 0.25 as NUMERIC (exact decimal arithmetic), Spark as DECIMAL:
    // the cast keeps every step in doubles, as `score` computes.
    return std::string("CAST(") + exactNumber(v) + " AS " + doubleType(d) + ")";
}

std::string daysSince(SqlDialect d, const ColumnTransform& t, const std::string& column) {
    const bool dateTime = t.sourceType == ColumnType::DateTime;
    const std::string ref = referenceLiteral(t), dbl = doubleType(d);
    std::string diff;   // whole days (Date) or seconds (DateTime) from the column to the reference
    switch (d) {
    case SqlDialect::Postgres:
        diff = dateTime ? "EXTRACT(EPOCH FROM (TIMESTAMP '" + ref + "' - " + column + "))"
                        : "(DATE '" + ref + "' - " + column + ")";
        break;
    case SqlDialect::Sqlite:   // dates held as ISO text; strftime('%s') gives whole seconds
        diff = "(CAST(strftime('%s', '" + ref + "') AS INTEGER) - CAST(strftime('%s', " + column + ") AS INTEGER))";
        if (!dateTime) diff = "(" + diff + " / 86400)";
        break;
    case SqlDialect::Spark:
        diff = dateTime ? "(unix_timestamp(TIMESTAMP '" + ref + "') - unix_timestamp(" + column + "))"
                        : "datediff(DATE '" + ref + "', " + column + ")";
        break;
    case SqlDialect::BigQuery:
        diff = dateTime ? "DATETIME_DIFF(DATETIME '" + ref + "', " + column + ", SECOND)"
                        : "DATE_DIFF(DATE '" + ref + "', " + column + ", DAY)";
        break;
    }
    diff = "CAST(" + diff + " AS " + dbl + ")";
    return dateTime ? diff + " / " + doubleLiteral(d, 86400.0) : diff;
}

} // namespace segmenta
