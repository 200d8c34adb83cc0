// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/export_file.h"

#include "core/io/csv_reader.h"

namespace segmenta::orders {

Result<ExportFile> readExportFile(const std::string& path, const Progress* progress) {
    CsvOptions peek;
    peek.maxRows = 1;
    auto head = readCsvFile(path, peek);
    if (!head) return head.error();
    std::vector<std::string> names;
    CsvOptions options;
    for (const auto& c : head->table.columns) {
        names.push_back(c.name);
        options.typeOverrides[c.name] = ColumnType::Text;
    }
    auto full = readCsvFile(path, options, progress);
    if (!full) return full.error();
    ExportFile f;
    f.raw = std::move(full->table);
    f.recognition = recogniseExport(names);
    return f;
}

} // namespace segmenta::orders
