// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the history: datasets, snapshots with live statuses, drift between any
// two snapshots (from stored summaries), models, scorings and their series.
#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/common/parallel.h"
#include "core/history/history.h"
#include "core/history/history_impl.h"

namespace segmenta {

using namespace historydetail;
using nlohmann::json;

namespace {

// A saved model can have this many segments at most (segment --k goes to 1000).
constexpr std::int64_t kMostSegments = 1000;

Result<ModelInfo> readModel(const sql::Stmt& st) {
    ModelInfo m;
    // Read back like input: the count sizes the list of names below.
    if (st.i64(5) < 1 || st.i64(5) > kMostSegments)
        return makeError(ErrorKind::Damaged, "The history is damaged: model '" + st.text(2) + "' has segment_count " +
                                                 std::to_string(st.i64(5)) + ", expected 1 to " +
                                                 std::to_string(kMostSegments) + "; save the model again");
    m.id = st.i64(0);
    m.datasetId = st.i64(1);
    m.name = st.text(2);
    m.version = int(st.i64(3));
    m.algorithm = st.text(4);
    m.segmentCount = int(st.i64(5));
    m.trainedOnSnapshotId = st.i64(6);
    m.createdAt = st.text(7);
    m.appVersion = st.text(8);
    m.json = st.text(9);
    for (int col : {10, 11}) {
        const auto j = json::parse(st.text(col), nullptr, false);
        if (!j.is_array()) continue;
        for (const auto& n : j)
            if (n.is_string()) (col == 10 ? m.segmentNames : m.features).push_back(n.get<std::string>());
    }
    while (int(m.segmentNames.size()) < m.segmentCount)
        m.segmentNames.push_back("Segment " + std::to_string(m.segmentNames.size() + 1));
    return m;
}

constexpr const char* kModelColumns =
    "id, dataset_id, name, version, algorithm, segment_count, COALESCE(trained_on_snapshot, 0), created_at, "
    "app_version, model_json, names_json, features_json";

ScoringInfo readScoring(const sql::Stmt& st) {
    // columns: id, model_id, snapshot_id, counts_json, unassigned, mean_distance, silhouette, label_column,
    //          outcome_json, share_psi, share_chi2_p, quality_decay, resegment, unseen_json, as_of, label
    ScoringInfo s;
    s.id = st.i64(0);
    s.modelId = st.i64(1);
    s.snapshotId = st.i64(2);
    const auto counts = json::parse(st.text(3), nullptr, false);
    if (counts.is_array())
        for (const auto& c : counts) s.counts.push_back(c.is_number() ? c.get<std::int64_t>() : 0);
    std::int64_t total = 0;
    for (auto c : s.counts) total += c;
    for (auto c : s.counts) s.shares.push_back(total ? double(c) / double(total) : 0.0);
    s.unassigned = st.i64(4);
    s.meanDistance = st.optF64(5).value_or(0);
    s.silhouette = st.optF64(6);
    if (!st.isNull(7)) s.labelColumn = st.text(7);
    const auto outcome = json::parse(st.isNull(8) ? std::string("[]") : st.text(8), nullptr, false);
    if (outcome.is_array())
        for (const auto& o : outcome) s.outcomeRates.push_back(o.is_number() ? std::optional<double>(o.get<double>()) : std::nullopt);
    s.sharePsi = st.optF64(9);
    s.shareChi2P = st.optF64(10);
    s.qualityDecay = st.optF64(11);
    s.resegmentSuggested = st.i64(12) != 0;
    const auto unseen = json::parse(st.text(13), nullptr, false);
    if (unseen.is_array())
        for (const auto& u : unseen) if (u.is_string()) s.unseenCategories.push_back(u.get<std::string>());
    s.asOf = st.text(14);
    s.label = st.text(15);
    return s;
}

constexpr const char* kScoringSelect =
    "SELECT sc.id, sc.model_id, sc.snapshot_id, sc.counts_json, sc.unassigned, sc.mean_distance, sc.silhouette, "
    "sc.label_column, sc.outcome_json, sc.share_psi, sc.share_chi2_p, sc.quality_decay, sc.resegment, "
    "sc.unseen_json, sn.as_of, sn.label FROM scorings sc JOIN snapshots sn ON sn.id = sc.snapshot_id ";

SnapshotInfo readSnapshot(const sql::Stmt& st) {
    SnapshotInfo s;
    s.id = st.i64(0);
    s.datasetId = st.i64(1);
    s.label = st.text(2);
    s.asOf = st.text(3);
    s.fileName = st.text(4);
    s.fileSize = st.i64(5);
    s.sha256 = st.text(6);
    s.importedAt = st.text(7);
    s.rows = st.i64(8);
    s.columns = int(st.i64(9));
    return s;
}

constexpr const char* kSnapshotColumns =
    "id, dataset_id, label, as_of, file_name, file_size, sha256, imported_at, row_count, column_count";

DriftReason shareReason(const ScoringInfo& s, const std::vector<double>& base, const std::vector<std::string>& names) {
    DriftReason r;
    r.kind = DriftReasonKind::SegmentShares;
    std::size_t most = 0;
    double moved = -1;
    for (std::size_t i = 0; i < s.shares.size() && i < base.size(); ++i)
        if (std::fabs(s.shares[i] - base[i]) > moved) { moved = std::fabs(s.shares[i] - base[i]); most = i; }
    if (moved < 0) return r;
    r.label = most < names.size() ? names[most] : "?";
    r.before = base[most];
    r.after = s.shares[most];
    return r;
}

DriftReason plainReason(DriftReasonKind kind, double after = 0) {
    DriftReason r;
    r.kind = kind;
    r.after = after;
    return r;
}

} // namespace

Result<std::vector<DatasetInfo>> History::datasets() {
    sql::Stmt st(d_->db,
                 "SELECT d.id, d.name, d.created_at, "
                 "(SELECT COUNT(*) FROM snapshots s WHERE s.dataset_id = d.id), "
                 "(SELECT COUNT(DISTINCT name) FROM models m WHERE m.dataset_id = d.id) "
                 "FROM datasets d ORDER BY d.name");
    if (!st.ok()) return sql::errorFor(d_->db, sqlite3_errcode(d_->db), "read the datasets");
    std::vector<DatasetInfo> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back({st.i64(0), st.text(1), st.text(2), int(st.i64(3)), int(st.i64(4))});
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read the datasets");
    return out;
}

Result<DatasetInfo> History::dataset(const std::string& name) {
    auto all = datasets();
    if (!all) return all.error();
    for (auto& d : *all)
        if (d.name == name) return d;
    return makeError(ErrorKind::NotFound, "No dataset named '" + name + "' in the history");
}

Result<SnapshotInfo> History::snapshot(std::int64_t snapshotId) {
    sql::Stmt st(d_->db, (std::string("SELECT ") + kSnapshotColumns + " FROM snapshots WHERE id = ?").c_str());
    st.bind(1, snapshotId);
    if (!st.row()) return makeError(ErrorKind::NotFound, "No snapshot " + std::to_string(snapshotId) + " in the history");
    return readSnapshot(st);
}

Result<std::vector<ColumnSummary>> History::summaries(std::int64_t snapshotId) {
    sql::Stmt st(d_->db, "SELECT summary FROM column_summaries WHERE snapshot_id = ? ORDER BY position");
    st.bind(1, snapshotId);
    std::vector<ColumnSummary> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        auto s = deserialiseSummary(st.blob(0));
        if (!s) return s.error();
        out.push_back(std::move(*s));
    }
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read a snapshot");
    return out;
}

