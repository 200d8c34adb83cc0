// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces shared by exact drift (drift.cpp) and summary-based drift
// (column_summary.cpp) so both give the same verdicts, bars and sentences.
#include <string>
#include <vector>

#include "core/drift/drift.h"

namespace segmenta::driftdetail {

std::string formatNumber(double v);     // short, for labels: "12.5", "1.2e+06"
std::string formatPercent(double share);  // "31 %"

// Bar labels for bins cut at `edges` ("< 10", "10 – 20", "≥ 90").
DriftBars numericBars(const std::vector<double>& edges, const std::vector<double>& refShares,
                      const std::vector<double>& curShares);

// Fills chi2/psi/js/bars/unseen of a categorical column from matched counts
// (`levels` is the union; counts aligned with it).
void fillCategorical(ColumnDrift& c, const std::vector<std::string>& levels,
                     const std::vector<double>& refCounts, const std::vector<double>& curCounts);

// Decides the verdict from the metrics already filled in, sets statistic,
// pValue, test, effectName and the sentence.
void finishColumn(ColumnDrift& c, const DriftThresholds& t);

} // namespace segmenta::driftdetail
