// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/value_keys.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

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

void sortHashKeys(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& rows) {
    constexpr int kBits = 11, kPasses = 3, kLow = 64 - kBits * kPasses;   // bits 31..63
    constexpr std::size_t kBuckets = std::size_t(1) << kBits;
    const std::size_t n = keys.size();
    if (n < 4096) {
        std::vector<std::size_t> order(n);
        for (std::size_t i = 0; i < n; ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
        std::vector<std::uint64_t> k(n);
        std::vector<std::uint32_t> r(n);
        for (std::size_t i = 0; i < n; ++i) { k[i] = keys[order[i]]; r[i] = rows[order[i]]; }
        keys.swap(k);
        rows.swap(r);
        return;
    }
    std::array<std::array<std::uint32_t, kBuckets>, kPasses> counts{};
    for (const std::uint64_t key : keys)
        for (int d = 0; d < kPasses; ++d) ++counts[std::size_t(d)][(key >> (kLow + d * kBits)) & (kBuckets - 1)];
    std::vector<std::uint64_t> keys2(n);
    std::vector<std::uint32_t> rows2(n);
    for (int d = 0; d < kPasses; ++d) {
        auto& c = counts[std::size_t(d)];
        std::uint32_t sum = 0;
        for (auto& v : c) { const auto t = v; v = sum; sum += t; }
        const int shift = kLow + d * kBits;
        for (std::size_t i = 0; i < n; ++i) {
            const auto at = c[(keys[i] >> shift) & (kBuckets - 1)]++;
            keys2[at] = keys[i];
            rows2[at] = rows[i];
        }
        keys.swap(keys2);
        rows.swap(rows2);
    }
    // Runs with equal top bits: stable insertion sort on the whole key (equal
    // keys, the common case in such a run, never move).
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && (keys[j] >> kLow) == (keys[i] >> kLow)) ++j;
        if (j - i > 32 && !std::is_sorted(keys.begin() + std::ptrdiff_t(i), keys.begin() + std::ptrdiff_t(j))) {
            std::vector<std::pair<std::uint64_t, std::uint32_t>> run;
            for (std::size_t a = i; a < j; ++a) run.emplace_back(keys[a], rows[a]);
            std::stable_sort(run.begin(), run.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
            for (std::size_t a = i; a < j; ++a) { keys[a] = run[a - i].first; rows[a] = run[a - i].second; }
            i = j;
            continue;
        }
        for (std::size_t a = i + 1; a < j; ++a) {
            const std::uint64_t k = keys[a];
            const std::uint32_t r = rows[a];
            std::size_t b = a;
            for (; b > i && keys[b - 1] > k; --b) { keys[b] = keys[b - 1]; rows[b] = rows[b - 1]; }
            keys[b] = k;
            rows[b] = r;
        }
        i = j;
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
