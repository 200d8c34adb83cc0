// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/drift_json.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "app/cli/messages.h"

namespace segmenta::cli {

using nlohmann::json;

namespace {

json num(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? json(*v) : json(nullptr);
}
json num(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

std::string fmt(const std::optional<double>& v, const char* f = "%.4g") {
    if (!v || !std::isfinite(*v)) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, f, *v);
    return buf;
}

} // namespace

json driftColumnJson(const ColumnDrift& c) {
    json j = {{"name", c.name},
              {"kind", toString(c.kind)},
              {"test", toString(c.test)},
              {"statistic", num(c.statistic)},
              {"p_value", num(c.pValue)},
              {"ks_statistic", num(c.ksStatistic)},
              {"ks_p_value", num(c.ksPValue)},
              {"wasserstein_normed", num(c.wassersteinNormed)},
              {"chi2_statistic", num(c.chi2Statistic)},
              {"chi2_p_value", num(c.chi2PValue)},
              {"psi", num(c.psi)},
              {"js_distance", num(c.jsDistance)},
              {"missing_share_ref", num(c.missingShareRef)},
              {"missing_share_cur", num(c.missingShareCur)},
              {"drifted", c.drifted},
              {"verdict", toString(c.verdict)},
              {"missing_drift", c.missingDrift},
              {"ref_values", c.refValues},
              {"cur_values", c.curValues},
              {"unseen_categories", c.unseenCategories},
              {"effect_name", c.effectName},
              {"reason", c.reason}};
    if (c.verdict == DriftVerdict::TooFewRows) {
        j["statistic"] = nullptr;
        j["p_value"] = nullptr;
    }
    return j;
}

json datasetDriftJson(const DatasetDrift& d) {
    json cols = json::array();
    for (const auto& c : d.columns) cols.push_back(driftColumnJson(c));
    return {{"columns", cols},
            {"tested_columns", d.testedColumns},
            {"drifted_columns", d.driftedColumns},
            {"drift_share", d.driftShare},
            {"dataset_drift", d.datasetDrift},
            {"reasons", d.reasons}};
}

void printDriftTable(std::ostream& out, const DatasetDrift& d) {
    char line[256];
    std::snprintf(line, sizeof line, "%-24s %-12s %-13s %10s %10s %8s %8s  %s\n", "column", "kind", "test", "statistic",
                  "p-value", "PSI", "JS", "verdict");
    out << line;
    for (const auto& c : d.columns) {
        const bool judged = c.verdict != DriftVerdict::TooFewRows;
        std::snprintf(line, sizeof line, "%-24.24s %-12s %-13s %10s %10s %8s %8s  %s\n", c.name.c_str(), toString(c.kind),
                      toString(c.test), judged ? fmt(c.statistic).c_str() : "—", judged ? fmt(c.pValue).c_str() : "—",
                      fmt(c.psi, "%.3f").c_str(), fmt(c.jsDistance, "%.3f").c_str(),
                      !judged ? "too few rows to judge" : c.drifted ? "DRIFT" : "ok");
        out << line;
    }
    std::snprintf(line, sizeof line, "\n%d of %d tested columns drifted (%.0f %%): %s\n", d.driftedColumns,
                  d.testedColumns, d.driftShare * 100, d.datasetDrift ? "the dataset drifted" : "no dataset drift");
    out << line;
    for (const auto& r : d.reasons) out << "  - " << r << "\n";
}

json snapshotJson(const SnapshotInfo& s) {
    return {{"id", s.id},
            {"label", s.label},
            {"as_of", s.asOf},
            {"file_name", s.fileName},
            {"file_size", s.fileSize},
            {"sha256", s.sha256},
            {"imported_at", s.importedAt},
            {"rows", s.rows},
            {"columns", s.columns},
            {"status", toString(s.status)},
            {"reasons", s.reasons},
            {"resegment_suggested", s.resegmentSuggested},
            {"reference_id", s.referenceId ? json(*s.referenceId) : json(nullptr)},
            {"drift_share", s.driftShare}};
}

std::optional<History> openHistoryOrReport(const std::string& path, std::ostream& err, HistoryAccess access) {
    History::OpenOptions o;
    o.create = false;
    o.readOnly = access == HistoryAccess::Read;
    auto h = History::open(path, o);
    if (!h) {
        printLine(err, "", h.error().message);
        return std::nullopt;
    }
    return std::move(*h);
}

} // namespace segmenta::cli
