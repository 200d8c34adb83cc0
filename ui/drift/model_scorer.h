// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QStringList>

#include "ui/drift/score_dialog.h"

class QWidget;

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
    // Starts without asking (tests, scripted use).
    void score(const ScoreRequest& request);

    // One paragraph for the user about rows not scored and unseen categories;
    // empty when there is nothing to say.
    static QString notes(const ScoreOutcome& outcome);

signals:
    void scored(const ScoreOutcome& outcome, const QString& summary);
    void failed(const QString& message);

private:
    Workspace* workspace_;
    BackgroundTask* task_;
};

} // namespace segmenta::ui
