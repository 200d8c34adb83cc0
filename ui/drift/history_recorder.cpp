// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/history_recorder.h"

#include <QFileInfo>
#include <QMessageBox>

#include "ui/common/background_task.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_history_source.h"

namespace segmenta::ui {

namespace {

// Size and fingerprint of the loaded file; a table that never came from a file
// (the in-memory demo) is recorded under a descriptive name without a hash.
Result<SnapshotSource> sourceOf(const QString& path, const Progress& progress) {
    if (!path.isEmpty() && QFileInfo::exists(path)) return describeFile(path.toStdString(), &progress);
    return SnapshotSource{path.isEmpty() ? std::string("table loaded in Segmenta") : QFileInfo(path).fileName().toStdString(),
                          0, std::string()};
}

} // namespace

HistoryRecorder::HistoryRecorder(Workspace* workspace, QObject* parent)
    : QObject(parent), workspace_(workspace), task_(new BackgroundTask(this)) {
    connect(task_, &BackgroundTask::failed, this, &HistoryRecorder::failed);
}

bool HistoryRecorder::askAndRecord(QWidget* dialogParent) {
    const auto table = workspace_->table();
    if (!table) {
        QMessageBox::information(dialogParent, tr("Nothing to record"),
                                 tr("Import a CSV file first (File ▸ Import CSV…), then record it in the history."));
        return false;
    }
    QStringList names;
    if (auto list = drift_source::listDatasets(workspace_->historyPath()))
        for (const DatasetView& d : *list) names << d.name;
    RecordDialog dialog(*table, workspace_->sourcePath(), names, dialogParent);
    if (dialog.exec() != QDialog::Accepted) return false;
    record(dialog.request());
    return true;
}

void HistoryRecorder::record(const RecordRequest& request) {
    const auto table = workspace_->table();
    if (!table) { emit failed(tr("No table is loaded.")); return; }
    const QString db = workspace_->historyPath(), file = workspace_->sourcePath();
    using Answer = Result<std::vector<SnapshotInfo>>;
    task_->start<Answer>(
        [table, db, file, request](const Progress& p) -> Answer {
            auto source = sourceOf(file, p);
            if (!source) return source.error();
            if (p.isCancelled()) return makeError(ErrorKind::Cancelled, "Cancelled");
            auto history = History::open(db.toStdString());
            if (!history) return history.error();
            p.report(0.6, "record");
            RecordOptions options;
            const std::string dataset = request.dataset.toStdString();
            if (!request.splitColumn.isEmpty())
                return history->recordSplit(dataset, *table, *source, request.splitColumn.toStdString(), request.period,
                                            options, &p);
            options.asOf = request.asOf.toString(Qt::ISODate).toStdString();
            auto one = history->recordSnapshot(dataset, *table, *source, options);
            if (!one) return one.error();
            return std::vector<SnapshotInfo>{std::move(*one)};
        },
        [this, request](Answer&& answer) {
            if (!answer) { emit failed(QString::fromStdString(answer.error().message)); return; }
            const int n = int(answer->size());
            const QString summary = n == 1 ? tr("Recorded %1 in “%2”.").arg(QString::fromStdString(answer->front().label), request.dataset)
                                           : tr("Recorded %1 snapshots in “%2”.").arg(n).arg(request.dataset);
            emit recorded(request.dataset, n, summary);
        });
}

} // namespace segmenta::ui
