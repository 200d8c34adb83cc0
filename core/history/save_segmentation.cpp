// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/save_segmentation.h"

#include "core/history/history_edit.h"
#include "core/prep/feature_prep.h"

namespace segmenta {

namespace {

// The training month: the one recorded from the same bytes, so saving a model of
// a month already in the history does not add it a second time.
Result<std::int64_t> trainingSnapshot(History& history, const std::string& dataset, const SnapshotSource& source,
                                      const Table& table) {
    if (auto known = history.dataset(dataset)) {
        auto same = snapshotWithContent(history, known->id, source.sha256, std::int64_t(table.rowCount()));
        if (!same) return same.error();
        if (*same) return (*same)->id;
    }
    RecordOptions options;
    for (const auto& f : suggestFeatures(table))
        if (f.reasonCode == FeatureReason::PersonalData || f.reasonCode == FeatureReason::Identifier)
            options.withheldColumns.push_back(f.column);
    auto snapshot = history.recordSnapshot(dataset, table, source, options);
    if (!snapshot) return snapshot.error();
    return snapshot->id;
}

} // namespace

Result<ModelInfo> saveSegmentation(History& history, const std::string& dataset, const std::string& name,
                                   const SnapshotSource& source, const Table& table, const SegmentModel& model) {
    if (name.empty()) return makeError(ErrorKind::Usage, "Give the model a name");
    if (dataset.empty()) return makeError(ErrorKind::Usage, "Give the dataset a name");
    auto snapshot = trainingSnapshot(history, dataset, source, table);
    if (!snapshot) return snapshot.error();
    return saveModel(history, dataset, name, model, *snapshot, &table);
}

} // namespace segmenta
