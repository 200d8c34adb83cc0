// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/dialect_sniffer.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/io/csv_tokenizer.h"
#include "core/io/value_parsing.h"

namespace segmenta::csv {

namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr std::size_t kSniffRecords = 100;

struct DelimiterScore {
    char delimiter = ',';
    double consistency = 0;
    std::size_t fields = 1;
};

DelimiterScore scoreDelimiter(std::string_view text, char delimiter, char quote) {
    const auto rows = headRecords(text, delimiter, quote, kSniffRecords, kSniffBytes);
    DelimiterScore s;
    s.delimiter = delimiter;
    if (rows.empty()) return s;
    std::map<std::size_t, std::size_t> counts;
    for (const auto& r : rows) ++counts[r.size()];
    const auto mode = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second < b.second || (a.second == b.second && a.first < b.first);
    });
    s.fields = mode->first;
    s.consistency = double(mode->second) / double(rows.size());
    return s;
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1,234" / "1.234.567": digits in groups of three after a first group of 1-3.
bool isGrouped(std::string_view s, char sep) {
    std::size_t first = s.find(sep);
    if (first == std::string_view::npos || first == 0 || first > 3 || !allDigits(s.substr(0, first))) return false;
    s.remove_prefix(first);
    while (!s.empty()) {
        if (s.size() < 4 || s[0] != sep || !allDigits(s.substr(1, 3))) return false;
        s.remove_prefix(4);
    }
    return true;
}

// "12,5" with `mark` as decimal mark (and optional grouping by `group` before it).
bool isDecimalWith(std::string_view s, char mark, char group, bool& grouped) {
    grouped = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    const auto pos = s.rfind(mark);
    if (pos == std::string_view::npos || pos + 1 >= s.size() || !allDigits(s.substr(pos + 1))) return false;
    const auto intPart = s.substr(0, pos);
    if (allDigits(intPart)) return true;
    grouped = isGrouped(intPart, group);
    return grouped;
}

struct NumberEvidence { int commaDecimal = 0, dotDecimal = 0, commaGroups = 0, dotGroups = 0, dotGroupsWithComma = 0, commaGroupsWithDot = 0; };

NumberEvidence collectNumberEvidence(const std::vector<Row>& rows) {
    NumberEvidence ev;
    for (const auto& r : rows)
        for (const auto& raw : r) {
            const auto v = trimSpaces(raw);
            if (v.size() < 3 || v.size() > 40) continue;
            bool grouped = false;
            if (isGrouped(v, ',')) { ++ev.commaGroups; continue; }   // ambiguous: 1,234
            if (isGrouped(v, '.')) { ++ev.dotGroups; continue; }     // ambiguous: 1.234
            if (isDecimalWith(v, ',', '.', grouped)) { ++ev.commaDecimal; ev.dotGroupsWithComma += grouped; continue; }
            if (isDecimalWith(v, '.', ',', grouped)) { ++ev.dotDecimal; ev.commaGroupsWithDot += grouped; }
        }
    return ev;
}

void sniffNumbers(const std::vector<Row>& rows, const CsvOptions& o, CsvDialect& d) {
    const NumberEvidence ev = collectNumberEvidence(rows);
    if (o.decimal) { d.decimal = *o.decimal; d.decimalConfidence = 1; }
    else if (ev.commaDecimal > ev.dotDecimal || (d.delimiter == ';' && ev.dotDecimal == 0 && ev.commaGroups > 0)) {
        d.decimal = ',';
        d.decimalConfidence = double(ev.commaDecimal + 1) / double(ev.commaDecimal + ev.dotDecimal + 1);
    } else {
        d.decimal = '.';
        const int total = ev.commaDecimal + ev.dotDecimal;
        d.decimalConfidence = total == 0 ? 1.0 : double(ev.dotDecimal) / double(total);
    }
    if (o.thousands) { d.thousands = *o.thousands; return; }
    d.thousands = 0;
    if (d.decimal == ',' && (ev.dotGroups > 0 || ev.dotGroupsWithComma > 0) && ev.dotDecimal == 0) d.thousands = '.';
    if (d.decimal == '.' && (ev.commaGroupsWithDot > 0 || (ev.commaGroups > 0 && d.delimiter != ','))) d.thousands = ',';
    // In a comma-separated file "1,234" can only be a quoted grouped number.
    if (d.decimal == '.' && d.delimiter == ',' && ev.commaGroups > 0 && ev.commaDecimal == 0) d.thousands = ',';
}

enum class Kind { Missing, Number, Date, Bool, Text };

