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
// dataset in the history: asks with RecordDialog, then writes the summaries on a
// worker (progress and Cancel through task()). The snapshot's file size and
// SHA-256 are those of the bytes the table was imported from
// (Workspace::tableSource), even when the file has changed on disk since; only a
// table without them is fingerprinted now (or, from no file, not at all).
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
    // What the user should know about the file fingerprint that will be stored:
    // the file changed or vanished since it was imported, or the table has no
    // fingerprint from its import. Empty when the imported file is unchanged.
    static QString sourceNote(const Workspace& workspace);

signals:
    void recorded(const QString& dataset, int snapshots, const QString& summary);
    void failed(const QString& message);

private:
    Workspace* workspace_;
    BackgroundTask* task_;
};

} // namespace segmenta::ui
