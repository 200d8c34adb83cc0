// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a fuzz input drives the CSV reader; shared by the libFuzzer target and the
// regression test that replays the inputs it once crashed on.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"

namespace segmenta::fuzz {

// The first byte picks options (forced delimiter, header, encoding, type
// overrides, row limit, small limits); the rest is the file.
inline void runCsvInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return;
    const std::uint8_t k = data[0];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    CsvOptions o;
    o.threads = 1 + (k & 1);
    static constexpr char kDelimiters[] = {',', ';', '\t', '|', ' ', 'x'};
    if (k & 2) o.delimiter = kDelimiters[(k >> 4) % 6];
    if (k & 4) o.header = (k & 8) != 0;
    if ((k & 0x30) == 0x30) o.encoding = TextEncoding(((k >> 6) & 3) + 1);
    if (k & 0x40) o.typeOverrides = {{"a", ColumnType::Integer}, {"b", ColumnType::Date}, {"column_1", ColumnType::Boolean}};
    if (k & 0x80) { o.maxRows = 3; o.maxLineBytes = 64; o.maxColumns = 8; }
    o.previewRows = 2;
    auto r = readCsvBytes(bytes, o);
    if (!r) return;
    // The table must be consistent enough to display and to write back.
    const Table& t = r->table;
    for (const auto& c : t.columns)
        if (c.size() != t.rowCount()) __builtin_trap();
    std::ostringstream out;
    writeCsv(out, t);
    (void)readCsvBytes(out.str());
}

} // namespace segmenta::fuzz
