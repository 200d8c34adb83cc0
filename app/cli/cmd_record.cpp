// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli record FILE --db DB --dataset NAME [--as-of DATE | --split-by COLUMN:month|week|quarter]
//   [--keep-personal COLUMN,…] [--json]
#include <filesystem>
#include <future>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/drift_json.h"
#include "app/cli/import_check.h"
#include "app/cli/messages.h"
#include "app/cli/privacy.h"
#include "core/history/fingerprint.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"

namespace segmenta::cli {

int runRecord(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"db", "dataset", "as-of", "split-by", "label", "max-loss", kKeepPersonalOption},
                    {"json", "accept-loss"}))
        return refuse(err, "record", args.error());
    const auto db = args.value("db"), dataset = args.value("dataset");
    if (args.positionals().size() != 1 || !db || !dataset || dataset->empty())
        return refuse(err, "record", "usage: record FILE --db DB --dataset NAME [--as-of DATE | --split-by COLUMN:month]");
    if (args.has("as-of") && args.has("split-by"))
        return refuse(err, "record", "give either --as-of or --split-by, not both");
    ImportLimits limits;
    std::string error;
    if (!readImportLimits(args, limits, error)) return refuse(err, "record", error);
    std::string splitColumn;
    SplitPeriod period = SplitPeriod::Month;
    if (auto split = args.value("split-by")) {
        const auto colon = split->rfind(':');
        if (colon == std::string::npos || colon == 0 || !parseSplitPeriod(split->substr(colon + 1), period))
            return refuse(err, "record", "--split-by needs COLUMN:month, COLUMN:week or COLUMN:quarter");
        splitColumn = split->substr(0, colon);
    }
    const std::string& file = args.positionals()[0];
    if (auto refused = History::refusePath(*db)) {
        err << "segmenta-cli record: " << refused->message << "\n";
        return kExitBadInput;
    }
    // An existing history opens (integrity check) on a thread while the file is
    // imported, and the SHA-256 is taken of the bytes the import reads while it
    // parses: recording should add little to the import. A new history is only
    // made once there is something to record: a file that cannot be imported
    // leaves none behind, and nothing ever has to be removed again.
    std::error_code ec;
    const bool dbExists = std::filesystem::exists(*db, ec);
    auto opening = std::async(dbExists ? std::launch::async : std::launch::deferred,
                              [path = *db] { return History::open(path); });
    auto [imported, source] = importWithFingerprint(file);
    const bool refused = imported && !checkImport(imported->report, file, limits, "record", err);
    if (!imported || refused) return refused ? kExitBadInput : refuse(err, "record", file + ": " + imported.error().message);
    auto history = opening.get();
    if (!source) return refuse(err, "record", source.error().message);
    if (!history) return refuse(err, "", history.error().message);
    RecordOptions options;
    options.keepColumns = keptPersonalColumns(args);
    if (const auto unknown = unknownKeptColumns(options.keepColumns, imported->table); !unknown.empty()) {
        err << "segmenta-cli record: " << unknown << "\n";
        return kExitBadInput;
    }
    options.asOf = args.valueOr("as-of", "");
    options.label = args.valueOr("label", "");
    std::vector<SnapshotInfo> recorded;
    if (!splitColumn.empty()) {
        auto r = history->recordSplit(*dataset, imported->table, *source, splitColumn, period, options);
        if (!r) return refuse(err, "record", r.error().message);
        recorded = std::move(*r);
    } else {
        auto r = history->recordSnapshot(*dataset, imported->table, *source, options);
        if (!r) return refuse(err, "record", r.error().message);
        recorded.push_back(std::move(*r));
    }
    if (args.flag("json")) {
        nlohmann::json snaps = nlohmann::json::array();
        for (const auto& s : recorded) snaps.push_back(snapshotJson(s));
        out << nlohmann::json{{"dataset", *dataset}, {"db", *db}, {"snapshots", snaps},
                              {"import", importJson(imported->report)}}
                   .dump(1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
    } else {
        for (const auto& s : recorded) {
            out << "Recorded " << s.label << " (" << s.rows << " rows, as of " << s.asOf << ") in '" << *dataset
                << "': " << toString(s.status) << "\n";
            for (const auto& r : s.reasons) out << "  - " << r << "\n";
        }
    }
    return kExitOk;
}

} // namespace segmenta::cli
