// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/drift/drift_reason.h"
#include "core/table/table.h"

namespace segmenta {

// Drift between a reference and a current sample, per column (issue 5). Every
// number here is computed exactly from raw values by computeDrift(), or
// approximately (within 0.01) from stored summaries by driftFromSummaries()
// (core/drift/column_summary.h). The fields mirror `segmenta-cli drift --json`.

enum class DriftKind { Numeric, Categorical };
// The test whose value decides the verdict.
enum class DriftTest { KS, Chi2, Wasserstein, JensenShannon };
enum class DriftVerdict { NoDrift, Drift, TooFewRows };

const char* toString(DriftKind kind) noexcept;        // "numeric", "categorical"
const char* toString(DriftTest test) noexcept;        // "ks", "chi2", "wasserstein", "jensenshannon"
const char* toString(DriftVerdict verdict) noexcept;  // "no_drift", "drift", "too_few_rows"

// Every threshold of the verdict; the defaults are Evidently's rule.
struct DriftThresholds {
    double pValue = 0.05;              // KS / chi-square p-value below this drifts (small samples)
    double wassersteinNormed = 0.1;    // normalised Wasserstein at or above this drifts (large samples)
    double jsDistance = 0.1;           // Jensen–Shannon distance at or above this drifts (large samples)
    double missingShareChange = 0.05;  // |missing share cur − ref| at or above this drifts
    std::int64_t largeSampleAbove = 1000;  // more non-missing reference values → effect-size tests
    std::int64_t minCurrentValues = 30;    // fewer non-missing current values → "too few rows to judge"
    double datasetDriftShare = 0.5;    // the dataset drifts when this share of tested columns drift
    int psiBins = 10;                  // quantile bins of the reference for PSI / JS
    int maxDistinctCategorical = 5;    // numeric with at most this many distinct values → chi-square
};

struct DriftOptions {
    DriftThresholds thresholds;
    std::vector<std::string> columns;  // empty = every comparable column present in both
};

// Reference and current shares over the PSI bins (numeric) or categories, for an
// overlaid histogram / category bar chart.
struct DriftBars {
    std::vector<std::string> labels;   // "< 12.5", "12.5 – 20", "≥ 90" or category names
    std::vector<double> lowerEdges;    // numeric: bin i covers [lowerEdges[i], lowerEdges[i+1]); empty for categories
    std::vector<double> refShares;     // of non-missing values, unfloored
    std::vector<double> curShares;
};

struct ColumnDrift {
    std::string name;
    DriftKind kind = DriftKind::Numeric;
    DriftTest test = DriftTest::KS;
    DriftVerdict verdict = DriftVerdict::NoDrift;
    bool drifted = false;          // verdict == Drift (values or missing share)
    bool valueDrift = false;       // the verdict test alone
    bool missingDrift = false;     // the missing share alone

    double statistic = 0;                  // the verdict test's value
    std::optional<double> pValue;          // the verdict test's p-value (null for effect sizes)
    std::optional<double> ksStatistic, ksPValue, wassersteinNormed;  // numeric only
    std::optional<double> chi2Statistic, chi2PValue;                 // categorical only
    std::optional<int> chi2Dof;
    std::optional<double> psi, jsDistance;                           // both kinds (null if a side is empty)

    double missingShareRef = 0, missingShareCur = 0;
    std::int64_t refRows = 0, curRows = 0;        // all rows
    std::int64_t refValues = 0, curValues = 0;    // non-missing values
    std::vector<std::string> unseenCategories;    // in current, not in reference (by name)
    std::vector<std::int64_t> unseenCounts;       // current rows with each of them

    double refMedian = 0, curMedian = 0;          // numeric: for "rose"/"fell"
    DriftBars bars;
    std::string effectName;   // "normalised Wasserstein distance", "KS p-value", …
    std::string reason;       // one sentence in words when drifted or notable, else ""
    DriftReasonLine reasonParts;  // the same as data (reason == englishText(reasonParts))
    bool approximate = false; // computed from summaries (within 0.01 of exact)

    double missingShareChange() const noexcept { return missingShareCur - missingShareRef; }
};

struct DatasetDrift {
    std::vector<ColumnDrift> columns;
    int testedColumns = 0;    // columns with a verdict (not "too few rows")
    int driftedColumns = 0;
    double driftShare = 0;    // driftedColumns / testedColumns (0 when none tested)
    bool datasetDrift = false;
    std::vector<std::string> reasons;   // the drifted columns' reasons, strongest first
    std::vector<DriftReasonLine> reasonLines;  // the same as data, one per entry of `reasons`
};

// Exact drift between two tables over the columns both have (same name). Numeric
// (Integer/Decimal/Boolean) and Category columns are compared; Text, Identifier,
// Date and DateTime columns and columns with role Identifier/Ignore are skipped.
// Error(NotFound) names requested columns missing from either table.
Result<DatasetDrift> computeDrift(const Table& reference, const Table& current,
                                  const DriftOptions& options = {}, const Progress* progress = nullptr);

// One numeric column, exact. NaN entries are treated as missing.
ColumnDrift numericDrift(const std::string& name, std::vector<double> reference, std::vector<double> current,
                         std::int64_t refMissing, std::int64_t curMissing, const DriftThresholds& thresholds = {});

// One category column from counts per level (levels matched by name), exact.
ColumnDrift categoricalDrift(const std::string& name,
                             const std::vector<std::string>& refLevels, const std::vector<std::int64_t>& refCounts,
                             const std::vector<std::string>& curLevels, const std::vector<std::int64_t>& curCounts,
                             std::int64_t refMissing, std::int64_t curMissing, const DriftThresholds& thresholds = {});

// Aggregates per-column results into the dataset verdict (share, reasons).
DatasetDrift summariseDrift(std::vector<ColumnDrift> columns, const DriftThresholds& thresholds);

} // namespace segmenta
