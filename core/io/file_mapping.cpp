// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/file_mapping.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <mutex>

#if defined(__linux__)
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace segmenta::csv {

#if defined(__linux__)

namespace {

// The mappings the SIGBUS handler may repair. The handler only reads `begin`
// and `end` and sets `lost`; slots are taken and given back under a mutex,
// never while a thread can still read the mapping.
struct Slot {
    std::atomic<std::uintptr_t> begin{0}, end{0};
    std::atomic<bool> lost{false};
};
constexpr int kSlots = 16;   // concurrent file imports; more fall back to read()
Slot slots[kSlots];
std::mutex slotMutex;
struct sigaction previous {};

std::uintptr_t pageSize() noexcept {
    static const std::uintptr_t size = [] {
        const long s = ::sysconf(_SC_PAGESIZE);
        return s > 0 ? std::uintptr_t(s) : std::uintptr_t(4096);
    }();
    return size;
}

void onSigbus(int sig, siginfo_t* info, void* context) {
    if (info && info->si_code > 0) {   // raised by a fault, not sent by kill()
        const auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
        for (Slot& s : slots) {
            const std::uintptr_t b = s.begin.load(std::memory_order_acquire), e = s.end.load(std::memory_order_acquire);
            if (b == 0 || addr < b || addr >= e) continue;
            // The file lost these pages: zeros from here to the end of the
            // mapping, so the access is retried and reads 0.
            const std::uintptr_t from = addr & ~(pageSize() - 1);
            void* p = ::mmap(reinterpret_cast<void*>(from), e - from, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            if (p == MAP_FAILED) break;
            s.lost.store(true, std::memory_order_relaxed);
            return;
        }
    }
    // Not one of ours: what would have happened without this handler.
    if (previous.sa_flags & SA_SIGINFO) {
        if (previous.sa_sigaction) previous.sa_sigaction(sig, info, context);
        return;
    }
    if (previous.sa_handler == SIG_DFL || previous.sa_handler == SIG_IGN) {
        struct sigaction dfl {};
        dfl.sa_handler = SIG_DFL;
        ::sigaction(SIGBUS, &dfl, nullptr);   // the fault repeats and ends the process as before
        if (!info || info->si_code <= 0) ::raise(SIGBUS);
        return;
    }
    previous.sa_handler(sig);
}

bool installHandler() noexcept {
    static const bool installed = [] {
        struct sigaction sa {};
        sa.sa_sigaction = onSigbus;
        sa.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&sa.sa_mask);
        return ::sigaction(SIGBUS, &sa, &previous) == 0;
    }();
    return installed;
}

int takeSlot(std::uintptr_t begin, std::uintptr_t end) noexcept {
    std::lock_guard<std::mutex> lock(slotMutex);
    for (int i = 0; i < kSlots; ++i) {
        if (slots[i].begin.load() != 0) continue;
        slots[i].lost.store(false);
        slots[i].end.store(end, std::memory_order_release);
        slots[i].begin.store(begin, std::memory_order_release);
        return i;
    }
    return -1;
}

void giveSlot(int i) noexcept {
    std::lock_guard<std::mutex> lock(slotMutex);
    slots[i].begin.store(0, std::memory_order_release);
    slots[i].end.store(0, std::memory_order_release);
}

} // namespace

bool FileMapping::map(int fd, std::size_t size) noexcept {
    if (data_ || size == 0 || !installHandler()) return false;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || std::size_t(st.st_size) != size) return false;
    const std::size_t len = (size + pageSize() - 1) & ~(pageSize() - 1);
    void* p = ::mmap(nullptr, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) return false;
    const auto begin = reinterpret_cast<std::uintptr_t>(p);
    const int slot = takeSlot(begin, begin + len);
    if (slot < 0) {
        ::munmap(p, len);
        return false;
    }
    const int own = ::dup(fd);
    if (own < 0) {
        giveSlot(slot);
        ::munmap(p, len);
        return false;
    }
    ::madvise(p, len, MADV_SEQUENTIAL);
    data_ = static_cast<const char*>(p);
    size_ = size;
    mapped_ = len;
    fd_ = own;
    slot_ = slot;
    statSize_ = st.st_size;
    mtimeSec_ = st.st_mtim.tv_sec;
    mtimeNsec_ = st.st_mtim.tv_nsec;
    ctimeSec_ = st.st_ctim.tv_sec;
    ctimeNsec_ = st.st_ctim.tv_nsec;
    return true;
}

bool FileMapping::populate(std::size_t offset, std::size_t bytes) noexcept {
#ifdef MADV_POPULATE_READ
    if (!data_ || offset >= size_) return true;
    const std::uintptr_t page = pageSize();
    const auto begin = (reinterpret_cast<std::uintptr_t>(data_) + offset) & ~(page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data_) + std::min(size_, offset + bytes) + page - 1) & ~(page - 1);
    if (::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_READ) == 0) return true;
    return errno != EFAULT;   // EFAULT: the pages are gone (the file got shorter); others: left to the faults
#else
    (void)offset;
    (void)bytes;
    return true;
#endif
}

bool FileMapping::changed() const noexcept {
    if (!data_) return false;
    if (slots[slot_].lost.load()) return true;
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return true;
    return st.st_size != statSize_ || st.st_mtim.tv_sec != mtimeSec_ || st.st_mtim.tv_nsec != mtimeNsec_ ||
           st.st_ctim.tv_sec != ctimeSec_ || st.st_ctim.tv_nsec != ctimeNsec_;
}

bool FileMapping::unmap() noexcept {
    if (!data_) return false;
    const bool wasChanged = changed();
    // The slot goes first: once unmapped, the address range may be reused by
    // another mapping whose faults are none of this handler's business.
    giveSlot(slot_);
    ::munmap(const_cast<char*>(data_), mapped_);
    ::close(fd_);
    data_ = nullptr;
    size_ = mapped_ = 0;
    fd_ = slot_ = -1;
    return wasChanged;
}

#else

bool FileMapping::map(int, std::size_t) noexcept { return false; }
bool FileMapping::populate(std::size_t, std::size_t) noexcept { return true; }
bool FileMapping::changed() const noexcept { return false; }
bool FileMapping::unmap() noexcept { return false; }

#endif

} // namespace segmenta::csv
