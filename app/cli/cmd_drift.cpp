// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli drift REF.csv CUR.csv [--columns a,b] [--psi-bins N] [--json]
// Exact drift from the raw files (the same numbers as SciPy; see docs/maintainer-guide/drift-and-history.md).
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/drift_json.h"
#include "core/drift/drift.h"
#include "core/io/csv_reader.h"

namespace segmenta::cli {

int runDrift(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"columns", "psi-bins", "p-value", "wasserstein", "js", "missing-change",
                           "drift-share"},
                    {"json"})) {
        err << "segmenta-cli drift: " << args.error() << "\n";
        return kExitBadInput;
    }
    if (args.positionals().size() != 2) {
        err << "segmenta-cli drift: give two files: drift REF.csv CUR.csv [--columns a,b] [--psi-bins N] [--json]\n";
        return kExitBadInput;
    }
    DriftOptions options;
    long long bins = 10;
    if (args.has("psi-bins") && !args.intValue("psi-bins", bins, 2, 100)) {
        err << "segmenta-cli drift: " << args.error() << "\n";
        return kExitBadInput;
    }
    options.thresholds.psiBins = int(bins);
    struct Threshold { const char* name; double* field; };
    for (const auto& t : {Threshold{"p-value", &options.thresholds.pValue},
                          Threshold{"wasserstein", &options.thresholds.wassersteinNormed},
                          Threshold{"js", &options.thresholds.jsDistance},
                          Threshold{"missing-change", &options.thresholds.missingShareChange},
                          Threshold{"drift-share", &options.thresholds.datasetDriftShare}})
        if (args.has(t.name) && !args.doubleValue(t.name, *t.field, 0.0, 1e9)) {
            err << "segmenta-cli drift: " << args.error() << "\n";
            return kExitBadInput;
        }
    if (auto cols = args.value("columns")) options.columns = Args::splitList(*cols);
    auto ref = readCsvFile(args.positionals()[0]);
    if (!ref) {
        err << "segmenta-cli drift: " << args.positionals()[0] << ": " << ref.error().message << "\n";
        return kExitBadInput;
    }
    auto cur = readCsvFile(args.positionals()[1]);
    if (!cur) {
        err << "segmenta-cli drift: " << args.positionals()[1] << ": " << cur.error().message << "\n";
        return kExitBadInput;
    }
    auto result = computeDrift(ref->table, cur->table, options);
    if (!result) {
        err << "segmenta-cli drift: " << result.error().message << "\n";
        return kExitBadInput;
    }
    if (args.flag("json")) out << datasetDriftJson(*result).dump(1) << "\n";
    else printDriftTable(out, *result);
    return kExitOk;
}

} // namespace segmenta::cli
