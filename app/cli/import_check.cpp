// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/import_check.h"

#include <cstdio>

#include "app/cli/messages.h"

namespace segmenta::cli {

namespace {

constexpr std::size_t kListedWarnings = 5;

bool losesRows(const CsvWarning& w) {
    return w.kind == "unclosed_quote" || w.kind == "stray_quote" || w.kind == "ragged_row";
}

std::string percent(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, share < 0.001 && share > 0 ? "%.2f %%" : "%.1f %%", 100 * share);
    return buf;
}

} // namespace

bool readImportLimits(Args& args, ImportLimits& limits, std::string& error) {
    limits.acceptLoss = args.flag("accept-loss");
    double percentValue = limits.maxLostShare * 100;
    if (!args.doubleValue("max-loss", percentValue, 0, 100)) { error = args.error(); return false; }
    limits.maxLostShare = percentValue / 100;
    return true;
}

bool checkImport(const ImportReport& report, const std::string& file, const ImportLimits& limits,
                 std::string_view command, std::ostream& err) {
    for (const auto& c : report.columns) {
        if (c.invalidCount == 0) continue;
        std::string line = file + ": column \"" + c.name + "\": " + std::to_string(c.invalidCount) +
                           (c.invalidCount == 1 ? " value does not fit " : " values do not fit ") + "the column's type (" +
                           toString(c.guessedType) + ")";
        if (!c.invalidExamples.empty()) line += " (such as \"" + c.invalidExamples.front().substr(0, 60) + "\")";
        line += "; they count as missing and an exported file keeps their text";
        printLine(err, command, "warning: " + line);
    }
    if (report.rowsLost == 0) return true;
    std::size_t listed = 0, losing = 0;
    for (const auto& w : report.warnings) {
        if (!losesRows(w)) continue;
        ++losing;
        if (listed < kListedWarnings) { printLine(err, command, "warning: " + file + ": " + w.message); ++listed; }
    }
    if (losing > listed)
        printLine(err, command, "warning: " + file + ": " + std::to_string(losing - listed) +
                                    " more warnings like these (run inspect on the file to see them all)");
    const double share = lostRowShare(report);
    const std::string loss = std::to_string(report.rowsLost) + " of " +
                             std::to_string(report.rowsLoaded + report.rowsLost) + " rows (" + percent(share) +
                             ") were merged into other rows by broken quotes or field counts";
    if (limits.acceptLoss || share <= limits.maxLostShare) {
        printLine(err, command, "warning: " + file + ": " + loss + "; going on with the " +
                                    std::to_string(report.rowsLoaded) + " rows read");
        return true;
    }
    printLine(err, command, file + ": " + loss + ", more than the " + percent(limits.maxLostShare) +
                                " allowed; fix the quotes the warnings name, or add --accept-loss to go on with the " +
                                std::to_string(report.rowsLoaded) + " rows read");
    return false;
}

nlohmann::ordered_json importJson(const ImportReport& report) {
    auto invalid = nlohmann::ordered_json::array();
    for (const auto& c : report.columns)
        if (c.invalidCount > 0)
            invalid.push_back({{"column", c.name}, {"count", c.invalidCount}, {"examples", c.invalidExamples}});
    return {{"rows_lost", report.rowsLost}, {"invalid_values", invalid}};
}

} // namespace segmenta::cli
