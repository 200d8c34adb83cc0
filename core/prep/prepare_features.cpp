// SPDX-License-Identifier: GPL-3.0-or-later
// Fitting a feature pipeline on a table and re-applying it to another one.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/prep/feature_prep.h"
#include "core/prep/prep_stats.h"

namespace segmenta {

namespace {

using Kind = ColumnTransform::Kind;

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string fmtNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// The value a numeric/date transform feeds to scaling, before imputation; NaN = missing.
void rawValues(const Column& c, const ColumnTransform& t, std::vector<double>& out) {
    const std::size_t n = c.size();
    out.assign(n, std::numeric_limits<double>::quiet_NaN());
    if (t.kind == Kind::Numeric) {
        for (std::size_t i = 0; i < n; ++i)
            if (!c.missing[i] && !std::isnan(c.numbers[i])) out[i] = t.log1p ? std::log1p(c.numbers[i]) : c.numbers[i];
    } else {
        const double unit = c.type == ColumnType::DateTime ? 86400.0 : 1.0;
        for (std::size_t i = 0; i < n; ++i)
            if (!c.missing[i]) out[i] = double(t.referenceTime - c.times[i]) / unit;
    }
}

// Category codes of a column mapped to the transform's levels; -1 missing, -2 unseen.
void levelIndex(const Column& c, const ColumnTransform& t, std::vector<std::int32_t>& out,
                std::map<std::string, std::size_t>* unseen) {
    std::map<std::string, std::int32_t> pos;
    for (std::size_t j = 0; j < t.levels.size(); ++j) pos[t.levels[j]] = std::int32_t(j);
    const std::size_t n = c.size();
    out.assign(n, -1);
    if (c.type == ColumnType::Category) {
        std::vector<std::int32_t> map(c.levels.size(), -2);
        for (std::size_t l = 0; l < c.levels.size(); ++l) {
            const auto it = pos.find(c.levels[l]);
            if (it != pos.end()) map[l] = it->second;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (c.missing[i] || c.codes[i] < 0) continue;
            out[i] = map[std::size_t(c.codes[i])];
            if (out[i] == -2 && unseen) ++(*unseen)[c.levels[std::size_t(c.codes[i])]];
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            if (c.missing[i]) continue;
            const std::string text = c.displayText(i);
            const auto it = pos.find(text);
            out[i] = it == pos.end() ? -2 : it->second;
            if (out[i] == -2 && unseen) ++(*unseen)[text];
        }
    }
}

void scaleParameters(Scaling s, std::vector<double> v, double& center, double& scale) {
    switch (s) {
    case Scaling::Standard: center = mean(v); scale = populationSd(v); break;
    case Scaling::Robust: {
        center = medianInPlace(v);
        scale = quantileInPlace(v, 0.75) - quantileInPlace(v, 0.25);
        break;
    }
    case Scaling::MinMax: {
        const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
        center = *mn;
        scale = *mx - *mn;
        break;
    }
    case Scaling::None: center = 0; scale = 1; break;
    }
    if (!(scale > 0) || !std::isfinite(scale)) scale = 1;   // constant: centre only
}

// Numeric and date columns: impute the median, scale, write one matrix column.
Result<bool> fitContinuous(const Column& c, ColumnTransform& t, Scaling scaling, Eigen::MatrixXd& m, int col,
                           PreparedFeatures& out) {
    std::vector<double> v;
    rawValues(c, t, v);
    std::vector<double> present;
    present.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (std::isinf(v[i]))
            return makeError(ErrorKind::BadInput, quoted(c.name) + " has an infinite value in row " + std::to_string(i + 1) +
                                                      "; fix or remove that value");
        if (!std::isnan(v[i])) present.push_back(v[i]);
    }
    if (present.empty()) return makeError(ErrorKind::BadInput, quoted(c.name) + " has no values; leave it out");
    std::vector<double> tmp = present;
    t.imputeValue = medianInPlace(tmp);
    t.imputedCount = v.size() - present.size();
    for (double& x : v)
        if (std::isnan(x)) x = t.imputeValue;
    double center = 0, scale = 1;
    scaleParameters(scaling, v, center, scale);
    t.center = {center};
    t.scale = {scale};
    // Distances square and sum these values: beyond kMaxScaled they overflow
    // (values near 1e308 that span the whole range of doubles, or a huge outlier
    // under robust, min-max or no scaling) and the segments would be NaN.
    constexpr double kMaxScaled = 1e100;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const double x = (v[i] - center) / scale;
        if (!(std::fabs(x) <= kMaxScaled))
            return makeError(ErrorKind::BadInput, quoted(c.name) + " has values too large to compute with (" +
                                                      fmtNumber(v[i]) + " in row " + std::to_string(i + 1) + ", " +
                                                      (scaling == Scaling::None ? std::string("unscaled")
                                                                                : toString(scaling) + std::string(" scaling")) +
                                                      "); divide it (e.g. into thousands), use standard "
                                                      "scaling or leave it out");
        m(Eigen::Index(i), col) = x;
    }
    out.pipeline.outputNames.push_back(c.name);
    if (t.imputedCount)
        out.imputation.push_back({c.name, t.imputedCount, "median " + fmtNumber(t.log1p ? std::expm1(t.imputeValue) : t.imputeValue)});
    return true;
}

