// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/table/column.h"

namespace segmenta {

// The in-memory columnar table every capability works on. Immutable once built:
// the GUI shares it between threads through std::shared_ptr<const Table>.
class Table {
public:
    std::vector<Column> columns;
    std::string sourceName;   // file name it came from, for titles and history

    std::size_t rowCount() const noexcept { return columns.empty() ? 0 : columns.front().size(); }
    std::size_t columnCount() const noexcept { return columns.size(); }

    // Index of the column with this exact name, or nullopt.
    std::optional<std::size_t> find(std::string_view name) const noexcept;
    const Column* column(std::string_view name) const noexcept;
    Column* column(std::string_view name) noexcept;

    // Makes names unique and non-empty ("column_3", "revenue_2") in place.
    static void makeUniqueNames(std::vector<std::string>& names);
};

} // namespace segmenta
