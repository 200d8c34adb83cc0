// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli drift REF.csv CUR.csv [--columns a,b] [--psi-bins N] [--json]
// Exact drift from the raw files (the same numbers as SciPy; see docs/maintainer-guide/drift-and-history.md).
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/drift_json.h"
#include "app/cli/import_check.h"
#include "app/cli/messages.h"
#include "core/drift/drift.h"
#include "core/io/csv_reader.h"

namespace segmenta::cli {

namespace {

int fail(std::ostream& err, const std::string& message) { return refuse(err, "drift", message); }

// Reads the drift thresholds; false with `error` set for a value out of its range.
bool readThresholds(Args& args, DriftThresholds& t, std::string& error) {
    long long bins = t.psiBins;
    if (!args.intValue("psi-bins", bins, 2, 100)) { error = args.error(); return false; }
    t.psiBins = int(bins);
    // p-values, the Jensen–Shannon distance and shares lie in [0, 1]; the
    // normalised Wasserstein distance has no upper bound of its own.
    struct Threshold { const char* name; double* field; double max; };
    for (const auto& o : {Threshold{"p-value", &t.pValue, 1.0}, Threshold{"wasserstein", &t.wassersteinNormed, 1e6},
                          Threshold{"js", &t.jsDistance, 1.0}, Threshold{"missing-change", &t.missingShareChange, 1.0},
                          Threshold{"drift-share", &t.datasetDriftShare, 1.0}})
        if (!args.doubleValue(o.name, *o.field, 0.0, o.max)) { error = args.error(); return false; }
    return true;
}

} // namespace

int runDrift(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"columns", "psi-bins", "p-value", "wasserstein", "js", "missing-change",
                           "drift-share", "max-loss"},
                    {"json", "accept-loss"}))
        return fail(err, args.error());
    if (args.positionals().size() != 2)
        return fail(err, "give two files: drift REF.csv CUR.csv [--columns a,b] [--psi-bins N] [--json]");
    DriftOptions options;
    ImportLimits limits;
    std::string error;
    if (!readThresholds(args, options.thresholds, error) || !readImportLimits(args, limits, error))
        return fail(err, error);
    if (auto cols = args.value("columns")) {
        options.columns = Args::splitList(*cols);
        if (options.columns.empty()) return fail(err, "--columns is empty; name columns (a,b) or leave the option out");
    }
    std::optional<ImportResult> files[2];
    for (int k = 0; k < 2; ++k) {
        const std::string& path = args.positionals()[std::size_t(k)];
        auto imported = readCsvFile(path);
        if (!imported) return fail(err, path + ": " + imported.error().message);
        if (!checkImport(imported->report, path, limits, "drift", err)) return kExitBadInput;
        files[k] = std::move(*imported);
    }
    auto result = computeDrift(files[0]->table, files[1]->table, options);
    if (!result) return fail(err, result.error().message);
    if (args.flag("json")) {
        auto j = datasetDriftJson(*result);
        j["import"] = {{"reference", importJson(files[0]->report)}, {"current", importJson(files[1]->report)}};
        out << j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        printDriftTable(out, *result);
    }
    return kExitOk;
}

} // namespace segmenta::cli
