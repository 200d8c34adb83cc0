// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/calibration.h"

#include <cmath>
#include <cstdio>

namespace segmenta {

namespace {
// numpy.linspace(0, 1, bins + 1)[i] is i * (1 / bins): reproduce it bit for bit.
double numpyEdge(int i, int bins) noexcept { return i == bins ? 1.0 : double(i) * (1.0 / double(bins)); }

std::string percent(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f %%", v * 100.0);
    return buf;
}
} // namespace

int calibrationBinOf(double p, int bins) noexcept {
    int b = int(std::floor(p * bins));
    if (b < 0) b = 0;
    if (b > bins - 1) b = bins - 1;
    // searchsorted(left): the number of inner edges strictly below p.
    while (b > 0 && p <= numpyEdge(b, bins)) --b;
    while (b < bins - 1 && p > numpyEdge(b + 1, bins)) ++b;
    return b;
}

std::vector<CalibrationBin> makeCalibrationBins(int bins) {
    std::vector<CalibrationBin> out(std::size_t(bins > 0 ? bins : 0));
    for (int i = 0; i < bins; ++i) {
        out[std::size_t(i)].lower = double(i) / bins;
        out[std::size_t(i)].upper = double(i + 1) / bins;
    }
    return out;
}

Metric expectedCalibrationError(const std::vector<CalibrationBin>& bins) {
    std::int64_t total = 0;
    for (const auto& b : bins) total += b.n;
    if (total == 0) return Metric::undefined(MetricReason::NoLabelAndScore);
    double ece = 0;
    for (const auto& b : bins) {
        if (b.n == 0) continue;
        ece += double(b.n) / double(total) * std::abs(b.sumScore / double(b.n) - b.sumOutcome / double(b.n));
    }
    return Metric::of(ece);
}

CalibrationReading readCalibration(const std::vector<CalibrationBin>& bins, std::int64_t minRowsPerBin,
                                   double tolerance) {
    CalibrationReading r;
    double worst = -1;
    for (std::size_t i = 0; i < bins.size(); ++i) {
        const auto& b = bins[i];
        if (b.n < minRowsPerBin) continue;
        const double said = b.sumScore / double(b.n), happened = b.sumOutcome / double(b.n);
        if (std::abs(said - happened) > worst) {
            worst = std::abs(said - happened);
            r.available = true;
            r.bin = int(i);
            r.said = said;
            r.happened = happened;
            r.n = b.n;
        }
    }
    if (!r.available) r.why = "too few rows in every score range to read the calibration";
    r.wellCalibrated = r.available && worst <= tolerance;
    return r;
}

std::string describeCalibration(const CalibrationReading& r, const std::string& who) {
    if (!r.available) return "Not enough rows to tell how trustworthy the scores are for " + who + ".";
    std::string text = "When the model says " + percent(r.said) + ", it happens " + percent(r.happened) +
                       " of the time for " + who + " (" + std::to_string(r.n) + " rows).";
    if (r.wellCalibrated) text += " The scores can be read as probabilities: every score range is within 5 points.";
    return text;
}

} // namespace segmenta
