// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/metrics/binary_metrics.h"
#include "core/metrics/calibration.h"
#include "core/metrics/intervals.h"
#include "core/metrics/multiclass_metrics.h"
#include "core/metrics/segment_fit.h"
#include "core/metrics/slicing.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"

namespace segmenta {

// The metric a slice is tested on when looking for slices worse than the rest.
// All are shares of rows, so a two-proportion z-test applies.
enum class FlagMetric { Auto, None, Accuracy, Precision, Recall, Specificity, OutcomeRate };
const char* toString(FlagMetric m) noexcept;            // "accuracy", …, "base_rate", "auto", "none"
bool parseFlagMetric(const std::string& text, FlagMetric& out) noexcept;

struct MetricsOptions {
    std::vector<SliceDimension> slices;     // none = only the overall figures
    std::string label;                      // the outcome a model predicts ("" = none)
    std::string score;                      // probability of the positive outcome ("" = none)
    std::string prediction;                 // predicted class ("" = none)
    std::vector<std::string> outcomes;      // more outcome columns: rate (yes/no) or mean (numbers)
    double threshold = 0.5;                 // predicted positive when score >= threshold
    std::string positive;                   // positive label value; "" = detect 1/true/yes
    int calibrationBins = 10;
    std::int64_t minRows = 30;              // smaller slices are marked "too few rows to judge"
    FlagMetric flagMetric = FlagMetric::Auto;   // Auto: accuracy with a model, else none
    bool outcomeHigherIsWorse = true;       // for OutcomeRate: a higher rate (churn) is worse
    double falseDiscoveryRate = 0.05;
    SegmentFitOptions segmentFit;
};

// A rate (yes/no outcome) or mean (numbers) with its 95 % interval.
struct OutcomeSummary {
    std::string column;
    bool isRate = true;
    std::string positive;        // for rates: the value counted
    std::int64_t n = 0;          // rows with a value
    std::int64_t successes = 0;  // for rates: rows with the counted value
    Estimate estimate;           // Wilson for rates, Student t for means
};

// Is this slice significantly worse than all other rows?
struct Significance {
    bool tested = false;
    std::string why;             // why not tested (too small, undefined), English
    MetricReason whyCode = MetricReason::None;   // the same as a code (None when tested)
    Metric sliceRate, restRate;  // the flag metric here and in the rest of the data
    Metric effect;               // sliceRate − restRate (negative = worse for "higher is better")
    Metric pValue, adjustedP;    // one-sided, then Benjamini–Hochberg
    bool flagged = false;
};

struct SliceStats {
    std::string label;                      // "France", "Loyal × France", "All rows"
    std::vector<SliceKeyPart> key;
    std::int64_t rows = 0;
    double share = 0;                       // of all rows
    bool tooSmall = false;                  // fewer than minRows
    std::vector<OutcomeSummary> outcomes;
    std::optional<BinaryMetrics> binary;
    std::optional<MulticlassMetrics> multiclass;
    std::optional<SegmentFit> segmentFit;
    Significance significance;
    CalibrationReading calibration;         // plain-language reading of binary->calibration
};

struct SliceReport {
    Slicing slicing;
    SliceStats overall;
    std::vector<SliceStats> slices;         // in slicing order
    bool hasLabel = false, hasScore = false, hasPrediction = false, multiclass = false;
    std::string positive, negative;         // binary label values
    std::vector<std::string> classes;       // multi-class label values
    double threshold = 0.5;
    int calibrationBins = 10;
    std::int64_t minRows = 30;
    FlagMetric flagMetric = FlagMetric::None;   // resolved (never Auto)
    bool higherIsWorse = false;             // for the flag metric
    std::string testName;                   // "one-sided two-proportion z-test …" (English)
    double falseDiscoveryRate = 0.05;       // of the test named in testName
    std::int64_t silhouetteReferenceRows = 0;
};

// Slices the table and computes every metric per slice and overall. Errors:
// unknown columns, a label that is not yes/no where a score needs one, scores
// outside [0, 1], a score that is not numeric, cancelled.
Result<SliceReport> computeSliceReport(const Table& table, const MetricsOptions& options,
                                       const SegmentMembership* segmentation = nullptr,
                                       const Progress* progress = nullptr);

// Successes and trials of the flag metric in a slice (for tests and intervals).
struct RateCounts { std::int64_t successes = 0, trials = 0; };
RateCounts flagCounts(const SliceStats& stats, FlagMetric metric);

} // namespace segmenta