Result<AlertThresholds> History::thresholds(std::int64_t datasetId) { return readThresholds(d_->db, datasetId); }

Result<bool> History::setThresholds(std::int64_t datasetId, const AlertThresholds& t) {
    if (auto why = thresholdsProblem(t); !why.empty())
        return makeError(ErrorKind::Usage, "The alert thresholds cannot be saved: " + why);
    Transaction tx(d_->db);
    if (auto b = tx.begin(); !b) return b.error();
    sql::Stmt st(d_->db, "UPDATE datasets SET thresholds_json = ? WHERE id = ?");
    st.bind(1, thresholdsToJson(t)).bind(2, datasetId);
    if (const int rc = st.run(); rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "save the thresholds");
    if (sqlite3_changes(d_->db) == 0) return makeError(ErrorKind::NotFound, "No dataset " + std::to_string(datasetId));
    historydetail::audit(d_->db, "thresholds", datasetId, "Alert thresholds changed");
    return tx.commit();
}

Result<DatasetDrift> History::drift(std::int64_t referenceSnapshotId, std::int64_t currentSnapshotId,
                                   SummaryPValues pValues) {
    auto ref = snapshot(referenceSnapshotId);
    if (!ref) return ref.error();
    auto t = thresholds(ref->datasetId);
    if (!t) return t.error();
    auto a = summaries(referenceSnapshotId);
    if (!a) return a.error();
    auto b = summaries(currentSnapshotId);
    if (!b) return b.error();
    return driftFromSummaries(*a, *b, t->drift, {}, pValues);
}

