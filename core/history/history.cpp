// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the history: transactions, the audit log, file fingerprints.
#include "core/history/history.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "core/history/fingerprinter.h"
#include "core/history/history_impl.h"
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

std::string readOnlyReason(const std::string& file) {
    const fs::path dir = fs::path(file).parent_path();
    if (::access(dir.empty() ? "." : dir.c_str(), W_OK) != 0) return "its folder is read-only";
    if (::access(file.c_str(), W_OK) != 0) return "the file is read-only";
    return {};
}

Result<bool> Transaction::begin() {
    const char* file = sqlite3_db_filename(db_, "main");
    if (sqlite3_db_readonly(db_, "main") == 1) {
        const std::string why = readOnlyReason(file ? file : "");
        return makeError(ErrorKind::Io, "The history '" + std::string(file ? file : "") + "' can only be read here (" +
                                            (why.empty() ? std::string("it was opened for reading") : why) +
                                            "): nothing was recorded. Copy it to a folder you can write to");
    }
    const int rc = sql::exec(db_, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) return sql::errorFor(db_, rc, "start writing to the history");
    open_ = true;
    // A file removed or replaced while open (say, a new history given up by the
    // process that made it) takes no writes: they would be lost with it.
    int moved = 0;
    if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return makeError(ErrorKind::Busy, "The history file was removed or replaced by another program while it was "
                                          "open; nothing was recorded. Run the command again");
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

History::History(std::unique_ptr<Impl> impl) : d_(std::move(impl)) {}
History::History(History&&) noexcept = default;
History& History::operator=(History&&) noexcept = default;
History::~History() = default;
int History::schemaVersion() const { return d_->version; }
const std::string& History::path() const { return d_->path; }
sqlite3* History::handle() const { return d_->db; }

} // namespace segmenta
