// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "core/common/result.h"
#include "core/history/fingerprinter.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"

namespace segmenta {

// Fingerprints a file from the bytes its CSV import already read, instead of
// reading it a second time (describeFile): hand it to readCsvFile as
// CsvOptions::rawBytesObserver. importWithFingerprint below does exactly that.
//
// The SHA-256 runs on a thread of its own, but only while a core is free
// (core/common/busy_cores.h): while one thread sniffs or samples, or one parse
// half waits for the other, instead of slowing the parse. When the import is
// done with the bytes, whatever is left is hashed there and then on the
// importing thread, without waiting for the other one.
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
    void hashOnFreeCores(std::string_view bytes);
    void finishHashing();

    // The hash so far and how many bytes it covers. The hashing thread hashes the
    // next block into the slot that is not published, then publishes it; the
    // importing thread takes over by swapping in kTaken and goes on from the
    // last published slot, so it never waits for the other's hashing.
    struct Progressed {
        Fingerprinter hash;
        std::size_t bytes = 0;
    };
    static constexpr int kTaken = -1;

    std::string path_;
    std::string_view bytes_;
    std::optional<Progressed> slots_[2];
    std::atomic<int> published_{kTaken};
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
