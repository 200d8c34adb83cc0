// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>

namespace segmenta::csv {

// A regular file mapped read-only, so that its bytes are the page cache's pages
// instead of a fresh copy. Why: on the virtual machines this runs on, the first
// touch of a fresh page costs far more than the copy into it (the host backs the
// memory lazily: ~0.5-1 GB/s), and read() into a new buffer paid that for the
// whole file (113 MB for the 1M-row benchmark: 50-200 ms of CPU, against ~15 ms
// to map the cached pages).
//
// The danger of a mapping is a file that another program truncates while it is
// mapped: touching a page past the new end raises SIGBUS, which kills the
// process. A process-wide SIGBUS handler (installed once, chaining to any
// previous one for faults elsewhere) maps zeroed memory over the lost pages
// instead and marks the mapping, so the reader sees zeros and reports the file
// as changed. A writer that changes the bytes in place is caught by comparing
// the file's size and modification time before and after.
class FileMapping {
public:
    FileMapping() = default;
    FileMapping(const FileMapping&) = delete;
    FileMapping& operator=(const FileMapping&) = delete;
    ~FileMapping() { unmap(); }

    // Maps `size` bytes of the open descriptor `fd` (kept open until unmap()).
    // False when the file cannot be mapped (the caller then reads it).
    bool map(int fd, std::size_t size) noexcept;
    // Maps the bytes of [offset, offset + bytes) now (one call instead of a
    // fault per 16 pages; reads them from disk when they are not cached).
    // False when they are gone: the file got shorter.
    bool populate(std::size_t offset, std::size_t bytes) noexcept;
    const char* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }

    // True when the file was truncated under the mapping or its size or
    // modification time changed since map(). Valid until unmap().
    bool changed() const noexcept;
    // Unmaps (after the caller's last read); returns changed() as it was then.
    bool unmap() noexcept;

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0, mapped_ = 0;
    int fd_ = -1;
    int slot_ = -1;
    long long mtimeSec_ = 0, mtimeNsec_ = 0, ctimeSec_ = 0, ctimeNsec_ = 0;
    long long statSize_ = 0;
};

} // namespace segmenta::csv
