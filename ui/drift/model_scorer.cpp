// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/model_scorer.h"

#include <QFileInfo>
#include <QMessageBox>

#include "core/history/fingerprint.h"
#include "core/history/history.h"
#include "core/history/history_edit.h"
#include "core/io/csv_reader.h"
#include "core/segment/sub_progress.h"
#include "ui/common/background_task.h"
#include "ui/common/display_text.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_reason_text.h"
#include "ui/drift/file_name_date.h"
#include "ui/drift/history_error_text.h"

namespace segmenta::ui {

namespace {

QString statusWord(segmenta::SnapshotStatus s) {
    switch (s) {
    case segmenta::SnapshotStatus::Ok: return ModelScorer::tr("OK");
    case segmenta::SnapshotStatus::Warning: return ModelScorer::tr("Warning");
    case segmenta::SnapshotStatus::Drift: return ModelScorer::tr("Drift");
    }
    return {};
}

// The date the file speaks for: as chosen, else as recording proposes it (the file's
// latest date, else the date in its name, else today).
std::string asOfFor(const ScoreRequest& request, const Table& table) {
    const QDate date = request.asOfFromFile ? asOfDateFor(table, request.file) : request.asOf;
    return date.toString(Qt::ISODate).toStdString();
}

// The outcome column the model's earlier months were followed with, when this file has it.
std::string outcomeColumnFor(History& history, const std::string& model, std::int64_t datasetId, const Table& table) {
    auto info = history.model(model, datasetId);
    if (!info) return {};
    auto earlier = history.scorings(info->id);
    if (!earlier) return {};
    for (auto it = earlier->rbegin(); it != earlier->rend(); ++it)
        if (it->labelColumn && table.column(*it->labelColumn)) return *it->labelColumn;
    return {};
}

} // namespace

// The new month read and its scoring options worked out, before anything is
// written: kept while the user answers whether to replace a month already there.
struct ModelScorer::Prepared {
    std::shared_ptr<const Table> table;
    SnapshotSource source;
    ScoreOptions options;
    std::vector<SnapshotInfo> sameMonth;
};

namespace {

Result<std::shared_ptr<const ModelScorer::Prepared>> prepareScoring(const ScoreRequest& request, const QString& historyPath,
                                                                    const Progress& p) {
    const std::string path = request.file.toStdString();
    // Fingerprinted from the bytes the import reads (as segmenta-cli score does).
    auto [imported, source] = [&] {
        SubProgress reading(&p, 0.0, 0.8);
        return importWithFingerprint(path, {}, reading.get());
    }();
    if (!imported) return imported.error();
    if (!source) return source.error();
    if (p.isCancelled()) return makeError(ErrorKind::Cancelled, "Cancelled; nothing was recorded");
    p.report(0.85, "score");
    auto history = History::open(historyPath.toStdString());
    if (!history) return history.error();
    auto prepared = std::make_shared<ModelScorer::Prepared>();
    prepared->table = std::make_shared<const Table>(std::move(imported->table));
    prepared->source = *source;
    const Table& table = *prepared->table;
    ScoreOptions& options = prepared->options;
    options.asOf = asOfFor(request, table);
    // "customers_2026-07.csv" as of July: labelled "2026-07" like the other months.
    const QString month = monthLabelInFileName(request.file);
    if (!month.isEmpty() && QString::fromStdString(options.asOf).startsWith(month)) options.label = month.toStdString();
    options.labelColumn = outcomeColumnFor(*history, request.model.toStdString(), request.datasetId, table);
    // A file the model cannot score is said so now, before asking about a month already there.
    if (auto info = history->model(request.model.toStdString(), request.datasetId)) {
        std::string missing;
        for (const auto& f : info->features)
            if (!table.column(f)) missing += (missing.empty() ? "" : ", ") + f;
        if (!missing.empty())
            return makeError(ErrorKind::BadInput, "the file has no column " + missing + ", which the model needs");
    }
    if (request.sameMonth != SameMonthChoice::KeepBoth) {
        auto same = snapshotsOfSameMonth(*history, request.datasetId, options.label.empty() ? options.asOf : options.label,
                                         options.asOf);
        if (!same) return same.error();
        prepared->sameMonth = std::move(*same);
    }
    return std::shared_ptr<const ModelScorer::Prepared>(std::move(prepared));
}

Result<ScoreOutcome> writeScoring(const ScoreRequest& request, const QString& historyPath,
                                  const ModelScorer::Prepared& prepared, SameMonthChoice choice, const Progress& p) {
    if (p.isCancelled()) return makeError(ErrorKind::Cancelled, "Cancelled; nothing was recorded");
    auto history = History::open(historyPath.toStdString());
    if (!history) return history.error();
    auto r = history->score(request.model.toStdString(), *prepared.table, prepared.source, prepared.options,
                            request.datasetId);
    if (!r) return r.error();
    ScoreOutcome o;
    if (choice == SameMonthChoice::Replace) o.kept = SameMonth::replace(*history, prepared.sameMonth, r->snapshot.id);
    o.dataset = request.dataset;
    o.fileName = QString::fromStdString(prepared.source.fileName);
    o.model = request.model;
    o.label = QString::fromStdString(r->snapshot.label);
    o.asOf = QString::fromStdString(r->snapshot.asOf);
    o.status = statusWord(r->snapshot.status);
    o.rows = r->snapshot.rows;
    o.unassigned = r->scoring.unassigned;
    DriftReason unseen;   // core's "channel: tiktok (312 rows)" in the user's language
    for (const auto& u : r->scoring.unseenCategories) addUnseenEntry(unseen, u);
    o.unseenCategories = DriftReasonText::unseenEntries(unseen);
    o.resegmentSuggested = r->scoring.resegmentSuggested;
    return o;
}

} // namespace

ModelScorer::ModelScorer(Workspace* workspace, QObject* parent)
    : QObject(parent), workspace_(workspace), task_(new BackgroundTask(this)) {
    connect(task_, &BackgroundTask::failed, this, &ModelScorer::failed);
}

bool ModelScorer::askAndScore(QWidget* dialogParent, const DatasetView& dataset, std::int64_t modelId) {
    if (dataset.models.empty()) {
        QMessageBox::information(dialogParent, tr("No saved model"),
                                 tr("“%1” has no saved segmentation yet. Build segments on the Segments page and save "
                                    "them, then score each new month with them.").arg(dataset.name));
        return false;
    }
    // The file loaded on the Data page is a good guess for "this month's file".
    const QString loaded = workspace_->sourcePath();
    ScoreDialog dialog(dataset, modelId, QFileInfo(loaded).isFile() ? loaded : QString(), dialogParent);
    if (dialog.exec() != QDialog::Accepted) return false;
    questionParent_ = dialogParent;
    score(dialog.request());
    return true;
}

void ModelScorer::score(const ScoreRequest& request) {
    const QString db = workspace_->historyPath();
    using Prepared = std::shared_ptr<const ModelScorer::Prepared>;
    task_->start<Result<Prepared>>([request, db](const Progress& p) { return prepareScoring(request, db, p); },
                                   [this, request](Result<Prepared>&& prepared) {
                                       if (!prepared) { report(request, prepared.error()); return; }
                                       Prepared ready = std::move(*prepared);
                                       if (ready->sameMonth.empty() || request.sameMonth != SameMonthChoice::Ask) {
                                           // After this run has finished (its progress bar hides first).
                                           QMetaObject::invokeMethod(this, [this, request, ready] {
                                               write(request, ready, request.sameMonth);
                                           }, Qt::QueuedConnection);
                                           return;
                                       }
                                       const QString label = QString::fromStdString(
                                           ready->options.label.empty() ? ready->options.asOf : ready->options.label);
                                       SameMonth::ask(questionParent_, request.dataset, label, ready->sameMonth,
                                                      [this, request, ready](SameMonthChoice choice) {
                                                          write(request, ready, choice);
                                                      });
                                   });
}

void ModelScorer::write(const ScoreRequest& request, std::shared_ptr<const Prepared> prepared, SameMonthChoice choice) {
    const QString db = workspace_->historyPath();
    task_->start<Result<ScoreOutcome>>(
        [request, db, prepared, choice](const Progress& p) { return writeScoring(request, db, *prepared, choice, p); },
        [this, request](Result<ScoreOutcome>&& answer) { report(request, answer); });
}

void ModelScorer::report(const ScoreRequest& request, const Result<ScoreOutcome>& answer) {
    if (!answer) {
        if (answer.error().kind == ErrorKind::Cancelled) return;
        emit failed(tr("%1: %2").arg(QFileInfo(request.file).fileName(), HistoryErrorText::text(answer.error(), {})));
        return;
    }
    const ScoreOutcome& o = *answer;
    emit scored(o, tr("Scored %1 with “%2”: %3 is now in “%4” (%5).").arg(o.fileName, o.model, o.label, o.dataset, o.status));
}

QString ModelScorer::notes(const ScoreOutcome& o) {
    QStringList parts;
    if (o.unassigned > 0)
        parts << tr("Rows left out: %L1 of %L2, because a column the model needs is empty in them.")
                     .arg(o.unassigned)
                     .arg(o.rows);
    if (!o.unseenCategories.isEmpty())
        parts << tr("Categories the model has not seen before (their rows were placed by their other values): %1.")
                     .arg(DisplayText::labels(o.unseenCategories).join(QStringLiteral("; ")));
    if (o.resegmentSuggested)
        parts << tr("The segments no longer fit this month well: building them again is suggested.");
    parts << o.kept;
    return parts.join(QLatin1Char('\n'));
}

} // namespace segmenta::ui
