// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/timestamp.h"

#include <array>
#include <cctype>

#include "core/io/value_parsing.h"
#include "core/table/dates.h"

namespace segmenta::orders {

namespace {

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
bool isDigit(char c) noexcept { return unsigned(c - '0') < 10; }

// 1..12 for an English month name or its three-letter abbreviation ("Sept" too).
int monthFromName(std::string_view word) noexcept {
    static constexpr std::array<std::string_view, 12> kNames = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    std::string w;
    for (char c : word) w += lower(c);
    if (!w.empty() && w.back() == '.') w.pop_back();
    for (std::size_t m = 0; m < kNames.size(); ++m) {
        const auto name = kNames[m];
        if (w == name || (w.size() >= 3 && w.size() <= 4 && name.substr(0, w.size()) == w)) return int(m + 1);
    }
    return 0;
}

bool isWeekday(std::string_view word) noexcept {
    static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (word.size() < 3) return false;
    std::string w;
    for (char c : word.substr(0, 3)) w += lower(c);
    for (auto d : kDays) if (w == d) return true;
    return false;
}

bool allDigits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s) if (!isDigit(c)) return false;
    return true;
}

int toInt(std::string_view s) noexcept {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// "Jun 12 1998", "June 12, 1998 3:04 PM", "12 Jun 1998 15:04", "Tue, 12 Jun 1998":
// rewritten as "1998-06-12 <rest>" for the numeric reader.
std::optional<std::string> rewriteMonthName(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size() && words.size() < 4) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',') ++i;
        if (i > start) words.emplace_back(s.substr(start, i - start));
    }
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    std::string_view rest = s.substr(i);
    if (!words.empty() && isWeekday(words[0]) && monthFromName(words[0]) == 0) words.erase(words.begin());
    if (words.size() < 3) return std::nullopt;
    int month = 0, day = 0, year = 0;
    std::size_t used = 3;
    if (const int m = monthFromName(words[0]); m && allDigits(words[1]) && allDigits(words[2])) {
        month = m; day = toInt(words[1]); year = toInt(words[2]);
        if (words[2].size() != 4) return std::nullopt;
    } else if (const int m2 = monthFromName(words[1]); m2 && allDigits(words[0]) && allDigits(words[2])) {
        month = m2; day = toInt(words[0]); year = toInt(words[2]);
        if (words[2].size() != 4) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!isValidDate(year, unsigned(month), unsigned(day))) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    std::string out = buf;
    // A fourth word read above belongs to the time ("15:04").
    std::string tail;
    for (std::size_t w = used; w < words.size(); ++w) tail += std::string(words[w]) + " ";
    tail += std::string(rest);
    while (!tail.empty() && tail.back() == ' ') tail.pop_back();
    if (!tail.empty()) out += " " + tail;
    return out;
}

// " UTC" / " GMT" after a time say what no offset says too.
std::string_view stripZoneWord(std::string_view s) noexcept {
    if (s.size() > 4) {
        const auto tail = s.substr(s.size() - 4);
        if ((lower(tail[1]) == 'u' && lower(tail[2]) == 't' && lower(tail[3]) == 'c') ||
            (lower(tail[1]) == 'g' && lower(tail[2]) == 'm' && lower(tail[3]) == 't'))
            if (tail[0] == ' ') return s.substr(0, s.size() - 4);
    }
    return s;
}

// "+0100" at the end becomes "+01:00", the form the numeric reader takes.
std::string_view withOffsetColon(std::string_view s, std::string& buffer) {
    const std::size_t n = s.size();
    if (n < 6 || (s[n - 5] != '+' && s[n - 5] != '-') || !allDigits(s.substr(n - 4))) return s;
    buffer.assign(s.substr(0, n - 2)).append(":").append(s.substr(n - 2));
    return buffer;
}

std::optional<std::int64_t> fromParts(const csv::DateParts& parts, DayMonthOrder order) {
    const auto dateOrder = order == DayMonthOrder::DayFirst ? csv::DateOrder::DMY : csv::DateOrder::MDY;
    std::int64_t days = 0;
    if (!csv::datePartsToDays(parts, dateOrder, days)) return std::nullopt;
    return csv::datePartsToSeconds(parts, days);
}

std::optional<std::int64_t> parseUnixSeconds(std::string_view s) {
    if (!allDigits(s) || s.size() > 11) return std::nullopt;
    std::int64_t v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

} // namespace

std::optional<std::int64_t> parseTimestamp(std::string_view text, const TimestampFormat& format) {
    std::string buffer;
    const std::string_view s = withOffsetColon(stripZoneWord(csv::trimSpaces(text)), buffer);
    if (s.empty()) return std::nullopt;
    if (!format.pattern.empty()) return parseWithPattern(s, format.pattern);
    if (format.unixSeconds) return parseUnixSeconds(s);
    csv::DateParts parts;
    if (csv::splitDate(s, parts)) return fromParts(parts, format.order);
    if (const auto rewritten = rewriteMonthName(s)) {
        if (csv::splitDate(*rewritten, parts)) return fromParts(parts, format.order);
    }
    return std::nullopt;
}

