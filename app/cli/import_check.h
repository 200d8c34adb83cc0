// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every command that reads a CSV says about the import before it uses the
// table: rows a broken quote merged away and cells that did not fit their
// column's type never pass silently.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

#include "app/cli/args.h"
#include "core/io/csv_reader.h"

namespace segmenta::cli {

struct ImportLimits {
    bool acceptLoss = false;       // --accept-loss: go on whatever was lost
    double maxLostShare = 0.01;    // --max-loss PERCENT (default 1 %)
};

// Reads --accept-loss (a flag) and --max-loss PERCENT, which every command that
// reads a CSV accepts; false with `error` set for a bad value.
bool readImportLimits(Args& args, ImportLimits& limits, std::string& error);

// Prints one stderr line per warning that lost rows (the first few, then how
// many more), a summary of the loss, and one line per column with values that
// did not fit its type. Returns false after printing the refusal when more
// rows were lost than the limits allow.
bool checkImport(const ImportReport& report, const std::string& file, const ImportLimits& limits,
                 std::string_view command, std::ostream& err);

// {"rows_lost": n, "invalid_values": [{"column", "count", "examples"}]} for JSON output.
nlohmann::ordered_json importJson(const ImportReport& report);

} // namespace segmenta::cli
