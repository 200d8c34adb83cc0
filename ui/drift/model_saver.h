// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <memory>

#include "core/segment/segment_model.h"
#include "ui/drift/save_model_dialog.h"

class QWidget;

namespace segmenta::ui {

class BackgroundTask;
class Workspace;

// Segments page ▸ Save as model…: keeps the segments found on the loaded table as
// a named model of a dataset in the history (core saveSegmentation, as
// `segmenta-cli segment --save-model` does), on a worker with progress and Cancel
// (task()). The model is copied when saving starts, so renaming a segment
// meanwhile cannot race with the writer.
class ModelSaver : public QObject {
    Q_OBJECT
public:
    ModelSaver(Workspace* workspace, QObject* parent = nullptr);

    BackgroundTask* task() const { return task_; }
    // Shows the dialog with the history's datasets and starts; false when the
    // user cancelled or the history cannot be read (failed() says why).
    bool askAndSave(QWidget* dialogParent, const SegmentModel& model);
    // Starts without asking (tests, scripted use).
    void save(const SaveModelRequest& request, const SegmentModel& model);

signals:
    void saved(const QString& dataset, const QString& model, int version, const QString& summary);
    void failed(const QString& message);

private:
    Workspace* workspace_;
    BackgroundTask* task_;
};

} // namespace segmenta::ui
