// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <cstdint>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "ui/drift/drift_view.h"

namespace segmenta::ui {

// The Drift page's only door to the history database. Every function opens its
// own read-only SQLite connection, so each runs on whichever worker thread calls
// it (never the GUI thread) and several may run at once. Results are plain values
// (drift_view.h) ready to draw.
namespace drift_source {

// Records the demo's months into the history when they are not there yet.
// `demoDir` empty: the demo CSVs are looked for beside the program and, when not
// found, generated into the user's data folder first.
Result<bool> ensureDemo(const QString& dbPath, const QString& demoDir, const Progress* progress = nullptr);

// Where the demo CSVs are (or will be generated); decided on the GUI thread.
QString defaultDemoDirectory();

Result<std::vector<DatasetView>> listDatasets(const QString& dbPath);

// Everything the page draws for one dataset and model (modelId 0 = none/latest).
Result<HistoryView> loadHistory(const QString& dbPath, std::int64_t datasetId, std::int64_t modelId,
                                DriftReference reference, const Progress* progress = nullptr);

// One column of two snapshots, for the overlay.
Result<DistributionView> loadDistribution(const QString& dbPath, std::int64_t referenceId, std::int64_t currentId,
                                          const QString& column);

// Any two snapshots: the second against the first.
Result<ComparisonView> compare(const QString& dbPath, std::int64_t firstId, std::int64_t secondId);

} // namespace drift_source
} // namespace segmenta::ui
