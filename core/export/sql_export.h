// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A saved segmentation as one SQL query that scores a whole table inside the
// user's own database, with the result `segmenta-cli score` gives.
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/export/sql_dialect.h"
#include "core/segment/segment_model.h"

namespace segmenta {

struct SqlExportOptions {
    SqlDialect dialect = SqlDialect::Postgres;
    std::string table;                    // the table (or view, "schema.table") to score
    std::vector<std::string> keyColumns;  // written beside the segment; empty = the model's input columns
    std::string modelName;                // for the comment at the top
};

// One SELECT (CTEs, CASE, arithmetic, LN) returning the key columns, segment_id
// (0-based, the model's order, as `score --json`) and segment (its name).
//
// K-means: the preparation of every input (imputation with the training value,
// log1p, scaling, one-hot with unseen levels all off) and the distance to each
// centre are written with the numbers and in the order of operations `score`
// uses, so an IEEE-754 engine picks the same segment on every row, ties to the
// lowest id (log1p is LN(1 + x) in SQL, which may differ from C's log1p in the
// last bit). Gaussian mixtures: the segment with the largest log weight +
// log density, written out per segment.
//
// `segmentNames` are the names `score` writes (the history's names; one per
// segment). Errors: BadInput for a damaged model, Usage for a missing table
// name or a key column named like an output column.
Result<std::string> exportSql(const SegmentModel& model, const std::vector<std::string>& segmentNames,
                              const SqlExportOptions& options);

} // namespace segmenta
