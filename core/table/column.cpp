// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/column.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/table/dates.h"

namespace segmenta {

namespace {
constexpr const char* kTypeNames[] = {"integer", "decimal", "boolean", "date", "datetime", "category", "text", "identifier"};
constexpr const char* kRoleNames[] = {"feature", "ignore", "identifier", "label", "score", "date", "slice"};
}

const char* toString(ColumnType type) noexcept { return kTypeNames[int(type)]; }
const char* toString(ColumnRole role) noexcept { return kRoleNames[int(role)]; }

bool parseColumnType(std::string_view text, ColumnType& out) noexcept {
    for (int i = 0; i < 8; ++i)
        if (text == kTypeNames[i]) { out = ColumnType(i); return true; }
    return false;
}

bool parseColumnRole(std::string_view text, ColumnRole& out) noexcept {
    for (int i = 0; i < 7; ++i)
        if (text == kRoleNames[i]) { out = ColumnRole(i); return true; }
    return false;
}

std::size_t Column::missingCount() const noexcept {
    // In blocks with a narrow counter: the compiler turns this into 16 bytes
    // per step, where std::count took several instructions per byte.
    std::size_t total = 0;
    const std::uint8_t* m = missing.data();
    for (std::size_t i = 0, n = missing.size(); i < n;) {
        const std::size_t end = std::min(n, i + 255 * 16);
        std::uint32_t block = 0;
        for (; i < end; ++i) block += m[i] == 1;
        total += block;
    }
    return total;
}

const std::string* Column::unparsedText(std::size_t row) const noexcept {
    const auto it = std::lower_bound(unparsed.begin(), unparsed.end(), row,
                                     [](const auto& cell, std::size_t r) { return cell.first < r; });
    return it != unparsed.end() && it->first == row ? &it->second : nullptr;
}

std::string Column::displayText(std::size_t row) const {
    if (row >= missing.size() || missing[row]) return {};
    switch (type) {
    case ColumnType::Integer: {
        const double v = numbers[row];
        if (std::abs(v) < 9e15) return std::to_string(std::int64_t(v));
        [[fallthrough]];
    }
    case ColumnType::Decimal: {
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, numbers[row]);
        return std::string(buf, r.ptr);
    }
    case ColumnType::Boolean: return numbers[row] != 0 ? "yes" : "no";
    case ColumnType::Date: return formatDate(times[row]);
    case ColumnType::DateTime: return formatDateTime(times[row]);
    case ColumnType::Category: return codes[row] < 0 ? std::string() : levels[std::size_t(codes[row])];
    case ColumnType::Text:
    case ColumnType::Identifier: return std::string(strings[row]);
    }
    return {};
}

void Column::appendNumber(double v) { numbers.push_back(v); missing.push_back(0); }
void Column::appendTime(std::int64_t v) { times.push_back(v); missing.push_back(0); }

void Column::appendCategory(std::string_view level) {
    // Linear search is fine: categories have few levels by definition, and
    // builders that need speed keep their own hash map and push codes directly.
    auto it = std::find(levels.begin(), levels.end(), level);
    if (it == levels.end()) { levels.emplace_back(level); it = levels.end() - 1; }
    codes.push_back(std::int32_t(it - levels.begin()));
    missing.push_back(0);
}

void Column::appendString(std::string_view s) { strings.append(s); missing.push_back(0); }

void Column::appendMissing() {
    switch (type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean:
        numbers.push_back(std::nan("")); break;
    case ColumnType::Date: case ColumnType::DateTime: times.push_back(0); break;
    case ColumnType::Category: codes.push_back(-1); break;
    case ColumnType::Text: case ColumnType::Identifier: strings.append({}); break;
    }
    missing.push_back(1);
}

void Column::reserve(std::size_t n) {
    missing.reserve(n);
    if (isNumeric(type)) numbers.reserve(n);
    else if (isTemporal(type)) times.reserve(n);
    else if (type == ColumnType::Category) codes.reserve(n);
    else strings.reserve(n, n * 12);
}

} // namespace segmenta
