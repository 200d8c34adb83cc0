// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/sha256.h"

#include <atomic>
#include <cstring>

#include "core/history/sha256_ni.h"

namespace segmenta {

namespace {

inline std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::atomic<bool> gForcePortable{false};

bool useShaNi() noexcept {
    static const bool has = sha256detail::cpuHasShaNi();
    return has && !gForcePortable.load(std::memory_order_relaxed);
}

void compressPortable(std::uint32_t* state, const std::uint8_t* p) {
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
        w[i] = std::uint32_t(p[4 * i]) << 24 | std::uint32_t(p[4 * i + 1]) << 16 | std::uint32_t(p[4 * i + 2]) << 8 |
               std::uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
        const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; ++i) {
        const std::uint32_t t1 =
            h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + sha256detail::kRoundConstants[i] + w[i];
        const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d;
    state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

} // namespace

Sha256::Sha256()
    : h_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

const char* Sha256::implementation() noexcept {
    return useShaNi() ? "sha-ni" : "portable";
}

bool Sha256::forcePortable(bool on) noexcept { return gForcePortable.exchange(on); }

void Sha256::blocks(const std::uint8_t* p, std::size_t count) {
    if (useShaNi()) {
        sha256detail::compressShaNi(h_, p, count);
        return;
    }
    for (; count > 0; --count, p += 64) compressPortable(h_, p);
}

void Sha256::update(const void* data, std::size_t size) {
    const auto* p = static_cast<const std::uint8_t*>(data);
    bits_ += std::uint64_t(size) * 8;
    if (used_) {
        const std::size_t take = std::min(size, 64 - used_);
        std::memcpy(buf_ + used_, p, take);
        used_ += take; p += take; size -= take;
        if (used_ < 64) return;
        blocks(buf_, 1);
        used_ = 0;
    }
    const std::size_t whole = size / 64;
    blocks(p, whole);
    p += whole * 64;
    size -= whole * 64;
    std::memcpy(buf_, p, size);
    used_ = size;
}

std::string Sha256::hexDigest() {
    const std::uint64_t bits = bits_;
    const std::uint8_t pad = 0x80, zero = 0;
    update(&pad, 1);
    while (used_ != 56) update(&zero, 1);
    std::uint8_t len[8];
    for (int i = 0; i < 8; ++i) len[i] = std::uint8_t(bits >> (56 - 8 * i));
    update(len, 8);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (std::uint32_t v : h_)
        for (int s = 28; s >= 0; s -= 4) out.push_back(hex[(v >> s) & 0xF]);
    return out;
}

std::string sha256Hex(std::string_view data) {
    Sha256 h;
    h.update(data);
    return h.hexDigest();
}

} // namespace segmenta
