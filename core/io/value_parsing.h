// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string_view>

namespace segmenta::csv {

// Cell-level parsers shared by the sniffer, type inference and column building.
// All take the cell text after unquoting; none allocate.

inline bool isSpace(char c) noexcept { return c == ' ' || c == '\t'; }

inline std::string_view trimSpaces(std::string_view s) noexcept {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

// Empty, NA, N/A, null, NaN, -, ?, #N/A (any letter case). "NA" is a value when
// `naIsValue` (a column of two-letter country codes holds Namibia).
bool isMissingToken(std::string_view trimmed, bool naIsValue = false) noexcept;

// yes/no, true/false, y/n, t/f (any case) → 1 / 0; -1 otherwise. 0/1 are not words.
int parseBoolWord(std::string_view trimmed) noexcept;

struct NumberInfo {
    bool integer = false;      // no fraction or exponent
    bool leadingZero = false;  // "007": an identifier code, not a count
    bool unsafe = false;       // integer beyond 2^53: a double would change it
};

// A number written with `decimal` ('.' or ',') and optional `thousands` grouping
// (groups of three). Rejects inf/nan words, currency signs, units.
bool parseNumber(std::string_view trimmed, char decimal, char thousands, double& out,
                 NumberInfo* info = nullptr) noexcept;

enum class DateOrder : std::uint8_t { YMD, DMY, MDY };

// The pieces of a date or date-time cell before the order of day and month is known.
struct DateParts {
    int a = 0, b = 0, c = 0;        // numbers in written order
    int aDigits = 0, cDigits = 0;
    bool yearFirst = false;         // a has 4 digits: year-month-day
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
    int offsetMinutes = 0;          // from "Z" / "+02:00"; converted to UTC
};

// Recognises y-m-d, d/m/y, m/d/y (separators - / .), optionally followed by
// "T" or space and hh:mm[:ss[.fff]][Z|±hh[:mm]].
bool splitDate(std::string_view trimmed, DateParts& out) noexcept;

// Days since 1970-01-01 for the parts in the given order (ignored when yearFirst);
// false for impossible dates (31/02).
bool datePartsToDays(const DateParts& p, DateOrder order, std::int64_t& days) noexcept;
std::int64_t datePartsToSeconds(const DateParts& p, std::int64_t days) noexcept;

} // namespace segmenta::csv
