// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/file_source.h"

#include "core/io/file_mapping.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <new>
#include <thread>

namespace segmenta::csv {

namespace {

struct Fd {
    int fd = -1;
    ~Fd() { if (fd >= 0) ::close(fd); }
};

std::string quoted(const std::string& path) { return "\"" + path + "\""; }

} // namespace

Error shrankError(const std::string& path) {
    return makeError(ErrorKind::Io, quoted(path) + " got shorter or changed while it was being read: another "
                                    "program is writing to it. Wait until it has finished, then import again.");
}

namespace {

constexpr std::size_t kParallelReadBytes = 32u << 20;
// Smaller files are read: their copy costs little, and the import of a small
// file keeps no mapping (and no SIGBUS handler) at all.
constexpr std::size_t kMapBytes = 4u << 20;

// [begin, end) of the file; `got` is where reading stopped (end when complete).
struct ReadRange {
    std::size_t begin = 0, end = 0;
    std::size_t got = 0;
    int error = 0;   // errno of a failed read
};

// Reads r's bytes into buffer + r.begin with pread (threads share the descriptor).
// Only the thread with `reports` set reports progress, estimated from its own
// range (both halves advance at about the same pace).
void readRange(int fd, char* buffer, ReadRange& r, const Progress* progress, bool reports) {
    constexpr std::size_t kBlock = 16u << 20;
    r.got = r.begin;
    while (r.got < r.end) {
        const ssize_t n = ::pread(fd, buffer + r.got, std::min(kBlock, r.end - r.got), off_t(r.got));
        if (n < 0) {
            if (errno == EINTR) continue;
            r.error = errno;
            return;
        }
        if (n == 0) return;   // the file got shorter
        r.got += std::size_t(n);
        if (cancelled(progress)) return;
        if (reports) report(progress, 0.1 * double(r.got - r.begin) / double(r.end - r.begin), "Reading file");
    }
}

// Maps a mapped file's pages in blocks, reporting progress like the read.
Result<FileBytes> populated(std::unique_ptr<FileMapping> mapping, const std::string& path, const Progress* progress) {
    constexpr std::size_t kBlock = 16u << 20;
    const std::size_t size = mapping->size();
    // Two halves on two threads: mapping a cached file's pages is the kernel's
    // work per page (~20 ms of CPU for 113 MB) and nothing else can start before.
    // Only the first half's thread reports (both advance at about the same pace).
    const std::size_t half = size >= kParallelReadBytes ? (size / 2 + kBlock - 1) / kBlock * kBlock : size;
    std::atomic<bool> stopped{false};
    auto populateRange = [&](std::size_t begin, std::size_t end, bool reports) {
        for (std::size_t at = begin; at < end && !stopped.load(std::memory_order_relaxed); at += kBlock) {
            if (!mapping->populate(at, std::min(kBlock, end - at)) || cancelled(progress)) { stopped = true; return; }
            if (reports) report(progress, 0.1 * double(std::min(end, at + kBlock) - begin) / double(end - begin), "Reading file");
        }
    };
    std::thread helper;
    if (half < size) helper = std::thread(populateRange, half, size, false);
    populateRange(0, half, true);
    if (helper.joinable()) helper.join();
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "The import was cancelled.");
    if (mapping->changed()) return shrankError(path);
    return FileBytes(std::move(mapping));
}

} // namespace

// One anonymous mapping with transparent huge pages: a 100 MB file then costs
// ~50 page faults instead of ~25,000, a visible share of the import time.
FileBytes::FileBytes(std::size_t capacity) {
    constexpr std::size_t kHuge = 2u << 20;
    const std::size_t len = (capacity + kHuge - 1) / kHuge * kHuge;
    void* p = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return;
#ifdef MADV_HUGEPAGE
    ::madvise(p, len, MADV_HUGEPAGE);
#endif
    data_ = static_cast<char*>(p);
    mapped_ = len;
}

FileBytes::FileBytes(std::unique_ptr<FileMapping> mapping) : size(mapping->size()), file_(std::move(mapping)) {}