// One-hot weight: a category column should weigh about one numeric column. With
// standard/robust scaling a numeric column has variance ≈ 1, so the indicators
// are centred by their share p_j and divided by sqrt(1 − Σ p_j²), making the
// block's total variance 1. With min–max/none a numeric column spans 0..1, so two
// different levels are put at distance 1 (indicators divided by √2).
Result<bool> fitOneHot(const Column& c, ColumnTransform& t, Scaling scaling, int maxLevels, Eigen::MatrixXd& m,
                       int col, PreparedFeatures& out) {
    std::vector<std::size_t> count(c.levels.size(), 0);
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.missing[i] && c.codes[i] >= 0) ++count[std::size_t(c.codes[i])];
    for (std::size_t l = 0; l < c.levels.size(); ++l)
        if (count[l]) t.levels.push_back(c.levels[l]);
    if (t.levels.empty()) return makeError(ErrorKind::BadInput, quoted(c.name) + " has no values; leave it out");
    if (int(t.levels.size()) > maxLevels)
        return makeError(ErrorKind::BadInput, quoted(c.name) + " has " + std::to_string(t.levels.size()) +
                                                  " different values; one-hot encoding allows at most " +
                                                  std::to_string(maxLevels) +
                                                  ": group rare values into \"other\" or leave the column out");
    std::vector<std::int32_t> idx;
    levelIndex(c, t, idx, nullptr);
    std::vector<double> counts(t.levels.size(), 0);
    for (auto j : idx)
        if (j >= 0) ++counts[std::size_t(j)];
    const auto mode = std::size_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
    t.imputeLevel = t.levels[mode];
    t.imputedCount = std::size_t(std::count(idx.begin(), idx.end(), -1));
    counts[mode] += double(t.imputedCount);
    const double n = double(c.size());
    double sumSq = 0;
    for (double k : counts) sumSq += (k / n) * (k / n);
    const bool centred = scaling == Scaling::Standard || scaling == Scaling::Robust;
    double scale = centred ? std::sqrt(std::max(0.0, 1 - sumSq)) : std::sqrt(2.0);
    if (!(scale > 0)) scale = 1;
    t.outputCount = int(t.levels.size());
    t.oneHotWeight = 1 / scale;
    for (std::size_t j = 0; j < t.levels.size(); ++j) {
        const double center = centred ? counts[j] / n : 0;
        t.center.push_back(center);
        t.scale.push_back(scale);
        const double off = -center / scale, on = (1 - center) / scale;
        for (std::size_t i = 0; i < idx.size(); ++i) {
            const std::size_t level = idx[i] < 0 ? mode : std::size_t(idx[i]);
            m(Eigen::Index(i), col + int(j)) = level == j ? on : off;
        }
        out.pipeline.outputNames.push_back(c.name + "=" + t.levels[j]);
    }
    if (t.imputedCount)
        out.imputation.push_back({c.name, t.imputedCount, "most frequent '" + t.imputeLevel + "'"});
    return true;
}

