// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the history: snapshots (one transaction each, or one for a split file),
// models, scorings. Only summaries are stored: never raw rows, never values of
// identifier or personal-data columns.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <nlohmann/json.hpp>
#include <set>

#include "core/common/parallel.h"
#include "core/drift/drift_stats.h"
#include "core/history/history.h"
#include "core/history/history_impl.h"
#include "core/quality/personal_data.h"
#include "core/segment/cluster_scores.h"
#include "core/segment/segment_model.h"
#include "core/table/dates.h"
#include "segmenta_version.h"

namespace segmenta {

using namespace historydetail;
using nlohmann::json;

namespace {

// The caller's withheld columns and every column the privacy judgement
// (core/quality/personal_data.h) finds personal, except those the user keeps.
// Identifier and text columns are withheld by their type anyway: not judged here,
// which keeps recording a large file as fast as before.
std::vector<std::string> columnsToWithhold(const Table& table, std::vector<std::string> withheld,
                                           const std::vector<std::string>& keep) {
    for (const Column& c : table.columns) {
        if (isWithheldByDefault(c) || std::find(keep.begin(), keep.end(), c.name) != keep.end()) continue;
        if (personalDataOf(c).personal()) withheld.push_back(c.name);
    }
    return withheld;
}

// A rough cost of summarising a column, for ordering: a million numbers take
// 3-15 ms (sorted out by distinct count, hashing or bucket selection), a
// million category codes or dates about 1 ms, a withheld column a count.
int summaryCost(const Column& c) {
    if (isWithheldByDefault(c)) return 0;
    if (c.type == ColumnType::Category || isTemporal(c.type)) return 1;
    return 4;
}

// The columns are shared by both cores, the dearest first (longest job first:
// the two workers then finish within about one cheap column of each other,
// wherever the file puts its category columns). Each summary is the same
// whichever worker computes it.
std::vector<ColumnSummary> summariseTable(const Table& table, const std::vector<std::uint32_t>* rows,
                                          const std::vector<std::string>& withheld) {
    const std::size_t n = table.columnCount();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return summaryCost(table.columns[a]) > summaryCost(table.columns[b]);
    });
    std::vector<ColumnSummary> out(n);
    parallelForEach(n, [&](std::size_t k) {
        const auto& c = table.columns[order[k]];
        const bool hold = std::find(withheld.begin(), withheld.end(), c.name) != withheld.end();
        out[order[k]] = summariseColumn(c, rows, hold);
    });
    return out;
}

std::string schemaJson(const std::vector<ColumnSummary>& sums) {
    json j = json::array();
    for (const auto& s : sums)
        j.push_back({{"name", s.name}, {"type", toString(s.type)}, {"role", toString(s.role)},
                     {"kind", toString(s.kind)}});
    return j.dump();
}

} // namespace

// The latest date of the Date-role column, else of any date column (a snapshot
// date is never before a signup date), or "" without dates.
std::string defaultAsOf(const Table& table, const std::vector<std::uint32_t>* rows) {
    auto latest = [&](const Column& c, std::int64_t& best) {
        bool any = false;
        const std::size_t n = rows ? rows->size() : c.size();
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t r = rows ? (*rows)[i] : i;
            if (c.missing[r]) continue;
            const std::int64_t t = c.times[r];
            const std::int64_t day = c.type == ColumnType::Date ? t : (t >= 0 ? t / 86400 : (t - 86399) / 86400);
            if (!any || day > best) { best = day; any = true; }
        }
        return any;
    };
    bool found = false;
    std::int64_t best = 0;
    for (const auto& c : table.columns) {
        if (!isTemporal(c.type) || c.role != ColumnRole::Date) continue;
        std::int64_t d = 0;
        if (latest(c, d) && (!found || d > best)) { best = d; found = true; }
    }
    if (!found)
        for (const auto& c : table.columns) {
            if (!isTemporal(c.type)) continue;
            std::int64_t d = 0;
            if (latest(c, d) && (!found || d > best)) { best = d; found = true; }
        }
    return found ? formatDate(best) : std::string();
}

