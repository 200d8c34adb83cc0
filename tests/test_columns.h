// SPDX-License-Identifier: GPL-3.0-or-later
// Small columns for tests, built from literal values.
#pragma once
#include <cmath>
#include <string>
#include <vector>

#include "core/table/column.h"

namespace segmenta::testutil {

// A number column; NaN stands for a missing cell.
inline Column numberColumn(const std::string& name, const std::vector<double>& values,
                           ColumnType type = ColumnType::Decimal) {
    Column c;
    c.name = name;
    c.type = type;
    for (const double v : values) {
        if (std::isnan(v)) c.appendMissing();
        else c.appendNumber(v);
    }
    return c;
}

} // namespace segmenta::testutil
