// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the history. Only plain file paths; a new file is set up whole before
// anyone can see it; reading never writes; a history in a place that cannot be
// written opens read-only; the format is checked, and brought up to date under
// SQLite's exclusive lock.
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/history/history.h"
#include "core/history/history_impl.h"
#include "core/history/schema.h"

namespace segmenta {

namespace fs = std::filesystem;

namespace {

// The first line of a message that may span several (quick_check lists every problem).
std::string firstLine(const std::string& text) {
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end) + " …";
}

Error damaged(const std::string& path, const std::string& why) {
    return makeError(ErrorKind::Damaged, "The history file '" + path + "' is damaged (" + firstLine(why) +
                                             "). It was left untouched; start a fresh history at '" +
                                             History::freshPathBeside(path) + "'");
}

Error notAHistory(const std::string& path, const std::string& why) {
    return makeError(ErrorKind::BadInput, "'" + path + "' is not a Segmenta history (" + why +
                                              "); it was left untouched. Give another history file");
}

// What the first 100 bytes say: SQLite's fixed header, and the format number
// (PRAGMA user_version, bytes 60-63 big-endian) without opening the file.
struct Header {
    bool sqlite = false;
    std::uint32_t userVersion = 0;
};

Header readHeader(const std::string& file) {
    Header h;
    std::ifstream in(file, std::ios::binary);
    unsigned char head[100] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    if (in.gcount() != sizeof head) return h;
    h.sqlite = std::memcmp(head, "SQLite format 3\0", 16) == 0;
    h.userVersion = std::uint32_t(head[60]) << 24 | std::uint32_t(head[61]) << 16 | std::uint32_t(head[62]) << 8 | head[63];
    return h;
}

std::string uriPath(const std::string& file) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "file:";
    for (unsigned char c : file) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') out += char(c);
        else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
    }
    return out + "?immutable=1";
}

// A read-only connection. A history in WAL mode whose folder cannot be written
// has nowhere for SQLite's shared-memory file: then it is read as immutable
// (nothing can change it there anyway).
Result<sqlite3*> connectForReading(const std::string& file, const std::string& shown, bool folderReadOnly) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        sql::Stmt probe(db, "SELECT COUNT(*) FROM sqlite_master");
        rc = probe.ok() ? probe.step() : sqlite3_extended_errcode(db);
        if (rc == SQLITE_ROW) return db;
    }
    const int primary = rc & 0xFF;
    if (!folderReadOnly || (primary != SQLITE_READONLY && primary != SQLITE_CANTOPEN)) {
        Error e = sql::errorFor(db, rc, "open the history '" + shown + "'");
        sqlite3_close_v2(db);
        return e;
    }
    sqlite3_close_v2(db);
    db = nullptr;
    rc = sqlite3_open_v2(uriPath(file).c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX,
                         nullptr);
    if (rc != SQLITE_OK) {
        Error e = sql::errorFor(db, rc, "open the history '" + shown + "'");
        sqlite3_close_v2(db);
        return e;
    }
    return db;
}

// A new history is set up whole under a name of its own, then linked into place
// in one step that never replaces a file: nobody sees a half-made history, two
// processes creating the same one both end up using one complete file, and a
// failure (a full disk) leaves nothing behind: only this process's own file,
// which nobody else knows of, is removed.
Result<bool> createHistoryFile(const std::string& file, const std::string& shown) {
    std::string temp;
    int fd = -1;
    for (int i = 0; fd < 0 && i < 1000; ++i) {
        temp = file + ".new-" + std::to_string(::getpid()) + "-" + std::to_string(i);
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0 && errno != EEXIST)
            return makeError(ErrorKind::Io, "Cannot create the history '" + shown + "': " + std::strerror(errno));
    }
    if (fd < 0) return makeError(ErrorKind::Io, "Cannot create the history '" + shown + "'");
    ::close(fd);
    auto removeTemp = [&temp] {
        for (const char* ext : {"", "-journal", "-wal", "-shm"}) ::unlink((temp + ext).c_str());
    };
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(temp.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    Result<int> made = rc == SQLITE_OK ? history_schema::upgrade(db, shown)
                                       : Result<int>(sql::errorFor(db, rc, "create the history '" + shown + "'"));
    if (made) sql::exec(db, "PRAGMA journal_mode=WAL");
    rc = sqlite3_close(db);   // the last connection: the WAL is checkpointed and removed
    std::error_code ec;
    if (made && (rc != SQLITE_OK || fs::exists(temp + "-wal", ec)))
        made = makeError(ErrorKind::Io, "Could not create the history '" + shown + "': the disk may be full");
    if (!made) {
        removeTemp();
        return made.error();
    }
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, file.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno != EEXIST) {   // a file system without the call: a hard link never replaces either
#endif
        if (::link(temp.c_str(), file.c_str()) != 0 && errno != EEXIST) {
            const std::string why = std::strerror(errno);
            removeTemp();
            return makeError(ErrorKind::Io, "Cannot create the history '" + shown + "': " + why);
        }
#ifdef RENAME_NOREPLACE
    }
