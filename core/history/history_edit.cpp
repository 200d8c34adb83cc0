// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/history_edit.h"

#include "core/history/history_impl.h"
#include "core/table/dates.h"

namespace segmenta {

using namespace historydetail;

namespace {

bool isIsoDate(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    return isValidDate(std::stoi(s.substr(0, 4)), unsigned(std::stoi(s.substr(5, 2))), unsigned(std::stoi(s.substr(8, 2))));
}

// Runs `statements` (each bound with `id` as its only parameter) in one
// transaction, with an audit line.
Result<bool> runEdit(sqlite3* db, std::initializer_list<const char*> statements, std::int64_t id,
                     const std::string& action, std::int64_t datasetId, const std::string& detail,
                     const std::string& doing) {
    Transaction tx(db);
    if (auto b = tx.begin(); !b) return b.error();
    for (const char* text : statements) {
        sql::Stmt st(db, text);
        st.bind(1, id);
        if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, doing);
    }
    audit(db, action, datasetId, detail);
    if (auto c = tx.commit(); !c) return c.error();
    return true;
}

bool modelExists(sqlite3* db, std::int64_t datasetId, const std::string& name) {
    sql::Stmt st(db, "SELECT 1 FROM models WHERE dataset_id = ? AND name = ? LIMIT 1");
    st.bind(1, datasetId).bind(2, name);
    return st.row();
}

} // namespace

namespace {

// The months a query of snapshot ids names, read as History::snapshot reads them.
Result<std::vector<SnapshotInfo>> readSnapshots(History& history, sql::Stmt& st) {
    std::vector<std::int64_t> ids;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) ids.push_back(st.i64(0));
    if (rc != SQLITE_DONE) return sql::errorFor(history.handle(), rc, "read the months");
    std::vector<SnapshotInfo> out;
    for (auto id : ids) {
        auto s = history.snapshot(id);
        if (!s) return s.error();
        out.push_back(std::move(*s));
    }
    return out;
}

} // namespace

Result<std::vector<SnapshotInfo>> snapshotsWithLabel(History& history, std::int64_t datasetId, const std::string& label) {
    sql::Stmt st(history.handle(), "SELECT id FROM snapshots WHERE dataset_id = ? AND label = ? ORDER BY as_of, id");
    st.bind(1, datasetId).bind(2, label);
    return readSnapshots(history, st);
}

Result<std::vector<SnapshotInfo>> snapshotsOfSameMonth(History& history, std::int64_t datasetId, const std::string& label,
                                                       const std::string& asOf) {
    sql::Stmt st(history.handle(), "SELECT id FROM snapshots WHERE dataset_id = ? AND (label = ? OR as_of = ?) ORDER BY as_of, id");
    st.bind(1, datasetId).bind(2, label).bind(3, asOf);
    return readSnapshots(history, st);
}

Result<std::optional<SnapshotInfo>> snapshotWithContent(History& history, std::int64_t datasetId,
                                                        const std::string& sha256, std::int64_t rows) {
    if (sha256.empty()) return std::optional<SnapshotInfo>();
    sql::Stmt st(history.handle(),
                 "SELECT id FROM snapshots WHERE dataset_id = ? AND sha256 = ? AND row_count = ? ORDER BY id DESC LIMIT 1");
    st.bind(1, datasetId).bind(2, sha256).bind(3, rows);
    auto found = readSnapshots(history, st);
    if (!found) return found.error();
    return found->empty() ? std::optional<SnapshotInfo>() : std::optional<SnapshotInfo>(found->front());
}

Result<bool> renameSnapshot(History& history, std::int64_t snapshotId, const std::string& label) {
    if (label.empty()) return makeError(ErrorKind::Usage, "Give the month a name, for example 2026-03");
    sqlite3* db = history.handle();
    auto s = history.snapshot(snapshotId);
    if (!s) return s.error();
    Transaction tx(db);
    if (auto b = tx.begin(); !b) return b.error();
    sql::Stmt st(db, "UPDATE snapshots SET label = ? WHERE id = ?");
    st.bind(1, label).bind(2, snapshotId);
    if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "rename the month");
    audit(db, "rename_snapshot", s->datasetId, "Renamed month '" + s->label + "' to '" + label + "'");
    if (auto c = tx.commit(); !c) return c.error();
    return true;
}

