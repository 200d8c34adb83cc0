// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tidying the history by hand: renaming, re-dating and deleting one month, and
// renaming and deleting a saved model. Each is one transaction that touches only
// the rows of that month or model (and writes an audit line); the summaries of
// every other month and every other model stay exactly as they were.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/history/history.h"

namespace segmenta {

// The months of a dataset recorded under `label` (any number: a history may hold
// two by choice). Error(NotFound) for an unknown dataset.
Result<std::vector<SnapshotInfo>> snapshotsWithLabel(History& history, std::int64_t datasetId, const std::string& label);
// The months a new one labelled `label` and dated `asOf` would stand beside: those
// with the same label or the same as-of date (recording asks before adding a
// second month of the same name or day).
Result<std::vector<SnapshotInfo>> snapshotsOfSameMonth(History& history, std::int64_t datasetId, const std::string& label,
                                                       const std::string& asOf);
// The month of a dataset recorded from exactly these bytes (same SHA-256 and row
// count), the newest when several; nullopt when none or `sha256` is empty.
Result<std::optional<SnapshotInfo>> snapshotWithContent(History& history, std::int64_t datasetId,
                                                        const std::string& sha256, std::int64_t rows);

Result<bool> renameSnapshot(History& history, std::int64_t snapshotId, const std::string& label);
// `asOf` is an ISO date ("2026-03-31"); Error(Usage) says so otherwise.
Result<bool> redateSnapshot(History& history, std::int64_t snapshotId, const std::string& asOf);
// Deletes the month, its column summaries, its scorings and the drift stored for
// it or against it. A month a saved model was built on is refused
// (Error(BadInput) naming the model): delete that model first.
Result<bool> deleteSnapshot(History& history, std::int64_t snapshotId);

// Every version of the model takes the new name; refused when the dataset already
// has a model called `newName`.
Result<bool> renameModel(History& history, std::int64_t datasetId, const std::string& name, const std::string& newName);
// Deletes every version of the model and its scorings; the months stay.
Result<bool> deleteModel(History& history, std::int64_t datasetId, const std::string& name);

} // namespace segmenta
