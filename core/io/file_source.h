// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace segmenta::csv {

// A whole file in memory. One read() rather than mmap: a file that shrinks
// while it is mapped kills the process with SIGBUS; a short read is an error we
// can report.
class FileBytes {
public:
    FileBytes() = default;
    explicit FileBytes(std::size_t capacity);   // data() is null when memory ran out
    FileBytes(FileBytes&& o) noexcept;
    FileBytes& operator=(FileBytes&& o) noexcept;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes();

    char* data() noexcept { return data_; }
    std::string_view view() const noexcept { return {data_, size}; }
    // Hands the mapping over (and forgets it): its start, and its length in
    // `bytes` (a page multiple); null when there is none.
    char* releaseMapping(std::size_t& bytes) noexcept;
    std::size_t size = 0;

private:
    char* data_ = nullptr;
    std::size_t mapped_ = 0;   // anonymous mapping (huge pages where the kernel allows)
};

// NotFound (no such file), BadInput (a folder, not a regular file, empty), Io
// (no permission, read error, the file changed while read), Cancelled.
Result<FileBytes> readWholeFile(const std::string& path, const Progress* progress);

} // namespace segmenta::csv
