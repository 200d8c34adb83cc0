// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <QStringList>

#include "ui/drift/score_dialog.h"


namespace segmenta::ui {

class BackgroundTask;
class Workspace;

// What a finished scoring run reports back to the GUI thread.
struct ScoreOutcome {
    QString dataset;
    QString fileName;
    QString model;
    QString label;                 // the month as it appears on the timeline
    QString asOf;
    QString status;                // "OK", "Warning", "Drift" in words
    qint64 rows = 0;
    qint64 unassigned = 0;         // rows with an empty model column: not scored
    QStringList unseenCategories;  // "channel: tiktok (312 rows)"
    bool resegmentSuggested = false;
    QStringList kept;              // months it replaced that had to stay, in words
};

// File ▸ Score with a saved model…: reads a new month's CSV, applies a saved
// segmentation model of a dataset (core History::score) and records the month,
// its scoring and its drift, on a worker with progress and Cancel (task()).
// Cancelling before the write records nothing; the write is one transaction.
class ModelScorer : public QObject {
    Q_OBJECT
public:
    ModelScorer(Workspace* workspace, QObject* parent = nullptr);

    BackgroundTask* task() const { return task_; }
    // Shows the dialog for `dataset` (default model `modelId`) and starts; false
    // when the dataset has no model or the user cancelled the dialog.
    bool askAndScore(QWidget* dialogParent, const DatasetView& dataset, std::int64_t modelId);
    // Starts without the dialog (tests, scripted use). When the month is already
    // in the history and request.sameMonth is Ask, asks first (replace / keep
    // both / cancel) over `questionParent`.
    void score(const ScoreRequest& request);
    void setQuestionParent(QWidget* parent) { questionParent_ = parent; }

    // One paragraph for the user about rows not scored and unseen categories;
    // empty when there is nothing to say.
    static QString notes(const ScoreOutcome& outcome);

    // A month read and ready to score, kept while the user is asked about a month
    // already in the history (defined in model_scorer.cpp).
    struct Prepared;

signals:
    void scored(const ScoreOutcome& outcome, const QString& summary);
    void failed(const QString& message);

private:
    void write(const ScoreRequest& request, std::shared_ptr<const Prepared> prepared, SameMonthChoice choice);
    void report(const ScoreRequest& request, const Result<ScoreOutcome>& answer);

    Workspace* workspace_;
    BackgroundTask* task_;
    QPointer<QWidget> questionParent_;
};

} // namespace segmenta::ui
