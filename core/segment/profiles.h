// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <vector>

#include "core/prep/feature_prep.h"
#include "core/segment/segmentation.h"
#include "core/table/table.h"

namespace segmenta {

// Per-segment profiles, "what makes it different" (Welch t / chi-square with
// Benjamini–Hochberg over every test), automatic names and sentences.
std::vector<SegmentProfile> buildProfiles(const Table& table, const FeaturePipeline& pipeline,
                                          const std::vector<std::int32_t>& labels, int k);

// Benjamini–Hochberg adjusted p-values (as statsmodels' fdr_bh), same order as the input.
std::vector<double> benjaminiHochberg(const std::vector<double>& p);

// Two-sided Welch t-test p-value from summary statistics (sample variances, ddof = 1).
double welchPValue(double mean1, double var1, double n1, double mean2, double var2, double n2);

// Chi-square test of independence on a 2 × 2 table without continuity correction.
double chiSquare2x2PValue(double a, double b, double c, double d);

} // namespace segmenta
