// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli history --db DB --dataset NAME --delete LABEL [--yes]
//                                             --rename LABEL --to NEW
//                                             --redate LABEL --to 2026-03-31
#include "app/cli/history_edit.h"

#include <unistd.h>

#include <iostream>
#include <ostream>
#include <string>

#include "app/cli/commands.h"
#include "core/history/history_edit.h"

namespace segmenta::cli {

namespace {

int fail(std::ostream& err, const std::string& message) {
    err << "segmenta-cli history: " << message << "\n";
    return kExitBadInput;
}

// The one month `which` names: a label, or "id:N".
Result<SnapshotInfo> findMonth(History& history, std::int64_t datasetId, const std::string& which) {
    if (which.rfind("id:", 0) == 0) {
        std::int64_t id = 0;
        try { id = std::stoll(which.substr(3)); } catch (...) { id = 0; }
        auto s = history.snapshot(id);
        if (!s || s->datasetId != datasetId)
            return makeError(ErrorKind::NotFound, "there is no month " + which + " in this dataset");
        return s;
    }
    auto found = snapshotsWithLabel(history, datasetId, which);
    if (!found) return found.error();
    if (found->empty()) return makeError(ErrorKind::NotFound, "there is no month labelled '" + which + "' in this dataset");
    if (found->size() > 1) {
        std::string ids;
        for (const auto& s : *found) ids += (ids.empty() ? "" : ", ") + ("id:" + std::to_string(s.id) + " as of " + s.asOf);
        return makeError(ErrorKind::Usage, std::to_string(found->size()) + " months are labelled '" + which +
                                               "' (" + ids + "); name one by its id, e.g. id:" + std::to_string(found->front().id));
    }
    return found->front();
}

bool confirmDelete(const Args& args, const SnapshotInfo& s, std::ostream& out) {
    if (args.flag("yes")) return true;
    if (!isatty(STDIN_FILENO)) return false;
    out << "Delete month '" << s.label << "' (as of " << s.asOf << ", " << s.fileName << ", " << s.rows
        << " rows) from the history? This cannot be undone. [y/N] " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

} // namespace

bool wantsMonthEdit(const Args& args) { return args.has("delete") || args.has("rename") || args.has("redate"); }

int editMonth(const Args& args, History& history, std::int64_t datasetId, std::ostream& out, std::ostream& err) {
    const int asked = int(args.has("delete")) + int(args.has("rename")) + int(args.has("redate"));
    if (asked > 1) return fail(err, "give one of --delete, --rename and --redate at a time");
    const std::string which = *args.value(args.has("delete") ? "delete" : args.has("rename") ? "rename" : "redate");
    auto month = findMonth(history, datasetId, which);
    if (!month) return fail(err, month.error().message);
    if (args.has("delete")) {
        if (!confirmDelete(args, *month, out))
            return fail(err, "not deleted: add --yes to delete month '" + month->label + "' (as of " + month->asOf + ")");
        auto done = deleteSnapshot(history, month->id);
        if (!done) return fail(err, done.error().message);
        out << "deleted month '" << month->label << "' (as of " << month->asOf << ")\n";
        return kExitOk;
    }
    const auto to = args.value("to");
    if (!to) return fail(err, args.has("rename") ? "--rename LABEL needs --to NEW_LABEL" : "--redate LABEL needs --to DATE (e.g. 2026-03-31)");
    auto done = args.has("rename") ? renameSnapshot(history, month->id, *to) : redateSnapshot(history, month->id, *to);
    if (!done) return fail(err, done.error().message);
    out << (args.has("rename") ? "renamed month '" : "re-dated month '") << month->label << "' to " << *to << "\n";
    return kExitOk;
}

} // namespace segmenta::cli
