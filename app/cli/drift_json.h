// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON and text forms of drift results shared by `drift`, `score` and `history`.
#include <nlohmann/json.hpp>
#include <ostream>

#include "core/drift/drift.h"
#include "core/history/history.h"

namespace segmenta::cli {

nlohmann::json driftColumnJson(const ColumnDrift& c);
nlohmann::json datasetDriftJson(const DatasetDrift& d);
void printDriftTable(std::ostream& out, const DatasetDrift& d);
nlohmann::json snapshotJson(const SnapshotInfo& s);

// Opens an existing history for a command, for reading only (nothing is ever
// written, created or upgraded) or for writing; on failure prints one line and
// returns nullopt.
enum class HistoryAccess { Read, Write };
std::optional<History> openHistoryOrReport(const std::string& path, std::ostream& err, HistoryAccess access);

} // namespace segmenta::cli
