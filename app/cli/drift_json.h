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

// Opens the history for a command; on failure prints one line and returns nullopt.
std::optional<History> openHistoryOrReport(const std::string& path, std::ostream& err, bool create);

} // namespace segmenta::cli
