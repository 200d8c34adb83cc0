// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/table/column.h"

// Internals of core/quality: hashing cells so that distinct values, duplicated
// rows and duplicated columns can be found by sorting 64-bit keys.
namespace segmenta::quality_detail {

inline std::uint64_t mix64(std::uint64_t z) noexcept {   // splitmix64's finaliser
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Eight bytes per step (a byte-at-a-time FNV-1a was a tenth of `inspect` on
// a file of e-mail columns), then mixed: each step is a bijection of the state
// for a given word, so collisions among a million distinct values have a chance
// of about 3e-8 and distinct counts are exact in practice.
// `readableEnd`: how far past the value bytes may be read (the end of the buffer
// holding it); a last word of fewer than eight bytes is then one load and a mask
// instead of a variable-length copy. The hash does not depend on it.
inline std::uint64_t hashBytes(const char* p, std::size_t n, const char* readableEnd) noexcept {
    static_assert(std::endian::native == std::endian::little, "the masked tail assumes little-endian words");
    std::uint64_t h = 0xcbf29ce484222325ULL ^ (std::uint64_t(n) * 0x9E3779B97F4A7C15ULL);
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        if (readableEnd - p >= 8) {
            std::memcpy(&w, p, 8);
            w &= ~std::uint64_t(0) >> (64 - 8 * n);
        } else {
            std::memcpy(&w, p, n);
        }
        h = (h ^ w ^ (std::uint64_t(n) << 59)) * 0x94d049bb133111ebULL;
        h ^= h >> 29;
    }
    return mix64(h);
}

inline std::uint64_t hashString(std::string_view s) noexcept { return hashBytes(s.data(), s.size(), s.data() + s.size()); }

inline std::uint64_t doubleBits(double v) noexcept {
    if (v == 0) v = 0;   // -0.0 equals +0.0
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

// Which values can equal each other across columns: a number never equals a
// date, a category level equals the same text in a text column.
enum class ValueClass { Number, Date, DateTime, String };
ValueClass valueClass(ColumnType type) noexcept;

// A 64-bit key of one cell (equal cells, equal keys); missing cells share one key.
// `levelHashes` must hold hashString of each level for Category columns.
std::uint64_t cellKey(const Column& column, std::size_t row, const std::uint64_t* levelHashes) noexcept;

// Exact equality of two cells of possibly different columns of the same ValueClass.
bool cellsEqual(const Column& a, std::size_t rowA, const Column& b, std::size_t rowB) noexcept;

// Calls group(count, firstRow) once per distinct key, in no particular order:
// how often the key occurs and the smallest of its rows (`rows` ascending, as
// built in row order). Splits the pairs by their top 8 bits, then counts each
// part in a small hash table that stays in cache: two passes over the data where
// sorting took three plus a merge of runs.
void forEachHashGroup(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& rows,
                      const std::function<void(std::int64_t count, std::uint32_t firstRow)>& group);

// The text a user reads for a number or time held as double in a column of `type`.
std::string valueText(ColumnType type, double value);

} // namespace segmenta::quality_detail
