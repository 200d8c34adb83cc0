// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace segmenta {

// Many short strings in one buffer: 8 bytes of offset per string instead of a
// std::string each (32 bytes plus a heap block), which matters at a million rows.
class StringPool {
public:
    void append(std::string_view s) {
        chars_.insert(chars_.end(), s.begin(), s.end());
        ends_.push_back(chars_.size());
    }
    std::string_view operator[](std::size_t i) const noexcept {
        const std::uint64_t begin = i == 0 ? 0 : ends_[i - 1];
        return {chars_.data() + begin, std::size_t(ends_[i] - begin)};
    }
    std::size_t size() const noexcept { return ends_.size(); }
    bool empty() const noexcept { return ends_.empty(); }
    void reserve(std::size_t strings, std::size_t chars) { ends_.reserve(strings); chars_.reserve(chars); }
    void clear() { chars_.clear(); ends_.clear(); }
    std::size_t bytes() const noexcept { return chars_.capacity() + ends_.capacity() * sizeof(std::uint64_t); }

    // Appends all of `other`'s strings in two bulk copies (joining the parts of
    // an import string by string was a visible share of the join).
    void appendPool(const StringPool& other) {
        const std::uint64_t base = chars_.size();
        chars_.insert(chars_.end(), other.chars_.begin(), other.chars_.end());
        const std::size_t first = ends_.size();
        ends_.insert(ends_.end(), other.ends_.begin(), other.ends_.end());
        for (std::size_t i = first; i < ends_.size(); ++i) ends_[i] += base;
    }
    // The two buffers, for callers that tune how their memory is paged.
    const std::vector<char>& charBuffer() const noexcept { return chars_; }
    const std::vector<std::uint64_t>& endBuffer() const noexcept { return ends_; }

private:
    std::vector<char> chars_;
    std::vector<std::uint64_t> ends_;
};

} // namespace segmenta
