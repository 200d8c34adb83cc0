// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <cstdint>

#include "ui/drift/drift_view.h"

namespace segmenta {
struct ColumnDrift;
struct DriftMatrix;
struct ScoringInfo;
} // namespace segmenta

namespace segmenta::ui {

// From the engine's results (core/drift, core/history) to what the widgets draw.
// Pure functions: safe on any thread.
ColumnDriftView convertColumn(const ColumnDrift& drift);

// Snapshot `index` of the matrix with its cells, status and reasons against the
// matrix's reference. The status recorded in the history is used when the
// history judged the snapshot against the same reference; otherwise (another
// model or "previous month") it is derived the same way: Drift when the dataset
// drifts, Warning when any column drifts, else OK.
SnapshotView convertSnapshot(const DriftMatrix& matrix, std::size_t index, std::int64_t trainedOnSnapshotId);

// Adds "Re-segmenting suggested" and its reasons in words from a scoring.
void addResegmentReasons(SnapshotView& view, const ScoringInfo& scoring);

} // namespace segmenta::ui
