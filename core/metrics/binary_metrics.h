// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <vector>

#include "core/metrics/calibration.h"
#include "core/metrics/metric_value.h"

namespace segmenta {

constexpr std::uint8_t kNoLabel = 255;

// Per-row inputs of a binary model evaluation, already decoded from the table.
struct BinaryInputs {
    std::vector<std::uint8_t> label;        // 1 = positive, 0 = negative, kNoLabel = missing
    std::vector<double> score;              // empty when there is no score; NaN = missing
    std::vector<std::uint8_t> prediction;   // empty when there is none; kNoLabel = missing
    double threshold = 0.5;                 // predicted positive when score >= threshold
    int calibrationBins = 10;
};

// Every binary metric of one slice, with scikit-learn's definitions.
struct BinaryMetrics {
    std::int64_t n = 0;                     // rows with a label and the model's columns
    std::int64_t positives = 0, negatives = 0;
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
    bool hasScore = false;
    Metric accuracy, precision, recall, f1, specificity;       // from the threshold or the prediction
    Metric rocAuc, averagePrecision, logLoss, brier, ece;      // need a score
    Metric baseRate, meanScore;
    std::vector<CalibrationBin> calibration;                   // empty without a score
};

// Metrics for every slice and overall in one pass over the rows (both cores)
// plus one sort of the scores for ROC AUC and average precision. Returns
// sliceCount + 1 entries: the slices in order, then the overall figures.
std::vector<BinaryMetrics> binaryMetricsBySlice(const BinaryInputs& in, const std::vector<std::uint32_t>& sliceOfRow,
                                                std::uint32_t sliceCount);

// log loss clipping, as scikit-learn 1.2 documents (eps = 1e-15).
constexpr double kLogLossEps = 1e-15;

} // namespace segmenta
