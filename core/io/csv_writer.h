// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/table/table.h"

namespace segmenta {

struct CsvWriteOptions {
    char delimiter = ',';
    bool header = true;
    // Spreadsheets run cells that start with = + - @ TAB or CR as formulas
    // (CSV injection), also after leading spaces and in full-width forms
    // (＝ ＋ － ＠). With this on, such cells get a leading apostrophe; a cell
    // that is a whole number (e.g. -3.5), in any column, is written as it is.
    bool neutraliseFormulas = true;
    bool crlf = false;        // "\r\n" line ends (RFC 4180) instead of "\n"
    bool utf8Bom = false;     // lets Excel on Windows detect UTF-8
    std::vector<std::size_t> rows;   // rows to write, in this order; empty = all rows
    std::vector<std::string> leaveOut;   // table columns not written (personal data)
};

// Writes the table's columns followed by `extra` columns (e.g. a segment label
// or a score), each of the table's row count. Quoting follows RFC 4180: a cell
// is quoted when it holds the delimiter, a quote, CR or LF, or leading/trailing
// spaces; quotes are doubled. Missing values are written as empty cells, except
// cells that did not fit their column's type: those keep the input's text.
void writeCsv(std::ostream& out, const Table& table, const std::vector<Column>& extra = {},
              const CsvWriteOptions& options = {}, const Progress* progress = nullptr);

// The same to a file, written to "<path>.tmp" and renamed so a failed write never
// leaves half a file. Errors: Usage (extra column of the wrong length, bad row
// index), Io (cannot write), Cancelled.
Result<std::size_t> writeCsvFile(const std::string& path, const Table& table,
                                 const std::vector<Column>& extra = {},
                                 const CsvWriteOptions& options = {},
                                 const Progress* progress = nullptr);

// One cell as it would appear in the file (quoted/neutralised as needed).
// `numeric` = the value comes from a numeric column and is not neutralised.
std::string csvCell(std::string_view text, char delimiter = ',', bool neutraliseFormulas = true,
                    bool numeric = false);

} // namespace segmenta
