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
    ~Impl() { if (db) sqlite3_close_v2(db); }
};

namespace historydetail {

std::string nowIso();                     // "2026-11-27T00:51:02Z"
std::string todayIso();                   // "2026-11-27"
std::string thresholdsToJson(const AlertThresholds& t);
AlertThresholds thresholdsFromJson(const std::string& text);

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() is called.
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