Result<bool> redateSnapshot(History& history, std::int64_t snapshotId, const std::string& asOf) {
    if (!isIsoDate(asOf)) return makeError(ErrorKind::Usage, "The date '" + asOf + "' is not a date like 2026-03-31");
    sqlite3* db = history.handle();
    auto s = history.snapshot(snapshotId);
    if (!s) return s.error();
    Transaction tx(db);
    if (auto b = tx.begin(); !b) return b.error();
    sql::Stmt st(db, "UPDATE snapshots SET as_of = ? WHERE id = ?");
    st.bind(1, asOf).bind(2, snapshotId);
    if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "change the month's date");
    audit(db, "redate_snapshot", s->datasetId, "Month '" + s->label + "' now speaks for " + asOf + " (was " + s->asOf + ")");
    if (auto c = tx.commit(); !c) return c.error();
    return true;
}

Result<bool> deleteSnapshot(History& history, std::int64_t snapshotId) {
    sqlite3* db = history.handle();
    auto s = history.snapshot(snapshotId);
    if (!s) return s.error();
    {
        sql::Stmt st(db, "SELECT name FROM models WHERE trained_on_snapshot = ? LIMIT 1");
        st.bind(1, snapshotId);
        if (st.row())
            return makeError(ErrorKind::BadInput, "Month '" + s->label + "' is the one model '" + st.text(0) +
                                                      "' was built on; delete that model first");
    }
    return runEdit(db,
                   {"DELETE FROM drift_results WHERE snapshot_id = ?1 OR reference_id = ?1",
                    "DELETE FROM scorings WHERE snapshot_id = ?1",
                    "DELETE FROM column_summaries WHERE snapshot_id = ?1",
                    "DELETE FROM snapshots WHERE id = ?1"},
                   snapshotId, "delete_snapshot", s->datasetId,
                   "Deleted month '" + s->label + "' (" + s->asOf + ", " + s->fileName + ")", "delete the month");
}

Result<bool> renameModel(History& history, std::int64_t datasetId, const std::string& name, const std::string& newName) {
    if (newName.empty()) return makeError(ErrorKind::Usage, "Give the model a name");
    sqlite3* db = history.handle();
    if (!modelExists(db, datasetId, name)) return makeError(ErrorKind::NotFound, "There is no model '" + name + "'");
    if (newName == name) return true;
    if (modelExists(db, datasetId, newName))
        return makeError(ErrorKind::BadInput, "There is already a model called '" + newName + "'; choose another name");
    Transaction tx(db);
    if (auto b = tx.begin(); !b) return b.error();
    sql::Stmt st(db, "UPDATE models SET name = ? WHERE dataset_id = ? AND name = ?");
    st.bind(1, newName).bind(2, datasetId).bind(3, name);
    if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "rename the model");
    audit(db, "rename_model", datasetId, "Renamed model '" + name + "' to '" + newName + "'");
    if (auto c = tx.commit(); !c) return c.error();
    return true;
}

Result<bool> deleteModel(History& history, std::int64_t datasetId, const std::string& name) {
    sqlite3* db = history.handle();
    if (!modelExists(db, datasetId, name)) return makeError(ErrorKind::NotFound, "There is no model '" + name + "'");
    Transaction tx(db);
    if (auto b = tx.begin(); !b) return b.error();
    for (const char* text : {"DELETE FROM scorings WHERE model_id IN (SELECT id FROM models WHERE dataset_id = ? AND name = ?)",
                             "DELETE FROM models WHERE dataset_id = ? AND name = ?"}) {
        sql::Stmt st(db, text);
        st.bind(1, datasetId).bind(2, name);
        if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "delete the model");
    }
    audit(db, "delete_model", datasetId, "Deleted model '" + name + "' and its scorings");
    if (auto c = tx.commit(); !c) return c.error();
    return true;
}

} // namespace segmenta
