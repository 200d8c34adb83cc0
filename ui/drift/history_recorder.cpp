// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/history_recorder.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <optional>

#include "core/history/history_edit.h"
#include "ui/common/background_task.h"
#include "ui/common/display_text.h"
#include "ui/common/recording_source.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_history_source.h"
#include "ui/drift/history_error_text.h"

namespace segmenta::ui {

namespace {

QString withSpace(const QString& note) { return note.isEmpty() ? note : QLatin1Char(' ') + note; }

} // namespace

HistoryRecorder::SourceState HistoryRecorder::sourceState(const Workspace& workspace) {
    const QString path = workspace.sourcePath();
    const QFileInfo file(path);
    if (const auto& source = workspace.tableSource()) {
        if (!file.exists()) return SourceState::Gone;
        const bool resized = file.size() != source->fingerprint.fileSize;
        const bool touched = source->modified.isValid() && file.lastModified() != source->modified;
        return resized || touched ? SourceState::Changed : SourceState::Unchanged;
    }
    return !path.isEmpty() && file.exists() ? SourceState::NotImported : SourceState::NoFile;
}

QString HistoryRecorder::sourceNote(const Workspace& workspace, bool brief) {
    const QString name = QFileInfo(workspace.sourcePath()).fileName();
    switch (sourceState(workspace)) {
    case SourceState::Unchanged: return {};
    case SourceState::Gone:
        return brief ? tr("(as imported: %1 is no longer there)").arg(name)
                     : tr("%1 is no longer where it was imported from. The table as it was imported is recorded, with "
                          "the size and fingerprint of the file it was read from.").arg(name);
    case SourceState::Changed:
        return brief ? tr("(as imported: %1 has changed on disk since)").arg(name)
                     : tr("%1 has changed on disk since it was imported. The table as it was imported is recorded, with "
                          "the size and fingerprint of the file it was read from. To record the new content, import the "
                          "file again first.").arg(name);
    case SourceState::NotImported:
        return brief ? tr("(%1 fingerprinted as it is now)").arg(name)
                     : tr("This table was not loaded through File ▸ Import, so %1 is fingerprinted as it is on disk "
                          "now.").arg(name);
    case SourceState::NoFile:
        return brief ? tr("(without a file fingerprint: the table did not come from a file)")
                     : tr("This table did not come from a file (for example demo data made in memory), so it is "
                          "recorded without a file fingerprint.");
    }
    return {};
}

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
    dialogParent_ = dialogParent;
    RecordDialog dialog(*table, workspace_->sourcePath(), names, dialogParent);
    dialog.setSourceNote(sourceNote(*workspace_));
    if (dialog.exec() != QDialog::Accepted) return false;
    record(dialog.request());
    return true;
}

namespace {

// What a recording run hands back: the months written, or (when asked to) the
// months already there that the new one would stand beside, with nothing written.
struct RecordAnswer {
    std::vector<SnapshotInfo> recorded;
    std::vector<SnapshotInfo> sameMonth;
    QStringList kept;   // replaced months that had to stay
};

} // namespace

void HistoryRecorder::record(const RecordRequest& request) {
    const auto table = workspace_->table();
    if (!table) { emit failed(tr("No table is loaded.")); return; }
    const QString db = workspace_->historyPath(), file = workspace_->sourcePath();
    // The bytes the table was imported from, not the file as it may be now.
    std::optional<SnapshotSource> imported;
    if (const auto& s = workspace_->tableSource()) imported = s->fingerprint;
    const QString note = sourceNote(*workspace_, true);
    using Answer = Result<RecordAnswer>;
    task_->start<Answer>(
        [table, db, file, imported, request](const Progress& p) -> Answer {
            auto source = recordingSource(imported, file, p);
            if (!source) return source.error();
            if (p.isCancelled()) return makeError(ErrorKind::Cancelled, "Cancelled");
            auto history = History::open(db.toStdString());
            if (!history) return history.error();
            p.report(0.6, "record");
            RecordOptions options;
            const std::string dataset = request.dataset.toStdString();
            RecordAnswer answer;
            if (!request.splitColumn.isEmpty()) {
                auto split = history->recordSplit(dataset, *table, *source, request.splitColumn.toStdString(),
                                                  request.period, options, &p);
                if (!split) return split.error();
                answer.recorded = std::move(*split);
                return answer;
            }
            options.asOf = request.asOf.toString(Qt::ISODate).toStdString();
            std::vector<SnapshotInfo> same;
            if (auto known = history->dataset(dataset); known && request.sameMonth != SameMonthChoice::KeepBoth) {
                auto found = snapshotsOfSameMonth(*history, known->id, options.asOf, options.asOf);
                if (!found) return found.error();
                same = std::move(*found);
            }
            if (!same.empty() && request.sameMonth == SameMonthChoice::Ask) {
                answer.sameMonth = std::move(same);
                return answer;
            }
            auto one = history->recordSnapshot(dataset, *table, *source, options);
            if (!one) return one.error();
            answer.kept = SameMonth::replace(*history, same, one->id);
            answer.recorded.push_back(std::move(*one));
            return answer;
        },
        [this, request, note](Answer&& answer) {
            if (!answer) { emit failed(HistoryErrorText::text(answer.error(), {})); return; }
            if (!answer->sameMonth.empty()) {
                SameMonth::ask(dialogParent_, request.dataset, request.asOf.toString(Qt::ISODate), answer->sameMonth,
                               [this, request](SameMonthChoice choice) {
                                   RecordRequest again = request;
                                   again.sameMonth = choice;
                                   record(again);
                               });
                return;
            }
            const int n = int(answer->recorded.size());
            // "Recorded 2026-03 in “customers” (as imported: customers.csv has changed on disk since)."
            QString summary = n == 1 ? tr("Recorded %1 in “%2”%3.").arg(DisplayText::label(answer->recorded.front().label),
                                                                       request.dataset, withSpace(note))
                                     : tr("Recorded %1 snapshots in “%2”%3.").arg(n).arg(request.dataset, withSpace(note));
            if (!answer->kept.isEmpty()) summary += QLatin1Char(' ') + answer->kept.join(QLatin1Char(' '));
            emit recorded(request.dataset, n, summary);
        });
}

} // namespace segmenta::ui
