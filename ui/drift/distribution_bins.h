// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <vector>

#include "ui/drift/drift_view.h"

namespace segmenta {
struct ColumnSummary;
}

namespace segmenta::ui {

// Turns two stored column summaries into the overlay's bars: numbers become
// shares over equal-width bins spanning both months (so the two histograms are
// drawn on the same bins); few distinct numbers and categories become one bar per
// value (the most common ones, the rest as "Other").
void fillDistribution(DistributionView& view, const ColumnSummary& reference, const ColumnSummary& current);

// Share of the summarised non-missing values below x (the empirical CDF, from the
// exact values or the quantile sketch). Exposed for tests.
double summaryCdf(const ColumnSummary& summary, double x, bool inclusive = false);
// The q-quantile (0..1) of the summarised values.
double summaryQuantile(const ColumnSummary& summary, double q);

} // namespace segmenta::ui