namespace {

bool validIsoDate(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[std::size_t(i)] < '0' || s[std::size_t(i)] > '9') return false;
    return isValidDate(std::stoi(s.substr(0, 4)), unsigned(std::stoi(s.substr(5, 2))), unsigned(std::stoi(s.substr(8, 2))));
}

Result<std::int64_t> datasetId(sqlite3* db, const std::string& name, bool create) {
    {
        sql::Stmt st(db, "SELECT id FROM datasets WHERE name = ?");
        st.bind(1, name);
        const int rc = st.step();
        if (rc == SQLITE_ROW) return st.i64(0);
        if (rc != SQLITE_DONE) return sql::errorFor(db, rc, "read the datasets");
    }
    if (!create) return makeError(ErrorKind::NotFound, "No dataset named '" + name + "' in the history");
    sql::Stmt ins(db, "INSERT INTO datasets(name, created_at) VALUES(?, ?)");
    ins.bind(1, name).bind(2, nowIso());
    if (const int rc = ins.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "add the dataset");
    const auto id = sqlite3_last_insert_rowid(db);
    audit(db, "dataset", id, "Dataset '" + name + "' created");
    return id;
}

// Inserts one snapshot with its summaries; the caller owns the transaction.
Result<std::int64_t> insertSnapshot(sqlite3* db, std::int64_t dataset, const Table& table, const SnapshotSource& src,
                                    const std::string& asOf, const std::string& label,
                                    const std::vector<std::string>& withheld, const std::vector<std::uint32_t>* rows) {
    const auto sums = summariseTable(table, rows, withheld);
    sql::Stmt st(db, "INSERT INTO snapshots(dataset_id, label, as_of, file_name, file_size, sha256, imported_at, "
                     "row_count, column_count, schema_json) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, dataset).bind(2, label).bind(3, asOf).bind(4, src.fileName).bind(5, src.fileSize).bind(6, src.sha256);
    st.bind(7, nowIso()).bind(8, std::int64_t(rows ? rows->size() : table.rowCount()));
    st.bind(9, std::int64_t(table.columnCount())).bind(10, schemaJson(sums));
    if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "record the snapshot");
    const std::int64_t id = sqlite3_last_insert_rowid(db);
    sql::Stmt cs(db, "INSERT INTO column_summaries(snapshot_id, position, name, kind, summary) VALUES(?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < sums.size(); ++i) {
        cs.reset();
        cs.bind(1, id).bind(2, std::int64_t(i)).bind(3, sums[i].name).bind(4, toString(sums[i].kind));
        cs.bindBlob(5, serialiseSummary(sums[i]));
        if (const int rc = cs.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "record the column summaries");
    }
    audit(db, "record", dataset, "Recorded '" + src.fileName + "' as " + label + " (" +
                                     std::to_string(rows ? rows->size() : table.rowCount()) + " rows)");
    return id;
}

std::vector<ColumnSummary> loadSummaries(sqlite3* db, std::int64_t snapshotId) {
    sql::Stmt st(db, "SELECT summary FROM column_summaries WHERE snapshot_id = ? ORDER BY position");
    st.bind(1, snapshotId);
    std::vector<ColumnSummary> out;
    while (st.row())
        if (auto s = deserialiseSummary(st.blob(0))) out.push_back(std::move(*s));
    return out;
}

// Stores the drift of `snapshot` against `reference` (what the alert was based on).
Result<bool> storeDrift(sqlite3* db, std::int64_t snapshot, std::int64_t reference, const DriftThresholds& t) {
    const auto dd = driftFromSummaries(loadSummaries(db, reference), loadSummaries(db, snapshot), t);
    sql::Stmt st(db, "INSERT OR REPLACE INTO drift_results(snapshot_id, reference_id, column_name, kind, test, statistic, "
                     "p_value, psi, js_distance, missing_share_ref, missing_share_cur, verdict, reason) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& c : dd.columns) {
        st.reset();
        st.bind(1, snapshot).bind(2, reference).bind(3, c.name).bind(4, toString(c.kind)).bind(5, toString(c.test));
        st.bind(6, c.statistic).bind(7, c.pValue).bind(8, c.psi).bind(9, c.jsDistance);
        st.bind(10, c.missingShareRef).bind(11, c.missingShareCur).bind(12, toString(c.verdict)).bind(13, c.reason);
        if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "record the drift results");
    }
    return true;
}

