// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/orders/platforms.h"
#include "core/table/table.h"

namespace segmenta::orders {

// An export read for the orders view: every column kept as text (the order
// reader decides how dates and amounts are written, per platform), and the
// platform recognised from the header.
struct ExportFile {
    Table raw;
    Recognition recognition;
};

// Errors as readCsvFile's (NotFound, BadInput, Io, Cancelled).
Result<ExportFile> readExportFile(const std::string& path, const Progress* progress = nullptr);

} // namespace segmenta::orders