std::vector<std::string> defaultColumns(const Table& table, int maxLevels) {
    std::vector<std::string> cols;
    for (const auto& f : suggestFeatures(table, maxLevels))
        if (f.selected) cols.push_back(f.column);
    return cols;
}

Result<ColumnTransform> planTransform(const Table& table, const std::string& name, const FeatureOptions& o,
                                      const std::vector<FeatureChoice>& suggestions) {
    const Column* c = table.column(name);
    if (!c) return makeError(ErrorKind::NotFound, "there is no column named " + quoted(name));
    ColumnTransform t;
    t.column = name;
    t.sourceType = c->type;
    if (isNumeric(c->type)) {
        t.kind = Kind::Numeric;
        bool suggested = false;
        for (const auto& s : suggestions)
            if (s.column == name) suggested = s.suggestLog1p;
        t.log1p = o.log1p.count(name) || (o.applySuggestedLog1p && suggested);
        if (t.log1p)
            for (std::size_t i = 0; i < c->size(); ++i)
                if (!c->missing[i] && c->numbers[i] <= -1)
                    return makeError(ErrorKind::BadInput, "log1p cannot be applied to " + quoted(name) +
                                                              ": it has values of -1 or less");
    } else if (isTemporal(c->type)) {
        t.kind = Kind::DaysSince;
        std::int64_t latest = std::numeric_limits<std::int64_t>::min();
        for (std::size_t i = 0; i < c->size(); ++i)
            if (!c->missing[i]) latest = std::max(latest, c->times[i]);
        if (o.referenceDay) t.referenceTime = *o.referenceDay * (c->type == ColumnType::DateTime ? 86400 : 1);
        else t.referenceTime = latest == std::numeric_limits<std::int64_t>::min() ? 0 : latest;
    } else if (c->type == ColumnType::Category) {
        t.kind = Kind::OneHot;
    } else {
        return makeError(ErrorKind::BadInput, quoted(name) + " is " + toString(c->type) +
                                                  ", not a number, date or category, so it cannot be a feature");
    }
    return t;
}

} // namespace

Result<PreparedFeatures> prepareFeatures(const Table& table, const FeatureOptions& options, const Progress* progress) {
    PreparedFeatures out;
    out.pipeline.scaling = options.scaling;
    out.columns = options.columns.empty() ? defaultColumns(table, options.maxLevels) : options.columns;
    if (out.columns.empty())
        return makeError(ErrorKind::Usage, "no features are selected; choose at least one number or category column");
    if (table.rowCount() == 0) return makeError(ErrorKind::BadInput, "the table has no rows to segment");
    const auto suggestions = suggestFeatures(table, options.maxLevels);
    int outputs = 0;
    for (std::size_t a = 0; a < out.columns.size(); ++a) {
        for (std::size_t b = 0; b < a; ++b)
            if (out.columns[a] == out.columns[b])
                return makeError(ErrorKind::Usage, quoted(out.columns[a]) + " is selected twice");
        auto t = planTransform(table, out.columns[a], options, suggestions);
        if (!t) return t.error();
        const FeatureChoice& choice = suggestions[*table.find(out.columns[a])];
        if (choice.reasonCode == FeatureReason::PersonalData && !options.keepPersonal.count(out.columns[a]))
            return makeError(ErrorKind::BadInput, quoted(out.columns[a]) + " " + choice.reason +
                                                      "; a saved model would keep its values, so leave it out "
                                                      "(or keep it on purpose: segmenta-cli --keep-personal " +
                                                      out.columns[a] + ")");
        if (t->kind == Kind::OneHot) {
            const std::size_t levels = choice.levels;
            if (int(levels) > options.maxLevels)
                return makeError(ErrorKind::BadInput, quoted(out.columns[a]) + " has " + std::to_string(levels) +
                                                          " different values; one-hot encoding allows at most " +
                                                          std::to_string(options.maxLevels) +
                                                          ": group rare values into \"other\" or leave the column out");
            t->outputCount = int(std::max<std::size_t>(1, levels));
        }
        t->firstOutput = outputs;
        outputs += t->outputCount;
        out.pipeline.transforms.push_back(std::move(*t));
    }
    out.matrix.resize(Eigen::Index(table.rowCount()), outputs);
    for (std::size_t a = 0; a < out.pipeline.transforms.size(); ++a) {
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "cancelled");
        auto& t = out.pipeline.transforms[a];
        const Column& c = *table.column(t.column);
        auto ok = t.kind == Kind::OneHot ? fitOneHot(c, t, options.scaling, options.maxLevels, out.matrix, t.firstOutput, out)
                                         : fitContinuous(c, t, options.scaling, out.matrix, t.firstOutput, out);
        if (!ok) return ok.error();
        for (int j = 0; j < t.outputCount; ++j) out.pipeline.outputTransform.push_back(int(a));
        if (t.log1p) out.notes.push_back("log1p applied to " + t.column);
        report(progress, double(a + 1) / double(out.pipeline.transforms.size()), "Preparing features");
    }
    return out;
}

