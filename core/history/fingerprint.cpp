// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/fingerprint.h"

namespace segmenta {

ImportFingerprint::ImportFingerprint(const std::string& path) : path_(path) {}

ImportFingerprint::~ImportFingerprint() {
    if (worker_.joinable()) worker_.join();
}

void ImportFingerprint::bytesReady(std::string_view fileBytes) {
    if (worker_.joinable()) worker_.join();   // a second import with the same observer
    seen_ = true;
    worker_ = std::thread([this, fileBytes] { result_ = describeBytes(path_, fileBytes); });
}

void ImportFingerprint::bytesReleasing() {
    if (worker_.joinable()) worker_.join();
}

Result<SnapshotSource> ImportFingerprint::source() const {
    if (!seen_) return makeError(ErrorKind::Io, "Cannot read " + path_);
    return result_;
}

FingerprintedImport importWithFingerprint(const std::string& path, CsvOptions options, const Progress* progress) {
    ImportFingerprint fingerprint(path);
    options.rawBytesObserver = &fingerprint;
    auto imported = readCsvFile(path, options, progress);
    return {std::move(imported), fingerprint.source()};
}

} // namespace segmenta
