// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/value_parsing.h"

#include <fast_float/fast_float.h>

#include "core/table/dates.h"

namespace segmenta::csv {

namespace {

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

bool equalsNoCase(std::string_view s, std::string_view lowerWord) noexcept {
    if (s.size() != lowerWord.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != lowerWord[i]) return false;
    return true;
}

bool isDigit(char c) noexcept { return unsigned(c - '0') < 10; }

constexpr double kSafeInteger = 9007199254740992.0;   // 2^53

// Reads 1..maxDigits digits at p; returns the count (0 = none).
int readInt(const char*& p, const char* e, int maxDigits, int& value) noexcept {
    int n = 0;
    value = 0;
    while (p < e && isDigit(*p) && n < maxDigits) { value = value * 10 + (*p - '0'); ++p; ++n; }
    if (p < e && isDigit(*p)) return 0;   // too many digits
    return n;
}

bool parseTime(const char*& p, const char* e, DateParts& out) noexcept {
    int h = 0, m = 0, s = 0;
    if (readInt(p, e, 2, h) == 0 || p >= e || *p != ':') return false;
    ++p;
    if (readInt(p, e, 2, m) != 2) return false;
    if (p < e && *p == ':') {
        ++p;
        if (readInt(p, e, 2, s) != 2) return false;
        if (p < e && (*p == '.' || *p == ',')) {   // fractional seconds: kept to the second
            ++p;
            const char* f = p;
            while (p < e && isDigit(*p)) ++p;
            if (p == f) return false;
        }
    }
    if (p < e && *p == ' ') ++p;
    if (e - p >= 2 && (lower(p[1]) == 'm') && (lower(p[0]) == 'a' || lower(p[0]) == 'p')) {
        if (h < 1 || h > 12) return false;
        const bool pm = lower(p[0]) == 'p';
        h = (h % 12) + (pm ? 12 : 0);
        p += 2;
    }
    if (p < e && (*p == 'Z' || *p == 'z')) ++p;
    else if (p < e && (*p == '+' || *p == '-')) {
        const int sign = *p == '-' ? -1 : 1;
        ++p;
        int oh = 0, om = 0;
        if (readInt(p, e, 2, oh) != 2) return false;
        if (p < e && *p == ':') ++p;
        if (p < e && readInt(p, e, 2, om) != 2) return false;
        if (oh > 14 || om > 59) return false;
        out.offsetMinutes = sign * (oh * 60 + om);
    }
    if (h > 23 || m > 59 || s > 60) return false;
    out.hour = h; out.minute = m; out.second = s;
    out.hasTime = true;
    return p == e;
}

} // namespace

int parseBoolWord(std::string_view s) noexcept {
    switch (s.size()) {
    case 1: {
        const char c = lower(s[0]);
        if (c == 'y' || c == 't') return 1;
        if (c == 'n' || c == 'f') return 0;
        return -1;
    }
    case 2: return equalsNoCase(s, "no") ? 0 : -1;
    case 3: return equalsNoCase(s, "yes") ? 1 : -1;
    case 4: return equalsNoCase(s, "true") ? 1 : -1;
    case 5: return equalsNoCase(s, "false") ? 0 : -1;
    default: return -1;
    }
}

bool parseNumber(std::string_view s, char decimal, char thousands, double& out, NumberInfo* info) noexcept {
    bool integer = false, leadingZero = false;
    if (parsePlainNumber(s, decimal, out, integer, leadingZero)) {
        if (info) *info = NumberInfo{integer, leadingZero, false};
        return true;
    }
    const char* p = s.data();
    const char* const e = p + s.size();
    if (p == e) return false;
    bool neg = false;
    if (*p == '+' || *p == '-') { neg = *p == '-'; ++p; }
    if (p == e) return false;
    if (!isDigit(*p) && *p != decimal) return false;
    const char* q;
    // General path: copy into a buffer without grouping, '.' as decimal point.
    char buf[96];
    std::size_t n = 0;
    if (neg) buf[n++] = '-';
    bool sawDecimal = false, sawExp = false, sawSep = false, digits = false;
    int group = 0;   // digits since the last thousands separator (or the start)
    for (q = p; q < e; ++q) {
        const char c = *q;
        if (n + 2 >= sizeof buf) return false;
        if (isDigit(c)) { buf[n++] = c; ++group; digits = true; continue; }
        if (thousands != 0 && c == thousands && !sawDecimal && !sawExp) {
            if (sawSep ? group != 3 : (group < 1 || group > 3)) return false;
            sawSep = true; group = 0;
            continue;
        }
        if (c == decimal && !sawDecimal && !sawExp) {
            if (sawSep && group != 3) return false;
            sawDecimal = true; buf[n++] = '.';
            continue;
        }
        if ((c == 'e' || c == 'E') && !sawExp && digits) {
            sawExp = true; buf[n++] = 'e';
            if (q + 1 < e && (q[1] == '+' || q[1] == '-')) buf[n++] = *++q;
            if (q + 1 >= e) return false;
            continue;
        }
        return false;
    }
    if (!digits) return false;
    if (sawSep && !sawDecimal && !sawExp && group != 3) return false;
    const auto r = fast_float::from_chars(buf, buf + n, out);
    if (r.ec != std::errc() || r.ptr != buf + n) return false;
    if (info) {
        info->integer = !sawDecimal && !sawExp;
        info->leadingZero = info->integer && !sawSep && e - p > 1 && *p == '0';
        info->unsafe = info->integer && (out >= kSafeInteger || out <= -kSafeInteger);
    }
    return true;
}

bool splitDate(std::string_view s, DateParts& out) noexcept {
    const char* p = s.data();
    const char* const e = p + s.size();
    out = DateParts{};
    out.aDigits = readInt(p, e, 4, out.a);
    if (out.aDigits == 0 || out.aDigits == 3 || p >= e) return false;
    const char sep = *p;
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++p;
    if (readInt(p, e, 2, out.b) == 0 || p >= e || *p != sep) return false;
    ++p;
    out.cDigits = readInt(p, e, 4, out.c);
    out.yearFirst = out.aDigits == 4;
    if (out.yearFirst ? out.cDigits > 2 || out.cDigits == 0 : (out.aDigits > 2 || (out.cDigits != 4 && out.cDigits != 2)))
        return false;
    if (p == e) return true;
    if (*p != 'T' && *p != ' ') return false;
    ++p;
    return parseTime(p, e, out);
}

bool datePartsToDays(const DateParts& p, DateOrder order, std::int64_t& days) noexcept {
    int y, m, d;
    if (p.yearFirst) { y = p.a; m = p.b; d = p.c; }
    else if (order == DateOrder::DMY) { d = p.a; m = p.b; y = p.c; }
    else if (order == DateOrder::MDY) { m = p.a; d = p.b; y = p.c; }
    else return false;
    if (!p.yearFirst && p.cDigits == 2) y += y < 70 ? 2000 : 1900;
    if (!isValidDate(y, unsigned(m), unsigned(d))) return false;
    days = daysFromCivil(y, unsigned(m), unsigned(d));
    return true;
}

std::int64_t datePartsToSeconds(const DateParts& p, std::int64_t days) noexcept {
    return days * 86400 + p.hour * 3600 + p.minute * 60 + p.second - std::int64_t(p.offsetMinutes) * 60;
}

} // namespace segmenta::csv
