// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/sqlite_util.h"

namespace segmenta::sql {

Stmt::Stmt(sqlite3* db, const char* sqlText) {
    if (sqlite3_prepare_v2(db, sqlText, -1, &st_, nullptr) != SQLITE_OK) st_ = nullptr;
}
Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt& Stmt::bind(int i, std::int64_t v) { sqlite3_bind_int64(st_, i, v); return *this; }
Stmt& Stmt::bind(int i, double v) { sqlite3_bind_double(st_, i, v); return *this; }
Stmt& Stmt::bind(int i, const std::string& v) {
    sqlite3_bind_text(st_, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
    return *this;
}
Stmt& Stmt::bindBlob(int i, const std::string& bytes) {
    sqlite3_bind_blob(st_, i, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}
Stmt& Stmt::bind(int i, const std::optional<double>& v) {
    if (v) sqlite3_bind_double(st_, i, *v);
    else sqlite3_bind_null(st_, i);
    return *this;
}
Stmt& Stmt::bindNull(int i) { sqlite3_bind_null(st_, i); return *this; }

int Stmt::step() { return st_ ? sqlite3_step(st_) : SQLITE_MISUSE; }
int Stmt::run() {
    int rc;
    while ((rc = step()) == SQLITE_ROW) {}
    return rc;
}
void Stmt::reset() { sqlite3_reset(st_); sqlite3_clear_bindings(st_); }

std::string Stmt::text(int c) const {
    const auto* p = sqlite3_column_text(st_, c);
    return p ? std::string(reinterpret_cast<const char*>(p), std::size_t(sqlite3_column_bytes(st_, c))) : std::string();
}
std::string Stmt::blob(int c) const {
    const void* p = sqlite3_column_blob(st_, c);
    return p ? std::string(static_cast<const char*>(p), std::size_t(sqlite3_column_bytes(st_, c))) : std::string();
}

int exec(sqlite3* db, const char* sqlText, std::string* error) {
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sqlText, nullptr, nullptr, &msg);
    if (msg) {
        if (error) *error = msg;
        sqlite3_free(msg);
    }
    return rc;
}

Error errorFor(sqlite3* db, int code, const std::string& doing) {
    const int primary = code & 0xFF;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(ErrorKind::Busy, "The history is busy: another Segmenta window or a scheduled job is "
                                          "writing to it. Nothing was lost; try again in a moment");
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return makeError(ErrorKind::Damaged, "The history file is damaged (" + std::string(sqlite3_errstr(code)) +
                                             ") while " + doing);
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY)
        return makeError(ErrorKind::Io, "Could not " + doing + ": " + std::string(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
    return makeError(ErrorKind::Internal, "Could not " + doing + ": " + std::string(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

} // namespace segmenta::sql
