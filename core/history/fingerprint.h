// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>
#include <thread>

#include "core/common/result.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"

namespace segmenta {

// Fingerprints a file from the bytes its CSV import already read, instead of
// reading it a second time (describeFile): hand it to readCsvFile as
// CsvOptions::rawBytesObserver. The SHA-256 runs on its own thread while the
// import parses (hashing is far quicker than parsing) and is waited for before
// the import frees the bytes.
// importWithFingerprint below does exactly that.
class ImportFingerprint final : public RawBytesObserver {
public:
    explicit ImportFingerprint(const std::string& path);
    ~ImportFingerprint() override;
    ImportFingerprint(const ImportFingerprint&) = delete;
    ImportFingerprint& operator=(const ImportFingerprint&) = delete;

    void bytesReady(std::string_view fileBytes) override;
    void bytesReleasing() override;

    // Name, size and SHA-256 of the bytes the import read; Error(Io) when the
    // import never got as far as reading them (it reports why itself).
    Result<SnapshotSource> source() const;

private:
    std::string path_;
    std::thread worker_;
    SnapshotSource result_;
    bool seen_ = false;
};

// A CSV import together with the fingerprint of the bytes it read.
struct FingerprintedImport {
    Result<ImportResult> imported;
    Result<SnapshotSource> source;   // an error when the import never read the file
};
FingerprintedImport importWithFingerprint(const std::string& path, CsvOptions options = {},
                                          const Progress* progress = nullptr);

} // namespace segmenta
