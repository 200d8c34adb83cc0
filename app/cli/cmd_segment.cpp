// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli segment FILE [--features a,b,c] [--k N|auto] [--k-max N] [--algorithm kmeans|gmm|gmm-diag|minibatch]
//   [--scale standard|robust|minmax|none] [--log1p auto|none|a,b] [--n-init N] [--seed S] [--out FILE.csv] [--json]
//   [--db DB --dataset NAME --save-model NAME] [--keep-personal COLUMN,…]
// Finds segments in a CSV, names and describes them, prints the scores (text or
// one JSON object), optionally writes every row with its segment and saves the
// model to the history for later batch scoring. Personal-data columns are never
// features, stored or written unless named in --keep-personal.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/import_check.h"
#include "app/cli/messages.h"
#include "app/cli/privacy.h"
#include "core/history/fingerprint.h"
#include "core/history/history.h"
#include "core/history/save_segmentation.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/segment/segmentation.h"

namespace segmenta::cli {

namespace {

using Json = nlohmann::ordered_json;

Json numberOrNull(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

int fail(std::ostream& err, const std::string& message) { return refuse(err, "segment", message); }

Json scoresJson(const ClusterScores& s, bool mixture) {
    Json j = {{"inertia", numberOrNull(s.inertia)},
              {"silhouette", numberOrNull(s.silhouette)},
              {"silhouette_sample_size", s.silhouetteSampleSize ? Json(s.silhouetteSampleSize) : Json(nullptr)},
              {"calinski_harabasz", numberOrNull(s.calinskiHarabasz)},
              {"davies_bouldin", numberOrNull(s.daviesBouldin)}};
    if (mixture) j["bic"] = numberOrNull(s.bic);
    return j;
}

// Centroid per input column in original units: numbers and dates from the
// model's centre (undoing scaling and log1p); categories as the most frequent level.
Json centroidJson(const SegmentationResult& r, int s) {
    Json c = Json::object();
    const auto& transforms = r.features.pipeline.transforms;
    for (std::size_t f = 0; f < transforms.size(); ++f) {
        const auto& t = transforms[f];
        if (t.kind == ColumnTransform::Kind::OneHot)
            c[t.column] = r.segments[std::size_t(s)].features[f].topLevel;
        else
            c[t.column] = numberOrNull(unscaleValue(t, 0, r.model.centroids(s, t.firstOutput)));
    }
    return c;
}

Json resultJson(const SegmentationResult& r) {
    const bool mixture = isMixture(r.model.algorithm);
    Json j;
    j["algorithm"] = toString(r.model.algorithm);
    j["k"] = r.k;
    j["features"] = r.features.columns;
    j["scale"] = toString(r.features.pipeline.scaling);
    Json logged = Json::array();
    for (const auto& t : r.features.pipeline.transforms) if (t.log1p) logged.push_back(t.column);
    j["log1p"] = logged;
    const Json scores = scoresJson(r.scores, mixture);
    for (const auto& [key, value] : scores.items()) j[key] = value;
    j["k_reason"] = r.kReasonText;
    Json segments = Json::array();
    for (const auto& s : r.segments) {
        Json seg = {{"id", s.id}, {"name", s.name}, {"description", s.description},
                    {"size", s.size}, {"share", s.share}, {"centroid", centroidJson(r, s.id)}};
        Json diffs = Json::array();
        for (std::size_t i = 0; i < s.differences.size() && i < 5; ++i) {
            const auto& d = s.differences[i];
            diffs.push_back({{"feature", d.feature},
                             {"level", d.level.empty() ? Json(nullptr) : Json(d.level)},
                             {"direction", d.direction == Difference::Direction::Higher ? "higher" : "lower"},
                             {"effect", numberOrNull(d.effect)},
                             {"ratio", numberOrNull(d.ratio)},
                             {"segment_value", numberOrNull(d.segmentValue)},
                             {"overall_value", numberOrNull(d.overallValue)},
                             {"p_value", numberOrNull(d.pValue)},
                             {"p_adjusted", numberOrNull(d.pAdjusted)}});
        }
        seg["differences"] = std::move(diffs);
        segments.push_back(std::move(seg));
    }
    j["segments"] = std::move(segments);
    if (!r.kScan.empty()) {
        Json scan = Json::array();
        for (const auto& row : r.kScan) {
            Json e = {{"k", row.k}};
            const Json rowScores = scoresJson(row.scores, mixture);
            for (const auto& [key, value] : rowScores.items())
                if (key != "silhouette_sample_size") e[key] = value;
            scan.push_back(std::move(e));
        }
        j["k_scan"] = std::move(scan);
    }
    Json imputed = Json::array();
    for (const auto& i : r.features.imputation)
        imputed.push_back({{"column", i.column}, {"count", i.count}, {"filled_with", i.filledWith}});
    j["imputed"] = std::move(imputed);
    j["notes"] = r.notes;
    return j;
}

void printText(const SegmentationResult& r, std::ostream& out) {
    char buf[256];
    out << r.k << " segments (" << toString(r.model.algorithm) << ", " << toString(r.features.pipeline.scaling)
        << " scaling) from " << r.labels.size() << " rows — " << r.kReasonText << "\n";
    std::snprintf(buf, sizeof buf, "silhouette %.4f  Calinski-Harabasz %.2f  Davies-Bouldin %.4f  inertia %.6g\n",
                  r.scores.silhouette, r.scores.calinskiHarabasz, r.scores.daviesBouldin, r.scores.inertia);
    out << buf;
    for (const auto& s : r.segments) {
        std::snprintf(buf, sizeof buf, "  %d  %5.1f%%  %7zu  ", s.id, 100 * s.share, s.size);
        out << buf << s.name << " — " << s.description << "\n";
    }
    for (const auto& n : r.notes) out << "note: " << n << "\n";
}

Result<std::size_t> writeOut(const std::string& path, const Table& table, const SegmentationResult& r,
                             const std::vector<std::string>& keep, std::ostream& err) {
    std::vector<Column> extra(2);
    extra[0].name = "segment";
    extra[0].type = ColumnType::Integer;
    extra[1].name = "segment_name";
    extra[1].type = ColumnType::Text;
    for (auto l : r.labels) {
        extra[0].appendNumber(double(l));
        extra[1].appendString(r.segments[std::size_t(l)].name);
    }
    if (r.probabilities.rows() == Eigen::Index(r.labels.size()) && r.probabilities.rows() > 0) {
        Column p;
        p.name = "segment_probability";
        p.type = ColumnType::Decimal;
        for (std::size_t i = 0; i < r.labels.size(); ++i) p.appendNumber(r.probabilities(Eigen::Index(i), r.labels[i]));
        extra.push_back(std::move(p));
    }
    CsvWriteOptions csv;
    csv.leaveOut = leaveOutOfExport(table, keep, "segment", path, err);
    return writeCsvFile(path, table, extra, csv);
}

// Records the training snapshot (unless these bytes are already a month of the
// dataset) and the model in the history, as the Segments page's Save as model… does,
// in one transaction. `source` fingerprints the bytes the table was imported from.
Result<ModelInfo> saveToHistory(const std::string& db, const std::string& dataset, const std::string& name,
                                const Result<SnapshotSource>& source, const Table& table, const SegmentationResult& r,
                                const std::vector<std::string>& keep) {
    if (!source) return source.error();
    auto history = History::open(db);
    if (!history) return history.error();
    return saveSegmentation(*history, dataset, name, *source, table, r.model, keep);
}

// Every --log1p column must be a number column among the features; "" when they are.
std::string checkLog1p(const Table& table, const FeatureOptions& o) {
    std::vector<std::string> features = o.columns;
    if (features.empty())
        for (const auto& f : suggestFeatures(table, o.maxLevels))
            if (f.selected) features.push_back(f.column);
    for (const auto& name : o.log1p) {
        const Column* c = table.column(name);
        if (!c) return "--log1p names '" + name + "', but the file has no such column";
        if (c->type != ColumnType::Integer && c->type != ColumnType::Decimal)
            return "--log1p names '" + name + "', a " + toString(c->type) + " column; log1p applies to number columns";
        if (std::find(features.begin(), features.end(), name) == features.end())
            return "--log1p names '" + name + "', which is not a feature; add it to --features or leave it out of --log1p";
    }
    return {};
}

bool parseOptions(Args& args, SegmentationOptions& o, std::string& error) {
    if (auto f = args.value("features")) {
        o.features.columns = Args::splitList(*f);
        if (o.features.columns.empty()) { error = "--features is empty; name at least one column"; return false; }
    }
    if (auto l = args.value("log1p")) {
        // "auto" (the default, as the window's): the columns the feature suggestions
        // mark as strongly skewed; "none": no column; else exactly the columns named.
        o.features.applySuggestedLog1p = *l == "auto";
        if (*l != "auto" && *l != "none")
            for (const auto& c : Args::splitList(*l)) o.features.log1p.insert(c);
        if (*l != "auto" && *l != "none" && o.features.log1p.empty()) {
            error = "--log1p is empty; name columns (a,b), or say auto or none";
            return false;
        }
    }
    const std::string k = args.valueOr("k", "auto");
    long long n = 0;
    if (k == "auto") o.k = 0;
    else if (args.intValue("k", n, 1, 1000)) o.k = int(n);
    else { error = "--k must be 'auto' or a whole number from 1 to 1000"; return false; }
    if (args.has("k-max")) {
        if (!args.intValue("k-max", n, 2, 100)) { error = args.error(); return false; }
        o.kMax = int(n);
    }
    if (args.has("n-init")) {
        if (!args.intValue("n-init", n, 1, 1000)) { error = args.error(); return false; }
        o.nInit = int(n);
    }
    if (args.has("seed")) {
        if (!args.intValue("seed", n, 0, (1LL << 53))) { error = args.error(); return false; }
        o.seed = std::uint64_t(n);
    }
    if (auto a = args.value("algorithm"); a && !parseAlgorithm(*a, o.algorithm)) {
        error = "unknown --algorithm '" + *a + "'; use kmeans, gmm, gmm-diag or minibatch";
        return false;
    }
    if (auto s = args.value("scale"); s && !parseScaling(*s, o.features.scaling)) {
        error = "unknown --scale '" + *s + "'; use standard, robust, minmax or none";
        return false;
    }
    return true;
}

} // namespace

int runSegment(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"features", "k", "k-max", "algorithm", "scale", "log1p", "n-init", "seed", "out", "db", "dataset",
                           "save-model", "max-loss", kKeepPersonalOption},
                    {"json", "accept-loss"}))
        return fail(err, args.error());
    if (args.positionals().size() != 1)
        return fail(err, "give exactly one CSV file: segmenta-cli segment FILE [--k N|auto] [--json] …");
    SegmentationOptions o = recommendedOptions();
    std::string error;
    ImportLimits limits;
    if (!parseOptions(args, o, error) || !readImportLimits(args, limits, error)) return fail(err, error);
    const bool save = args.has("save-model");
    if (save && (!args.has("db") || !args.has("dataset")))
        return fail(err, "--save-model needs --db DB and --dataset NAME");
    // Checked before the work, so that a bad name never leaves half a record.
    if (save && args.valueOr("save-model", "").empty()) return fail(err, "--save-model needs a name for the model");
    if (save && args.valueOr("dataset", "").empty()) return fail(err, "--dataset needs a name");
    if (save)
        if (auto refused = History::refusePath(args.valueOr("db", ""))) return fail(err, refused->message);
    const std::string file = args.positionals()[0];
    // Saving records the training snapshot: its SHA-256 is taken of the very bytes imported.
    auto [csv, source] = save ? importWithFingerprint(file)
                              : FingerprintedImport{readCsvFile(file), makeError(ErrorKind::Usage, "not saved")};
    if (!csv) return fail(err, csv.error().message);
    if (!checkImport(csv->report, file, limits, "segment", err)) return kExitBadInput;
    const Table& table = csv->table;
    for (const auto& c : o.features.columns)
        if (!table.column(c)) return fail(err, "unknown feature '" + c + "': the file has no such column");
    if (auto problem = checkLog1p(table, o.features); !problem.empty()) return fail(err, problem);
    const std::vector<std::string> keep = keptPersonalColumns(args);
    if (const auto unknown = unknownKeptColumns(keep, table); !unknown.empty()) return fail(err, unknown);
    o.features.keepPersonal.insert(keep.begin(), keep.end());
    auto r = runSegmentation(table, o);
    if (!r) return fail(err, r.error().message);
    Json j = resultJson(*r);
    j["import"] = importJson(csv->report);
    if (auto path = args.value("out")) {
        auto w = writeOut(*path, table, *r, keep, err);
        if (!w) return fail(err, w.error().message);
        j["out"] = *path;
    }
    if (save) {
        auto m = saveToHistory(*args.value("db"), *args.value("dataset"), *args.value("save-model"),
                               source, table, *r, keep);
        if (!m) return fail(err, m.error().message);
        j["saved_model"] = {{"name", m->name}, {"id", m->id}, {"version", m->version}};
    }
    if (args.flag("json")) out << j.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
    else {
        printText(*r, out);
        if (save) out << "saved model '" << *args.value("save-model") << "' to " << *args.value("db") << "\n";
    }
    return kExitOk;
}

} // namespace segmenta::cli
