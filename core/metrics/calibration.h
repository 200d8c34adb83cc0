// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/metrics/metric_value.h"

namespace segmenta {

// One bin of a reliability diagram: scores in (lower, upper] (the first bin
// also holds 0), how many rows, their mean score and how often the outcome
// happened. Bins as scikit-learn's calibration_curve(strategy="uniform").
struct CalibrationBin {
    double lower = 0, upper = 0;
    std::int64_t n = 0;
    double sumScore = 0, sumOutcome = 0;

    Metric meanScore() const { return n ? Metric::of(sumScore / double(n)) : Metric::undefined(MetricReason::NoRowsInBin); }
    Metric observedRate() const { return n ? Metric::of(sumOutcome / double(n)) : Metric::undefined(MetricReason::NoRowsInBin); }
};

// Which bin a score falls in: numpy.searchsorted(linspace(0, 1, bins + 1)[1:-1], p),
// so a score exactly on an edge goes to the lower bin, as in scikit-learn.
int calibrationBinOf(double p, int bins) noexcept;

// Empty bins with their edges.
std::vector<CalibrationBin> makeCalibrationBins(int bins);

// Expected calibration error: sum over bins of (n_b / N) * |mean score - rate|.
Metric expectedCalibrationError(const std::vector<CalibrationBin>& bins);

// The plain-language reading of a reliability diagram: the bin (with enough
// rows) where what the model says and what happens differ most.
struct CalibrationReading {
    bool available = false;
    std::string why;              // when not available
    int bin = -1;
    double said = 0, happened = 0;
    std::int64_t n = 0;
    bool wellCalibrated = false;  // every bin with enough rows within `tolerance`
};
CalibrationReading readCalibration(const std::vector<CalibrationBin>& bins, std::int64_t minRowsPerBin = 20,
                                   double tolerance = 0.05);

// "When the model says 70 %, it happens 52 % of the time for this slice (412 rows)."
std::string describeCalibration(const CalibrationReading& reading, const std::string& who = "this slice");

} // namespace segmenta
