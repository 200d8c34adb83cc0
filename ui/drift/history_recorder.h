// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <memory>

#include "ui/drift/record_dialog.h"

class QWidget;

namespace segmenta::ui {

class BackgroundTask;
class Workspace;

// Records the table loaded in the workspace as a snapshot (or one per period) of a
// dataset in the history: asks with RecordDialog, then fingerprints the file and
// writes the summaries on a worker (progress and Cancel through task()).
class HistoryRecorder : public QObject {
    Q_OBJECT
public:
    HistoryRecorder(Workspace* workspace, QObject* parent = nullptr);

    BackgroundTask* task() const { return task_; }
    // Shows the dialog (parent: dialogParent) and starts recording; false when
    // nothing is loaded or the user cancelled the dialog.
    bool askAndRecord(QWidget* dialogParent);
    // Starts recording without asking (tests, scripted use).
    void record(const RecordRequest& request);

signals:
    void recorded(const QString& dataset, int snapshots, const QString& summary);
    void failed(const QString& message);

private:
    Workspace* workspace_;
    BackgroundTask* task_;
};

} // namespace segmenta::ui
