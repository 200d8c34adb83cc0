// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::orders {

// How a column of timestamps is read. Numeric dates such as 03/04/2024 are
// ambiguous; the order is decided once per column from the values (a first
// number above 12 means day-first, a second above 12 month-first) and shown.
enum class DayMonthOrder { Unknown, DayFirst, MonthFirst };

struct TimestampFormat {
    DayMonthOrder order = DayMonthOrder::Unknown;   // Unknown: month-first, as US exports write
    bool unixSeconds = false;   // the column holds whole seconds since 1970-01-01 UTC
    std::string pattern;        // a user-typed format ("%d.%m.%Y %H:%M"); empty = recognise
};

// Reads one timestamp as the shop exports write them, to seconds since
// 1970-01-01 UTC (an offset such as +0100 or Z is applied; a time without an
// offset is taken as UTC). Accepted, with or without a time:
//   2024-01-01 15:38:24 +0100 · 2024-01-01T15:38:24Z · 2024-01-01T15:38:24.5+02:00
//   12/06/1998 3:04 PM · 12.06.1998 · 06/12/98 · Jun 12 1998 · June 12, 1998 ·
//   12 Jun 1998 15:04 · Unix seconds (with format.unixSeconds).
// nullopt when the text is none of these (or an impossible date such as 31/02).
std::optional<std::int64_t> parseTimestamp(std::string_view text, const TimestampFormat& format = {});

// Parses with a strftime-like pattern: %Y %y %m %d %H %I %M %S %p %b (month
// name or abbreviation) %z (+hhmm, +hh:mm or Z); any other character must match
// itself, and a space matches one or more spaces.
std::optional<std::int64_t> parseWithPattern(std::string_view text, std::string_view pattern);

// What a column's values say about how to read them.
struct TimestampGuess {
    TimestampFormat format;
    std::size_t readable = 0;   // non-empty values that parse with `format`
    std::size_t nonEmpty = 0;
    bool ambiguous = false;     // no value settled day-first vs month-first
    std::string note;           // e.g. "read as day/month: 13/02/2024 has no 13th month"
};

// Looks at the values (empty ones skipped) and picks the format that reads the
// most of them. `preferDayFirst` settles an ambiguous column.
TimestampGuess guessTimestampFormat(const std::vector<std::string_view>& values,
                                    std::optional<bool> preferDayFirst = std::nullopt);

} // namespace segmenta::orders
