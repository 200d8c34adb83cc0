// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/value_keys.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/common/huge_pages.h"
#include "core/quality/text_groups.h"
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
    std::vector<GroupSlot> table;
    std::vector<std::uint32_t> found;
    for (std::size_t b = 0; b < kParts; ++b)
        countPart(partKeys.data() + start[b], partRows.data() + start[b], start[b + 1] - start[b], table, found, group);
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
