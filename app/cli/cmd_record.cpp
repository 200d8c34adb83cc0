// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli record FILE --db DB --dataset NAME [--as-of DATE | --split-by COLUMN:month|week|quarter] [--json]
#include <filesystem>
#include <future>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/drift_json.h"
#include "core/history/fingerprint.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"

namespace segmenta::cli {

int runRecord(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"db", "dataset", "as-of", "split-by", "label"}, {"json"})) {
        err << "segmenta-cli record: " << args.error() << "\n";
        return kExitBadInput;
    }
    const auto db = args.value("db"), dataset = args.value("dataset");
    if (args.positionals().size() != 1 || !db || !dataset || dataset->empty()) {
        err << "segmenta-cli record: usage: record FILE --db DB --dataset NAME [--as-of DATE | --split-by COLUMN:month]\n";
        return kExitBadInput;
    }
    if (args.has("as-of") && args.has("split-by")) {
        err << "segmenta-cli record: give either --as-of or --split-by, not both\n";
        return kExitBadInput;
    }
    std::string splitColumn;
    SplitPeriod period = SplitPeriod::Month;
    if (auto split = args.value("split-by")) {
        const auto colon = split->rfind(':');
        if (colon == std::string::npos || colon == 0 || !parseSplitPeriod(split->substr(colon + 1), period)) {
            err << "segmenta-cli record: --split-by needs COLUMN:month, COLUMN:week or COLUMN:quarter\n";
            return kExitBadInput;
        }
        splitColumn = split->substr(0, colon);
    }
    const std::string& file = args.positionals()[0];
    // The history opens (integrity check; a new file's schema) on a thread while
    // the file is imported, and the SHA-256 is taken of the bytes the import
    // reads while it parses: recording should add little to the import.
    std::error_code ec;
    const bool dbExisted = std::filesystem::exists(*db, ec);
    auto opening = std::async(std::launch::async, [path = *db] { return History::open(path); });
    auto [imported, source] = importWithFingerprint(file);
    auto history = opening.get();
    if (!imported) {
        // A history created only for this failed run goes again (when nobody has
        // written to it meanwhile): nothing was recorded.
        if (!dbExisted && history) {
            auto datasets = history->datasets();
            const bool empty = datasets && datasets->empty();
            history = makeError(ErrorKind::Internal, "closed");
            if (empty)
                for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(*db + ext, ec);
        }
        err << "segmenta-cli record: " << file << ": " << imported.error().message << "\n";
        return kExitBadInput;
    }
    if (!source) {
        err << "segmenta-cli record: " << source.error().message << "\n";
        return kExitBadInput;
    }
    if (!history) {
        err << "segmenta-cli: " << history.error().message << "\n";
        return kExitBadInput;
    }
    RecordOptions options;
    options.asOf = args.valueOr("as-of", "");
    options.label = args.valueOr("label", "");
    std::vector<SnapshotInfo> recorded;
    if (!splitColumn.empty()) {
        auto r = history->recordSplit(*dataset, imported->table, *source, splitColumn, period, options);
        if (!r) { err << "segmenta-cli record: " << r.error().message << "\n"; return kExitBadInput; }
        recorded = std::move(*r);
    } else {
        auto r = history->recordSnapshot(*dataset, imported->table, *source, options);
        if (!r) { err << "segmenta-cli record: " << r.error().message << "\n"; return kExitBadInput; }
        recorded.push_back(std::move(*r));
    }
    if (args.flag("json")) {
        nlohmann::json snaps = nlohmann::json::array();
        for (const auto& s : recorded) snaps.push_back(snapshotJson(s));
        out << nlohmann::json{{"dataset", *dataset}, {"db", *db}, {"snapshots", snaps}}.dump(1) << "\n";
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