FileBytes::FileBytes(FileBytes&& o) noexcept
    : size(o.size), data_(o.data_), mapped_(o.mapped_), file_(std::move(o.file_)), changed_(o.changed_) {
    o.data_ = nullptr;
    o.mapped_ = o.size = 0;
}

FileBytes& FileBytes::operator=(FileBytes&& o) noexcept {
    if (this != &o) {
        if (data_) ::munmap(data_, mapped_);
        size = o.size; data_ = o.data_; mapped_ = o.mapped_;
        file_ = std::move(o.file_);
        changed_ = o.changed_;
        o.data_ = nullptr;
        o.mapped_ = o.size = 0;
    }
    return *this;
}

std::string_view FileBytes::view() const noexcept {
    if (file_) return {file_->data(), size};
    return {data_, size};
}

char* FileBytes::releaseMapping(std::size_t& bytes) noexcept {
    if (file_) {
        changed_ = file_->unmap() || changed_;
        file_.reset();
    }
    char* data = data_;
    bytes = mapped_;
    data_ = nullptr;
    mapped_ = size = 0;
    return data;
}

bool FileBytes::changedWhileRead() const noexcept { return changed_ || (file_ && file_->changed()); }

FileBytes::~FileBytes() {
    if (data_) ::munmap(data_, mapped_);
}

Result<FileBytes> readWholeFile(const std::string& path, const Progress* progress) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return makeError(ErrorKind::NotFound, "The file " + quoted(path) + " does not exist. Check the name and the folder.");
        if (errno == EACCES) return makeError(ErrorKind::Io, "You do not have permission to open " + quoted(path) + ".");
        return makeError(ErrorKind::Io, "Cannot open " + quoted(path) + ": " + std::strerror(errno) + ".");
    }
    if (S_ISDIR(st.st_mode))
        return makeError(ErrorKind::BadInput, quoted(path) + " is a folder, not a file. Choose a CSV file inside it.");
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorKind::BadInput, quoted(path) + " is not an ordinary file. Save the data to a CSV file first.");
    Fd f;
    f.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (f.fd < 0) {
        if (errno == EACCES) return makeError(ErrorKind::Io, "You do not have permission to open " + quoted(path) + ".");
        return makeError(ErrorKind::Io, "Cannot open " + quoted(path) + ": " + std::strerror(errno) + ".");
    }
    if (::fstat(f.fd, &st) != 0) return makeError(ErrorKind::Io, "Cannot read " + quoted(path) + ".");
    const auto size = std::size_t(st.st_size);
    if (size == 0) return makeError(ErrorKind::BadInput, "The file " + quoted(path) + " is empty.");
    if (size >= kMapBytes) {
        auto mapping = std::make_unique<FileMapping>();
        if (mapping->map(f.fd, size)) return populated(std::move(mapping), path, progress);
    }
    FileBytes out(size);
    if (!out.data()) return makeError(ErrorKind::BadInput, quoted(path) + " is too large for the memory available.");
    // A large file is read by two threads, one half each: most of a read's time
    // is the kernel zeroing the buffer's fresh pages and copying into them, which
    // takes a core's full time; alone it was ~8 % of `inspect`, before anything
    // else could start.
    const std::size_t half = size >= kParallelReadBytes ? size / 2 : size;
    ReadRange second{half, size, size};
    std::thread helper;
    if (half < size) helper = std::thread([&] { readRange(f.fd, out.data(), second, progress, false); });
    ReadRange first{0, half};
    readRange(f.fd, out.data(), first, progress, true);
    if (helper.joinable()) helper.join();
    for (const ReadRange* r : {&first, &second}) {
        if (r->error) return makeError(ErrorKind::Io, "Reading " + quoted(path) + " failed: " + std::strerror(r->error) + ".");
    }
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "The import was cancelled.");
    if (first.got < first.end || second.got < second.end) return shrankError(path);
    out.size = size;
    return out;
}

} // namespace segmenta::csv
