// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the history: integrity check, migrations, pragmas; small shared helpers.
#include "core/history/history.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/history/fingerprinter.h"
#include "core/history/history_impl.h"
#include "core/history/schema.h"
#include "core/history/sha256.h"

namespace segmenta {

namespace fs = std::filesystem;
using namespace historydetail;

const char* toString(SnapshotStatus status) noexcept {
    switch (status) {
    case SnapshotStatus::Ok: return "ok";
    case SnapshotStatus::Warning: return "warning";
    case SnapshotStatus::Drift: return "drift";
    }
    return "ok";
}

bool parseSplitPeriod(const std::string& text, SplitPeriod& out) noexcept {
    if (text == "month") out = SplitPeriod::Month;
    else if (text == "week") out = SplitPeriod::Week;
    else if (text == "quarter") out = SplitPeriod::Quarter;
    else return false;
    return true;
}

namespace historydetail {

std::string nowIso() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string todayIso() { return nowIso().substr(0, 10); }

std::string thresholdsToJson(const AlertThresholds& t) {
    nlohmann::json j = {
        {"p_value", t.drift.pValue}, {"wasserstein_normed", t.drift.wassersteinNormed},
        {"js_distance", t.drift.jsDistance}, {"missing_share_change", t.drift.missingShareChange},
        {"large_sample_above", t.drift.largeSampleAbove}, {"min_current_values", t.drift.minCurrentValues},
        {"dataset_drift_share", t.drift.datasetDriftShare}, {"psi_bins", t.drift.psiBins},
        {"max_distinct_categorical", t.drift.maxDistinctCategorical},
        {"segment_share_psi", t.segmentSharePsi}, {"segment_share_p", t.segmentShareP},
        {"quality_decay", t.qualityDecay}, {"warning_drift_share", t.warningDriftShare}};
    return j.dump();
}

AlertThresholds thresholdsFromJson(const std::string& text) {
    AlertThresholds t;
    if (text.empty()) return t;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return t;
    auto get = [&j](const char* key, auto& field) {
        if (j.contains(key) && j[key].is_number()) field = j[key].get<std::decay_t<decltype(field)>>();
    };
    get("p_value", t.drift.pValue);
    get("wasserstein_normed", t.drift.wassersteinNormed);
    get("js_distance", t.drift.jsDistance);
    get("missing_share_change", t.drift.missingShareChange);
    get("large_sample_above", t.drift.largeSampleAbove);
    get("min_current_values", t.drift.minCurrentValues);
    get("dataset_drift_share", t.drift.datasetDriftShare);
    get("psi_bins", t.drift.psiBins);
    get("max_distinct_categorical", t.drift.maxDistinctCategorical);
    get("segment_share_psi", t.segmentSharePsi);
    get("segment_share_p", t.segmentShareP);
    get("quality_decay", t.qualityDecay);
    get("warning_drift_share", t.warningDriftShare);
    return t;
}

Result<bool> Transaction::begin() {
    const int rc = sql::exec(db_, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) return sql::errorFor(db_, rc, "start writing to the history");
    open_ = true;
    return true;
}

Result<bool> Transaction::commit() {
    const int rc = sql::exec(db_, "COMMIT");
    if (rc != SQLITE_OK) return sql::errorFor(db_, rc, "save to the history");
    open_ = false;
    return true;
}

void audit(sqlite3* db, const std::string& action, std::optional<std::int64_t> datasetId, const std::string& detail) {
    sql::Stmt st(db, "INSERT INTO audit_log(at, action, dataset_id, detail) VALUES(?, ?, ?, ?)");
    st.bind(1, nowIso()).bind(2, action);
    if (datasetId) st.bind(3, *datasetId);
    else st.bindNull(3);
    st.bind(4, detail).run();
}

} // namespace historydetail

Result<SnapshotSource> describeFile(const std::string& path, const Progress* progress) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return makeError(ErrorKind::NotFound, "File not found: " + path);
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(ErrorKind::Io, "Cannot read " + path);
    Fingerprinter f(path);
    const auto total = fs::file_size(path, ec);
    std::vector<char> buf(1 << 20);
    while (in) {
        if (progress && progress->isCancelled()) return makeError(ErrorKind::Cancelled, "Cancelled");
        in.read(buf.data(), std::streamsize(buf.size()));
        const auto got = in.gcount();
        if (got > 0) f.add(std::string_view(buf.data(), std::size_t(got)));
        if (progress && !ec && total > 0) progress->report(double(f.size()) / double(total), "fingerprint");
    }
    return f.finish();
}