Result<std::vector<ModelInfo>> History::models(std::int64_t datasetId) {
    sql::Stmt st(d_->db, (std::string("SELECT ") + kModelColumns +
                          " FROM models m WHERE dataset_id = ? AND version = "
                          "(SELECT MAX(version) FROM models m2 WHERE m2.dataset_id = m.dataset_id AND m2.name = m.name) "
                          "ORDER BY id").c_str());
    st.bind(1, datasetId);
    std::vector<ModelInfo> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        auto m = readModel(st);
        if (!m) return m.error();
        out.push_back(std::move(*m));
    }
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read the models");
    return out;
}

Result<ModelInfo> History::model(const std::string& name, std::int64_t datasetId) {
    sql::Stmt st(d_->db, (std::string("SELECT ") + kModelColumns +
                          " FROM models WHERE name = ? AND (? = 0 OR dataset_id = ?) ORDER BY version DESC, id DESC")
                             .c_str());
    st.bind(1, name).bind(2, datasetId).bind(3, datasetId);
    std::vector<ModelInfo> found;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        auto m = readModel(st);
        if (!m) return m.error();
        found.push_back(std::move(*m));
    }
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read the models");
    if (found.empty()) return makeError(ErrorKind::NotFound, "No model named '" + name + "' in the history");
    for (const auto& m : found)
        if (m.datasetId != found.front().datasetId)
            return makeError(ErrorKind::Usage, "Several datasets have a model named '" + name + "'; name the dataset too");
    return found.front();
}

Result<std::vector<ScoringInfo>> History::scorings(std::int64_t modelId) {
    sql::Stmt st(d_->db, (std::string(kScoringSelect) + "WHERE sc.model_id = ? ORDER BY sn.as_of, sn.id, sc.id").c_str());
    st.bind(1, modelId);
    std::vector<ScoringInfo> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        auto s = readScoring(st);
        // a snapshot scored twice: keep the latest scoring
        if (!out.empty() && out.back().snapshotId == s.snapshotId) out.back() = std::move(s);
        else out.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read the scorings");
    return out;
}

namespace {

Result<ModelInfo> modelById(sqlite3* db, std::int64_t id) {
    sql::Stmt st(db, (std::string("SELECT ") + kModelColumns + " FROM models WHERE id = ?").c_str());
    st.bind(1, id);
    if (!st.row()) return makeError(ErrorKind::NotFound, "No model " + std::to_string(id) + " in the history");
    return readModel(st);
}

} // namespace

Result<SharesOverTime> History::segmentShares(std::int64_t modelId) {
    auto m = modelById(d_->db, modelId);
    if (!m) return m.error();
    auto sc = scorings(modelId);
    if (!sc) return sc.error();
    SharesOverTime out;
    out.segmentNames = m->segmentNames;
    for (const auto& s : *sc) {
        out.snapshotIds.push_back(s.snapshotId);
        out.labels.push_back(s.label);
        out.shares.push_back(s.shares);
    }
    return out;
}

Result<QualityOverTime> History::quality(std::int64_t modelId) {
    auto sc = scorings(modelId);
    if (!sc) return sc.error();
    QualityOverTime out;
    for (const auto& s : *sc) {
        out.snapshotIds.push_back(s.snapshotId);
        out.labels.push_back(s.label);
        out.meanDistance.push_back(s.meanDistance);
        out.silhouette.push_back(s.silhouette);
        out.decay.push_back(s.qualityDecay);
    }
    return out;
}

