// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "core/history/history.h"
#include "core/history/sha256.h"

namespace segmenta {

// Every way of fingerprinting a file goes through here (describeFile,
// describeBytes, ImportFingerprint): name without folder, size, and the
// SHA-256 fed chunk by chunk.
class Fingerprinter {
public:
    explicit Fingerprinter(const std::string& path) {
        s_.fileName = std::filesystem::path(path).filename().string();
    }
    void add(std::string_view bytes) {
        h_.update(bytes);
        s_.fileSize += std::int64_t(bytes.size());
    }
    std::int64_t size() const { return s_.fileSize; }
    SnapshotSource finish() {
        s_.sha256 = h_.hexDigest();
        return std::move(s_);
    }

private:
    SnapshotSource s_;
    Sha256 h_;
};

} // namespace segmenta
