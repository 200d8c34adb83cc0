// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/io/csv_reader.h"

namespace segmenta::csv {

using Row = std::vector<std::string>;

// The first records of `text` split with `delimiter` (unquoted values, blank lines skipped).
std::vector<Row> headRecords(std::string_view text, char delimiter, char quote, std::size_t maxRecords,
                             std::size_t maxBytes);

// Guesses delimiter, decimal mark, thousands separator and header from the start
// of the text; options the user set are kept with confidence 1. Encoding fields
// are left for the caller.
CsvDialect sniffDialect(std::string_view text, const CsvOptions& options);

// Whether `first` looks like a header above `rows` (positive votes: header).
double headerVotes(const Row& first, const std::vector<Row>& rows, char decimal, char thousands);

} // namespace segmenta::csv
