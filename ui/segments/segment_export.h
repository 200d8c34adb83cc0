// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/segment/segmentation.h"
#include "core/table/table.h"

namespace segmenta::ui {

// The original rows plus `segment` (id), `segment_name` and, for mixtures,
// `segment_probability` (the probability of the segment the row is in),
// written by core/io/csv_writer (formula-neutralised). Names colliding with the
// table's columns get a suffix. Personal-data columns (core/quality/personal_data.h)
// are left out and named in `leftOut` when given. Returns rows written.
Result<std::size_t> exportSegmentRows(const std::string& path, const Table& table, const SegmentationResult& result,
                                      const Progress* progress = nullptr, std::vector<std::string>* leftOut = nullptr);

// One row per segment: id, name, description, size, share, and per feature the
// mean and median in original units (categories: most common level and its share).
Table segmentSummaryTable(const SegmentationResult& result);
Result<std::size_t> exportSegmentSummary(const std::string& path, const SegmentationResult& result,
                                         const Progress* progress = nullptr);

} // namespace segmenta::ui
