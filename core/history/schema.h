// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

struct sqlite3;

namespace segmenta::history_schema {

// Applies the forward migrations from `fromVersion` up to `toVersion`, each in
// its own transaction that also sets PRAGMA user_version. Tests build databases
// at every earlier version with this and check History::open migrates them.
bool migrate(sqlite3* db, int fromVersion, int toVersion, std::string* error);

} // namespace segmenta::history_schema
