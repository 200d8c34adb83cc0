// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli export-model --db DB --model NAME --format sql|pmml [--dataset NAME] [--table T] [--id COL[,COL]]
//   [--dialect postgres|sqlite|spark|bigquery] [--out FILE]
// Writes a saved segmentation as one SQL query or a PMML document, so it can
// score rows where they live (a database, a warehouse, a Spark cluster).
#include <fstream>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/drift_json.h"
#include "core/export/pmml_export.h"
#include "core/export/sql_export.h"
#include "core/history/history.h"

namespace segmenta::cli {

namespace {

constexpr const char* kUsage =
    "usage: export-model --db DB --model NAME --format sql|pmml [--table T] [--id COL] "
    "[--dialect postgres|sqlite|spark|bigquery] [--out FILE]";

int fail(std::ostream& err, const std::string& message) {
    err << "segmenta-cli export-model: " << message << "\n";
    return kExitBadInput;
}

std::string datasetName(History& history, std::int64_t id) {
    auto all = history.datasets();
    if (all)
        for (const auto& d : *all)
            if (d.id == id) return d.name;
    return "";
}

} // namespace

int runExportModel(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"db", "model", "dataset", "format", "table", "id", "dialect", "out"}, {}))
        return fail(err, args.error());
    const auto db = args.value("db"), modelName = args.value("model"), format = args.value("format");
    if (!args.positionals().empty() || !db || !modelName || !format) return fail(err, kUsage);
    if (*format != "sql" && *format != "pmml")
        return fail(err, "unknown --format '" + *format + "'; use sql or pmml");
    SqlDialect dialect = SqlDialect::Postgres;
    if (auto d = args.value("dialect"); d && !parseSqlDialect(*d, dialect))
        return fail(err, "unknown --dialect '" + *d + "'; use postgres, sqlite, spark or bigquery");
    if (*format == "pmml" && (args.has("table") || args.has("id") || args.has("dialect")))
        return fail(err, "--table, --id and --dialect are for --format sql; a PMML document names no table");

    auto history = openHistoryOrReport(*db, err, HistoryAccess::Read);
    if (!history) return kExitBadInput;
    std::int64_t datasetId = 0;
    if (auto ds = args.value("dataset")) {
        auto d = history->dataset(*ds);
        if (!d) return fail(err, d.error().message);
        datasetId = d->id;
    }
    auto info = history->model(*modelName, datasetId);
    if (!info) return fail(err, info.error().message);
    auto model = modelFromJson(info->json);
    if (!model) return fail(err, model.error().message);

    Result<std::string> text = std::string();
    if (*format == "sql") {
        SqlExportOptions o;
        o.dialect = dialect;
        o.modelName = info->name;
        o.table = args.valueOr("table", datasetName(*history, info->datasetId));
        if (auto ids = args.value("id")) o.keyColumns = Args::splitList(*ids);
        text = exportSql(*model, info->segmentNames, o);
    } else {
        text = exportPmml(*model, info->segmentNames, {info->name, info->appVersion});   // the version that made the model
    }
    if (!text) return fail(err, text.error().message);

    const auto path = args.value("out");
    if (!path) { out << *text; return kExitOk; }
    std::ofstream file(*path, std::ios::binary | std::ios::trunc);
    file << *text;
    file.close();
    if (!file) return fail(err, "could not write " + *path + "; check the folder exists and is writable");
    out << "Wrote model '" << info->name << "' (" << model->segmentCount() << " segments) as "
        << (*format == "sql" ? "SQL for " + std::string(toString(dialect)) : std::string("PMML 4.4")) << " to " << *path
        << "\n";
    return kExitOk;
}

} // namespace segmenta::cli