// The reference a new snapshot is judged against at record time: the training
// snapshot of the dataset's latest model, else the previous snapshot by as-of.
std::optional<std::int64_t> referenceFor(sqlite3* db, std::int64_t dataset, std::int64_t snapshot, const std::string& asOf) {
    {
        sql::Stmt st(db, "SELECT trained_on_snapshot FROM models WHERE dataset_id = ? AND trained_on_snapshot IS NOT NULL "
                         "ORDER BY id DESC LIMIT 1");
        st.bind(1, dataset);
        if (st.row() && st.i64(0) != snapshot) return st.i64(0);
    }
    sql::Stmt st(db, "SELECT id FROM snapshots WHERE dataset_id = ? AND id <> ? AND (as_of < ? OR (as_of = ? AND id < ?)) "
                     "ORDER BY as_of DESC, id DESC LIMIT 1");
    st.bind(1, dataset).bind(2, snapshot).bind(3, asOf).bind(4, asOf).bind(5, snapshot);
    if (st.row()) return st.i64(0);
    return std::nullopt;
}

// The status of one snapshot just written, judged as History::snapshots() judges
// it, without judging every other month of the dataset again.
Result<SnapshotInfo> findStatus(History& h, std::int64_t dataset, std::int64_t id) {
    auto m = h.driftMatrix(dataset, ReferenceMode::Training, 0, SummaryPValues::OnlyForVerdict, id);
    if (!m) return m.error();
    for (auto& s : m->snapshots)
        if (s.id == id) return s;
    return makeError(ErrorKind::Internal, "The recorded snapshot could not be read back");
}

// Period key and label of a day for splitting: month "2026-03", quarter
// "2026-Q1", ISO week "2026-W09"; `end` = the period's last day.
std::string periodOf(std::int64_t day, SplitPeriod p, std::int64_t& end) {
    int y;
    unsigned m, d;
    civilFromDays(day, y, m, d);
    char buf[48];
    if (p == SplitPeriod::Month) {
        end = (m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1)) - 1;
        std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
    } else if (p == SplitPeriod::Quarter) {
        const unsigned q = (m - 1) / 3 + 1;
        end = (q == 4 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, q * 3 + 1, 1)) - 1;
        std::snprintf(buf, sizeof buf, "%04d-Q%u", y, q);
    } else {
        const std::int64_t weekday = ((day % 7) + 7 + 3) % 7;   // 0 = Monday (1970-01-01 was a Thursday)
        const std::int64_t thursday = day - weekday + 3;
        int ty;
        unsigned tm, td;
        civilFromDays(thursday, ty, tm, td);
        const std::int64_t week = (thursday - daysFromCivil(ty, 1, 1)) / 7 + 1;
        end = day - weekday + 6;
        std::snprintf(buf, sizeof buf, "%04d-W%02lld", ty, static_cast<long long>(week));
    }
    return buf;
}

} // namespace

Result<std::int64_t> History::ensureDataset(const std::string& name) {
    if (name.empty()) return makeError(ErrorKind::Usage, "Give the dataset a name");
    Transaction tx(d_->db);
    if (auto b = tx.begin(); !b) return b.error();
    auto id = datasetId(d_->db, name, true);
    if (!id) return id.error();
    if (auto c = tx.commit(); !c) return c.error();
    return *id;
}

