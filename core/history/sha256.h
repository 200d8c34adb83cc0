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

private:
    void block(const std::uint8_t* p);
    std::uint32_t h_[8];
    std::uint8_t buf_[64];
    std::size_t used_ = 0;
    std::uint64_t bits_ = 0;
};

std::string sha256Hex(std::string_view data);

} // namespace segmenta
