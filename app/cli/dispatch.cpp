// SPDX-License-Identifier: GPL-3.0-or-later
#include <exception>
#include <ostream>

#include "app/cli/commands.h"
#include "segmenta_version.h"

namespace segmenta::cli {

namespace {

struct Entry {
    const char* name;
    Command run;
    const char* summary;
};

constexpr Entry kCommands[] = {
    {"inspect", runInspect, "inspect FILE [--delimiter C] [--encoding NAME] [--no-header] [--preview N] [--json]"},
    {"segment", runSegment, "segment FILE [--features a,b] [--k N|auto] [--algorithm kmeans|gmm] [--out FILE] [--json] ..."},
    {"metrics", runMetrics, "metrics FILE --label COL [--score COL] [--prediction COL] [--slice COL[,COL2]] [--json] ..."},
    {"drift", runDrift, "drift REF.csv CUR.csv [--columns a,b] [--psi-bins N] [--json]"},
    {"record", runRecord, "record FILE --db DB --dataset NAME [--as-of DATE | --split-by COLUMN:month|week|quarter] [--keep-personal COLS] [--json]"},
    {"score", runScore, "score FILE --db DB --model NAME [--as-of DATE] [--out scored.csv] [--keep-personal COLS] [--json]"},
    {"export-model", runExportModel, "export-model --db DB --model NAME --format sql|pmml [--table T] [--id COL] [--dialect postgres|sqlite|spark|bigquery] [--out FILE]"},
    {"history", runHistory, "history --db DB --dataset NAME [--json] [--delete|--rename|--redate LABEL [--to X] [--yes]]"},
    {"customers", runCustomers, "customers FILE [--customer COL] [--date COL] [--amount COL] [--as-of DATE] [--rule rfm|rank] [--json] [--out FILE] ..."},
    {"demo", runDemo, "demo --out DIR [--rows N] [--months M] [--seed S]   (writes the demo data)"},
};

void printUsage(std::ostream& out) {
    out << "Usage: segmenta-cli COMMAND [options]\n\nCommands:\n";
    for (const auto& c : kCommands) out << "  " << c.summary << "\n";
}

} // namespace

int runCli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    if (argv.size() < 2 || argv[1] == "--help" || argv[1] == "-h" || argv[1] == "help") {
        printUsage(argv.size() < 2 ? err : out);
        return argv.size() < 2 ? kExitBadInput : kExitOk;
    }
    if (argv[1] == "--version") { out << "segmenta-cli " SEGMENTA_VERSION "\n"; return kExitOk; }
    for (const auto& c : kCommands) {
        if (argv[1] != c.name) continue;
        const std::vector<std::string> rest(argv.begin() + 2, argv.end());
        try {
            return c.run(rest, out, err);
        } catch (const std::bad_alloc&) {
            err << "segmenta-cli: not enough memory for this file; close other programs or use a smaller file\n";
            return kExitBadInput;
        } catch (const std::exception& e) {
            err << "segmenta-cli: internal error: " << e.what() << "\n";
            return kExitFailure;
        }
    }
    err << "segmenta-cli: unknown command '" << argv[1] << "' (try --help)\n";
    return kExitBadInput;
}

} // namespace segmenta::cli
