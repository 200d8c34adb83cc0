// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prep/feature_prep.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/prep/prep_stats.h"
#include "core/quality/personal_data.h"

namespace segmenta {

namespace {

constexpr const char* kScalingNames[] = {"standard", "robust", "minmax", "none"};
constexpr const char* kReasonNames[] = {"numeric", "few_categories", "identifier", "personal_data", "date", "label",
                                        "score", "ignored", "too_many_levels", "constant", "all_missing", "text"};

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool looksIdentifierName(const std::string& name) {
    const std::string n = lower(name);
    return n == "id" || n.ends_with("_id") || n.ends_with(" id") || n.ends_with("-id") || n == "uuid" ||
           n.ends_with("_key") || n == "key";
}

std::size_t usedLevels(const Column& c) {
    std::vector<char> seen(c.levels.size(), 0);
    std::size_t n = 0;
    for (std::int32_t code : c.codes)
        if (code >= 0 && !seen[std::size_t(code)]) { seen[std::size_t(code)] = 1; ++n; }
    return n;
}

std::string fmt(double v, int digits = 3) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

void setReason(FeatureChoice& f, FeatureReason code, bool selected, std::string text) {
    f.reasonCode = code;
    f.selected = selected;
    f.reason = std::move(text);
}

void describeNumeric(FeatureChoice& f, const Column& c) {
    const std::vector<double> v = presentValues(c);
    if (v.empty()) { setReason(f, FeatureReason::AllMissing, false, "has no values"); return; }
    const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
    if (*mn == *mx) { setReason(f, FeatureReason::Constant, false, "has the same value in every row, so it cannot tell groups apart"); return; }
    if (c.type == ColumnType::Integer && looksIdentifierName(c.name) && distinctCount(v) == v.size()) {
        setReason(f, FeatureReason::Identifier, false, "looks like a row identifier (a different number in every row)");
        return;
    }
    setReason(f, FeatureReason::Numeric, true, "a number");
    f.skewness = skewness(v);
    if (*mn >= 0 && f.skewness > 2 && c.type != ColumnType::Boolean) {
        f.suggestLog1p = true;
        f.log1pReason = "strongly skewed (skewness " + fmt(f.skewness, 2) +
                        "): a few very large values would dominate; log1p compresses them";
    }
}

} // namespace

const char* toString(Scaling s) noexcept { return kScalingNames[int(s)]; }
bool parseScaling(std::string_view text, Scaling& out) noexcept {
    for (int i = 0; i < 4; ++i)
        if (text == kScalingNames[i]) { out = Scaling(i); return true; }
    if (text == "zscore" || text == "z-score") { out = Scaling::Standard; return true; }
    if (text == "min-max") { out = Scaling::MinMax; return true; }
    return false;
}
const char* toString(FeatureReason r) noexcept { return kReasonNames[int(r)]; }

std::vector<FeatureChoice> suggestFeatures(const Table& table, int maxLevels) {
    std::vector<FeatureChoice> out;
    out.reserve(table.columnCount());
    for (const Column& c : table.columns) {
        FeatureChoice f;
        f.column = c.name;
        f.type = c.type;
        if (c.type == ColumnType::Category) f.levels = usedLevels(c);
        if (c.role == ColumnRole::Ignore) setReason(f, FeatureReason::Ignored, false, "marked to ignore");
        else if (c.role == ColumnRole::Label) setReason(f, FeatureReason::Label, false, "is the outcome to explain, not a trait to group on");
        else if (c.role == ColumnRole::Score) setReason(f, FeatureReason::Score, false, "is a model's score, not a trait of the customer");
        else if (const PersonalData personal = personalDataOf(c); personal.personal())
            setReason(f, FeatureReason::PersonalData, false,
                      "holds personal data (" + describePiiKind(personal.kind) + "), which should not decide a segment");
        else if (c.role == ColumnRole::Identifier || c.type == ColumnType::Identifier)
            setReason(f, FeatureReason::Identifier, false, "identifies each row, so it cannot describe a group");
        else if (c.role == ColumnRole::Date || isTemporal(c.type))
            setReason(f, FeatureReason::Date, false, "is a date; it can be used as \"days since\" if you tick it");
        else if (c.type == ColumnType::Text) setReason(f, FeatureReason::Text, false, "is free text");
        else if (c.type == ColumnType::Category) {
            if (f.levels == 0) setReason(f, FeatureReason::AllMissing, false, "has no values");
            else if (f.levels == 1) setReason(f, FeatureReason::Constant, false, "has the same value in every row, so it cannot tell groups apart");
            else if (f.levels > std::size_t(maxLevels)) {
                f.maxLevels = maxLevels;
                setReason(f, FeatureReason::TooManyLevels, false,
                          "has " + std::to_string(f.levels) + " different values; at most " + std::to_string(maxLevels) +
                              " can be used (group rare values first)");
            } else {
                setReason(f, FeatureReason::FewCategories, true, "a category with " + std::to_string(f.levels) + " values");
            }
        } else describeNumeric(f, c);
        out.push_back(std::move(f));
    }
    return out;
}

double unscaleValue(const ColumnTransform& t, int k, double scaled) noexcept {
    const double raw = scaled * t.scale[std::size_t(k)] + t.center[std::size_t(k)];
    return t.log1p ? std::expm1(raw) : raw;
}

} // namespace segmenta