Result<OutcomeOverTime> History::outcomeRates(std::int64_t modelId) {
    auto m = modelById(d_->db, modelId);
    if (!m) return m.error();
    auto sc = scorings(modelId);
    if (!sc) return sc.error();
    OutcomeOverTime out;
    for (const auto& s : *sc) {
        if (!s.labelColumn || s.outcomeRates.empty()) continue;
        if (out.labelColumn.empty()) out.labelColumn = *s.labelColumn;
        out.snapshotIds.push_back(s.snapshotId);
        out.labels.push_back(s.label);
        out.rates.push_back(s.outcomeRates);
    }
    if (!out.snapshotIds.empty()) out.segmentNames = m->segmentNames;
    return out;
}

Result<std::vector<AuditEntry>> History::audit(std::int64_t datasetId) {
    sql::Stmt st(d_->db, "SELECT id, at, action, dataset_id, detail FROM audit_log "
                         "WHERE ? = 0 OR dataset_id = ? ORDER BY id");
    st.bind(1, datasetId).bind(2, datasetId);
    std::vector<AuditEntry> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        AuditEntry e;
        e.id = st.i64(0);
        e.at = st.text(1);
        e.action = st.text(2);
        if (!st.isNull(3)) e.datasetId = st.i64(3);
        e.detail = st.text(4);
        out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read the audit log");
    return out;
}

// ---- statuses and the heatmap --------------------------------------------

namespace {

struct Judged {
    std::vector<SnapshotInfo> snaps;
    std::vector<std::optional<std::int64_t>> refs;
    std::vector<std::optional<DatasetDrift>> drifts;
};

} // namespace

