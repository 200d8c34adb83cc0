// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/file_source.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>

namespace segmenta::csv {

namespace {

struct Fd {
    int fd = -1;
    ~Fd() { if (fd >= 0) ::close(fd); }
};

std::string quoted(const std::string& path) { return "\"" + path + "\""; }

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

FileBytes::FileBytes(FileBytes&& o) noexcept : size(o.size), data_(o.data_), mapped_(o.mapped_) {
    o.data_ = nullptr;
    o.mapped_ = o.size = 0;
}

FileBytes& FileBytes::operator=(FileBytes&& o) noexcept {
    if (this != &o) {
        this->~FileBytes();
        size = o.size; data_ = o.data_; mapped_ = o.mapped_;
        o.data_ = nullptr;
        o.mapped_ = o.size = 0;
    }
    return *this;
}

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
    FileBytes out(size);
    if (!out.data()) return makeError(ErrorKind::BadInput, quoted(path) + " is too large for the memory available.");
    constexpr std::size_t kBlock = 16u << 20;
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(f.fd, out.data() + got, std::min(kBlock, size - got));
        if (n < 0) {
            if (errno == EINTR) continue;
            return makeError(ErrorKind::Io, "Reading " + quoted(path) + " failed: " + std::strerror(errno) + ".");
        }
        if (n == 0) break;
        got += std::size_t(n);
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "The import was cancelled.");
        report(progress, 0.1 * double(got) / double(size), "Reading file");
    }
    if (got < size)
        return makeError(ErrorKind::Io, quoted(path) + " got shorter while it was being read: another program is "
                                        "changing it. Wait until it has finished, then import again.");
    out.size = size;
    return out;
}

} // namespace segmenta::csv
