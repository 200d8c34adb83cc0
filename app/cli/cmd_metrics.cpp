// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli metrics: per-slice model metrics, calibration and flagged slices.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/import_check.h"
#include "app/cli/messages.h"
#include "core/io/csv_reader.h"
#include "core/metrics/slice_report.h"

namespace segmenta::cli {

namespace {

using json = nlohmann::ordered_json;

int fail(std::ostream& err, const std::string& message) { return refuse(err, "metrics", message); }

json toJson(const Metric& m) { return m.defined() ? json(*m.value) : json(nullptr); }

// Adds name: value and, for an undefined value, its reason under "undefined".
void put(json& j, const char* name, const Metric& m) {
    j[name] = toJson(m);
    if (!m.defined()) j["undefined"][name] = m.reason;
}

json calibrationJson(const std::vector<CalibrationBin>& bins, const CalibrationReading& reading, const std::string& who) {
    json out;
    out["bins"] = json::array();
    for (const auto& b : bins)
        out["bins"].push_back({{"lower", b.lower}, {"upper", b.upper}, {"n", b.n},
                               {"mean_score", toJson(b.meanScore())}, {"observed_rate", toJson(b.observedRate())}});
    out["reading"] = describeCalibration(reading, who);
    return out;
}

json statsJson(const SliceStats& s) {
    json j;
    j["n"] = s.rows;
    j["share"] = s.share;
    if (s.binary) {
        const auto& b = *s.binary;
        j["n_evaluated"] = b.n;
        put(j, "base_rate", b.baseRate);
        for (const auto& [name, m] : {std::pair{"accuracy", &b.accuracy}, {"precision", &b.precision},
                                      {"recall", &b.recall}, {"f1", &b.f1}, {"specificity", &b.specificity}})
            put(j, name, *m);
        if (b.hasScore) {
            for (const auto& [name, m] : {std::pair{"roc_auc", &b.rocAuc}, {"average_precision", &b.averagePrecision},
                                          {"log_loss", &b.logLoss}, {"brier", &b.brier}, {"ece", &b.ece},
                                          {"mean_score", &b.meanScore}})
                put(j, name, *m);
        }
        j["confusion"] = {{"tp", b.tp}, {"fp", b.fp}, {"tn", b.tn}, {"fn", b.fn}};
    }
    if (s.multiclass) {
        j["n_evaluated"] = s.multiclass->n;
        put(j, "accuracy", s.multiclass->accuracy);
        put(j, "macro_f1", s.multiclass->macroF1);
    }
    for (const auto& o : s.outcomes) {
        json e{{"column", o.column}, {"kind", o.isRate ? "rate" : "mean"}, {"n", o.n},
               {"value", toJson(o.estimate.value)}, {"low", toJson(o.estimate.low)}, {"high", toJson(o.estimate.high)}};
        if (o.isRate) e["positive"] = o.positive;
        j["outcomes"].push_back(e);
    }
    return j;
}

json reportJson(const SliceReport& r, const std::string& file) {
    json j;
    j["file"] = file;
    j["positive"] = r.positive;
    j["threshold"] = r.threshold;
    j["min_rows"] = r.minRows;
    j["flag_metric"] = toString(r.flagMetric);
    j["test"] = r.testName;
    j["overall"] = statsJson(r.overall);
    j["slices"] = json::array();
    for (const auto& s : r.slices) {
        json e;
        json key = json::object();
        for (const auto& part : s.key) key[part.column] = part.value;
        e["slice"] = key;
        e.update(statsJson(s));
        e["too_small"] = s.tooSmall;
        e["flagged"] = s.significance.flagged;
        e["p_value"] = toJson(s.significance.adjustedP);
        e["p_value_raw"] = toJson(s.significance.pValue);
        e["effect"] = toJson(s.significance.effect);
        if (!s.significance.tested && !s.significance.why.empty()) e["not_tested"] = s.significance.why;
        if (r.hasScore && s.binary) e["calibration"] = calibrationJson(s.binary->calibration, s.calibration, "this slice");
        j["slices"].push_back(e);
    }
    if (r.hasScore && r.overall.binary)
        j["calibration"] = calibrationJson(r.overall.binary->calibration, r.overall.calibration, "all rows");
    return j;
}

std::string cell(const Metric& m, int decimals = 3) {
    if (!m.defined()) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *m.value);
    return buf;
}

void printText(std::ostream& out, const SliceReport& r) {
    const bool binary = r.overall.binary.has_value();
    char line[256];
    std::snprintf(line, sizeof line, "%-28s %9s %9s %9s %9s %9s %9s  %s\n", "slice", "rows", "rate",
                  r.multiclass ? "accuracy" : "accuracy", binary ? "recall" : "macro F1", "ROC AUC", "ECE", "");
    out << line;
    auto row = [&](const SliceStats& s) {
        const Metric rate = s.outcomes.empty() ? Metric::undefined("") : s.outcomes[0].estimate.value;
        const Metric acc = binary ? s.binary->accuracy : s.multiclass ? s.multiclass->accuracy : Metric::undefined("");
        const Metric second = binary ? s.binary->recall : s.multiclass ? s.multiclass->macroF1 : Metric::undefined("");
        const Metric auc = binary ? s.binary->rocAuc : Metric::undefined("");
        const Metric ece = binary ? s.binary->ece : Metric::undefined("");
        const std::string mark = s.tooSmall ? "too few rows to judge" : s.significance.flagged ? "WORSE than the rest" : "";
        std::snprintf(line, sizeof line, "%-28.28s %9lld %9s %9s %9s %9s %9s  %s\n", s.label.c_str(),
                      static_cast<long long>(s.rows), cell(rate).c_str(), cell(acc).c_str(), cell(second).c_str(),
                      cell(auc).c_str(), cell(ece).c_str(), mark.c_str());
        out << line;
    };
    for (const auto& s : r.slices) row(s);
    row(r.overall);
    if (!r.testName.empty()) out << "\nFlagged on " << toString(r.flagMetric) << ": " << r.testName << ".\n";
    if (r.hasScore) out << describeCalibration(r.overall.calibration, "all rows") << "\n";
}

// Parses --slice, --quantiles and --edges into slice dimensions.
bool sliceDimensions(Args& args, std::vector<SliceDimension>& dims, std::string& error) {
    NumericBinning binning;
    long long quantiles = 0;
    if (!args.intValue("quantiles", quantiles, 2, 100)) { error = args.error(); return false; }
    if (quantiles) { binning.mode = NumericBinning::Mode::Quantiles; binning.quantiles = int(quantiles); }
    if (auto edges = args.value("edges")) {
        if (quantiles) { error = "give either --quantiles or --edges, not both"; return false; }
        binning.mode = NumericBinning::Mode::Edges;
        for (const auto& e : Args::splitList(*edges)) {
            char* end = nullptr;
            const double v = std::strtod(e.c_str(), &end);
            if (end == e.c_str() || *end || !std::isfinite(v)) { error = "--edges must be numbers separated by commas (got '" + e + "')"; return false; }
            if (!binning.edges.empty() && v <= binning.edges.back()) {
                error = "--edges must rise from left to right (got " + e + " after " + std::to_string(binning.edges.back()) + ")";
                return false;
            }
            binning.edges.push_back(v);
        }
        if (binning.edges.empty()) { error = "--edges is empty; give numbers such as 18,30,50"; return false; }
    }
    if (auto slice = args.value("slice"); slice && Args::splitList(*slice).empty()) {
        error = "--slice is empty; name one column or two (COL1,COL2)";
        return false;
    }
    for (const auto& c : Args::splitList(args.valueOr("slice", ""))) dims.push_back({SliceDimension::Kind::Column, c, binning});
    if (dims.size() > 2) { error = "--slice takes one column or two (COL1,COL2)"; return false; }
    if (dims.empty() && (args.has("quantiles") || args.has("edges"))) {
        error = "--quantiles and --edges bin a --slice column; add --slice COL";
        return false;
    }
    return true;
}

// A score column the reader typed as numbers but where some cells were not
// numbers would silently lose those rows: refuse it instead.
std::string checkScoreImport(const ImportReport& report, const std::string& score) {
    for (const auto& c : report.columns) {
        if (c.name != score || c.invalidCount == 0) continue;
        return "the score column '" + score + "' has " + std::to_string(c.invalidCount) + " values that are not numbers" +
               (c.invalidExamples.empty() ? std::string() : " (such as '" + c.invalidExamples.front() + "')") +
               "; scores must be probabilities between 0 and 1";
    }
    return {};
}

} // namespace

