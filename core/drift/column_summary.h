// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/drift/drift.h"
#include "core/table/table.h"

namespace segmenta {

// What the history keeps of one column of one snapshot: a distribution summary
// whose size grows with the number of distinct values, never with rows, precise
// enough that KS, PSI, Jensen–Shannon and normalised Wasserstein computed from two
// summaries are within 0.01 of the exact values from the raw files.
//  - Numeric with at most kExactDistinctCap distinct values: every distinct value
//    with its count (exact).
//  - Other numeric: the quantile function on kQuantileIntervals+1 evenly spaced
//    probabilities (numpy's linear rule) plus the mean of the values inside each
//    interval (makes Wasserstein exact up to crossings inside one interval).
//  - Category: every level with its exact count.
//  - Withheld (Identifier/Text type, Identifier role, or personal data): only the
//    row and missing counts. Their values are never stored.
//  - Date/DateTime: min, max and counts only (time always "drifts").
enum class SummaryKind { Numeric, Categorical, Temporal, Withheld };
const char* toString(SummaryKind kind) noexcept;   // "numeric", "categorical", "temporal", "withheld"

inline constexpr int kExactDistinctCap = 1024;
inline constexpr int kQuantileIntervals = 1000;

struct ColumnSummary {
    std::string name;
    ColumnType type = ColumnType::Decimal;
    ColumnRole role = ColumnRole::Feature;
    SummaryKind kind = SummaryKind::Numeric;
    std::int64_t rows = 0;
    std::int64_t missing = 0;

    // Numeric and Temporal (temporal: days or seconds as double).
    double min = 0, max = 0, mean = 0, stddev = 0;   // stddev: population (ddof 0)
    std::int64_t distinct = 0;                       // exact up to the cap, else cap+1
    std::vector<double> values;                      // exact mode: ascending distinct values
    std::vector<std::int64_t> counts;                // exact mode: count of each value
    std::vector<double> quantiles;                   // sketch mode: kQuantileIntervals+1 values
    std::vector<double> intervalMeans;               // sketch mode: kQuantileIntervals values

    // Categorical: levels with counts, most frequent first.
    std::vector<std::string> levels;
    std::vector<std::int64_t> levelCounts;

    std::int64_t valueCount() const noexcept { return rows - missing; }
    bool exact() const noexcept { return kind != SummaryKind::Numeric || quantiles.empty(); }
};

// Summarises a column (all rows, or only `rows` when given). `withhold` forces the
// Withheld kind (personal data found by the caller).
ColumnSummary summariseColumn(const Column& column, const std::vector<std::uint32_t>* rows = nullptr,
                              bool withhold = false);

// True for columns whose values must never be stored: Identifier/Text type or
// Identifier role. (Callers add personal-data findings via `withhold`.)
bool isWithheldByDefault(const Column& column) noexcept;

// Compact binary form stored in the history (little-endian, versioned).
std::string serialiseSummary(const ColumnSummary& summary);
Result<ColumnSummary> deserialiseSummary(const std::string& bytes);

// Which p-values to compute from summaries. SciPy's exact KS p-value costs
// O(n·m) for samples up to 10,000 values (seconds for a 36-month heatmap); when
// the verdict does not use it (more than largeSampleAbove reference values) an
// overview may skip it: ksPValue stays empty, every other number is the same.
enum class SummaryPValues { All, OnlyForVerdict };

// Drift of one column from two summaries (approximate = true unless both exact).
// Returns nullopt when the kinds cannot be compared (withheld, temporal, or a
// numeric column against a categorical one).
std::optional<ColumnDrift> driftFromSummaries(const ColumnSummary& reference, const ColumnSummary& current,
                                              const DriftThresholds& thresholds = {},
                                              SummaryPValues pValues = SummaryPValues::All);

// Every column present in both (by name), aggregated as computeDrift does.
DatasetDrift driftFromSummaries(const std::vector<ColumnSummary>& reference,
                                const std::vector<ColumnSummary>& current,
                                const DriftThresholds& thresholds = {},
                                const std::vector<std::string>& columns = {},
                                SummaryPValues pValues = SummaryPValues::All);

} // namespace segmenta