#endif
    removeTemp();   // linked, or another process was quicker: its history is used
    return true;
}

} // namespace

// SQLite reads ":memory:", "" and "file:…" names as something other than a
// file: a history kept there would be gone when the command ends.
std::optional<Error> History::refusePath(const std::string& path) {
    if (path.empty()) return makeError(ErrorKind::Usage, "Give the history a file path, such as history.sqlite");
    std::string head = path.substr(0, 5);
    for (char& c : head) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (path == ":memory:" || head == "file:" || path.find('\0') != std::string::npos)
        return makeError(ErrorKind::Usage, "'" + path + "' is not a plain file path; the history is kept in a file: "
                                           "give a path such as history.sqlite");
    return std::nullopt;
}

Result<History> History::open(const std::string& path, const OpenOptions& options) {
    if (auto refused = refusePath(path)) return *refused;
    std::error_code ec;
    // SQLite is given an absolute path: a name it could read as anything else never reaches it.
    const std::string file = fs::absolute(path, ec).lexically_normal().string();
    if (ec) return makeError(ErrorKind::Io, "Cannot use the history path '" + path + "': " + ec.message());
    auto status = fs::status(file, ec);
    if (status.type() == fs::file_type::not_found) {
        if (options.readOnly || !options.create)
            return makeError(ErrorKind::NotFound, "No history file at '" + path + "'");
        auto made = createHistoryFile(file, path);
        if (!made) return made.error();
        status = fs::status(file, ec);
    }
    if (fs::is_directory(status)) return makeError(ErrorKind::BadInput, "'" + path + "' is a folder; give the history's file");
    if (!fs::is_regular_file(status)) return notAHistory(path, "it is not a regular file");
    const auto size = fs::file_size(file, ec);
    if (ec) return makeError(ErrorKind::Io, "Cannot read the history file '" + path + "': " + ec.message());

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnlyReason = historydetail::readOnlyReason(file);
    const bool write = !options.readOnly && impl->readOnlyReason.empty();
    impl->readOnly = !write;
    if (size == 0 && !write)   // what a writer would make a new history of
        return notAHistory(path, "the file is empty");
    if (size > 0) {
        const Header header = readHeader(file);
        if (!header.sqlite) return damaged(path, "it is not a Segmenta history file");
        const auto wal = fs::file_size(file + "-wal", ec);
        if (!write && header.userVersion == 0 && (ec || wal == 0))
            return notAHistory(path, "it is an SQLite database of another program");
    }
    if (write) {
        const int rc = sqlite3_open_v2(file.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
        if (rc != SQLITE_OK) return sql::errorFor(impl->db, rc, "open the history '" + path + "'");
    } else {
        auto db = connectForReading(file, path, impl->readOnlyReason == "its folder is read-only");
        if (!db) return db.error();
        impl->db = *db;
    }
    sqlite3_busy_timeout(impl->db, options.busyTimeoutMs);
    sqlite3_extended_result_codes(impl->db, 1);

    if (size > 0) {
        sql::Stmt check(impl->db, "PRAGMA quick_check");
        if (!check.ok()) return damaged(path, sqlite3_errmsg(impl->db));
        const int rc = check.step();
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
    auto newer = [&] {
        return makeError(ErrorKind::BadInput, "The history '" + path + "' was made by a newer Segmenta (format " +
                                                  std::to_string(impl->version) + "); update Segmenta to open it");
    };
    if (impl->version > kHistorySchemaVersion) return newer();
    if (!write && impl->version == 0) return notAHistory(path, "it holds no history yet");
    if (impl->version == kHistorySchemaVersion || !write) {
        if (auto why = history_schema::notAHistory(impl->db, impl->version)) return notAHistory(path, *why);
    }
    if (impl->version < kHistorySchemaVersion) {
        if (!write)
            return makeError(ErrorKind::BadInput,
                             "The history '" + path + "' uses an older format; " +
                                 (options.readOnly ? "open it once for writing (record or score) to upgrade it"
                                                   : "it cannot be upgraded here because " + impl->readOnlyReason));
        auto from = history_schema::upgrade(impl->db, path);
        if (!from) return from.error();
        impl->version = *from;
        if (impl->version > kHistorySchemaVersion) return newer();
        impl->version = kHistorySchemaVersion;
    }
    if (write) {
        sql::exec(impl->db, "PRAGMA journal_mode=WAL");
        sql::exec(impl->db, "PRAGMA synchronous=NORMAL");
    }
    sql::exec(impl->db, "PRAGMA foreign_keys=ON");
    return History(std::move(impl));
}

bool History::readOnly() const { return d_->readOnly; }
const std::string& History::readOnlyReason() const { return d_->readOnlyReason; }

} // namespace segmenta
