// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/history/history.h"
#include "core/segment/segment_model.h"

namespace segmenta {

// Saves the model of a segmentation as a named model of `dataset` (a new version when the name
// exists), what `segmenta-cli segment --save-model` and the Segments page's
// "Save as model…" both do: the training month is the one already recorded from
// these very bytes (same SHA-256 and rows), else it is recorded now together with
// the model in one transaction (identifier and personal-data columns withheld,
// except `keepColumns`); then the model and its own scoring of the training table,
// the baseline for later months.
Result<ModelInfo> saveSegmentation(History& history, const std::string& dataset, const std::string& name,
                                   const SnapshotSource& source, const Table& table, const SegmentModel& model,
                                   const std::vector<std::string>& keepColumns = {});

} // namespace segmenta
