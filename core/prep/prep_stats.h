// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <vector>

#include "core/table/column.h"

namespace segmenta {

// Small statistics shared by feature preparation and segment profiles.

// Non-missing, finite numbers of a numeric column.
std::vector<double> presentValues(const Column& c);
std::size_t distinctCount(std::vector<double> v);
// numpy.median (mean of the two middle values); the vector is reordered. NaN if empty.
double medianInPlace(std::vector<double>& v);
// numpy.percentile with linear interpolation, q in [0, 1]; the vector is reordered.
double quantileInPlace(std::vector<double>& v, double q);
double mean(const std::vector<double>& v);
double populationSd(const std::vector<double>& v);     // ddof = 0
double skewness(const std::vector<double>& v);         // scipy.stats.skew (biased)

} // namespace segmenta
