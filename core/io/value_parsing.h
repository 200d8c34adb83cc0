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
// Inline: the import asks this of most text and category cells.
inline bool isMissingToken(std::string_view s, bool naIsValue = false) noexcept {
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; };
    const auto is = [&](std::string_view word) {   // `word` in lower case, same size as s
        for (std::size_t i = 0; i < word.size(); ++i)
            if (lower(s[i]) != word[i]) return false;
        return true;
    };
    switch (s.size()) {
    case 0: return true;
    case 1: return s[0] == '-' || s[0] == '?';
    case 2: return !naIsValue && is("na");
    case 3: return is("n/a") || is("nan");
    case 4: return is("null") || is("#n/a");
    default: return false;
    }
}

// yes/no, true/false, y/n, t/f (any case) → 1 / 0; -1 otherwise. 0/1 are not words.
int parseBoolWord(std::string_view trimmed) noexcept;

struct NumberInfo {
    bool integer = false;      // no fraction or exponent
    bool leadingZero = false;  // "007": an identifier code, not a count
    bool unsafe = false;       // integer beyond 2^53: a double would change it
};

// The two shapes most cells of exports have: [sign] up to 18 digits, or [sign]
// digits, the decimal mark, digits with at most 15 digits in all. Anything else
// (and an empty cell) gives false: parseNumber then decides. Inline so the
// import's record loop reads a plain number without a call; parseNumber tries
// it first, so both give the same double.
[[gnu::always_inline]] inline bool parsePlainNumber(std::string_view s, char decimal, double& out, bool& integer,
                                                    bool& leadingZero) noexcept {
    const char* p = s.data();
    const char* const e = p + s.size();
    if (p == e) return false;
    bool neg = false;
    if (*p == '+' || *p == '-') { neg = *p == '-'; ++p; }
    if (p == e) return false;
    const auto digit = [](char c) { return unsigned(c - '0') < 10; };
    const char* q = p;
    std::uint64_t v = 0;
    // One bound per loop (the digit limits fold into it).
    const char* const intEnd = e - p > 18 ? p + 18 : e;
    while (q < intEnd && digit(*q)) { v = v * 10 + std::uint64_t(*q - '0'); ++q; }
    if (q == e) {
        out = neg ? -double(v) : double(v);
        integer = true;
        leadingZero = q - p > 1 && *p == '0';
        return true;
    }
    // m / 10^k with both exact in a double is one correctly rounded division, so
    // this equals what strtod gives (Clinger's fast path).
    if (*q == decimal && q - p < 16) {
        const char* f = q + 1;
        std::uint64_t m = v;
        // At most 15 digits (with the mark, 16 characters): m stays below 2^53,
        // so double(m) is exact. (With 16 digits m could pass 2^53 and be rounded
        // twice: 9999999999999.999 would read as 1e13.)
        const char* const fracEnd = e - p > 16 ? p + 16 : e;
        while (f < fracEnd && digit(*f)) { m = m * 10 + std::uint64_t(*f - '0'); ++f; }
        const auto fracDigits = int(f - q - 1);
        if (f == e && (fracDigits > 0 || q > p)) {
            static constexpr double kPow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16};
            const double x = double(m) / kPow10[fracDigits];
            out = neg ? -x : x;
            integer = false;
            leadingZero = false;
            return true;
        }
    }
    return false;
}

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
