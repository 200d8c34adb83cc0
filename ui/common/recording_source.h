// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>
#include <optional>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/history/history.h"

namespace segmenta::ui {

// What the history stores as a recorded table's source: the fingerprint of the
// bytes it was imported from (`imported`, from Workspace::tableSource) when there
// is one; else the file at `path` as it is now; else, for a table that never came
// from a file (the demo made in memory), a descriptive name without a hash.
// Reads the file, so call it on a worker.
Result<SnapshotSource> recordingSource(const std::optional<SnapshotSource>& imported, const QString& path,
                                       const Progress& progress);

// The dataset a file most likely belongs to: its name without a trailing date
// ("customers_2026-03.csv" → "customers"), matched to an existing dataset of
// another case; the first dataset when the name gives nothing.
QString suggestedDatasetName(const QString& sourcePath, const QStringList& datasets);

} // namespace segmenta::ui
