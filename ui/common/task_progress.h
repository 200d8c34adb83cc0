// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace segmenta::ui {

class BackgroundTask;

// A progress bar with a Cancel button that follows a BackgroundTask; hidden while
// nothing runs. Escape cancels too.
class TaskProgress : public QWidget {
    Q_OBJECT
public:
    explicit TaskProgress(BackgroundTask* task, QWidget* parent = nullptr);
    void setTitle(const QString& title);

private:
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    QString title_;
};

} // namespace segmenta::ui
