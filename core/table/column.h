// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/table/string_pool.h"

namespace segmenta {

// What a column holds. Integer, Decimal and Boolean are stored as doubles;
// Date as days since 1970-01-01, DateTime as seconds since 1970-01-01T00:00:00;
// Category dictionary-encoded; Text and Identifier in a string pool.
enum class ColumnType { Integer, Decimal, Boolean, Date, DateTime, Category, Text, Identifier };

// What the user wants the column to be used for.
enum class ColumnRole { Feature, Ignore, Identifier, Label, Score, Date, Slice };

const char* toString(ColumnType type) noexcept;   // "integer", "decimal", … (as in the CLI JSON)
const char* toString(ColumnRole role) noexcept;   // "feature", "ignore", …
bool parseColumnType(std::string_view text, ColumnType& out) noexcept;
bool parseColumnRole(std::string_view text, ColumnRole& out) noexcept;

inline bool isNumeric(ColumnType t) noexcept {
    return t == ColumnType::Integer || t == ColumnType::Decimal || t == ColumnType::Boolean;
}
inline bool isTemporal(ColumnType t) noexcept { return t == ColumnType::Date || t == ColumnType::DateTime; }
inline bool isStringLike(ColumnType t) noexcept { return t == ColumnType::Text || t == ColumnType::Identifier; }

// One column of the in-memory table. Exactly one of the storage vectors is used,
// chosen by `type`; `missing` always has one byte per row (1 = missing).
struct Column {
    std::string name;
    ColumnType type = ColumnType::Text;
    ColumnRole role = ColumnRole::Feature;

    std::vector<double> numbers;        // Integer, Decimal, Boolean (0/1)
    std::vector<std::int64_t> times;    // Date (days), DateTime (seconds)
    std::vector<std::int32_t> codes;    // Category: index into levels, -1 when missing
    std::vector<std::string> levels;    // Category dictionary, in order of first appearance
    StringPool strings;                 // Text, Identifier
    std::vector<std::uint8_t> missing;  // per row
    // Cells of the input that did not fit the type (e.g. "12 kg" in a number
    // column): missing for every computation, but their text is kept so an
    // export writes what the file held. Sorted by row.
    std::vector<std::pair<std::size_t, std::string>> unparsed;

    std::size_t size() const noexcept { return missing.size(); }
    bool isMissing(std::size_t row) const noexcept { return missing[row] != 0; }
    std::size_t missingCount() const noexcept;

    // The value as a user would read it ("" when missing). Numbers use the
    // shortest round-trip form; dates ISO 8601.
    std::string displayText(std::size_t row) const;
    // The input's text of a missing cell that did not fit the type, or nullptr.
    const std::string* unparsedText(std::size_t row) const noexcept;

    // Appenders used by builders (import, demo generator, tests).
    void appendNumber(double v);
    void appendTime(std::int64_t v);
    void appendCategory(std::string_view level);  // looks up or adds the level
    void appendString(std::string_view s);
    void appendMissing();

    // Reserve storage for n rows of the current type.
    void reserve(std::size_t n);
};

} // namespace segmenta
