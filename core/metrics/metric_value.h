// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace segmenta {

// Why a metric is undefined, as a stable code so the GUI can say it in the
// user's language; `Metric::reason` keeps the English sentence (CLI, JSON).
enum class MetricReason : std::uint8_t {
    None,               // defined
    Text,               // only the sentence in `reason` (made by a caller)
    NoRowsWithOutput,   // no row has both a label and the model's output
    NeedsScore,         // the metric needs a score column
    OnlyNegative,       // ROC AUC: only negative rows
    OnlyPositive,       // ROC AUC: only positive rows
    NoPositive,         // average precision: no positive rows
    NoRowsInBin,        // a calibration bin without rows
    NoLabelAndScore,    // calibration error: no row with a label and a score
    NoLabelAndPrediction,   // multi-class: no row with a label and a prediction
    NoValue,            // an interval: no row with a value
    OneRow,             // an interval: one row only
    GroupEmpty,         // a two-proportion test: a group without rows
    NoVariation,        // a two-proportion test: the rate is 0 % or 100 % everywhere
    NoRowsForMetric,    // significance: no rows for the flag metric in the slice
    NoOtherRows,        // significance: no other rows to compare with
    TooFewRows,         // significance: fewer rows than the minimum to judge
    NotInSegmentation,  // segment fit: no row of the slice was segmented
    NeedsTwoSegments,   // segment fit: silhouette needs two segments
};

// The English sentence of each code (empty for None and Text).
inline const char* englishReason(MetricReason code) noexcept {
    switch (code) {
    case MetricReason::None:
    case MetricReason::Text: return "";
    case MetricReason::NoRowsWithOutput: return "no rows with both a label and the model's output";
    case MetricReason::NeedsScore: return "needs a score column";
    case MetricReason::OnlyNegative: return "only negative rows here: ROC AUC needs both outcomes";
    case MetricReason::OnlyPositive: return "only positive rows here: ROC AUC needs both outcomes";
    case MetricReason::NoPositive: return "no positive rows here: average precision needs some";
    case MetricReason::NoRowsInBin: return "no rows in this bin";
    case MetricReason::NoLabelAndScore: return "no rows with a label and a score";
    case MetricReason::NoLabelAndPrediction: return "no rows with both a label and a prediction";
    case MetricReason::NoValue: return "no rows with a value";
    case MetricReason::OneRow: return "one row: no interval";
    case MetricReason::GroupEmpty: return "a group has no rows";
    case MetricReason::NoVariation: return "the rate is 0 % or 100 % everywhere: nothing to compare";
    case MetricReason::NoRowsForMetric: return "no rows for this metric in the slice";
    case MetricReason::NoOtherRows: return "no other rows to compare with";
    case MetricReason::TooFewRows: return "too few rows to judge";
    case MetricReason::NotInSegmentation: return "no rows of this slice were in the segmentation";
    case MetricReason::NeedsTwoSegments: return "silhouette needs at least two segments";
    }
    return "";
}

// A metric that is either a number or explicitly undefined with a reason
// ("only one class in this slice"). Never NaN: the GUI shows "—" with the
// reason as tooltip and the CLI writes null.
struct Metric {
    std::optional<double> value;
    std::string reason;   // English; empty when defined
    MetricReason reasonCode = MetricReason::None;

    static Metric of(double v) { return Metric{v, {}, MetricReason::None}; }
    static Metric undefined(MetricReason code) { return Metric{std::nullopt, englishReason(code), code}; }
    static Metric undefined(std::string why) { return Metric{std::nullopt, std::move(why), MetricReason::Text}; }

    bool defined() const noexcept { return value.has_value(); }
    double valueOr(double fallback) const noexcept { return value.value_or(fallback); }
};

} // namespace segmenta
