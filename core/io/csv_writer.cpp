// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_writer.h"

#include <cstdio>
#include <fstream>

namespace segmenta {

namespace {

bool startsLikeFormula(std::string_view s) {
    if (s.empty()) return false;
    const char c = s.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
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

} // namespace

std::string csvCell(std::string_view text, char delimiter, bool neutraliseFormulas, bool numeric) {
    std::string out;
    appendCell(out, text, delimiter, neutraliseFormulas, numeric);
    return out;
}

void writeCsv(std::ostream& out, const Table& table, const std::vector<Column>& extra,
              const CsvWriteOptions& o, const Progress* progress) {
    const std::size_t ncols = table.columns.size() + extra.size();
    const char* eol = o.crlf ? "\r\n" : "\n";
    std::string line;
    if (o.utf8Bom) out << "\xEF\xBB\xBF";
    if (o.header) {
        for (std::size_t c = 0; c < ncols; ++c) {
            if (c) line += o.delimiter;
            appendCell(line, columnAt(table, extra, c).name, o.delimiter, o.neutraliseFormulas, false);
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
            const Column& col = columnAt(table, extra, c);
            if (row >= col.size() || col.isMissing(row)) continue;
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