std::optional<std::int64_t> parseWithPattern(std::string_view text, std::string_view pattern) {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, offset = 0;
    int pm = -1;   // -1 no %p, 0 am, 1 pm
    std::size_t i = 0;
    const auto number = [&](int maxDigits, int& out) {
        int n = 0;
        out = 0;
        while (i < text.size() && isDigit(text[i]) && n < maxDigits) { out = out * 10 + (text[i] - '0'); ++i; ++n; }
        return n > 0;
    };
    for (std::size_t p = 0; p < pattern.size(); ++p) {
        const char c = pattern[p];
        if (c == ' ') {
            if (i >= text.size() || text[i] != ' ') return std::nullopt;
            while (i < text.size() && text[i] == ' ') ++i;
            continue;
        }
        if (c != '%' || p + 1 >= pattern.size()) {
            if (i >= text.size() || text[i] != c) return std::nullopt;
            ++i;
            continue;
        }
        bool ok = true;
        switch (pattern[++p]) {
        case 'Y': ok = number(4, year); break;
        case 'y': ok = number(2, year); year += year < 70 ? 2000 : 1900; break;
        case 'm': ok = number(2, month); break;
        case 'd': ok = number(2, day); break;
        case 'H': case 'I': ok = number(2, hour); break;
        case 'M': ok = number(2, minute); break;
        case 'S': ok = number(2, second); break;
        case 'p': {
            if (i + 2 > text.size()) return std::nullopt;
            const char a = lower(text[i]);
            if ((a != 'a' && a != 'p') || lower(text[i + 1]) != 'm') return std::nullopt;
            pm = a == 'p';
            i += 2;
            break;
        }
        case 'b': case 'B': {
            const std::size_t start = i;
            while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
            month = monthFromName(text.substr(start, i - start));
            ok = month != 0;
            break;
        }
        case 'z': {
            if (i < text.size() && (text[i] == 'Z' || text[i] == 'z')) { ++i; break; }
            if (i >= text.size() || (text[i] != '+' && text[i] != '-')) return std::nullopt;
            const int sign = text[i++] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            ok = number(2, oh);
            if (i < text.size() && text[i] == ':') ++i;
            ok = ok && number(2, om);
            offset = sign * (oh * 60 + om);
            break;
        }
        case '%': ok = i < text.size() && text[i++] == '%'; break;
        default: return std::nullopt;
        }
        if (!ok) return std::nullopt;
    }
    if (i != text.size()) return std::nullopt;
    if (pm >= 0) {
        if (hour < 1 || hour > 12) return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (!isValidDate(year, unsigned(month), unsigned(day)) || hour > 23 || minute > 59 || second > 60) return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second -
           std::int64_t(offset) * 60;
}

TimestampGuess guessTimestampFormat(const std::vector<std::string_view>& values, std::optional<bool> preferDayFirst) {
    TimestampGuess g;
    std::size_t unixLike = 0, dayFirstEvidence = 0, monthFirstEvidence = 0;
    std::string_view dayExample, monthExample;
    for (const auto raw : values) {
        const auto v = csv::trimSpaces(raw);
        if (v.empty()) continue;
        ++g.nonEmpty;
        if (allDigits(v) && v.size() >= 9 && v.size() <= 11) ++unixLike;
        csv::DateParts parts;
        std::string buffer;
        if (csv::splitDate(withOffsetColon(stripZoneWord(v), buffer), parts) && !parts.yearFirst) {
            if (parts.a > 12 && parts.b <= 12) { ++dayFirstEvidence; if (dayExample.empty()) dayExample = v; }
            if (parts.b > 12 && parts.a <= 12) { ++monthFirstEvidence; if (monthExample.empty()) monthExample = v; }
        }
    }
    if (g.nonEmpty > 0 && unixLike == g.nonEmpty) {
        g.format.unixSeconds = true;
        g.readable = unixLike;
        g.note = "read as Unix seconds (seconds since 1970-01-01 UTC)";
        return g;
    }
    if (dayFirstEvidence > monthFirstEvidence) {
        g.format.order = DayMonthOrder::DayFirst;
        g.note = "read as day/month: " + std::string(dayExample) + " cannot be month/day";
    } else if (monthFirstEvidence > 0) {
        g.format.order = DayMonthOrder::MonthFirst;
        g.note = "read as month/day: " + std::string(monthExample) + " cannot be day/month";
    } else {
        g.ambiguous = true;
        const bool dayFirst = preferDayFirst.value_or(false);
        g.format.order = dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    }
    if (g.ambiguous) {
        for (const auto raw : values) {
            csv::DateParts parts;
            if (csv::splitDate(stripZoneWord(csv::trimSpaces(raw)), parts) && !parts.yearFirst) {
                g.note = std::string("dates could be day/month or month/day; read as ") +
                         (g.format.order == DayMonthOrder::DayFirst ? "day/month" : "month/day");
                break;
            }
        }
        if (g.note.empty()) g.ambiguous = false;   // only year-first or named months: nothing to settle
    }
    for (const auto raw : values)
        if (!csv::trimSpaces(raw).empty() && parseTimestamp(raw, g.format)) ++g.readable;
    return g;
}

} // namespace segmenta::orders
