// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli history --db DB --dataset NAME [--reference training|previous|first] [--json]
// The snapshots in order with their status, drift per column against the
// reference, and segment shares. With --delete, --rename or --redate it changes
// one month instead (history_edit.cpp).
#include <cmath>
#include <map>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/drift_json.h"
#include "app/cli/history_edit.h"
#include "app/cli/messages.h"
#include "core/history/history.h"

namespace segmenta::cli {

int runHistory(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"db", "dataset", "reference", "model", "delete", "rename", "redate", "to"}, {"json", "yes"}))
        return refuse(err, "history", args.error());
    const auto db = args.value("db"), dataset = args.value("dataset");
    if (!db || !dataset || !args.positionals().empty())
        return refuse(err, "history", "usage: history --db DB --dataset NAME [--reference training|previous|first] [--json]");
    ReferenceMode mode = ReferenceMode::Training;
    const std::string ref = args.valueOr("reference", "training");
    if (ref == "previous") mode = ReferenceMode::Previous;
    else if (ref == "first") mode = ReferenceMode::First;
    else if (ref != "training") return refuse(err, "history", "--reference is training, previous or first (got '" + ref + "')");
    const bool edits = args.has("delete") || args.has("rename") || args.has("redate");
    auto history = openHistoryOrReport(*db, err, edits ? HistoryAccess::Write : HistoryAccess::Read);
    if (!history) return kExitBadInput;
    if (!history->readOnlyReason().empty())
        err << "segmenta-cli history: note: '" << *db << "' can only be read here (" << history->readOnlyReason() << ")\n";
    auto ds = history->dataset(*dataset);
    if (!ds) return refuse(err, "history", ds.error().message);
    if (wantsMonthEdit(args)) return editMonth(args, *history, ds->id, out, err);
    auto models = history->models(ds->id);
    if (!models) return refuse(err, "history", models.error().message);
    std::optional<ModelInfo> model;
    if (auto name = args.value("model")) {
        auto m = history->model(*name, ds->id);
        if (!m) return refuse(err, "history", m.error().message);
        model = *m;
    } else if (!models->empty()) {
        model = models->back();
    }
    auto matrix = history->driftMatrix(ds->id, mode, model ? model->id : 0);
    if (!matrix) return refuse(err, "history", matrix.error().message);
    std::map<std::int64_t, std::vector<double>> shares;
    SharesOverTime series;
    if (model) {
        auto s = history->segmentShares(model->id);
        if (!s) return refuse(err, "history", s.error().message);
        series = *s;
        for (std::size_t i = 0; i < series.snapshotIds.size(); ++i) shares[series.snapshotIds[i]] = series.shares[i];
    }
    if (args.flag("json")) {
        nlohmann::json snaps = nlohmann::json::array();
        for (std::size_t i = 0; i < matrix->snapshots.size(); ++i) {
            const auto& s = matrix->snapshots[i];
            auto j = snapshotJson(s);
            nlohmann::json cols = nlohmann::json::array();
            for (const auto& cell : matrix->cells[i])
                if (cell) cols.push_back(driftColumnJson(*cell));
            j["drift"] = matrix->datasetDrift[i] ? nlohmann::json{{"columns", cols},
                                                                  {"drift_share", matrix->datasetDrift[i]->driftShare},
                                                                  {"dataset_drift", matrix->datasetDrift[i]->datasetDrift}}
                                                 : nlohmann::json(nullptr);
            if (auto it = shares.find(s.id); it != shares.end()) j["segment_shares"] = it->second;
            else j["segment_shares"] = nullptr;
            j["is_training"] = model && model->trainedOnSnapshotId == s.id;
            snaps.push_back(std::move(j));
        }
        nlohmann::json ms = nlohmann::json::array();
        for (const auto& m : *models)
            ms.push_back({{"id", m.id}, {"name", m.name}, {"version", m.version}, {"algorithm", m.algorithm},
                          {"segments", m.segmentNames}, {"features", m.features},
                          {"trained_on_snapshot", m.trainedOnSnapshotId}, {"created_at", m.createdAt}});
        out << nlohmann::json{{"dataset", ds->name},
                              {"reference", ref},
                              {"model", model ? nlohmann::json(model->name) : nlohmann::json(nullptr)},
                              {"segment_names", series.segmentNames},
                              {"models", ms},
                              {"snapshots", snaps}}
                   .dump(1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
        return kExitOk;
    }
    out << "Dataset '" << ds->name << "': " << matrix->snapshots.size() << " snapshots";
    if (model) out << ", model '" << model->name << "'";
    out << "\n";
    for (std::size_t i = 0; i < matrix->snapshots.size(); ++i) {
        const auto& s = matrix->snapshots[i];
        char line[200];
        std::snprintf(line, sizeof line, "%-10s %-10s %8lld rows  %-8s", s.label.c_str(), s.asOf.c_str(),
                      static_cast<long long>(s.rows), toString(s.status));
        out << line;
        if (model && model->trainedOnSnapshotId == s.id) out << " (training snapshot)";
        if (auto it = shares.find(s.id); it != shares.end()) {
            out << "  shares:";
            for (double v : it->second) { std::snprintf(line, sizeof line, " %.0f%%", v * 100); out << line; }
        }
        out << "\n";
        for (const auto& r : s.reasons) out << "    - " << r << "\n";
    }
    return kExitOk;
}

} // namespace segmenta::cli
