// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <vector>

#include "core/metrics/slice_report.h"

namespace segmenta::ui {

// The metrics the Slices page can show, with plain-language names and
// explanations (tooltips), and how to read each one from a slice.
enum class SliceMetric {
    Rows, Share, OutcomeRate, Accuracy, Precision, Recall, F1, Specificity, RocAuc, AveragePrecision,
    LogLoss, Brier, Ece, MeanScore, MacroF1, Silhouette, CentroidDistance
};

struct SliceMetricInfo {
    SliceMetric id;
    QString name;        // column header
    QString tip;         // what it means, in plain words
    bool percent = false;          // shown as "85.6 %"
    bool higherIsBetter = true;
};

const SliceMetricInfo& sliceMetricInfo(SliceMetric metric);

// The metrics that exist for this report, in table order.
std::vector<SliceMetric> availableMetrics(const SliceReport& report);

// The value (undefined with a reason when it cannot be computed).
Metric sliceMetricValue(const SliceStats& stats, SliceMetric metric);

// Its 95 % interval where one is known (Wilson for shares of rows), else undefined.
Estimate sliceMetricInterval(const SliceStats& stats, SliceMetric metric);

// "85.6 %", "0.814" or "—".
QString formatMetric(const Metric& value, SliceMetric metric);

// The plain-language name of the measure slices are flagged on ("Recall (share of “yes” cases caught)").
QString flagMetricName(FlagMetric metric);

} // namespace segmenta::ui