Result<DriftMatrix> History::driftMatrix(std::int64_t datasetId, ReferenceMode mode, std::int64_t modelId,
                                         SummaryPValues pValues, std::int64_t onlySnapshot) {
    sql::Stmt st(d_->db, (std::string("SELECT ") + kSnapshotColumns +
                          " FROM snapshots WHERE dataset_id = ? ORDER BY as_of, id").c_str());
    st.bind(1, datasetId);
    DriftMatrix out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) out.snapshots.push_back(readSnapshot(st));
    if (rc != SQLITE_DONE) return sql::errorFor(d_->db, rc, "read the snapshots");
    auto thr = thresholds(datasetId);
    if (!thr) return thr.error();

    std::optional<ModelInfo> model;
    if (modelId) {
        auto m = modelById(d_->db, modelId);
        if (!m) return m.error();
        model = *m;
    } else {
        auto ms = models(datasetId);
        if (!ms) return ms.error();
        if (!ms->empty()) model = ms->back();
    }
    std::map<std::int64_t, ScoringInfo> scoringBySnapshot;
    std::vector<double> baseShares;
    if (model) {
        auto sc = scorings(model->id);
        if (!sc) return sc.error();
        for (auto& s : *sc) scoringBySnapshot[s.snapshotId] = s;
        if (auto it = scoringBySnapshot.find(model->trainedOnSnapshotId); it != scoringBySnapshot.end())
            baseShares = it->second.shares;
    }
    std::map<std::int64_t, std::vector<ColumnSummary>> cache;
    auto sums = [&](std::int64_t id) -> Result<const std::vector<ColumnSummary>*> {
        auto it = cache.find(id);
        if (it == cache.end()) {
            auto s = summaries(id);
            if (!s) return s.error();
            it = cache.emplace(id, std::move(*s)).first;
        }
        return &it->second;
    };
    // References first, with their summaries read on this connection; then the
    // drift of every snapshot on both cores (the summaries are read-only by then).
    const std::size_t n = out.snapshots.size();
    std::vector<const std::vector<ColumnSummary>*> refSums(n, nullptr), curSums(n, nullptr);
    for (std::size_t i = 0; i < n; ++i) {
        auto& snap = out.snapshots[i];
        std::optional<std::int64_t> ref;
        const bool haveTraining = model && model->trainedOnSnapshotId != 0;
        if (mode == ReferenceMode::Training && haveTraining) {
            if (snap.id != model->trainedOnSnapshotId) ref = model->trainedOnSnapshotId;
        } else if (mode == ReferenceMode::First) {
            if (i > 0) ref = out.snapshots[0].id;
        } else if (i > 0) {
            ref = out.snapshots[i - 1].id;
        }
        out.referenceIds.push_back(ref);
        snap.referenceId = ref;
        if (!ref || (onlySnapshot && snap.id != onlySnapshot)) continue;
        auto a = sums(*ref);
        if (!a) return a.error();
        auto b = sums(snap.id);
        if (!b) return b.error();
        refSums[i] = *a;
        curSums[i] = *b;
    }
    std::vector<std::optional<DatasetDrift>> drifts(n);
    {
        parallelForEach(n, [&](std::size_t i) {
            if (refSums[i]) drifts[i] = driftFromSummaries(*refSums[i], *curSums[i], thr->drift, {}, pValues);
        }, n >= 4 ? workerCount() : 1);
    }
    std::vector<std::string> columns;
    std::set<std::string> seen;
    std::vector<std::vector<ColumnDrift>> perSnap(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& snap = out.snapshots[i];
        std::optional<DatasetDrift> dd = std::move(drifts[i]);
        if (dd) {
            for (const auto& c : dd->columns)
                if (seen.insert(c.name).second) columns.push_back(c.name);
            perSnap[i] = dd->columns;
        }
        // Status: dataset drift or re-segmenting → Drift; any drifted column → Warning.
        // The reasons as data first; the English sentences are made from them.
        std::vector<DriftReasonLine> lines = dd ? dd->reasonLines : std::vector<DriftReasonLine>{};
        bool reseg = false;
        if (auto it = scoringBySnapshot.find(snap.id); it != scoringBySnapshot.end() && model &&
                                                        snap.id != model->trainedOnSnapshotId) {
            const auto& s = it->second;
            const bool shareMoved = s.sharePsi && *s.sharePsi >= thr->segmentSharePsi;
            const bool decayed = s.qualityDecay && *s.qualityDecay >= thr->qualityDecay;
            if (shareMoved) lines.insert(lines.begin(), DriftReasonLine{shareReason(s, baseShares, model->segmentNames)});
            if (decayed)
                lines.insert(lines.begin() + (shareMoved ? 1 : 0), DriftReasonLine{plainReason(DriftReasonKind::FitWorse, *s.qualityDecay)});
            reseg = shareMoved || decayed || s.resegmentSuggested;
            if (!s.unseenCategories.empty()) {
                DriftReason u = plainReason(DriftReasonKind::UnseenByModel);
                for (std::size_t k = 0; k < s.unseenCategories.size() && k < 3; ++k) addUnseenEntry(u, s.unseenCategories[k]);
                lines.push_back(DriftReasonLine{u});
            }
        }
        snap.resegmentSuggested = reseg;
        if (reseg) lines.push_back(DriftReasonLine{plainReason(DriftReasonKind::Resegment)});
        snap.driftShare = dd ? dd->driftShare : 0;
        const bool anyDrift = dd && dd->driftedColumns > 0 && dd->driftShare > thr->warningDriftShare;
        snap.status = (dd && dd->datasetDrift) || reseg ? SnapshotStatus::Drift
                      : anyDrift                        ? SnapshotStatus::Warning
                                                        : SnapshotStatus::Ok;
        // The English sentences (CLI, report of `history`) from the same data.
        snap.reasons.clear();
        for (const DriftReasonLine& line : lines) snap.reasons.push_back(englishText(line));
        snap.reasonLines = std::move(lines);
        out.datasetDrift.push_back(std::move(dd));
    }
    out.columns = columns;
    for (std::size_t i = 0; i < out.snapshots.size(); ++i) {
        std::vector<std::optional<ColumnDrift>> row(columns.size());
        for (auto& c : perSnap[i]) {
            const auto pos = std::size_t(std::find(columns.begin(), columns.end(), c.name) - columns.begin());
            row[pos] = std::move(c);
        }
        out.cells.push_back(std::move(row));
    }
    return out;
}

Result<std::vector<SnapshotInfo>> History::snapshots(std::int64_t datasetId) {
    // Statuses and reasons only: the p-values the verdicts do not use are skipped.
    auto m = driftMatrix(datasetId, ReferenceMode::Training, 0, SummaryPValues::OnlyForVerdict);
    if (!m) return m.error();
    return std::move(m->snapshots);
}

} // namespace segmenta