Result<SnapshotInfo> History::recordSnapshot(const std::string& dataset, const Table& table, const SnapshotSource& source,
                                             const RecordOptions& options, const std::vector<std::uint32_t>* rows) {
    if (dataset.empty()) return makeError(ErrorKind::Usage, "Give the dataset a name (--dataset NAME)");
    if (!options.asOf.empty() && !validIsoDate(options.asOf))
        return makeError(ErrorKind::Usage, "The as-of date '" + options.asOf + "' is not a date like 2026-03-31");
    std::string asOf = options.asOf.empty() ? defaultAsOf(table, rows) : options.asOf;
    if (asOf.empty()) asOf = todayIso();
    const std::string label = options.label.empty() ? asOf : options.label;
    const auto withheld = columnsToWithhold(table, options.withheldColumns, options.keepColumns);
    Transaction tx(d_->db);
    if (auto b = tx.begin(); !b) return b.error();
    auto ds = datasetId(d_->db, dataset, true);
    if (!ds) return ds.error();
    auto thr = readThresholds(d_->db, *ds);
    if (!thr) return thr.error();
    auto id = insertSnapshot(d_->db, *ds, table, source, asOf, label, withheld, rows);
    if (!id) return id.error();
    if (auto ref = referenceFor(d_->db, *ds, *id, asOf))
        if (auto s = storeDrift(d_->db, *id, *ref, thr->drift); !s) return s.error();
    if (auto c = tx.commit(); !c) return c.error();
    return findStatus(*this, *ds, *id);
}

Result<std::vector<SnapshotInfo>> History::recordSplit(const std::string& dataset, const Table& table,
                                                       const SnapshotSource& source, const std::string& dateColumn,
                                                       SplitPeriod period, const RecordOptions& options,
                                                       const Progress* progress) {
    const Column* col = table.column(dateColumn);
    if (!col) return makeError(ErrorKind::NotFound, "No column named '" + dateColumn + "' to split by");
    if (!isTemporal(col->type))
        return makeError(ErrorKind::BadInput, "Column '" + dateColumn + "' holds " + toString(col->type) +
                                                  " values, not dates; split by a date column");
    std::map<std::string, std::pair<std::int64_t, std::vector<std::uint32_t>>> groups;
    for (std::size_t r = 0; r < col->size(); ++r) {
        if (col->missing[r]) continue;
        const std::int64_t t = col->times[r];
        const std::int64_t day = col->type == ColumnType::Date ? t : (t >= 0 ? t / 86400 : (t - 86399) / 86400);
        std::int64_t end = 0;
        const std::string key = periodOf(day, period, end);
        auto& g = groups[key];
        g.first = end;
        g.second.push_back(std::uint32_t(r));
    }
    if (groups.empty()) return makeError(ErrorKind::BadInput, "Column '" + dateColumn + "' has no dates to split by");
    const auto withheld = columnsToWithhold(table, options.withheldColumns, options.keepColumns);
    Transaction tx(d_->db);
    if (auto b = tx.begin(); !b) return b.error();
    auto ds = datasetId(d_->db, dataset, true);
    if (!ds) return ds.error();
    auto thr = readThresholds(d_->db, *ds);
    if (!thr) return thr.error();
    std::vector<std::int64_t> ids;
    std::size_t done = 0;
    for (auto& [key, g] : groups) {
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Recording cancelled; nothing was recorded");
        auto id = insertSnapshot(d_->db, *ds, table, source, formatDate(g.first), key, withheld, &g.second);
        if (!id) return id.error();
        ids.push_back(*id);
        report(progress, double(++done) / double(groups.size()), "record");
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        std::string asOf;
        {
            sql::Stmt st(d_->db, "SELECT as_of FROM snapshots WHERE id = ?");
            st.bind(1, ids[i]);
            if (st.row()) asOf = st.text(0);
        }
        if (auto ref = referenceFor(d_->db, *ds, ids[i], asOf))
            if (auto s = storeDrift(d_->db, ids[i], *ref, thr->drift); !s) return s.error();
    }
    if (auto c = tx.commit(); !c) return c.error();
    auto all = snapshots(*ds);
    if (!all) return all.error();
    std::vector<SnapshotInfo> out;
    for (auto& s : *all)
        if (std::find(ids.begin(), ids.end(), s.id) != ids.end()) out.push_back(s);
    return out;
}

// ---- models and scorings ---------------------------------------------------

