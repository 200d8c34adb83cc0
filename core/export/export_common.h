// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the SQL and PMML exporters share: how numbers are written and which
// models can be written out at all.
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/segment/segment_model.h"

namespace segmenta {

// A double with 17 significant digits: every IEEE-754 reader (strtod, the SQL
// engines, Python's float) reads back exactly the same value.
std::string exactNumber(double v);

// The date a days-since feature counts from, as an ISO literal: "2025-06-30"
// for a Date column, "2025-06-30 14:05:00" for a DateTime column.
std::string referenceLiteral(const ColumnTransform& t);

// BadInput with a sentence when a model cannot be written out faithfully
// (no segments, a parameter that is not a finite number, sizes that disagree).
Result<bool> checkExportable(const SegmentModel& model);

// ‖c‖² of each centre, summed in feature order exactly as `score` sums it
// (core/segment/kmeans_kernel.cpp, packCenters), so the exported distances
// round the same way and ties go to the same segment.
std::vector<double> centreNorms(const Eigen::MatrixXd& centres);

} // namespace segmenta
