// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/value_keys.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/common/huge_pages.h"
#include "core/table/dates.h"

namespace segmenta::quality_detail {

namespace {
constexpr std::uint64_t kMissingKey = 0x6d697373696e6721ULL;

std::string_view stringOf(const Column& c, std::size_t row) noexcept {
    if (c.type == ColumnType::Category) return c.levels[std::size_t(c.codes[row])];
    return c.strings[row];
}
} // namespace

ValueClass valueClass(ColumnType type) noexcept {
    switch (type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean: return ValueClass::Number;
    case ColumnType::Date: return ValueClass::Date;
    case ColumnType::DateTime: return ValueClass::DateTime;
    case ColumnType::Category: case ColumnType::Text: case ColumnType::Identifier: break;
    }
    return ValueClass::String;
}

std::uint64_t cellKey(const Column& c, std::size_t row, const std::uint64_t* levelHashes) noexcept {
    if (c.missing[row]) return kMissingKey;
    switch (c.type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean:
        return mix64(doubleBits(c.numbers[row]) ^ 0x1111);
    case ColumnType::Date: return mix64(std::uint64_t(c.times[row]) ^ 0x2222);
    case ColumnType::DateTime: return mix64(std::uint64_t(c.times[row]) ^ 0x3333);
    case ColumnType::Category: return levelHashes[std::size_t(c.codes[row])];
    case ColumnType::Text: case ColumnType::Identifier: return hashString(c.strings[row]);
    }
    return 0;
}

bool cellsEqual(const Column& a, std::size_t ra, const Column& b, std::size_t rb) noexcept {
    if (a.missing[ra] || b.missing[rb]) return a.missing[ra] && b.missing[rb];
    const ValueClass ca = valueClass(a.type);
    if (ca != valueClass(b.type)) return false;
    switch (ca) {
    case ValueClass::Number: return doubleBits(a.numbers[ra]) == doubleBits(b.numbers[rb]);
    case ValueClass::Date: case ValueClass::DateTime: return a.times[ra] == b.times[rb];
    case ValueClass::String: return stringOf(a, ra) == stringOf(b, rb);
    }
    return false;
}

void forEachHashGroup(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& rows,
                      const std::function<void(std::int64_t, std::uint32_t)>& group) {
    constexpr int kShift = 56;
    constexpr std::size_t kParts = 256;
    const std::size_t n = keys.size();
    std::array<std::size_t, kParts + 1> start{};
    for (const std::uint64_t k : keys) ++start[(k >> kShift) + 1];
    for (std::size_t b = 0; b < kParts; ++b) start[b + 1] += start[b];
    std::vector<std::uint64_t> partKeys;
    std::vector<std::uint32_t> partRows;
    partKeys.reserve(n);
    partRows.reserve(n);
    adviseHugePages(partKeys);
    adviseHugePages(partRows);
    partKeys.resize(n);
    partRows.resize(n);
    auto next = start;
    for (std::size_t i = 0; i < n; ++i) {   // stable: rows stay ascending within a part
        const std::size_t at = next[keys[i] >> kShift]++;
        partKeys[at] = keys[i];
        partRows[at] = rows[i];
    }
    struct Slot { std::uint64_t key; std::uint32_t row; std::uint32_t count; };   // count 0 = empty
    std::vector<Slot> table;
    for (std::size_t b = 0; b < kParts; ++b) {
        const std::size_t begin = start[b], end = start[b + 1];
        if (begin == end) continue;
        std::size_t size = 64;
        while (size < 2 * (end - begin) && size < 8192) size *= 2;   // grows below if needed
        table.assign(size, Slot{0, 0, 0});
        std::size_t used = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint64_t key = partKeys[i];
            std::size_t mask = table.size() - 1;
            std::size_t s = std::size_t(key) & mask;   // low bits: the top ones chose the part
            while (table[s].count != 0 && table[s].key != key) s = (s + 1) & mask;
            if (table[s].count != 0) { ++table[s].count; continue; }
            table[s] = {key, partRows[i], 1};
            if (++used * 2 <= table.size()) continue;
            std::vector<Slot> bigger(table.size() * 2, Slot{0, 0, 0});
            mask = bigger.size() - 1;
            for (const Slot& old : table) {
                if (old.count == 0) continue;
                std::size_t t = std::size_t(old.key) & mask;
                while (bigger[t].count != 0) t = (t + 1) & mask;
                bigger[t] = old;
            }
            table.swap(bigger);
        }
        for (const Slot& slot : table)
            if (slot.count != 0) group(std::int64_t(slot.count), slot.row);
    }
}

std::string valueText(ColumnType type, double v) {
    char buf[64];
    switch (type) {
    case ColumnType::Boolean: return v != 0 ? "yes" : "no";
    case ColumnType::Date: return formatDate(std::int64_t(v));
    case ColumnType::DateTime: return formatDateTime(std::int64_t(v));
    case ColumnType::Integer:
        if (std::abs(v) < 9e15) {
            const auto r = std::to_chars(buf, buf + sizeof buf, std::int64_t(v));
            return std::string(buf, r.ptr);
        }
        break;
    default: break;
    }
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

} // namespace segmenta::quality_detail
