// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small RAII helpers over the SQLite C API. Every value goes through a bound
// parameter: no SQL is ever built from data.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "core/common/result.h"

namespace segmenta::sql {

class Stmt {
public:
    Stmt(sqlite3* db, const char* sqlText);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool ok() const { return st_ != nullptr; }
    Stmt& bind(int i, std::int64_t v);
    Stmt& bind(int i, int v) { return bind(i, std::int64_t(v)); }
    Stmt& bind(int i, double v);
    Stmt& bind(int i, const std::string& v);
    Stmt& bind(int i, const char* v) { return bind(i, std::string(v)); }
    Stmt& bindBlob(int i, const std::string& bytes);
    Stmt& bind(int i, const std::optional<double>& v);
    Stmt& bindNull(int i);

    int step();            // SQLITE_ROW, SQLITE_DONE or an error code
    bool row() { return step() == SQLITE_ROW; }
    int run();             // steps to the end; returns the last code (SQLITE_DONE on success)
    void reset();

    std::int64_t i64(int c) const { return sqlite3_column_int64(st_, c); }
    double f64(int c) const { return sqlite3_column_double(st_, c); }
    bool isNull(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
    std::optional<double> optF64(int c) const { return isNull(c) ? std::nullopt : std::optional<double>(f64(c)); }
    std::string text(int c) const;
    std::string blob(int c) const;

private:
    sqlite3_stmt* st_ = nullptr;
};

// Runs SQL without parameters (schema, pragmas, BEGIN/COMMIT).
int exec(sqlite3* db, const char* sqlText, std::string* error = nullptr);

// Maps an SQLite result code to an Error with one plain sentence.
Error errorFor(sqlite3* db, int code, const std::string& doing);

} // namespace segmenta::sql