Kind classify(std::string_view raw, char decimal, char thousands) {
    const auto v = trimSpaces(raw);
    if (isMissingToken(v)) return Kind::Missing;
    double x;
    if (parseNumber(v, decimal, thousands, x)) return Kind::Number;
    DateParts p;
    if (splitDate(v, p)) return Kind::Date;
    if (parseBoolWord(v) >= 0) return Kind::Bool;
    return Kind::Text;
}

} // namespace

std::vector<Row> headRecords(std::string_view text, char delimiter, char quote, std::size_t maxRecords,
                             std::size_t maxBytes) {
    std::vector<Row> rows;
    const Tokenizer tok(delimiter, quote);
    std::vector<Field> fields;
    std::string scratch;
    const std::size_t end = std::min(text.size(), maxBytes);
    std::size_t pos = 0;
    while (pos < end && rows.size() < maxRecords) {
        const RecordScan r = tok.scan(text.data(), pos, text.size(), fields);
        // A record cut by the byte limit would skew the counts: stop before it.
        if (r.next > end && !rows.empty()) break;
        pos = r.next;
        if (Tokenizer::isBlank(fields)) continue;
        Row row;
        row.reserve(fields.size());
        for (const auto& f : fields) row.emplace_back(tok.value(f, scratch));
        rows.push_back(std::move(row));
    }
    return rows;
}

double headerVotes(const Row& first, const std::vector<Row>& rows, char decimal, char thousands) {
    double votes = 0;
    for (std::size_t c = 0; c < first.size(); ++c) {
        int counts[5] = {0, 0, 0, 0, 0};
        std::size_t n = 0, minLen = SIZE_MAX, maxLen = 0;
        bool seen = false;
        const auto h = trimSpaces(first[c]);
        for (const auto& r : rows) {
            if (c >= r.size()) continue;
            const Kind k = classify(r[c], decimal, thousands);
            ++counts[int(k)];
            if (k == Kind::Missing) continue;
            ++n;
            const auto v = trimSpaces(r[c]);
            minLen = std::min(minLen, v.size());
            maxLen = std::max(maxLen, v.size());
            seen = seen || v == h;
        }
        if (n == 0) continue;
        if (h.empty()) { votes -= 0.25; continue; }
        const Kind hk = classify(h, decimal, thousands);
        bool typed = false;
        for (const Kind k : {Kind::Number, Kind::Date, Kind::Bool})
            if (double(counts[int(k)]) >= 0.8 * double(n)) {
                votes += hk == k ? -1.0 : 1.0;
                typed = true;
            }
        if (typed) continue;
        if (seen) votes -= 0.5;
        else if (h.size() < minLen || h.size() > maxLen) votes += 0.25;
    }
    return votes;
}

CsvDialect sniffDialect(std::string_view text, const CsvOptions& o) {
    CsvDialect d;
    if (o.delimiter) { d.delimiter = *o.delimiter; d.delimiterConfidence = 1; }
    else {
        DelimiterScore best;
        std::vector<DelimiterScore> scores;
        for (const char c : {'\t', ';', '|', ','}) scores.push_back(scoreDelimiter(text, c, d.quote));
        bool any = false;
        for (const auto& s : scores) {
            if (s.fields < 2) continue;
            if (!any || s.consistency > best.consistency + 1e-9 ||
                (std::abs(s.consistency - best.consistency) <= 1e-9 && s.fields > best.fields)) {
                best = s;
                any = true;
            }
        }
        if (any) { d.delimiter = best.delimiter; d.delimiterConfidence = best.consistency; }
        else { d.delimiter = ','; d.delimiterConfidence = 0.3; }   // one column: nothing to split on
    }
    const auto rows = headRecords(text, d.delimiter, d.quote, kSniffRecords, kSniffBytes);
    if (rows.size() > 1) sniffNumbers({rows.begin() + 1, rows.end()}, o, d);
    else sniffNumbers({}, o, d);
    if (o.header) { d.header = *o.header; d.headerConfidence = 1; }
    else if (rows.size() < 2) { d.header = true; d.headerConfidence = 0.5; }
    else {
        const double v = headerVotes(rows.front(), {rows.begin() + 1, rows.end()}, d.decimal, d.thousands);
        d.header = v >= 0;
        const double width = std::max<double>(1.0, double(rows.front().size()));
        d.headerConfidence = std::min(1.0, 0.5 + 0.5 * std::abs(v) / width * 2);
    }
    return d;
}

} // namespace segmenta::csv
