// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals shared by the history's source files.
#include <sqlite3.h>

#include <map>
#include <string>

#include "core/history/history.h"
#include "core/history/sqlite_util.h"

namespace segmenta {

struct History::Impl {
    sqlite3* db = nullptr;
    std::string path;
    int version = 0;
    bool readOnly = false;
    std::string readOnlyReason;   // why it was opened read-only when writing was asked for
    ~Impl() { if (db) sqlite3_close_v2(db); }
};

namespace historydetail {

std::string nowIso();                     // "2026-11-27T00:51:02Z"
std::string todayIso();                   // "2026-11-27"
// core/history/thresholds.cpp: the stored form of a dataset's alert thresholds.
std::string thresholdsToJson(const AlertThresholds& t);
Result<AlertThresholds> thresholdsFromJson(const std::string& text);   // Error(Damaged) names the field
std::string thresholdsProblem(const AlertThresholds& t);                // "" when every value is in range
// The one reader: a dataset's thresholds, range-checked (Error(Damaged) names the field).
Result<AlertThresholds> readThresholds(sqlite3* db, std::int64_t datasetId);

// Why a history at `file` can only be read here ("its folder is read-only",
// "the file is read-only"), or "" when it can be written.
std::string readOnlyReason(const std::string& file);

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() is called. Refuses,
// saying why, on a history opened read-only or removed while open.
class Transaction {
public:
    explicit Transaction(sqlite3* db) : db_(db) {}
    ~Transaction() { if (open_) sql::exec(db_, "ROLLBACK"); }
    Result<bool> begin();
    Result<bool> commit();

private:
    sqlite3* db_;
    bool open_ = false;
};

void audit(sqlite3* db, const std::string& action, std::optional<std::int64_t> datasetId, const std::string& detail);

} // namespace historydetail
} // namespace segmenta
