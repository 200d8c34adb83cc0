// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/model_saver.h"

#include <QFileInfo>

#include "core/history/save_segmentation.h"
#include "ui/common/background_task.h"
#include "ui/common/recording_source.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_history_source.h"
#include "ui/drift/history_error_text.h"

namespace segmenta::ui {

ModelSaver::ModelSaver(Workspace* workspace, QObject* parent)
    : QObject(parent), workspace_(workspace), task_(new BackgroundTask(this)) {
    connect(task_, &BackgroundTask::failed, this, &ModelSaver::failed);
}

bool ModelSaver::askAndSave(QWidget* dialogParent, const SegmentModel& model) {
    std::vector<DatasetView> datasets;
    if (QFileInfo::exists(workspace_->historyPath())) {
        auto list = drift_source::listDatasets(workspace_->historyPath());
        if (!list) {
            emit failed(HistoryErrorText::text(list.error(), workspace_->historyPath()));
            return false;
        }
        datasets = std::move(*list);
    }
    SaveModelDialog dialog(datasets, workspace_->sourcePath(), dialogParent);
    if (dialog.exec() != QDialog::Accepted) return false;
    save(dialog.request(), model);
    return true;
}

void ModelSaver::save(const SaveModelRequest& request, const SegmentModel& model) {
    const auto table = workspace_->table();
    if (!table) { emit failed(tr("No table is loaded.")); return; }
    const QString db = workspace_->historyPath(), file = workspace_->sourcePath();
    std::optional<SnapshotSource> imported;
    if (const auto& s = workspace_->tableSource()) imported = s->fingerprint;
    auto copy = std::make_shared<const SegmentModel>(model);
    using Answer = Result<ModelInfo>;
    task_->start<Answer>(
        [table, db, file, imported, request, copy](const Progress& p) -> Answer {
            auto source = recordingSource(imported, file, p);
            if (!source) return source.error();
            if (p.isCancelled()) return makeError(ErrorKind::Cancelled, "Cancelled");
            auto history = History::open(db.toStdString());
            if (!history) return history.error();
            p.report(0.5, "save");
            return saveSegmentation(*history, request.dataset.toStdString(), request.name.toStdString(), *source, *table,
                                    *copy);
        },
        [this, request](Answer&& answer) {
            if (!answer) { emit failed(HistoryErrorText::text(answer.error(), workspace_->historyPath())); return; }
            const QString summary =
                answer->version > 1
                    ? tr("Saved version %1 of the model “%2” in “%3”.").arg(answer->version).arg(request.name, request.dataset)
                    : tr("Saved the model “%1” in “%2”.").arg(request.name, request.dataset);
            emit saved(request.dataset, request.name, answer->version, summary);
        });
}

} // namespace segmenta::ui