SnapshotSource describeBytes(const std::string& path, std::string_view bytes) {
    Fingerprinter f(path);
    f.add(bytes);
    return f.finish();
}

std::string History::freshPathBeside(const std::string& path) {
    const fs::path p(path);
    const std::string stem = p.stem().string(), ext = p.extension().string();
    for (int i = 1;; ++i) {
        // Built step by step: GCC 12's -Wrestrict misfires on the one-expression form.
        std::string name = stem + ".fresh";
        if (i > 1) { name += '-'; name += std::to_string(i); }
        name += ext;
        const fs::path candidate = p.parent_path() / name;
        std::error_code ec;
        if (!fs::exists(candidate, ec)) return candidate.string();
    }
}

namespace {

Error damaged(const std::string& path, const std::string& why) {
    return makeError(ErrorKind::Damaged, "The history file '" + path + "' is damaged (" + why +
                                             "). It was left untouched; start a fresh history at '" +
                                             History::freshPathBeside(path) + "'");
}

// Reads the first bytes: SQLite files start with a fixed 16-byte header.
bool looksLikeSqlite(const std::string& path, std::uintmax_t size) {
    if (size < 100) return false;
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, 16);
    return in.gcount() == 16 && std::string(head, 16) == std::string("SQLite format 3\0", 16);
}

} // namespace

History::History(std::unique_ptr<Impl> impl) : d_(std::move(impl)) {}
History::History(History&&) noexcept = default;
History& History::operator=(History&&) noexcept = default;
History::~History() = default;
int History::schemaVersion() const { return d_->version; }
const std::string& History::path() const { return d_->path; }
sqlite3* History::handle() const { return d_->db; }

Result<History> History::open(const std::string& path, const OpenOptions& options) {
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (!exists && (options.readOnly || !options.create))
        return makeError(ErrorKind::NotFound, "No history file at '" + path + "'");
    if (exists) {
        const auto size = fs::file_size(path, ec);
        if (ec) return makeError(ErrorKind::Io, "Cannot read the history file '" + path + "'");
        // An empty file is what SQLite itself creates: a new history, nothing to lose.
        if (size > 0 && !looksLikeSqlite(path, size)) return damaged(path, "it is not a Segmenta history file");
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnly = options.readOnly;
    const int flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path.c_str(), &impl->db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) return sql::errorFor(impl->db, rc, "open the history '" + path + "'");
    sqlite3_busy_timeout(impl->db, options.busyTimeoutMs);
    sqlite3_extended_result_codes(impl->db, 1);

    if (exists) {
        sql::Stmt check(impl->db, "PRAGMA quick_check");
        if (!check.ok()) return damaged(path, sqlite3_errmsg(impl->db));
        rc = check.step();
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) return sql::errorFor(impl->db, rc, "check the history");
        if (rc != SQLITE_ROW) return damaged(path, sqlite3_errstr(rc));
        const std::string verdict = check.text(0);
        if (verdict != "ok") return damaged(path, verdict);
    }
    {
        sql::Stmt v(impl->db, "PRAGMA user_version");
        if (!v.ok() || !v.row()) return damaged(path, sqlite3_errmsg(impl->db));
        impl->version = int(v.i64(0));
    }
    if (impl->version > kHistorySchemaVersion)
        return makeError(ErrorKind::BadInput, "The history '" + path + "' was made by a newer Segmenta (format " +
                                                  std::to_string(impl->version) + "); update Segmenta to open it");
    if (!options.readOnly) {
        sql::exec(impl->db, "PRAGMA journal_mode=WAL");
        sql::exec(impl->db, "PRAGMA synchronous=NORMAL");
    }
    sql::exec(impl->db, "PRAGMA foreign_keys=ON");
    if (impl->version < kHistorySchemaVersion) {
        if (options.readOnly)
            return makeError(ErrorKind::BadInput, "The history '" + path + "' uses an older format; open it once "
                                                  "for writing (record or score) to upgrade it");
        std::string err;
        const int from = impl->version;
        if (!history_schema::migrate(impl->db, from, kHistorySchemaVersion, &err)) {
            if (err.find("locked") != std::string::npos || err.find("busy") != std::string::npos)
                return sql::errorFor(impl->db, SQLITE_BUSY, "upgrade the history");
            return makeError(ErrorKind::Io, "Could not upgrade the history '" + path + "': " + err);
        }
        impl->version = kHistorySchemaVersion;
        if (from > 0)
            historydetail::audit(impl->db, "migrate", std::nullopt,
                  "Upgraded the history from format " + std::to_string(from) + " to " +
                      std::to_string(kHistorySchemaVersion));
    }
    return History(std::move(impl));
}

} // namespace segmenta
