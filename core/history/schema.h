// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>

#include "core/common/result.h"

struct sqlite3;

namespace segmenta::history_schema {

// Applies the forward migrations from `fromVersion` up to `toVersion` in one
// transaction that also sets PRAGMA user_version. Tests build databases at
// every earlier version with this and check History::open migrates them.
bool migrate(sqlite3* db, int fromVersion, int toVersion, std::string* error);

// Brings a history to this build's format under SQLite's exclusive lock: the
// format is read inside the lock (another process may have set it up a moment
// ago), a file of another program is refused untouched, and the missing steps
// run in one transaction. Returns the format found (newer than this build's:
// nothing changed).
Result<int> upgrade(sqlite3* db, const std::string& path);

// Why a database at format `version` is not a Segmenta history, if it is not:
// format 0 with tables of its own, or a format without the history's tables.
std::optional<std::string> notAHistory(sqlite3* db, int version);

} // namespace segmenta::history_schema
