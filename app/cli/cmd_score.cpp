// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli score FILE --db DB --model NAME [--dataset NAME] [--as-of DATE] [--out scored.csv]
//   [--keep-personal COLUMN,…] [--json]
// Applies a saved segmentation to a new export: records it, its scoring and its
// drift against the training snapshot. The path a user schedules every month.
#include <cmath>
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
#include "core/io/csv_writer.h"

namespace segmenta::cli {

namespace {

nlohmann::json opt(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// The scored file: the input's columns, then "segment" (+ one probability per segment for mixtures).
std::vector<Column> scoreColumns(const ScoreResult& r) {
    std::vector<Column> extra;
    Column seg;
    seg.name = "segment";
    seg.type = ColumnType::Category;
    for (auto l : r.segmentOfRow) {
        if (l >= 0 && std::size_t(l) < r.segmentNames.size()) seg.appendCategory(r.segmentNames[std::size_t(l)]);
        else seg.appendMissing();
    }
    extra.push_back(std::move(seg));
    for (std::size_t k = 0; !r.probabilities.empty() && k < r.segmentNames.size(); ++k) {
        Column p;
        p.name = "probability_" + std::to_string(k + 1);
        p.type = ColumnType::Decimal;
        for (const auto& row : r.probabilities) p.appendNumber(k < row.size() ? row[k] : NAN);
        extra.push_back(std::move(p));
    }
    return extra;
}

} // namespace

int runScore(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"db", "model", "dataset", "as-of", "out", "label", "label-column", "max-loss", kKeepPersonalOption},
                    {"json", "accept-loss"}))
        return refuse(err, "score", args.error());
    const auto db = args.value("db"), modelName = args.value("model");
    if (args.positionals().size() != 1 || !db || !modelName)
        return refuse(err, "score", "usage: score FILE --db DB --model NAME [--as-of DATE] [--out scored.csv] [--json]");
    ImportLimits limits;
    std::string error;
    if (!readImportLimits(args, limits, error)) return refuse(err, "score", error);
    const std::string& file = args.positionals()[0];
    auto history = openHistoryOrReport(*db, err, HistoryAccess::Write);
    if (!history) return kExitBadInput;
    std::int64_t datasetId = 0;
    if (auto ds = args.value("dataset")) {
        auto d = history->dataset(*ds);
        if (!d) return refuse(err, "score", d.error().message);
        datasetId = d->id;
    }
    if (auto m = history->model(*modelName, datasetId); !m) return refuse(err, "score", m.error().message);
    // Fingerprinted from the bytes the import reads (see cmd_record.cpp).
    auto [imported, source] = importWithFingerprint(file);
    if (!imported) return refuse(err, "score", file + ": " + imported.error().message);
    if (!source) return refuse(err, "score", source.error().message);
    if (!checkImport(imported->report, file, limits, "score", err)) return kExitBadInput;
    ScoreOptions options;
    options.keepColumns = keptPersonalColumns(args);
    if (const auto unknown = unknownKeptColumns(options.keepColumns, imported->table); !unknown.empty()) {
        err << "segmenta-cli score: " << unknown << "\n";
        return kExitBadInput;
    }
    options.asOf = args.valueOr("as-of", "");
    options.label = args.valueOr("label", "");
    options.labelColumn = args.valueOr("label-column", "");
    if (!options.labelColumn.empty() && !imported->table.column(options.labelColumn))
        return refuse(err, "score", "--label-column names '" + options.labelColumn + "', but the file has no such column");
    auto r = history->score(*modelName, imported->table, *source, options, datasetId);
    if (!r) return refuse(err, "score", r.error().message);
    if (auto path = args.value("out")) {
        CsvWriteOptions csv;
        csv.leaveOut = leaveOutOfExport(imported->table, options.keepColumns, "score", *path, err);
        auto written = writeCsvFile(*path, imported->table, scoreColumns(*r), csv);
        if (!written) return refuse(err, "score", written.error().message);
    }
    const auto& s = r->scoring;
    if (args.flag("json")) {
        nlohmann::json segs = nlohmann::json::array();
        for (std::size_t k = 0; k < s.counts.size(); ++k)
            segs.push_back({{"id", k},
                            {"name", k < r->segmentNames.size() ? r->segmentNames[k] : ""},
                            {"count", s.counts[k]},
                            {"share", s.shares[k]},
                            {"outcome_rate", k < s.outcomeRates.size() ? opt(s.outcomeRates[k]) : nullptr}});
        nlohmann::json j = {{"model", *modelName},
                            {"snapshot", snapshotJson(r->snapshot)},
                            {"segments", segs},
                            {"unassigned", s.unassigned},
                            {"mean_distance", s.meanDistance},
                            {"silhouette", opt(s.silhouette)},
                            {"label_column", s.labelColumn ? nlohmann::json(*s.labelColumn) : nlohmann::json(nullptr)},
                            {"share_psi", opt(s.sharePsi)},
                            {"share_chi2_p_value", opt(s.shareChi2P)},
                            {"quality_decay", opt(s.qualityDecay)},
                            {"resegment_suggested", s.resegmentSuggested},
                            {"unseen_categories", s.unseenCategories},
                            {"drift", r->driftVsTraining ? datasetDriftJson(*r->driftVsTraining) : nlohmann::json(nullptr)},
                            {"import", importJson(imported->report)}};
        out << j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        out << "Scored " << source->fileName << " with '" << *modelName << "' as " << r->snapshot.label << ": "
            << toString(r->snapshot.status) << "\n";
        for (std::size_t k = 0; k < s.counts.size(); ++k) {
            char line[160];
            std::snprintf(line, sizeof line, "  %-40.40s %8lld  %5.1f %%\n",
                          k < r->segmentNames.size() ? r->segmentNames[k].c_str() : "?",
                          static_cast<long long>(s.counts[k]), s.shares[k] * 100);
            out << line;
        }
        for (const auto& reason : r->snapshot.reasons) out << "  - " << reason << "\n";
    }
    return kExitOk;
}

} // namespace segmenta::cli
