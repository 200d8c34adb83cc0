// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace segmenta {

// FIPS 180-4 SHA-256, incremental. Used to fingerprint recorded files so the
// history can tell the same export recorded twice.
class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(std::string_view s) { update(s.data(), s.size()); }
    std::string hexDigest();   // finishes; call once

    // Which compression function this process uses: "sha-ni" (x86 SHA extensions,
    // detected at run time) or "portable". Tests run both on the same vectors.
    static const char* implementation() noexcept;
    // Forces the portable code (tests only), returns the previous setting.
    static bool forcePortable(bool on) noexcept;

private:
    void blocks(const std::uint8_t* p, std::size_t count);
    std::uint32_t h_[8];
    std::uint8_t buf_[64];
    std::size_t used_ = 0;
    std::uint64_t bits_ = 0;
};

std::string sha256Hex(std::string_view data);

} // namespace segmenta
