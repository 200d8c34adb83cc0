// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/table.h"

#include <unordered_map>
#include <unordered_set>

namespace segmenta {

std::optional<std::size_t> Table::find(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name) return i;
    return std::nullopt;
}

const Column* Table::column(std::string_view name) const noexcept {
    const auto i = find(name);
    return i ? &columns[*i] : nullptr;
}

Column* Table::column(std::string_view name) noexcept {
    const auto i = find(name);
    return i ? &columns[*i] : nullptr;
}

void Table::makeUniqueNames(std::vector<std::string>& names) {
    std::unordered_set<std::string> taken;
    for (std::size_t i = 0; i < names.size(); ++i) {
        // trim surrounding white space: "  revenue " is "revenue"
        auto& n = names[i];
        const auto b = n.find_first_not_of(" \t\r\n");
        const auto e = n.find_last_not_of(" \t\r\n");
        n = b == std::string::npos ? std::string() : n.substr(b, e - b + 1);
        if (n.empty()) n = "column_" + std::to_string(i + 1);
        std::string candidate = n;
        for (int k = 2; taken.count(candidate); ++k) candidate = n + "_" + std::to_string(k);
        n = candidate;
        taken.insert(n);
    }
}

} // namespace segmenta
