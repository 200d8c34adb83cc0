// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_writer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "core/io/value_parsing.h"

namespace segmenta {

namespace {

// The code point at the start of `s` (UTF-8) and its length in bytes; 0 for none.
char32_t firstCodePoint(std::string_view s, std::size_t& length) {
    length = 0;
    if (s.empty()) return 0;
    const auto b = static_cast<unsigned char>(s[0]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || n > s.size()) { length = 1; return 0xFFFD; }
    char32_t cp = n == 1 ? b : b & (0x7F >> n);
    for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    length = n;
    return cp;
}

bool isLeadingSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// The ASCII character a spreadsheet may read for a look-alike: full-width
// (＝ ＋ － ＠), small form variants (﹦ ﹢ ﹣ ﹫) and the minus sign.
char32_t normaliseFirst(char32_t c) {
    switch (c) {
    case 0xFF1D: case 0xFE66: return '=';
    case 0xFF0B: case 0xFE62: return '+';
    case 0xFF0D: case 0xFE63: case 0x2212: return '-';
    case 0xFF20: case 0xFE6B: return '@';
    default: return c;
    }
}

bool isPlainNumber(std::string_view s) {
    double v = 0;
    return csv::parseNumber(s, '.', 0, v) || csv::parseNumber(s, ',', 0, v);
}

// Spreadsheets run cells that start with = + - @ (after any spaces, in any of
// their look-alike forms), TAB or CR as formulas. A cell that is a number as
// a whole ("-345.03", no spaces around it) is left alone: it is read as that number.
bool startsLikeFormula(std::string_view cell) {
    std::string_view s = cell;
    if (s.empty()) return false;
    if (s.front() == '\t' || s.front() == '\r') return true;
    std::size_t length = 0;
    char32_t c = firstCodePoint(s, length);
    while (length > 0 && isLeadingSpace(c)) {
        s.remove_prefix(length);
        c = firstCodePoint(s, length);
    }
    c = normaliseFirst(c);
    if (c != '=' && c != '+' && c != '-' && c != '@') return false;
    return !isPlainNumber(cell);
}

bool needsQuotes(std::string_view s, char delimiter) {
    if (s.empty()) return false;
    if (s.front() == ' ' || s.back() == ' ') return true;
    for (const char c : s)
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') return true;
    return false;
}

void appendCell(std::string& line, std::string_view text, char delimiter, bool neutralise, bool numeric) {
    const bool prefix = neutralise && !numeric && startsLikeFormula(text);
    const bool quote = needsQuotes(text, delimiter);
    if (quote) line += '"';
    if (prefix) line += '\'';
    for (const char c : text) {
        if (c == '"' && quote) line += '"';
        line += c;
    }
    if (quote) line += '"';
}

const Column& columnAt(const Table& t, const std::vector<Column>& extra, std::size_t c) {
    return c < t.columns.size() ? t.columns[c] : extra[c - t.columns.size()];
}

// The columns written, by index into the table and then `extra`: all but those left out.
std::vector<std::size_t> writtenColumns(const Table& table, const std::vector<Column>& extra, const CsvWriteOptions& o) {
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < table.columns.size() + extra.size(); ++c) {
        const bool left = c < table.columns.size() &&
                          std::find(o.leaveOut.begin(), o.leaveOut.end(), table.columns[c].name) != o.leaveOut.end();
        if (!left) out.push_back(c);
    }
    return out;
}

} // namespace

std::string csvCell(std::string_view text, char delimiter, bool neutraliseFormulas, bool numeric) {
    std::string out;
    appendCell(out, text, delimiter, neutraliseFormulas, numeric);
    return out;
}

void writeCsv(std::ostream& out, const Table& table, const std::vector<Column>& extra,
              const CsvWriteOptions& o, const Progress* progress) {
    const std::vector<std::size_t> written = writtenColumns(table, extra, o);
    const std::size_t ncols = written.size();
    const char* eol = o.crlf ? "\r\n" : "\n";
    std::string line;
    if (o.utf8Bom) out << "\xEF\xBB\xBF";
    if (o.header) {
        for (std::size_t c = 0; c < ncols; ++c) {
            if (c) line += o.delimiter;
            appendCell(line, columnAt(table, extra, written[c]).name, o.delimiter, o.neutraliseFormulas, false);
        }
        line += eol;
        out << line;
    }
    const std::size_t n = o.rows.empty() ? table.rowCount() : o.rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 4095) == 0) {
            if (cancelled(progress)) return;
            report(progress, n ? double(i) / double(n) : 1.0, "Writing CSV");
        }
        const std::size_t row = o.rows.empty() ? i : o.rows[i];
        line.clear();
        for (std::size_t c = 0; c < ncols; ++c) {
            if (c) line += o.delimiter;
            const Column& col = columnAt(table, extra, written[c]);
            if (row >= col.size()) continue;
            if (col.isMissing(row)) {
                // A cell that did not fit the column's type is written as the file had it.
                if (const std::string* text = col.unparsed.empty() ? nullptr : col.unparsedText(row))
                    appendCell(line, *text, o.delimiter, o.neutraliseFormulas, false);
                continue;
            }
            const bool numeric = col.type == ColumnType::Integer || col.type == ColumnType::Decimal;
            appendCell(line, col.displayText(row), o.delimiter, o.neutraliseFormulas, numeric);
        }
        line += eol;
        out << line;
    }
    report(progress, 1.0, "Writing CSV");
}

Result<std::size_t> writeCsvFile(const std::string& path, const Table& table, const std::vector<Column>& extra,
                                 const CsvWriteOptions& o, const Progress* progress) {
    const std::size_t rows = table.rowCount();
    for (const Column& c : extra)
        if (c.size() != rows)
            return makeError(ErrorKind::Usage, "The extra column \"" + c.name + "\" has " + std::to_string(c.size()) +
                                                   " rows but the table has " + std::to_string(rows) + ".");
    for (const std::size_t r : o.rows)
        if (r >= rows)
            return makeError(ErrorKind::Usage, "Row " + std::to_string(r) + " is outside the table (" +
                                                   std::to_string(rows) + " rows).");
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return makeError(ErrorKind::Io, "Cannot write \"" + path + "\": check that the folder exists and is writable.");
        writeCsv(out, table, extra, o, progress);
        out.flush();
        if (cancelled(progress)) {
            out.close();
            std::remove(tmp.c_str());
            return makeError(ErrorKind::Cancelled, "Writing the CSV was cancelled.");
        }
        if (!out) {
            out.close();
            std::remove(tmp.c_str());
            return makeError(ErrorKind::Io, "Writing \"" + path + "\" failed: the disk may be full.");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return makeError(ErrorKind::Io, "Cannot replace \"" + path + "\": check that it is not open elsewhere.");
    }
    return o.rows.empty() ? rows : o.rows.size();
}

} // namespace segmenta
