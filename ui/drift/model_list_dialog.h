// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <cstdint>

#include "ui/drift/drift_view.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace segmenta::ui {

class BackgroundTask;

// Drift page ▸ Saved models…: the models of one dataset, newest first, with the
// segments of the chosen one (name and share of the month it was built on);
// rename and delete (asked first) write to the history on a worker.
class ModelListDialog : public QDialog {
    Q_OBJECT
public:
    ModelListDialog(const DatasetView& dataset, const QString& historyPath, QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    QTableWidget* segments() const { return segments_; }
    BackgroundTask* task() const { return task_; }
    // The non-interactive parts of Rename… and Delete…, for tests.
    void renameCurrent(const QString& newName);
    void deleteCurrent();

signals:
    void historyChanged();                    // a model was renamed or deleted
    void showModelRequested(std::int64_t modelId);
    void editFailed(const QString& message);

private:
    void fillList();
    void showSegments();
    void askRename();
    void askDelete();
    const ModelView* current() const;

    DatasetView dataset_;
    QString historyPath_;
    QListWidget* list_;
    QTableWidget* segments_;
    QLabel* about_;
    QPushButton* rename_;
    QPushButton* delete_;
    QPushButton* show_;
    BackgroundTask* task_;
};

} // namespace segmenta::ui
