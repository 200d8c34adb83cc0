// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/save_segmentation.h"

#include "core/history/history_edit.h"

namespace segmenta {

Result<ModelInfo> saveSegmentation(History& history, const std::string& dataset, const std::string& name,
                                   const SnapshotSource& source, const Table& table, const SegmentModel& model,
                                   const std::vector<std::string>& keepColumns) {
    if (name.empty()) return makeError(ErrorKind::Usage, "Give the model a name");
    if (dataset.empty()) return makeError(ErrorKind::Usage, "Give the dataset a name");
    // The training month already recorded from the same bytes is reused, so saving a
    // model of a month in the history does not add it a second time.
    if (auto known = history.dataset(dataset)) {
        auto same = snapshotWithContent(history, known->id, source.sha256, std::int64_t(table.rowCount()));
        if (!same) return same.error();
        if (*same) return saveModel(history, dataset, name, model, (*same)->id, &table);
    }
    // Otherwise month, model and training scoring in one transaction; what is withheld
    // is decided in core (core/quality/personal_data.h).
    RecordOptions options;
    options.keepColumns = keepColumns;
    return recordAndSaveModel(history, dataset, name, model, table, source, options);
}

} // namespace segmenta
