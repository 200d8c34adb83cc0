// SPDX-License-Identifier: GPL-3.0-or-later
// The history's schema, as numbered forward migrations. Never edit a shipped
// step: add a new one and raise kHistorySchemaVersion.
#include "core/history/schema.h"

#include <string>

#include "core/history/history.h"
#include "core/history/history_impl.h"
#include "core/history/sqlite_util.h"

namespace segmenta::history_schema {

namespace {

// Version 1: datasets, snapshots with per-column summaries, the audit log.
const char* kV1 = R"SQL(
CREATE TABLE datasets(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL);
CREATE TABLE snapshots(
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id),
  label TEXT NOT NULL,
  as_of TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  column_count INTEGER NOT NULL,
  schema_json TEXT NOT NULL);
CREATE INDEX snapshots_by_dataset ON snapshots(dataset_id, as_of, id);
CREATE TABLE column_summaries(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary BLOB NOT NULL,
  PRIMARY KEY(snapshot_id, position));
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  dataset_id INTEGER,
  detail TEXT NOT NULL);
)SQL";

// Version 2: segmentation models and their scorings.
const char* kV2 = R"SQL(
CREATE TABLE models(
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id),
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  algorithm TEXT NOT NULL,
  segment_count INTEGER NOT NULL,
  trained_on_snapshot INTEGER REFERENCES snapshots(id),
  created_at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  model_json TEXT NOT NULL,
  UNIQUE(dataset_id, name, version));
CREATE TABLE scorings(
  id INTEGER PRIMARY KEY,
  model_id INTEGER NOT NULL REFERENCES models(id),
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
  scored_at TEXT NOT NULL,
  counts_json TEXT NOT NULL,
  unassigned INTEGER NOT NULL,
  mean_distance REAL,
  silhouette REAL);
CREATE INDEX scorings_by_model ON scorings(model_id, snapshot_id);
)SQL";

// Version 3: alerts (per-dataset thresholds, outcome rates, share drift and
// quality decay per scoring) and stored drift results.
const char* kV3 = R"SQL(
ALTER TABLE datasets ADD COLUMN thresholds_json TEXT;
ALTER TABLE models ADD COLUMN names_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE models ADD COLUMN features_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scorings ADD COLUMN label_column TEXT;
ALTER TABLE scorings ADD COLUMN outcome_json TEXT;
ALTER TABLE scorings ADD COLUMN share_psi REAL;
ALTER TABLE scorings ADD COLUMN share_chi2_p REAL;
ALTER TABLE scorings ADD COLUMN quality_decay REAL;
ALTER TABLE scorings ADD COLUMN resegment INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scorings ADD COLUMN unseen_json TEXT NOT NULL DEFAULT '[]';
CREATE TABLE drift_results(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  reference_id INTEGER NOT NULL,
  column_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  test TEXT NOT NULL,
  statistic REAL,
  p_value REAL,
  psi REAL,
  js_distance REAL,
  missing_share_ref REAL,
  missing_share_cur REAL,
  verdict TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY(snapshot_id, reference_id, column_name));
)SQL";

const char* const kSteps[] = {kV1, kV2, kV3};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kHistorySchemaVersion);

bool applySteps(sqlite3* db, int fromVersion, int toVersion, std::string* error) {
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        std::string sqlText = kSteps[v - 1];
        sqlText += "PRAGMA user_version = " + std::to_string(v) + ";";   // a constant, not data
        if (sql::exec(db, sqlText.c_str(), error) != SQLITE_OK) return false;
    }
    return true;
}

} // namespace

bool migrate(sqlite3* db, int fromVersion, int toVersion, std::string* error) {
    if (sql::exec(db, "BEGIN IMMEDIATE", error) != SQLITE_OK) return false;
    if (!applySteps(db, fromVersion, toVersion, error) || sql::exec(db, "COMMIT", error) != SQLITE_OK) {
        sql::exec(db, "ROLLBACK");
        return false;
    }
    return true;
}

std::optional<std::string> notAHistory(sqlite3* db, int version) {
    sql::Stmt st(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                     "('datasets', 'snapshots', 'column_summaries', 'audit_log')");
    sql::Stmt any(db, "SELECT COUNT(*) FROM sqlite_master");
    if (!st.ok() || !any.ok() || !st.row() || !any.row()) return std::string(sqlite3_errmsg(db));
    if (version == 0 && any.i64(0) > 0) return std::string("it is an SQLite database of another program");
    if (version > 0 && st.i64(0) != 4) return std::string("it is an SQLite database without the history's tables");
    return std::nullopt;
}

Result<int> upgrade(sqlite3* db, const std::string& path) {
    // EXCLUSIVE: no other connection reads a half-made schema, and the format
    // read below is the one this transaction changes.
    std::string err;
    if (const int rc = sql::exec(db, "BEGIN EXCLUSIVE", &err); rc != SQLITE_OK)
        return sql::errorFor(db, rc, "prepare the history '" + path + "'");
    auto fail = [&](Error e) { sql::exec(db, "ROLLBACK"); return e; };
    int from = 0;
    {
        sql::Stmt v(db, "PRAGMA user_version");
        if (const int rc = v.step(); rc != SQLITE_ROW) return fail(sql::errorFor(db, rc, "read the history's format"));
        from = int(v.i64(0));
    }
    if (from > kHistorySchemaVersion) {
        sql::exec(db, "ROLLBACK");
        return from;   // the caller refuses a newer format
    }
    if (auto why = notAHistory(db, from))
        return fail(makeError(ErrorKind::BadInput, "'" + path + "' is not a Segmenta history (" + *why +
                                                       "); it was left untouched. Give another --db path"));
    if (!applySteps(db, from, kHistorySchemaVersion, &err)) {
        const int rc = sqlite3_extended_errcode(db);
        return fail(sql::errorFor(db, rc, "set up the history '" + path + "'"));
    }
    if (from > 0 && from < kHistorySchemaVersion)
        historydetail::audit(db, "migrate", std::nullopt,
                             "Upgraded the history from format " + std::to_string(from) + " to " +
                                 std::to_string(kHistorySchemaVersion));
    if (const int rc = sql::exec(db, "COMMIT", &err); rc != SQLITE_OK)
        return fail(sql::errorFor(db, rc, "set up the history '" + path + "'"));
    return from;
}

} // namespace segmenta::history_schema
