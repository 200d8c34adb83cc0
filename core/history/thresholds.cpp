// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset's alert thresholds as stored: the one writer and the one reader.
// Stored values steer computations (psi_bins is a loop bound), so they are
// checked on the way back like user input; one out of range is damage, named.
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/history/history_impl.h"

namespace segmenta::historydetail {

namespace {

// One stored field: its key, where it goes, the values that make sense.
struct Field {
    const char* key;
    double* real = nullptr;
    std::int64_t* whole = nullptr;
    int* small = nullptr;
    double lowest, highest;
};

std::vector<Field> fieldsOf(AlertThresholds& t) {
    return {{"p_value", &t.drift.pValue, nullptr, nullptr, 0, 1},
            {"wasserstein_normed", &t.drift.wassersteinNormed, nullptr, nullptr, 0, 1e9},
            {"js_distance", &t.drift.jsDistance, nullptr, nullptr, 0, 1},
            {"missing_share_change", &t.drift.missingShareChange, nullptr, nullptr, 0, 1},
            {"large_sample_above", nullptr, &t.drift.largeSampleAbove, nullptr, 0, 1e15},
            {"min_current_values", nullptr, &t.drift.minCurrentValues, nullptr, 0, 1e15},
            {"dataset_drift_share", &t.drift.datasetDriftShare, nullptr, nullptr, 0, 1},
            {"psi_bins", nullptr, nullptr, &t.drift.psiBins, 2, 100},
            {"max_distinct_categorical", nullptr, nullptr, &t.drift.maxDistinctCategorical, 0, 1000},
            {"segment_share_psi", &t.segmentSharePsi, nullptr, nullptr, 0, 1e9},
            {"segment_share_p", &t.segmentShareP, nullptr, nullptr, 0, 1},
            {"quality_decay", &t.qualityDecay, nullptr, nullptr, -1, 1e9},
            {"warning_drift_share", &t.warningDriftShare, nullptr, nullptr, 0, 1}};
}

std::string shown(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// Why `v` cannot be field `f`, or "" when it can.
std::string problemWith(const Field& f, double v) {
    const bool whole = f.real == nullptr;
    if (!std::isfinite(v) || v < f.lowest || v > f.highest || (whole && v != std::floor(v)))
        return std::string(f.key) + " is " + shown(v) + ", expected " + (whole ? "a whole number" : "a number") +
               " from " + shown(f.lowest) + " to " + shown(f.highest);
    return {};
}

} // namespace

std::string thresholdsToJson(const AlertThresholds& thresholds) {
    AlertThresholds t = thresholds;
    nlohmann::json j = nlohmann::json::object();
    for (const auto& f : fieldsOf(t)) {
        if (f.real) j[f.key] = *f.real;
        else if (f.whole) j[f.key] = *f.whole;
        else j[f.key] = *f.small;
    }
    return j.dump();
}

std::string thresholdsProblem(const AlertThresholds& thresholds) {
    AlertThresholds t = thresholds;
    for (const auto& f : fieldsOf(t)) {
        const double v = f.real ? *f.real : f.whole ? double(*f.whole) : double(*f.small);
        if (auto why = problemWith(f, v); !why.empty()) return why;
    }
    return {};
}

Result<AlertThresholds> thresholdsFromJson(const std::string& text) {
    AlertThresholds t;
    if (text.empty()) return t;   // never set: the defaults
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return makeError(ErrorKind::Damaged, "thresholds_json is not a JSON object");
    for (const auto& f : fieldsOf(t)) {
        if (!j.contains(f.key)) continue;   // written by a build that did not know the field
        const auto& value = j[f.key];
        if (!value.is_number()) return makeError(ErrorKind::Damaged, std::string(f.key) + " is not a number");
        const double v = value.get<double>();
        if (auto why = problemWith(f, v); !why.empty()) return makeError(ErrorKind::Damaged, why);
        if (f.real) *f.real = v;
        else if (f.whole) *f.whole = std::int64_t(v);
        else *f.small = int(v);
    }
    return t;
}

Result<AlertThresholds> readThresholds(sqlite3* db, std::int64_t datasetId) {
    sql::Stmt st(db, "SELECT name, COALESCE(thresholds_json, '') FROM datasets WHERE id = ?");
    st.bind(1, datasetId);
    const int rc = st.step();
    if (rc == SQLITE_DONE) return makeError(ErrorKind::NotFound, "No dataset " + std::to_string(datasetId) + " in the history");
    if (rc != SQLITE_ROW) return sql::errorFor(db, rc, "read the alert thresholds");
    auto t = thresholdsFromJson(st.text(1));
    if (!t)
        return makeError(ErrorKind::Damaged, "The history is damaged: the stored alert thresholds of dataset '" +
                                                 st.text(0) + "' cannot be used (" + t.error().message +
                                                 "). Nothing was changed; set the thresholds again or start a fresh history");
    return t;
}

} // namespace segmenta::historydetail
