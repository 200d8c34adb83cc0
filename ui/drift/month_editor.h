// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QObject>
#include <QPointer>
#include <QWidget>
#include <cstdint>
#include <functional>

#include "core/history/history.h"

#include "ui/drift/drift_view.h"

class QMenu;

namespace segmenta::ui {

class BackgroundTask;
class Workspace;

// The month card's menu on the Drift page: rename, change the date, delete (asked
// first). Each change is one write on a worker that touches only that month.
class MonthEditor : public QObject {
    Q_OBJECT
public:
    MonthEditor(Workspace* workspace, QWidget* dialogParent);

    BackgroundTask* task() const { return task_; }
    // The menu for one month (the caller shows it and deletes it).
    QMenu* menuFor(const SnapshotView& month, QWidget* parent);
    // The non-interactive parts, for tests and the menu.
    void rename(const SnapshotView& month, const QString& label);
    void redate(const SnapshotView& month, const QDate& asOf);
    void remove(const SnapshotView& month);

signals:
    void changed(const QString& summary);
    void failed(const QString& message);

private:
    void askRename(const SnapshotView& month);
    void askRedate(const SnapshotView& month);
    void askDelete(const SnapshotView& month);
    void apply(std::function<Result<bool>(History&)> edit, const QString& summary);

    Workspace* workspace_;
    QPointer<QWidget> dialogParent_;
    BackgroundTask* task_;
};

} // namespace segmenta::ui
