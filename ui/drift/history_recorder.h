// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QWidget>
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
    // Starts recording without the dialog (tests, scripted use). When the month
    // is already in the history and request.sameMonth is Ask, asks first
    // (replace / keep both / cancel) over `questionParent`.
    void record(const RecordRequest& request);
    void setQuestionParent(QWidget* parent) { dialogParent_ = parent; }
    // Where the fingerprint to be stored comes from: the import's bytes, with the
    // file unchanged, changed or gone since; the file as it is now (a table that
    // did not come through CsvImporter); or no file at all.
    enum class SourceState { Unchanged, Changed, Gone, NotImported, NoFile };
    static SourceState sourceState(const Workspace& workspace);
    // What the user should know about it, in a sentence or two for the dialog, or
    // `brief` (in parentheses) for the status message; empty when Unchanged.
    static QString sourceNote(const Workspace& workspace, bool brief = false);

signals:
    void recorded(const QString& dataset, int snapshots, const QString& summary);
    void failed(const QString& message);

private:
    Workspace* workspace_;
    BackgroundTask* task_;
    QPointer<QWidget> dialogParent_;
};

} // namespace segmenta::ui