Result<Eigen::MatrixXd> applyPipeline(const FeaturePipeline& pipeline, const Table& table, ApplyReport* report,
                                      const Progress* progress) {
    std::string missing;
    for (const auto& t : pipeline.transforms)
        if (!table.column(t.column)) missing += (missing.empty() ? "" : ", ") + quoted(t.column);
    if (!missing.empty())
        return makeError(ErrorKind::NotFound, "the file lacks the model's column(s) " + missing);
    const auto n = Eigen::Index(table.rowCount());
    Eigen::MatrixXd m(n, Eigen::Index(pipeline.outputNames.size()));
    std::vector<double> v;
    std::vector<std::int32_t> idx;
    for (const auto& t : pipeline.transforms) {
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "cancelled");
        const Column& c = *table.column(t.column);
        const bool typeOk = t.kind == Kind::Numeric ? isNumeric(c.type)
                            : t.kind == Kind::DaysSince ? isTemporal(c.type)
                                                        : (c.type == ColumnType::Category || isStringLike(c.type) || isNumeric(c.type));
        if (!typeOk)
            return makeError(ErrorKind::BadInput, quoted(t.column) + " is " + toString(c.type) +
                                                      " here but was " + toString(t.sourceType) + " when the model was made");
        std::size_t imputed = 0;
        if (t.kind == Kind::OneHot) {
            std::map<std::string, std::size_t> unseen;
            levelIndex(c, t, idx, &unseen);
            const auto mode = std::size_t(std::find(t.levels.begin(), t.levels.end(), t.imputeLevel) - t.levels.begin());
            for (int j = 0; j < t.outputCount; ++j) {
                const double off = -t.center[std::size_t(j)] / t.scale[std::size_t(j)];
                const double on = (1 - t.center[std::size_t(j)]) / t.scale[std::size_t(j)];
                for (Eigen::Index i = 0; i < n; ++i) {
                    const std::int32_t l = idx[std::size_t(i)] == -1 ? std::int32_t(mode) : idx[std::size_t(i)];
                    m(i, t.firstOutput + j) = l == j ? on : off;   // unseen (-2): all indicators off
                }
            }
            imputed = std::size_t(std::count(idx.begin(), idx.end(), -1));
            if (report && !unseen.empty()) report->unseenLevels[t.column] = std::move(unseen);
        } else {
            rawValues(c, t, v);
            for (Eigen::Index i = 0; i < n; ++i) {
                double x = v[std::size_t(i)];
                if (std::isnan(x) || std::isinf(x)) { x = t.imputeValue; ++imputed; }
                m(i, t.firstOutput) = (x - t.center[0]) / t.scale[0];
            }
        }
        if (report && imputed) report->imputed[t.column] = imputed;
    }
    return m;
}

} // namespace segmenta
