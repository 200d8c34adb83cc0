// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/task_progress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "ui/common/background_task.h"
#include "ui/common/stage_text.h"

namespace segmenta::ui {

TaskProgress::TaskProgress(BackgroundTask* task, QWidget* parent)
    : QWidget(parent), label_(new QLabel(this)), bar_(new QProgressBar(this)), cancel_(new QPushButton(tr("Cancel"), this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_, 1);
    layout->addWidget(cancel_);
    bar_->setRange(0, 100);
    cancel_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel_->setToolTip(tr("Stop this calculation (Esc). Nothing already saved is lost."));
    hide();
    connect(cancel_, &QPushButton::clicked, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::started, this, [this] { bar_->setValue(0); label_->setText(title_); show(); });
    connect(task, &BackgroundTask::progressChanged, this, [this](int percent, const QString& stage) {
        bar_->setValue(percent);
        label_->setText(stage.isEmpty() ? title_ : title_ + QStringLiteral(" — ") + StageText::translate(stage));
    });
    connect(task, &BackgroundTask::finished, this, &QWidget::hide);
}

void TaskProgress::setTitle(const QString& title) { title_ = title; label_->setText(title); }

} // namespace segmenta::ui
