// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace segmenta::csv {

class FileMapping;

// A whole file in memory: a large file mapped (FileMapping: the page cache's
// pages, no fresh copy; a truncation under the mapping is caught, not a SIGBUS),
// a small one, or one that cannot be mapped, read() into an anonymous buffer.
class FileBytes {
public:
    FileBytes() = default;
    explicit FileBytes(std::size_t capacity);   // data() is null when memory ran out
    explicit FileBytes(std::unique_ptr<FileMapping> mapping);
    FileBytes(FileBytes&& o) noexcept;
    FileBytes& operator=(FileBytes&& o) noexcept;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes();

    char* data() noexcept { return data_; }
    std::string_view view() const noexcept;
    // Done with the bytes. A read buffer is handed over (and forgotten): its
    // start, and its length in `bytes` (a page multiple). A mapped file is
    // unmapped and null returned.
    char* releaseMapping(std::size_t& bytes) noexcept;
    // A mapped file that was truncated or written to while mapped (up to
    // releaseMapping()): what was parsed may not be what the file holds.
    bool changedWhileRead() const noexcept;
    std::size_t size = 0;

private:
    char* data_ = nullptr;
    std::size_t mapped_ = 0;   // anonymous mapping (huge pages where the kernel allows)
    std::unique_ptr<FileMapping> file_;
    bool changed_ = false;
};

// NotFound (no such file), BadInput (a folder, not a regular file, empty), Io
// (no permission, read error, the file changed while read), Cancelled.
// The Io error for a file that got shorter (or was changed) while it was read.
Error shrankError(const std::string& path);

Result<FileBytes> readWholeFile(const std::string& path, const Progress* progress);

} // namespace segmenta::csv