namespace {

struct Baseline {
    std::vector<double> shares;
    std::vector<double> counts;
    double meanDistance = 0;
};

Baseline baselineOf(sqlite3* db, const ModelInfo& info, const SegmentModel& model) {
    Baseline b;
    sql::Stmt st(db, "SELECT counts_json, mean_distance FROM scorings WHERE model_id = ? AND snapshot_id = ? "
                     "ORDER BY id DESC LIMIT 1");
    st.bind(1, info.id).bind(2, info.trainedOnSnapshotId);
    if (st.row()) {
        const auto j = json::parse(st.text(0), nullptr, false);
        double total = 0;
        if (j.is_array())
            for (const auto& c : j) { b.counts.push_back(c.is_number() ? c.get<double>() : 0); total += b.counts.back(); }
        for (double c : b.counts) b.shares.push_back(total > 0 ? c / total : 0);
        b.meanDistance = st.optF64(1).value_or(model.trainingMeanDistance);
        return b;
    }
    b.shares = model.trainingShares;
    for (double s : b.shares) b.counts.push_back(s * double(model.trainingRows));
    b.meanDistance = model.trainingMeanDistance;
    return b;
}

// Everything a scoring records, from an assignment of the model to a table.
ScoringInfo scoringFrom(const SegmentModel& model, const SegmentAssignment& a, const Table& table,
                        const ScoreOptions& options) {
    ScoringInfo s;
    const int k = model.segmentCount();
    s.counts.assign(std::size_t(k), 0);
    std::vector<std::uint32_t> assigned;
    for (std::size_t r = 0; r < a.labels.size(); ++r) {
        const int l = a.labels[r];
        if (l >= 0 && l < k) { ++s.counts[std::size_t(l)]; assigned.push_back(std::uint32_t(r)); }
        else ++s.unassigned;
    }
    const double n = double(assigned.size());
    for (auto c : s.counts) s.shares.push_back(n > 0 ? double(c) / n : 0);
    double dsum = 0;
    for (auto r : assigned) dsum += r < a.distance.size() ? a.distance[r] : 0;
    s.meanDistance = n > 0 ? dsum / n : 0;
    int used = 0;
    for (auto c : s.counts) used += c > 0 ? 1 : 0;
    if (used >= 2 && a.features.rows() == std::int64_t(a.labels.size())) {
        const auto pick = silhouetteSample(assigned.size(), std::size_t(options.silhouetteSample), options.seed);
        std::vector<std::uint32_t> rows;
        for (auto p : pick) rows.push_back(assigned[p]);
        const double sil = silhouetteScore(a.features, a.labels, rows);
        if (std::isfinite(sil)) s.silhouette = sil;
    }
    // Outcome rate per segment: the mean of a numeric/boolean label column.
    const Column* label = nullptr;
    if (!options.labelColumn.empty()) label = table.column(options.labelColumn);
    else
        for (const auto& c : table.columns)
            if (c.role == ColumnRole::Label) { label = &c; break; }
    if (label && isNumeric(label->type)) {
        s.labelColumn = label->name;
        std::vector<double> sum(std::size_t(k), 0), cnt(std::size_t(k), 0);
        for (auto r : assigned) {
            if (label->missing[r] || std::isnan(label->numbers[r])) continue;
            sum[std::size_t(a.labels[r])] += label->numbers[r];
            cnt[std::size_t(a.labels[r])] += 1;
        }
        for (int i = 0; i < k; ++i)
            s.outcomeRates.push_back(cnt[std::size_t(i)] > 0 ? std::optional<double>(sum[std::size_t(i)] / cnt[std::size_t(i)])
                                                             : std::nullopt);
    }
    for (const auto& [colName, levels] : a.report.unseenLevels)
        for (const auto& [level, rowsWith] : levels)
            s.unseenCategories.push_back(colName + ": " + level + " (" + std::to_string(rowsWith) + " rows)");
    return s;
}

void compareToBaseline(ScoringInfo& s, const Baseline& b, const AlertThresholds& t) {
    if (b.shares.size() == s.shares.size() && !b.shares.empty()) {
        s.sharePsi = stats::psi(b.shares, s.shares);
        std::vector<double> cur;
        for (auto c : s.counts) cur.push_back(double(c));
        s.shareChi2P = stats::chi2Homogeneity(b.counts, cur).pValue;
    }
    if (b.meanDistance > 0) s.qualityDecay = s.meanDistance / b.meanDistance - 1;
    std::int64_t n = 0;
    for (auto c : s.counts) n += c;
    s.resegmentSuggested = (s.sharePsi && *s.sharePsi >= t.segmentSharePsi) ||
                           (n <= 1000 && s.shareChi2P && *s.shareChi2P < t.segmentShareP) ||
                           (s.qualityDecay && *s.qualityDecay >= t.qualityDecay);
}

Result<std::int64_t> insertScoring(sqlite3* db, const ScoringInfo& s) {
    json counts = s.counts, unseen = s.unseenCategories, outcome = json::array();
    for (const auto& o : s.outcomeRates) outcome.push_back(o ? json(*o) : json(nullptr));
    sql::Stmt st(db, "INSERT INTO scorings(model_id, snapshot_id, scored_at, counts_json, unassigned, mean_distance, "
                     "silhouette, label_column, outcome_json, share_psi, share_chi2_p, quality_decay, resegment, "
                     "unseen_json) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.modelId).bind(2, s.snapshotId).bind(3, nowIso()).bind(4, counts.dump()).bind(5, s.unassigned);
    st.bind(6, s.meanDistance).bind(7, s.silhouette);
    if (s.labelColumn) st.bind(8, *s.labelColumn);
    else st.bindNull(8);
    st.bind(9, outcome.dump()).bind(10, s.sharePsi).bind(11, s.shareChi2P).bind(12, s.qualityDecay);
    st.bind(13, std::int64_t(s.resegmentSuggested ? 1 : 0)).bind(14, unseen.dump());
    if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(db, rc, "record the scoring");
    return std::int64_t(sqlite3_last_insert_rowid(db));
}

} // namespace

Result<ModelInfo> History::saveModel(const std::string& dataset, const std::string& name, const SegmentModel& model,
                                     std::int64_t trainedOnSnapshotId) {
    return segmenta::saveModel(*this, dataset, name, model, trainedOnSnapshotId, nullptr);
}

namespace {

// The model, version and its training scoring, inside the caller's transaction.
Result<std::int64_t> insertModel(sqlite3* h, std::int64_t ds, const std::string& name,
                                 const SegmentModel& model, std::int64_t trainedOnSnapshot,
                                 const std::optional<SegmentAssignment>& assignment, const Table* trainingTable) {
    int version = 1;
    {
        sql::Stmt st(h, "SELECT COALESCE(MAX(version), 0) FROM models WHERE dataset_id = ? AND name = ?");
        st.bind(1, ds).bind(2, name);
        if (st.row()) version = int(st.i64(0)) + 1;
    }
    json names = model.names, features = json::array();
    for (const auto& t : model.pipeline.transforms) features.push_back(t.column);
    sql::Stmt ins(h, "INSERT INTO models(dataset_id, name, version, algorithm, segment_count, trained_on_snapshot, "
                     "created_at, app_version, model_json, names_json, features_json) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, ds).bind(2, name).bind(3, version).bind(4, toString(model.algorithm)).bind(5, model.segmentCount());
    ins.bind(6, trainedOnSnapshot).bind(7, nowIso()).bind(8, SEGMENTA_VERSION).bind(9, modelToJson(model));
    ins.bind(10, names.dump()).bind(11, features.dump());
    if (const int rc = ins.run(); rc != SQLITE_DONE) return sql::errorFor(h, rc, "save the model");
    const std::int64_t modelId = sqlite3_last_insert_rowid(h);
    ScoringInfo s;
    if (assignment) {
        s = scoringFrom(model, *assignment, *trainingTable, {});
    } else {
        s.meanDistance = model.trainingMeanDistance;
        for (double sh : model.trainingShares) {
            s.counts.push_back(std::int64_t(std::llround(sh * double(model.trainingRows))));
            s.shares.push_back(sh);
        }
        if (std::isfinite(model.scores.silhouette)) s.silhouette = model.scores.silhouette;
    }
    s.modelId = modelId;
    s.snapshotId = trainedOnSnapshot;
    if (auto r = insertScoring(h, s); !r) return r.error();
    audit(h, "save_model", ds, "Saved model '" + name + "' version " + std::to_string(version) + " (" +
                                   std::to_string(model.segmentCount()) + " segments)");
    return modelId;
}

std::optional<Error> refuseModelNames(const std::string& dataset, const std::string& name) {
    if (dataset.empty()) return makeError(ErrorKind::Usage, "Give the dataset a name (--dataset NAME)");
    if (name.empty()) return makeError(ErrorKind::Usage, "Give the model a name (--save-model NAME)");
    return std::nullopt;
}

} // namespace

Result<ModelInfo> saveModel(History& db, const std::string& dataset, const std::string& name, const SegmentModel& model,
                            std::int64_t trainedOnSnapshot, const Table* trainingTable) {
    sqlite3* h = db.handle();
    if (auto refused = refuseModelNames(dataset, name)) return *refused;
    std::optional<SegmentAssignment> assignment;
    if (trainingTable) {
        auto a = assignSegments(model, *trainingTable);
        if (!a) return a.error();
        assignment = std::move(*a);
    }
    Transaction tx(h);
    if (auto b = tx.begin(); !b) return b.error();
    auto ds = datasetId(h, dataset, false);
    if (!ds) return ds.error();
    if (trainedOnSnapshot == 0) {
        sql::Stmt st(h, "SELECT id FROM snapshots WHERE dataset_id = ? ORDER BY as_of DESC, id DESC LIMIT 1");
        st.bind(1, *ds);
        if (!st.row()) return makeError(ErrorKind::NotFound, "Dataset '" + dataset + "' has no snapshot to train on; record one first");
        trainedOnSnapshot = st.i64(0);
    } else {
        sql::Stmt st(h, "SELECT dataset_id FROM snapshots WHERE id = ?");
        st.bind(1, trainedOnSnapshot);
        if (!st.row() || st.i64(0) != *ds)
            return makeError(ErrorKind::NotFound, "Snapshot " + std::to_string(trainedOnSnapshot) + " is not in dataset '" + dataset + "'");
    }
    if (auto m = insertModel(h, *ds, name, model, trainedOnSnapshot, assignment, trainingTable); !m) return m.error();
    if (auto c = tx.commit(); !c) return c.error();
    return db.model(name, *ds);
}

Result<ModelInfo> recordAndSaveModel(History& db, const std::string& dataset, const std::string& name,
                                     const SegmentModel& model, const Table& trainingTable, const SnapshotSource& source,
                                     const RecordOptions& options) {
    sqlite3* h = db.handle();
    if (auto refused = refuseModelNames(dataset, name)) return *refused;
    if (!options.asOf.empty() && !validIsoDate(options.asOf))
        return makeError(ErrorKind::Usage, "The as-of date '" + options.asOf + "' is not a date like 2026-03-31");
    auto a = assignSegments(model, trainingTable);
    if (!a) return a.error();
    const std::optional<SegmentAssignment> assignment(std::move(*a));
    std::string asOf = options.asOf.empty() ? defaultAsOf(trainingTable, nullptr) : options.asOf;
    if (asOf.empty()) asOf = todayIso();
    Transaction tx(h);
    if (auto b = tx.begin(); !b) return b.error();
    auto ds = datasetId(h, dataset, true);
    if (!ds) return ds.error();
    auto thr = readThresholds(h, *ds);
    if (!thr) return thr.error();
    const auto withheld = columnsToWithhold(trainingTable, options.withheldColumns, options.keepColumns);
    auto snap = insertSnapshot(h, *ds, trainingTable, source, asOf, options.label.empty() ? asOf : options.label,
                               withheld, nullptr);
    if (!snap) return snap.error();
    if (auto ref = referenceFor(h, *ds, *snap, asOf))
        if (auto s = storeDrift(h, *snap, *ref, thr->drift); !s) return s.error();
    if (auto m = insertModel(h, *ds, name, model, *snap, assignment, &trainingTable); !m) return m.error();
    if (auto c = tx.commit(); !c) return c.error();
    return db.model(name, *ds);
}

Result<ScoringInfo> History::recordTrainingScoring(std::int64_t modelId, const Table& trainingTable) {
    sql::Stmt st(d_->db, "SELECT name, dataset_id FROM models WHERE id = ?");
    st.bind(1, modelId);
    if (!st.row()) return makeError(ErrorKind::NotFound, "No model " + std::to_string(modelId));
    auto info = model(st.text(0), st.i64(1));
    if (!info) return info.error();
    auto m = modelFromJson(info->json);
    if (!m) return m.error();
    auto a = assignSegments(*m, trainingTable);
    if (!a) return a.error();
    auto s = scoringFrom(*m, *a, trainingTable, {});
    s.modelId = modelId;
    s.snapshotId = info->trainedOnSnapshotId;
    Transaction tx(d_->db);
    if (auto b = tx.begin(); !b) return b.error();
    auto id = insertScoring(d_->db, s);
    if (!id) return id.error();
    if (auto c = tx.commit(); !c) return c.error();
    s.id = *id;
    return s;
}

Result<ScoreResult> History::score(const std::string& modelName, const Table& table, const SnapshotSource& source,
                                   const ScoreOptions& options, std::int64_t dataset) {
    auto info = model(modelName, dataset);
    if (!info) return info.error();
    auto m = modelFromJson(info->json);
    if (!m) return makeError(ErrorKind::Damaged, "The saved model '" + modelName + "' cannot be read: " + m.error().message);
    auto a = assignSegments(*m, table);
    if (!a) {
        Error e = a.error();
        if (e.kind == ErrorKind::NotFound) e.kind = ErrorKind::BadInput;
        return e;
    }
    if (!options.asOf.empty() && !validIsoDate(options.asOf))
        return makeError(ErrorKind::Usage, "The as-of date '" + options.asOf + "' is not a date like 2026-03-31");
    std::string asOf = options.asOf.empty() ? defaultAsOf(table, nullptr) : options.asOf;
    if (asOf.empty()) asOf = todayIso();
    auto thr = thresholds(info->datasetId);
    if (!thr) return thr.error();
    ScoreResult out;
    out.scoring = scoringFrom(*m, *a, table, options);
    out.scoring.modelId = info->id;
    compareToBaseline(out.scoring, baselineOf(d_->db, *info, *m), *thr);
    const auto withheld = columnsToWithhold(table, {}, options.keepColumns);
    {
        Transaction tx(d_->db);
        if (auto b = tx.begin(); !b) return b.error();
        auto id = insertSnapshot(d_->db, info->datasetId, table, source, asOf,
                                 options.label.empty() ? asOf : options.label, withheld, nullptr);
        if (!id) return id.error();
        out.scoring.snapshotId = *id;
        auto sid = insertScoring(d_->db, out.scoring);
        if (!sid) return sid.error();
        out.scoring.id = *sid;
        if (info->trainedOnSnapshotId)
            if (auto s = storeDrift(d_->db, *id, info->trainedOnSnapshotId, thr->drift); !s) return s.error();
        historydetail::audit(d_->db, "score", info->datasetId, "Scored '" + source.fileName + "' with model '" + modelName + "'");
        if (auto c = tx.commit(); !c) return c.error();
    }
    out.scoring.asOf = asOf;
    out.scoring.label = options.label.empty() ? asOf : options.label;
    auto snap = findStatus(*this, info->datasetId, out.scoring.snapshotId);
    if (!snap) return snap.error();
    out.snapshot = *snap;
    if (info->trainedOnSnapshotId) {
        auto d = drift(info->trainedOnSnapshotId, out.scoring.snapshotId);
        if (d) out.driftVsTraining = std::move(*d);
    }
    out.segmentOfRow = a->labels;
    out.segmentNames = info->segmentNames;
    if (a->probabilities.size() > 0) {
        out.probabilities.resize(std::size_t(a->probabilities.rows()));
        for (Eigen::Index r = 0; r < a->probabilities.rows(); ++r)
            for (Eigen::Index c = 0; c < a->probabilities.cols(); ++c)
                out.probabilities[std::size_t(r)].push_back(a->probabilities(r, c));
    }
    return out;
}

} // namespace segmenta
