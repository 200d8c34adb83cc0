// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/fingerprint.h"

#include <algorithm>

#include "core/common/busy_cores.h"

namespace segmenta {

namespace {

// ~45 us of hashing: how long the hashing thread goes on once the import's
// threads want both cores, and at most what is hashed twice at the take-over.
constexpr std::size_t kBlockBytes = 64u << 10;

} // namespace

ImportFingerprint::ImportFingerprint(const std::string& path) : path_(path) {}

ImportFingerprint::~ImportFingerprint() {
    published_ = kTaken;
    wakeCoreWaiters();
    if (worker_.joinable()) worker_.join();
}

void ImportFingerprint::bytesReady(std::string_view fileBytes) {
    finishHashing();   // a second import with the same observer
    seen_ = true;
    bytes_ = fileBytes;
    slots_[0].emplace(Progressed{Fingerprinter(path_), 0});
    published_ = 0;
    worker_ = std::thread([this, fileBytes] { hashOnFreeCores(fileBytes); });
}

void ImportFingerprint::hashOnFreeCores(std::string_view bytes) {
    auto taken = [this] { return published_.load(std::memory_order_relaxed) == kTaken; };
    for (int from = 0;;) {
        const Progressed& done = *slots_[from];
        if (done.bytes == bytes.size()) return;
        if (!aCoreIsFree()) waitForFreeCore(taken);
        const std::size_t n = std::min(kBlockBytes, bytes.size() - done.bytes);
        Progressed& next = slots_[1 - from].emplace(done);
        next.hash.add(bytes.substr(done.bytes, n));
        next.bytes += n;
        // Fails once the importing thread has taken over: this block is then
        // not used.
        if (!published_.compare_exchange_strong(from, 1 - from, std::memory_order_acq_rel)) return;
        from = 1 - from;
    }
}

void ImportFingerprint::bytesReleasing() { finishHashing(); }

void ImportFingerprint::finishHashing() {
    const int last = published_.exchange(kTaken, std::memory_order_acq_rel);
    if (last == kTaken) return;
    wakeCoreWaiters();   // the hashing thread, if it waits for a core, ends
    Progressed done = *slots_[last];   // a copy: the hashing thread may still be reading this slot
    done.hash.add(bytes_.substr(done.bytes));
    result_ = done.hash.finish();
    // The hashing thread may still be reading the block it will throw away;
    // the bytes must outlive that (a block is short, and it runs at normal
    // priority).
    if (worker_.joinable()) worker_.join();
    bytes_ = {};
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