int runMetrics(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv,
                    {"label", "score", "prediction", "slice", "threshold", "positive", "bins", "min-rows",
                     "flag-metric", "quantiles", "edges", "outcomes", "max-loss"},
                    {"json", "timing", "accept-loss"}))
        return fail(err, args.error());
    if (args.positionals().size() != 1) return fail(err, "give one CSV file: metrics FILE --label COL [--score COL] ...");
    if (!args.has("label")) return fail(err, "--label COL is required (the outcome column, e.g. churned)");
    MetricsOptions o;
    o.label = args.valueOr("label", "");
    o.score = args.valueOr("score", "");
    o.prediction = args.valueOr("prediction", "");
    o.positive = args.valueOr("positive", "");
    o.outcomes = Args::splitList(args.valueOr("outcomes", ""));
    long long bins = 10, minRows = 30;
    if (!args.doubleValue("threshold", o.threshold, 0, 1) || !args.intValue("bins", bins, 1, 100) ||
        !args.intValue("min-rows", minRows, 1, 1000000000))
        return fail(err, args.error());
    o.calibrationBins = int(bins);
    o.minRows = minRows;
    if (auto f = args.value("flag-metric"); f && !parseFlagMetric(*f, o.flagMetric))
        return fail(err, "--flag-metric must be accuracy, precision, recall, specificity, base_rate or none");
    std::string error;
    ImportLimits limits;
    if (!sliceDimensions(args, o.slices, error) || !readImportLimits(args, limits, error)) return fail(err, error);

    const auto t0 = std::chrono::steady_clock::now();
    const std::string& file = args.positionals().front();
    auto imported = readCsvFile(file);
    if (!imported) return fail(err, imported.error().message);
    if (!checkImport(imported->report, file, limits, "metrics", err)) return kExitBadInput;
    if (!o.score.empty()) {
        if (auto problem = checkScoreImport(imported->report, o.score); !problem.empty()) return fail(err, problem);
    }
    const auto t1 = std::chrono::steady_clock::now();
    auto result = computeSliceReport(imported->table, o);
    if (!result) return fail(err, result.error().message);
    const auto t2 = std::chrono::steady_clock::now();

    if (args.flag("json")) {
        json j = reportJson(*result, file);
        j["import"] = importJson(imported->report);
        if (args.flag("timing"))
            j["timing"] = {{"load_seconds", std::chrono::duration<double>(t1 - t0).count()},
                           {"compute_seconds", std::chrono::duration<double>(t2 - t1).count()}};
        out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    } else {
        printText(out, *result);
        if (args.flag("timing"))
            out << "load " << std::chrono::duration<double>(t1 - t0).count() << " s, metrics "
                << std::chrono::duration<double>(t2 - t1).count() << " s\n";
    }
    return kExitOk;
}

} // namespace segmenta::cli
